package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import uk.sexualsafety.cop.portal.browser.Browser;

/** The table of Charter commitments each organisation's policies address. */
public class PolicyCoveragePage {

    private final Browser browser;

    public PolicyCoveragePage(Browser browser) {
        this.browser = browser;
    }

    /** Says "Yes" or "No" in the organisation's row, under the commitment's column. */
    public void shouldShow(String organisation, int commitment, String answer) {
        SelenideElement row = browser.driver().$$("#coverage tbody tr").findBy(Condition.text(organisation))
                .shouldBe(Condition.exist);
        // The first cell is the row's header; commitments follow in order.
        row.$$("td").get(commitment - 1).shouldHave(Condition.exactText(answer));
    }
}
