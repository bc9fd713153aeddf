package uk.sexualsafety.cop.portal.secondfactor.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import uk.sexualsafety.cop.portal.security.SecondFactorGate;

/**
 * Inside an open page, navigation of a browser whose sign-in waits for its second factor goes to the second-factor
 * page, as page loads do (the security filter). Such a browser is treated as signed out in any case.
 */
@Component
class SecondFactorNavigationGuard implements VaadinServiceInitListener {

    private final SecondFactorGate gate;

    SecondFactorNavigationGuard(SecondFactorGate gate) {
        this.gate = gate;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != SecondFactorView.class && target != EnrolSecondFactorView.class && gate.pending().isPresent()) {
            event.forwardTo(SecondFactorView.class);
        }
    }
}
