package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicyNotFoundException;
import uk.sexualsafety.cop.portal.policy.PolicyPage;

/**
 * A page that changes one of the member's own organisation's policies: it loads the policy from the address, shows
 * its form only to the organisation's members (the service refuses anyone else anyway), and after a change returns
 * to the policy with a note of what happened. Problems are shown next to their fields, and what was typed stays.
 */
abstract class OwnPolicyPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final PolicyLibrary library;
    protected final Div messages = new Div();
    private final String heading;

    OwnPolicyPage(PolicyLibrary library, String heading) {
        this.library = library;
        this.heading = heading;
        setMaxWidth("52rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        messages.removeAll();
        add(new H1(heading));
        try {
            PolicyPage policy = library.policy(PolicyViews.policyId(event).orElseThrow(PolicyNotFoundException::new));
            if (!policy.mayChange()) {
                throw PolicyNotFoundException.notYoursToChange();
            }
            showForm(policy);
            add(new RouterLink("Back to the policy", PolicyView.class, PolicyViews.parameters(policy.id())));
        } catch (PolicyNotFoundException notFound) {
            // Another organisation's policy gets the same answer as none at all (decision 035).
            add(Notice.information("policy-unavailable", PolicyNotFoundException.notYoursToChange().getMessage()),
                    new RouterLink("Back to the policy library", PolicyLibraryView.class));
        }
    }

    /** Adds the page's form for this policy. */
    abstract void showForm(PolicyPage policy);

    /** Back to the policy, saying what happened. */
    void done(PolicyPage policy, String outcome) {
        getUI().ifPresent(ui -> ui.navigate(PolicyView.class, PolicyViews.parameters(policy.id()),
                QueryParameters.of(PolicyView.OUTCOME, outcome)));
    }

    void problems(PolicyFormFields fields, java.util.Map<String, String> problems) {
        fields.showProblems(problems)
                .forEach((field, message) -> messages.add(Notice.problem("policy-problem", message)));
    }

    void refused(RuntimeException refused) {
        messages.add(Notice.problem("policy-refused", refused.getMessage()).focused());
    }

    @Override
    public String getPageTitle() {
        return heading + PolicyViews.TITLE_SUFFIX;
    }
}
