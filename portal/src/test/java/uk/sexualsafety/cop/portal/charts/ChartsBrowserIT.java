package uk.sexualsafety.cop.portal.charts;

import org.junit.jupiter.api.Test;
import uk.sexualsafety.cop.portal.browser.Browser;
import uk.sexualsafety.cop.portal.browser.BrowserTest;
import uk.sexualsafety.cop.portal.pages.ChartWithTablePage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The charts in the production bundle: Chart.js draws, the tables suppress small numbers, the CSV downloads. */
@BrowserTest
class ChartsBrowserIT {

    @Test
    void aChartIsDrawnWithItsNumbersInATableWhereSmallCountsSayFewerThanFive(Browser browser) {
        ChartWithTablePage.openTestView(browser);
        ChartWithTablePage requests = new ChartWithTablePage(browser, "requests-chart");

        requests.shouldHaveHeading("Requests by category");
        requests.shouldHaveDrawnTheChart("Requests by category: bar chart of 4 categories.");
        requests.shouldHaveCaption("Requests by category: the numbers");
        requests.shouldShowRow("Advice", "12");
        requests.shouldShowRow("Investigation", "fewer than 5");
        requests.shouldShowRow("<b>Training</b>", "0");
        requests.shouldSaySomeBarsAreNotShown();

        ChartWithTablePage outcomes = new ChartWithTablePage(browser, "outcomes-chart");
        outcomes.shouldHaveDrawnTheChart("Outcomes by year: bar chart of 3 categories, 2 stacked series (2024, 2025)");
        outcomes.shouldShowRow("Withdrawn", "fewer than 5", "11");

        browser.shouldHaveNoAccessibilityViolations();
    }

    @Test
    void theCsvFileHasTheTableAsShownReadyForExcel(Browser browser) {
        ChartWithTablePage.openTestView(browser);

        ChartWithTablePage.DownloadedFile csv = new ChartWithTablePage(browser, "requests-chart").downloadCsv();

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.contentDisposition()).contains("attachment").containsPattern("requests-by-category-[0-9-]+\\.csv");
        assertThat(Arrays.copyOf(csv.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.bytes(), 3, csv.bytes().length - 3, StandardCharsets.UTF_8)).isEqualTo("""
                Request category,Requests\r
                Advice,12\r
                Investigation,fewer than 5\r
                <b>Training</b>,0\r
                '=1+1,7\r
                """);
    }
}
