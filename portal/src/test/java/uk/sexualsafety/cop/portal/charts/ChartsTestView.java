package uk.sexualsafety.cop.portal.charts;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.sexualsafety.cop.portal.layout.MainLayout;

import java.util.List;

/**
 * A page for the browser test of the charts, in the test classes only: Vaadin registers it because it lies in
 * {@code vaadin.allowed-packages}, and the production bundle has the chart's element because the app shell uses it.
 */
@Route(value = "test/charts", layout = MainLayout.class)
@PageTitle("Charts | Sexual Safety Community of Practice")
@AnonymousAllowed
public class ChartsTestView extends VerticalLayout {

    public ChartsTestView() {
        ChartWithTable requests = new ChartWithTable("Requests by category",
                CountData.of("Request category", List.of("Advice", "Investigation", "<b>Training</b>", "=1+1"),
                        new CountSeries("Requests", 12, 3, 0, 7)));
        requests.setId("requests-chart");

        ChartWithTable outcomes = new ChartWithTable("Outcomes by year",
                CountData.of("Outcome", List.of("Upheld", "Not upheld", "Withdrawn"),
                        new CountSeries("2024", 9, 14, 2),
                        new CountSeries("2025", 6, 4, 11)));
        outcomes.setOrientation(BarChart.Orientation.HORIZONTAL);
        outcomes.setStacked(true);
        outcomes.setId("outcomes-chart");

        add(new H1("Charts"), requests, outcomes);
    }
}
