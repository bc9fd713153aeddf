package uk.sexualsafety.cop.portal.casestudy.discussion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.casestudy.discussion.PostModeration;
import uk.sexualsafety.cop.portal.casestudy.discussion.PostModeration.TrustedMember;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

/** Moderators choose the members whose comments appear before review, and take that trust back. */
@Route(value = "moderation/trusted-commenters", layout = MainLayout.class)
@PageTitle("Trusted commenters | Sexual Safety Community of Practice")
@Menu(title = "Trusted commenters", order = 61)
@RolesAllowed(Role.Names.MODERATOR)
class TrustedCommentersView extends VerticalLayout {

    private final PostModeration postModeration;
    private final Div messages = new Div();
    private final UnorderedList members = new UnorderedList();

    TrustedCommentersView(PostModeration postModeration) {
        this.postModeration = postModeration;
        EmailField email = new EmailField("Member's email address");
        email.setId("trusted-email");
        email.setWidth("24rem");
        Button trust = new Button("Publish their comments before review", click -> trust(email));
        trust.setId("trust-member");
        trust.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(email, trust);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        members.setId("trusted-members");
        add(new H1("Trusted commenters"), new Paragraph("Comments by these members appear at once and wait in the "
                + "moderation queue to be read afterwards. Everyone else's comments wait for a moderator before "
                + "others see them. Any comment that enough members flag is hidden until a moderator decides."),
                messages, form, new H2("Members trusted now"), members);
        refresh();
    }

    private void trust(EmailField email) {
        messages.removeAll();
        email.setInvalid(false);
        try {
            TrustedMember member = postModeration.trust(email.getValue());
            email.clear();
            messages.add(Notice.success("member-trusted", member.displayName() + "'s comments now appear before "
                    + "review.").focused());
            refresh();
        } catch (InvalidInputException invalid) {
            email.setErrorMessage(invalid.problems().get(PostModeration.EMAIL));
            email.setInvalid(true);
            email.focus();
        }
    }

    private void refresh() {
        members.removeAll();
        var trusted = postModeration.trustedMembers();
        if (trusted.isEmpty()) {
            members.add(new ListItem("Nobody yet."));
        }
        for (TrustedMember member : trusted) {
            Button stop = new Button("Review their comments first again", click -> {
                postModeration.stopTrusting(member.accountId());
                messages.removeAll();
                messages.add(Notice.success("member-untrusted", member.displayName() + "'s comments wait for a "
                        + "moderator again.").focused());
                refresh();
            });
            stop.setId("untrust-" + member.accountId());
            stop.getElement().setAttribute("aria-label", "Review comments by " + member.displayName()
                    + " before they appear");
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ListItem item = new ListItem(member.displayName() + " (" + member.email() + "), trusted by "
                    + member.grantedBy() + " ");
            item.setId("trusted-" + member.accountId());
            item.add(stop);
            members.add(item);
        }
    }
}
