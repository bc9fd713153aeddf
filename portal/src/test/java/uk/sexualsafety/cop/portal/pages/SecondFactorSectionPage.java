package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.List;

/** "Your second step" on "Your account". */
public class SecondFactorSectionPage {

    private final Browser browser;

    public SecondFactorSectionPage(Browser browser) {
        this.browser = browser;
    }

    public static SecondFactorSectionPage open(Browser browser) {
        YourAccountPage.open(browser);
        return new SecondFactorSectionPage(browser);
    }

    public void shouldSay(String text) {
        browser.driver().$("#second-factor-state").shouldHave(Condition.text(text));
    }

    /** Asks for new recovery codes, giving a code from the current app; returns them. */
    public List<String> newRecoveryCodes(String currentCode) {
        VaadinFields.click(browser, "new-recovery-codes");
        VaadinFields.type(browser, "current-code", currentCode);
        VaadinFields.click(browser, "make-recovery-codes");
        return browser.driver().$$("#recovery-codes li").shouldHave(CollectionCondition.size(10)).texts();
    }

    public void keptRecoveryCodes() {
        VaadinFields.click(browser, "recovery-codes-kept");
    }
}
