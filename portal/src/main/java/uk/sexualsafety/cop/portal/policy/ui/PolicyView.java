package uk.sexualsafety.cop.portal.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.layout.ConfirmationDialog;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.policy.PolicyFiles;
import uk.sexualsafety.cop.portal.policy.PolicyLibrary;
import uk.sexualsafety.cop.portal.policy.PolicyNotFoundException;
import uk.sexualsafety.cop.portal.policy.PolicyPage;
import uk.sexualsafety.cop.portal.policy.PolicyRef;
import uk.sexualsafety.cop.portal.policy.PolicySharing;
import uk.sexualsafety.cop.portal.policy.VersionSummary;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;

import java.util.Map;

/**
 * One policy: what it is and whose, its summary, the Charter commitments it addresses, its current file to download,
 * every earlier version, and its text to read in the page. Its own organisation's members also see the actions.
 */
@Route(value = "policies/:policyId([0-9]+)", layout = MainLayout.class)
@RolesAllowed(Role.Names.MEMBER)
class PolicyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String OUTCOME = "outcome";
    static final String SHARED = "shared";
    static final String VERSION_ADDED = "version-added";
    static final String CHANGED = "changed";
    private static final Map<String, String> OUTCOMES = Map.of(
            SHARED, "Your policy is in the library. Members from every organisation can now read and find it.",
            VERSION_ADDED, "The new version is now the one members see first. Earlier versions stay below.",
            CHANGED, "The policy's details are saved.");

    private final PolicyLibrary library;
    private final PolicyFiles files;
    private final PolicySharing sharing;
    private String title = "Policy";

    PolicyView(PolicyLibrary library, PolicyFiles files, PolicySharing sharing) {
        this.library = library;
        this.files = files;
        this.sharing = sharing;
        setMaxWidth("56rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String outcome = event.getLocation().getQueryParameters().getSingleParameter(OUTCOME).orElse("");
        PolicyViews.policyId(event).ifPresentOrElse(id -> {
            try {
                show(library.policy(id), OUTCOMES.get(outcome));
            } catch (PolicyNotFoundException notFound) {
                showUnavailable(notFound.getMessage());
            }
        }, () -> showUnavailable(new PolicyNotFoundException().getMessage()));
    }

    private void show(PolicyPage policy, String outcome) {
        title = policy.title();
        H1 heading = new H1(policy.title());
        heading.setId("policy-heading");
        add(heading);
        if (outcome != null) {
            add(Notice.success("policy-outcome", outcome).focused());
        }
        Paragraph about = new Paragraph(policy.organisationName() + " \u00B7 " + policy.type().label()
                + " policy \u00B7 version " + policy.versionLabel() + ", in effect from "
                + PolicyViews.DATE.format(policy.effectiveOn()));
        about.setId("policy-about");
        add(about, review(policy), new Paragraph(policy.adaptable()
                ? "Other organisations may adapt this policy for their own use."
                : "This policy is shared for reading: ask " + policy.organisationName() + " before adapting it."));
        VersionSummary current = policy.currentVersion();
        Anchor download = PolicyViews.download(files, current, "Download the current version");
        download.setId("download-current");
        add(download);
        if (policy.mayChange()) {
            add(actions(policy));
        }
        add(section("policy-summary-section", "Summary", summary(policy)),
                section("policy-commitments-section", "Charter commitments it addresses", commitments(policy)),
                section("policy-versions-section", "Versions", versions(policy)),
                section("policy-text-section", "The policy's text", new DocumentText("policy-text",
                        policy.paragraphs(), policy.textTruncated())),
                new RouterLink("Back to the policy library", PolicyLibraryView.class));
    }

    private static Paragraph review(PolicyPage policy) {
        Paragraph review = new Paragraph();
        review.setId("policy-review");
        if (policy.reviewOverdue()) {
            Span overdue = new Span("Review overdue");
            overdue.addClassName("badge-overdue");
            review.add(overdue, new Span(": its review was due on " + PolicyViews.DATE.format(policy.reviewDueOn())
                    + "."));
        } else {
            review.setText("Next review due on " + PolicyViews.DATE.format(policy.reviewDueOn()) + ".");
        }
        return review;
    }

    private HorizontalLayout actions(PolicyPage policy) {
        RouterLink newVersion = new RouterLink("Upload a new version", NewVersionView.class,
                PolicyViews.parameters(policy.id()));
        newVersion.setId("new-version");
        RouterLink edit = new RouterLink("Change details or record a review", EditPolicyView.class,
                PolicyViews.parameters(policy.id()));
        edit.setId("edit-policy");
        Button withdraw = new Button("Withdraw this policy", click -> new ConfirmationDialog("withdraw-dialog",
                "Withdraw this policy?", "It leaves the library and search at once, with all its versions. Its "
                + "organisation can share it again later.", "Withdraw", () -> withdraw(policy)).open());
        withdraw.setId("withdraw-policy");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(newVersion, edit, withdraw);
        actions.setId("policy-actions");
        actions.setAlignItems(Alignment.BASELINE);
        actions.getElement().setAttribute("aria-label", "Your organisation's actions");
        actions.getElement().setAttribute("role", "group");
        return actions;
    }

    private void withdraw(PolicyPage policy) {
        try {
            sharing.withdraw(new PolicyRef(policy.id(), policy.version()));
            removeAll();
            title = "Policy withdrawn";
            add(new H1("Policy withdrawn"), Notice.success("policy-withdrawn", "\u201C" + policy.title()
                    + "\u201D has left the library and search.").focused(),
                    new RouterLink("Back to the policy library", PolicyLibraryView.class));
        } catch (ConcurrentChangeException | AccessDeniedException | PolicyNotFoundException refused) {
            addComponentAtIndex(1, Notice.problem("policy-refused", refused.getMessage()).focused());
        }
    }

    private static Paragraph summary(PolicyPage policy) {
        Paragraph summary = new Paragraph(policy.summary());
        summary.setId("policy-summary-text");
        summary.addClassName("story-text");
        return summary;
    }

    private static Div commitments(PolicyPage policy) {
        if (policy.commitments().isEmpty()) {
            return new Div(new Paragraph("Its organisation has not said which commitments it addresses."));
        }
        UnorderedList list = new UnorderedList();
        list.setId("policy-commitments");
        policy.commitments().forEach(commitment -> list.add(new ListItem(commitment.label())));
        return new Div(list);
    }

    private NativeTable versions(PolicyPage policy) {
        NativeTable table = new NativeTable();
        table.setId("policy-versions");
        table.addClassName("chart-table");
        table.setCaptionText("Every version of this policy, newest first");
        NativeTableRow head = table.getHead().addRow();
        for (String heading : new String[]{"Version", "In effect from", "Uploaded", "File"}) {
            PolicyViews.header(head, heading, "col");
        }
        for (VersionSummary version : policy.versions()) {
            NativeTableRow row = table.getBody().addRow();
            PolicyViews.header(row, "Version " + version.label() + (version.current() ? " (current)" : ""), "row");
            row.addDataCell().setText(PolicyViews.SHORT_DATE.format(version.effectiveOn()));
            row.addDataCell().setText(PolicyViews.SHORT_DATE.format(version.uploadedOn()));
            Anchor download = PolicyViews.download(files, version, "Download " + version.fileName());
            download.setId("download-version-" + version.number());
            row.addDataCell().add(download);
        }
        return table;
    }


    private static Section section(String id, String heading, com.vaadin.flow.component.Component content) {
        H2 title = new H2(heading);
        title.setId(id + "-heading");
        Section section = new Section(title, content);
        section.setId(id);
        section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        section.setWidthFull();
        return section;
    }

    private void showUnavailable(String message) {
        title = "Policy not available";
        add(new H1("Policy not available"), Notice.information("policy-unavailable", message),
                new RouterLink("Back to the policy library", PolicyLibraryView.class));
    }

    @Override
    public String getPageTitle() {
        return title + PolicyViews.TITLE_SUFFIX;
    }
}
