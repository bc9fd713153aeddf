package uk.sexualsafety.cop.portal.scheduling;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Refuses to start the portal when a {@code @SchedulerLock} job cannot be locked. ShedLock throws at every run for
 * a method returning a primitive (so the job never runs, and only a log line says so), and its proxy never sees a
 * private, static or final method (so the job runs on every node at once). Both faults are silent in production and
 * invisible to tests that call the method directly; here they stop the start-up with the method named. Checked
 * whether or not scheduling is switched on, so that every test context finds them too.
 */
@Component
class SchedulerLockCheck implements SmartInitializingSingleton {

    private final ConfigurableListableBeanFactory beans;

    SchedulerLockCheck(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        var found = new TreeSet<String>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type != null) {
                found.addAll(problems(ClassUtils.getUserClass(type)));
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("These scheduled jobs cannot be locked by ShedLock, so they would "
                    + "never run or run on every node at once: " + String.join("; ", found));
        }
    }

    /** What stops ShedLock locking each {@code @SchedulerLock} method of the class; empty when nothing does. */
    static List<String> problems(Class<?> type) {
        List<String> found = new ArrayList<>();
        ReflectionUtils.doWithMethods(type, method -> found.addAll(problems(method)),
                method -> AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class));
        return found;
    }

    private static List<String> problems(Method method) {
        String where = method.getDeclaringClass().getName() + "." + method.getName();
        List<String> found = new ArrayList<>();
        Class<?> returned = method.getReturnType();
        if (returned.isPrimitive() && returned != void.class) {
            found.add(where + " returns " + returned.getName() + " (ShedLock cannot lock a method returning a "
                    + "primitive: return void)");
        }
        int modifiers = method.getModifiers();
        if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers) || Modifier.isFinal(modifiers)) {
            found.add(where + " is " + Modifier.toString(modifiers & (Modifier.PRIVATE | Modifier.STATIC
                    | Modifier.FINAL)) + " (the lock's proxy cannot intercept it)");
        }
        SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
        if (lock != null && lock.name().isBlank()) {
            found.add(where + " has a lock without a name");
        }
        return found;
    }
}
