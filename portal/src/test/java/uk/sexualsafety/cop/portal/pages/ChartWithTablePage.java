package uk.sexualsafety.cop.portal.pages;

import com.codeborne.selenide.CollectionCondition;
import com.codeborne.selenide.Condition;
import com.codeborne.selenide.SelenideElement;
import org.openqa.selenium.JavascriptExecutor;
import uk.sexualsafety.cop.portal.browser.Browser;

import java.util.List;
import java.util.Map;

/** One chart with its table and CSV link (charts.ChartWithTable), found by the id the view gave it. */
public class ChartWithTablePage {

    private final Browser browser;
    private final SelenideElement root;

    public ChartWithTablePage(Browser browser, String id) {
        this.browser = browser;
        this.root = browser.driver().$("#" + id);
    }

    /** The page with the test-only charts view (src/test/java: charts.ChartsTestView). */
    public static void openTestView(Browser browser) {
        browser.open("/test/charts");
    }

    public void shouldHaveHeading(String heading) {
        root.$("h2").shouldHave(Condition.exactText(heading));
    }

    /** Chart.js has drawn: the element marks itself, and the canvas is an image named by the chart's summary. */
    public void shouldHaveDrawnTheChart(String summaryStart) {
        SelenideElement chart = root.$("portal-bar-chart").shouldHave(Condition.attribute("data-rendered"));
        Map<?, ?> canvas = (Map<?, ?>) ((JavascriptExecutor) browser.driver().getWebDriver()).executeScript("""
                const canvas = arguments[0].shadowRoot.querySelector('canvas');
                return {role: canvas.getAttribute('role'), label: canvas.getAttribute('aria-label'),
                        width: canvas.width, height: canvas.height};
                """, chart);
        org.assertj.core.api.Assertions.assertThat(canvas.get("role")).isEqualTo("img");
        org.assertj.core.api.Assertions.assertThat((String) canvas.get("label")).startsWith(summaryStart);
        org.assertj.core.api.Assertions.assertThat((Long) canvas.get("width")).isPositive();
        org.assertj.core.api.Assertions.assertThat((Long) canvas.get("height")).isPositive();
    }

    public void shouldHaveCaption(String caption) {
        root.$("table caption").shouldHave(Condition.exactText(caption));
    }

    /** The table's row for a category shows these cells after the category's name. */
    public void shouldShowRow(String category, String... cells) {
        SelenideElement row = root.$$("table tbody tr").findBy(Condition.text(category)).shouldBe(Condition.visible);
        row.$("th").shouldHave(Condition.exactText(category));
        row.$$("td").shouldHave(CollectionCondition.exactTexts(cells));
    }

    public void shouldSaySomeBarsAreNotShown() {
        root.$(".chart-note").shouldBe(Condition.visible).shouldHave(Condition.text("Bars under 5 are not shown"));
    }

    public void shouldNotHaveANote() {
        root.$(".chart-note").shouldNotBe(Condition.visible);
    }

    /** The "Download CSV" link, fetched by the browser itself: its bytes as numbers 0 to 255, and its headers. */
    public DownloadedFile downloadCsv() {
        SelenideElement link = root.$("a.chart-csv").shouldHave(Condition.exactText("Download CSV"))
                .shouldHave(Condition.attribute("download"));
        return fetch(browser, link);
    }

    /** Any download link, fetched by the browser itself with its cookies. */
    public static DownloadedFile fetch(Browser browser, SelenideElement link) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser.driver().getWebDriver())
                .executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        fetch(arguments[0].href).then(async response => done({
                            status: response.status,
                            type: response.headers.get('content-type'),
                            disposition: response.headers.get('content-disposition'),
                            bytes: Array.from(new Uint8Array(await response.arrayBuffer()))
                        }), error => done({status: -1, type: String(error)}));
                        """, link);
        @SuppressWarnings("unchecked")
        List<Long> numbers = (List<Long>) result.get("bytes");
        byte[] bytes = new byte[numbers == null ? 0 : numbers.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = numbers.get(i).byteValue();
        }
        return new DownloadedFile(((Number) result.get("status")).intValue(), (String) result.get("type"),
                (String) result.get("disposition"), bytes);
    }

    public record DownloadedFile(int status, String contentType, String contentDisposition, byte[] bytes) {
    }
}
