package uk.sexualsafety.cop.portal.account.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import jakarta.annotation.security.PermitAll;
import uk.sexualsafety.cop.portal.account.AccountDetails;
import uk.sexualsafety.cop.portal.account.YourAccount;
import uk.sexualsafety.cop.portal.account.YourData;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.password.PasswordChange;
import uk.sexualsafety.cop.portal.secondfactor.YourSecondFactor;

/**
 * The signed-in person's own account. Each thing a person can do with their account (their password, a second
 * factor, a copy of their data) is a section of its own below the details.
 */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Your account | Sexual Safety Community of Practice")
@Menu(order = 79, title = "Your account")
@PermitAll
class YourAccountView extends VerticalLayout {

    YourAccountView(YourAccount account, PasswordChange passwordChange, YourSecondFactor secondFactor,
                    YourData yourData) {
        setMaxWidth("60rem");
        AccountDetails details = account.details();
        DescriptionList list = new DescriptionList();
        list.setId("account-details");
        list.add(new DescriptionList.Term("Name"), new DescriptionList.Description(details.displayName()));
        list.add(new DescriptionList.Term("Email address"), new DescriptionList.Description(details.email()));
        list.add(new DescriptionList.Term("Organisation"), new DescriptionList.Description(
                details.organisation() == null ? "None" : details.organisation()));
        list.add(new DescriptionList.Term("Roles"), new DescriptionList.Description(
                details.roles().isEmpty() ? "None" : String.join(", ", details.roles())));
        add(new H1("Your account"), new H2("Your details"), list,
                new Paragraph("To change your name, organisation or roles, ask an administrator."),
                new Anchor("sessions", "Where you are signed in"));
        add(new PasswordSection(passwordChange));
        add(new SecondFactorSection(secondFactor));
        add(new YourDataSection(yourData));
    }
}
