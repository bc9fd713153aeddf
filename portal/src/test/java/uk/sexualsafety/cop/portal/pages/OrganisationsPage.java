package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.ElementsCollection;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The administrators' organisations directory and its add or change dialog. */
public class OrganisationsPage {

    /** The dialog's fields that can carry a message. */
    public enum Field {
        NAME("organisation-name"), SHORT_NAME("organisation-short-name"), TYPE("organisation-type"),
        NATION("organisation-nation"), ICB("organisation-icb");

        private final String id;

        Field(String id) {
            this.id = id;
        }
    }

    private final Browser browser;

    public OrganisationsPage(Browser browser) {
        this.browser = browser;
    }

    public static OrganisationsPage open(Browser browser) {
        browser.open("/admin/organisations");
        browser.driver().$("#organisations").shouldBe(Condition.visible);
        return new OrganisationsPage(browser);
    }

    /** Opens the dialog and fills it in; an empty ICB leaves that field alone. */
    public void startAdding(String name, String shortName, String type, String nation, String icb) {
        VaadinFields.click(browser, "add-organisation");
        browser.driver().$("#organisation-name").shouldBe(Condition.visible);
        VaadinFields.type(browser, "organisation-name", name);
        VaadinFields.type(browser, "organisation-short-name", shortName);
        VaadinFields.choose(browser, "organisation-type", type);
        VaadinFields.choose(browser, "organisation-nation", nation);
        if (icb != null) {
            chooseIcb(icb);
        }
    }

    public void chooseIcb(String icb) {
        VaadinFields.choose(browser, "organisation-icb", icb);
    }

    public void save() {
        VaadinFields.click(browser, "save-organisation");
    }

    public void shouldShowMessage(Field field, String message) {
        VaadinFields.shouldShowMessage(browser, field.id, message);
    }

    public void shouldHaveClosedTheDialog() {
        browser.driver().$("#organisation-name").shouldNot(Condition.exist);
    }

    public void shouldConfirm(String message) {
        VaadinFields.shouldConfirm(browser, message);
    }

    public void search(String text) {
        VaadinFields.type(browser, "organisation-search", text);
        browser.waitForVaadin();
    }

    /** The organisation is in the list, with these other values in its row (after a search has narrowed it). */
    public void shouldList(String name, String... otherValues) {
        cells().findBy(Condition.exactText(name)).shouldBe(Condition.visible);
        for (String value : otherValues) {
            cells().findBy(Condition.exactText(value)).shouldBe(Condition.visible);
        }
    }

    public void shouldListNothingBut(String name) {
        cells().filterBy(Condition.exactText(name)).shouldHave(CollectionCondition.size(1));
    }

    /** Opens the change dialog for the organisation and gives it a new short name. */
    public void changeShortName(String name, String shortName) {
        select(name);
        VaadinFields.click(browser, "edit-organisation");
        browser.driver().$("#organisation-name input").shouldHave(Condition.value(name));
        VaadinFields.type(browser, "organisation-short-name", shortName);
        save();
    }

    public void deactivate(String name) {
        select(name);
        VaadinFields.click(browser, "deactivate-organisation");
    }

    private void select(String name) {
        cells().findBy(Condition.exactText(name)).click();
        browser.waitForVaadin();
    }

    private ElementsCollection cells() {
        return browser.driver().$$("#organisations vaadin-grid-cell-content");
    }
}
