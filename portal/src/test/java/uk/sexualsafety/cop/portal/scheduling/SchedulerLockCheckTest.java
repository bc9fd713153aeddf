package uk.sexualsafety.cop.portal.scheduling;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerLockCheckTest {

    static class VoidJob {
        @SchedulerLock(name = "void-job")
        public void run() {
        }
    }

    static class CountingJob {
        @SchedulerLock(name = "counting-job")
        public int run() {
            return 1;
        }
    }

    static class FinalJob {
        @SchedulerLock(name = "final-job")
        public final void run() {
        }
    }

    static class PrivateJob {
        @SchedulerLock(name = "private-job")
        private void run() {
        }
    }

    static class StaticJob {
        @SchedulerLock(name = "static-job")
        public static void run() {
        }
    }

    static class UnnamedJob {
        @SchedulerLock
        public void run() {
        }
    }

    static class InheritedCountingJob extends CountingJob {
    }

    @Test
    void aPublicVoidJobCanBeLocked() {
        assertThat(SchedulerLockCheck.problems(VoidJob.class)).isEmpty();
    }

    @Test
    void aJobReturningAPrimitiveCannotBeLocked() {
        assertThat(SchedulerLockCheck.problems(CountingJob.class)).singleElement().asString()
                .contains("CountingJob.run returns int");
    }

    @Test
    void aJobTheProxyCannotReachCannotBeLocked() {
        assertThat(SchedulerLockCheck.problems(FinalJob.class)).singleElement().asString().contains("is final");
        assertThat(SchedulerLockCheck.problems(PrivateJob.class)).singleElement().asString().contains("is private");
        assertThat(SchedulerLockCheck.problems(StaticJob.class)).singleElement().asString().contains("is static");
    }

    @Test
    void aLockNeedsAName() {
        assertThat(SchedulerLockCheck.problems(UnnamedJob.class)).singleElement().asString()
                .contains("without a name");
    }

    @Test
    void aJobInheritedFromASuperclassIsChecked() {
        assertThat(SchedulerLockCheck.problems(InheritedCountingJob.class)).singleElement().asString()
                .contains("returns int");
    }

    @Test
    void startUpIsRefusedWithTheMethodNamed() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("voidJob", new RootBeanDefinition(VoidJob.class));
        beans.registerBeanDefinition("countingJob", new RootBeanDefinition(CountingJob.class));

        assertThatThrownBy(() -> new SchedulerLockCheck(beans).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CountingJob.run returns int")
                .hasMessageNotContaining("VoidJob");
    }

    @Test
    void startUpGoesOnWhenEveryJobCanBeLocked() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerBeanDefinition("voidJob", new RootBeanDefinition(VoidJob.class));

        new SchedulerLockCheck(beans).afterSingletonsInstantiated();
    }

    @Test
    void everyJobOfThePortalCanBeLocked() {
        List<Class<?>> jobs = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.sexualsafety.cop.portal").stream()
                .filter(type -> type.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(SchedulerLock.class)))
                .<Class<?>>map(JavaClass::reflect)
                .toList();

        assertThat(jobs).as("the portal's scheduled jobs").hasSizeGreaterThanOrEqualTo(7);
        assertThat(jobs).flatMap(SchedulerLockCheck::problems).isEmpty();
    }
}
