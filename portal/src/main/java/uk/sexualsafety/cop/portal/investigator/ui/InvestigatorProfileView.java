package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.investigator.Specialism;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.db.organisation.Nation;
import uk.sexualsafety.cop.db.organisation.NhsRegion;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfile;
import uk.sexualsafety.cop.portal.investigator.InvestigatorProfiles;
import uk.sexualsafety.cop.portal.investigator.ProfileForm;
import uk.sexualsafety.cop.portal.layout.MainLayout;
import uk.sexualsafety.cop.portal.layout.Notice;
import uk.sexualsafety.cop.portal.layout.RowsEditor;
import uk.sexualsafety.cop.portal.organisation.IcbOption;
import uk.sexualsafety.cop.portal.organisation.OrganisationChoices;
import uk.sexualsafety.cop.portal.organisation.OrganisationOption;
import uk.sexualsafety.cop.portal.validation.ConcurrentChangeException;
import uk.sexualsafety.cop.portal.validation.InvalidInputException;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An investigator keeps their profile: what they do, where, how much, and every possible conflict of interest. */
@Route(value = "investigator/profile", layout = MainLayout.class)
@PageTitle("Your investigator profile | Sexual Safety Community of Practice")
@Menu(order = 40, title = "Your investigator profile")
@RolesAllowed(Role.Names.INVESTIGATOR)
class InvestigatorProfileView extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final InvestigatorProfiles profiles;
    private final Div messages = new Div();
    private final Paragraph status = new Paragraph();
    private final TextField displayName = new TextField("Name");
    private final EmailField contactEmail = new EmailField("Contact email");
    private final TextField contactPhone = new TextField("Contact phone");
    private final CheckboxGroup<Specialism> specialisms = new CheckboxGroup<>("Specialisms");
    private final CheckboxGroup<NhsRegion> regions = new CheckboxGroup<>("NHS England regions you cover");
    private final MultiSelectComboBox<IcbOption> icbs = new MultiSelectComboBox<>("Single ICBs you cover");
    private final CheckboxGroup<Nation> nations = new CheckboxGroup<>("Nations you cover");
    private final Checkbox onSite = new Checkbox("I work on site in the places I cover");
    private final Checkbox remote = new Checkbox("I work remotely");
    private final IntegerField casesAtOnce = new IntegerField("Cases at once");
    private final IntegerField daysPerMonth = new IntegerField("Days per month");
    private final RowsEditor<ProfileForm.AccreditationEntry> accreditations;
    private final RowsEditor<ProfileForm.PeriodEntry> unavailable;
    private final RowsEditor<ProfileForm.EmploymentEntry> employment;
    private final RowsEditor<ProfileForm.ConflictEntry> conflicts;
    private final UnorderedList expired = new UnorderedList();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private Long version;

    InvestigatorProfileView(InvestigatorProfiles profiles, OrganisationChoices choices) {
        this.profiles = profiles;
        setMaxWidth("60rem");
        List<OrganisationOption> organisations = choices.activeOrganisations();
        accreditations = new RowsEditor<>("accreditations", "Accreditation and training", "accreditation",
                ProfileRows::accreditation);
        unavailable = new RowsEditor<>("unavailable", "When you are not available", "period",
                ProfileRows::period);
        employment = new RowsEditor<>("employment", "Employment and contracts", "employment or contract",
                index -> ProfileRows.employment(index, organisations));
        conflicts = new RowsEditor<>("conflicts", "Other conflicts of interest", "conflict",
                index -> ProfileRows.conflict(index, organisations));
        displayName.setId("display-name");
        displayName.setMaxLength(ProfileForm.MAX_DISPLAY_NAME);
        contactEmail.setId("contact-email");
        contactPhone.setId("contact-phone");
        contactPhone.setMaxLength(ProfileForm.MAX_CONTACT_PHONE);
        specialisms.setId("specialisms");
        specialisms.setItems(Specialism.values());
        specialisms.setItemLabelGenerator(Specialism::label);
        regions.setId("regions");
        regions.setItems(NhsRegion.values());
        regions.setItemLabelGenerator(NhsRegion::label);
        icbs.setId("icbs");
        icbs.setItems(choices.icbs());
        icbs.setItemLabelGenerator(IcbOption::name);
        icbs.setWidth("30rem");
        nations.setId("nations");
        nations.setItems(EnumSet.of(Nation.WALES, Nation.SCOTLAND, Nation.NORTHERN_IRELAND));
        nations.setItemLabelGenerator(Nation::label);
        onSite.setId("on-site");
        remote.setId("remote");
        casesAtOnce.setId("cases-at-once");
        casesAtOnce.setMin(0);
        daysPerMonth.setId("days-per-month");
        daysPerMonth.setMin(0);
        status.setId("pool-status");
        expired.setId("expired-accreditations");
        fields.putAll(Map.of(ProfileForm.DISPLAY_NAME, displayName, ProfileForm.CONTACT_EMAIL, contactEmail,
                ProfileForm.CONTACT_PHONE, contactPhone, ProfileForm.SPECIALISMS, specialisms, ProfileForm.REGIONS,
                regions, ProfileForm.ICB_IDS, icbs, ProfileForm.NATIONS, nations, ProfileForm.CASES_AT_ONCE,
                casesAtOnce, ProfileForm.DAYS_PER_MONTH, daysPerMonth));
        FormLayout contact = new FormLayout(displayName, contactEmail, contactPhone);
        contact.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 3));
        Button save = new Button("Save my profile", click -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Your investigator profile"), status, messages,
                new Paragraph("Coordinators use this to match you to requests. Your name and contact details are "
                        + "seen only by the pool's coordinators and by the requesters of cases you accept. Declare "
                        + "every organisation you have worked for and any other conflict: you are never offered a "
                        + "case where a conflict could arise."),
                new H2("You"), contact, specialisms, accreditations, expired,
                new H2("Where you work"), regions, icbs, nations, onSite, remote,
                new H2("How much you can take on"), casesAtOnce, daysPerMonth, unavailable,
                new H2("Conflicts of interest"), employment, conflicts, save);
        profiles.myProfile().ifPresent(this::show);
    }

    private void show(InvestigatorProfile profile) {
        version = profile.version();
        status.setText("Your place in the pool: " + profile.status().label());
        displayName.setValue(profile.displayName());
        contactEmail.setValue(profile.contactEmail() == null ? "" : profile.contactEmail());
        contactPhone.setValue(profile.contactPhone() == null ? "" : profile.contactPhone());
        ProfileForm form = profile.toForm();
        specialisms.setValue(form.specialisms());
        regions.setValue(form.regions());
        icbs.setValue(new HashSet<>(profile.icbs()));
        nations.setValue(form.nations());
        onSite.setValue(form.onSite());
        remote.setValue(form.remote());
        casesAtOnce.setValue(form.casesAtOnce());
        daysPerMonth.setValue(form.daysPerMonth());
        accreditations.fill(form.accreditations());
        unavailable.fill(form.unavailable());
        employment.fill(form.employment());
        conflicts.fill(form.conflicts());
        expired.removeAll();
        profile.accreditations().stream().filter(InvestigatorProfile.AccreditationView::expired)
                .forEach(a -> expired.add(new ListItem("Expired: " + a.name() + " (valid until "
                        + DATE.format(a.validUntil()) + ")")));
    }

    private void save() {
        messages.removeAll();
        fields.values().forEach(field -> field.setInvalid(false));
        Set<Long> icbIds = new HashSet<>();
        icbs.getValue().forEach(icb -> icbIds.add(icb.id()));
        ProfileForm form = new ProfileForm(displayName.getValue(), contactEmail.getValue(), contactPhone.getValue(),
                specialisms.getValue(), accreditations.values(), regions.getValue(), icbIds, nations.getValue(),
                onSite.getValue(), remote.getValue(), casesAtOnce.getValue(), daysPerMonth.getValue(),
                unavailable.values(), employment.values(), conflicts.values());
        try {
            show(profiles.saveMyProfile(form, version));
            messages.add(Notice.success("profile-saved", "Your profile is saved.").focused());
        } catch (InvalidInputException invalid) {
            var rest = new HashMap<>(invalid.problems());
            List.of(accreditations, unavailable, employment, conflicts)
                    .forEach(editor -> editor.showProblems(invalid.problems()).forEach(rest::remove));
            rest.forEach((field, message) -> {
                HasValidation component = fields.get(field);
                if (component != null) {
                    component.setErrorMessage(message);
                    component.setInvalid(true);
                } else {
                    messages.add(Notice.problem("profile-problem", message));
                }
            });
            messages.add(Notice.problem("profile-not-saved", "Your profile is not saved yet: please correct the "
                    + "fields marked below.").focused());
        } catch (ConcurrentChangeException changed) {
            messages.add(Notice.problem("profile-changed", changed.getMessage()).focused());
        }
    }
}
