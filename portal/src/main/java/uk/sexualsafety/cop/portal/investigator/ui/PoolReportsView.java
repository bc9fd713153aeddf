package uk.sexualsafety.cop.portal.investigator.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.sexualsafety.cop.db.member.Role;
import uk.sexualsafety.cop.portal.charts.BarChart;
import uk.sexualsafety.cop.portal.charts.ChartWithTable;
import uk.sexualsafety.cop.portal.charts.CountData;
import uk.sexualsafety.cop.portal.charts.CountSeries;
import uk.sexualsafety.cop.portal.charts.FiguresTable;
import uk.sexualsafety.cop.portal.charts.SmallNumberSuppression;
import uk.sexualsafety.cop.portal.investigator.PoolReport;
import uk.sexualsafety.cop.portal.investigator.PoolReports;
import uk.sexualsafety.cop.portal.layout.MainLayout;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToLongFunction;

/**
 * The pool's reports: requests by area and category, time to allocation against the 14-day target, capacity by
 * ICB, and which organisations give and receive investigation. Each chart has its numbers in a table beside it and
 * a CSV export; counts under five show as "fewer than 5".
 */
@Route(value = "pool/reports", layout = MainLayout.class)
@PageTitle("Pool reports | Sexual Safety Community of Practice")
@Menu(order = 52, title = "Pool reports")
@RolesAllowed(Role.Names.POOL_COORDINATOR)
class PoolReportsView extends VerticalLayout {

    PoolReportsView(PoolReports reports) {
        setMaxWidth("64rem");
        PoolReport report = reports.report();
        Paragraph allocation = new Paragraph(allocationText(report.allocation()));
        allocation.setId("allocation-times");
        FiguresTable allocationFigures = allocationTable(report.allocation());
        ChartWithTable byArea = new ChartWithTable("Requests by area", CountData.of("Area",
                report.byArea().stream().map(PoolReport.AreaCount::area).toList(),
                series("Waiting", report.byArea(), PoolReport.AreaCount::waiting),
                series("Allocated", report.byArea(), PoolReport.AreaCount::allocated)));
        byArea.setId("requests-by-area");
        byArea.setOrientation(BarChart.Orientation.HORIZONTAL);
        byArea.setStacked(true);
        ChartWithTable byCategory = new ChartWithTable("Requests by category", CountData.of("Category",
                report.byCategory().stream().map(PoolReport.CategoryCount::category).toList(),
                series("Requests", report.byCategory(), PoolReport.CategoryCount::requests)));
        byCategory.setId("requests-by-category");
        // Capacity counts places and days, not cases, so no small numbers are hidden here.
        ChartWithTable capacity = new ChartWithTable("Capacity by ICB (on site)", CountData.of("ICB",
                report.capacity().stream().map(PoolReport.AreaCapacity::icb).toList(),
                series("Case places", report.capacity(), PoolReport.AreaCapacity::casePlaces),
                series("Days a month", report.capacity(), PoolReport.AreaCapacity::daysPerMonth)),
                new SmallNumberSuppression(1));
        capacity.setId("capacity-by-icb");
        capacity.setOrientation(BarChart.Orientation.HORIZONTAL);
        ChartWithTable balance = new ChartWithTable("Give and receive: cases per organisation", CountData.of(
                "Organisation", report.balance().stream().map(PoolReport.OrganisationBalance::organisation).toList(),
                series("Cases its staff investigated", report.balance(), PoolReport.OrganisationBalance::casesGiven),
                series("Cases it received", report.balance(), PoolReport.OrganisationBalance::casesReceived)));
        balance.setId("give-and-receive");
        balance.setOrientation(BarChart.Orientation.HORIZONTAL);
        FiguresTable balanceDays = balanceInDays(report.balance());
        for (ChartWithTable chart : List.of(byArea, byCategory, capacity, balance)) {
            chart.setOnCsvDownload(() -> reports.exported(chart.getTitle()));
        }
        for (FiguresTable figures : List.of(allocationFigures, balanceDays)) {
            figures.setOnCsvDownload(() -> reports.exported(figures.getTitle()));
        }
        add(new H1("Pool reports"),
                new Paragraph("Figures under five are shown as \u201Cfewer than 5\u201D, in tables and exports alike, "
                        + "so that no case can be recognised from them."),
                new H2("Time to allocation"), allocation, allocationFigures, byArea, byCategory, capacity, balance,
                balanceDays);
    }

    private static <T> CountSeries series(String name, List<T> rows, ToLongFunction<T> value) {
        return new CountSeries(name, rows.stream().mapToLong(value).toArray());
    }

    private static String allocationText(PoolReport.AllocationTimes times) {
        if (times.allocated() == 0) {
            return "No request has been allocated yet. The target is " + times.targetDays() + " days.";
        }
        if (times.allocated() < 5) {
            return "Fewer than 5 requests have been allocated, too few to report times without identifying them. "
                    + "The target is " + times.targetDays() + " days.";
        }
        return "From request to allocation: median " + days(times.median()) + ", 90th percentile "
                + days(times.ninetiethPercentile()) + " (target: " + times.targetDays() + " days), over "
                + times.allocated() + " allocated requests.";
    }

    private static FiguresTable allocationTable(PoolReport.AllocationTimes times) {
        boolean tooFew = times.allocated() < SmallNumberSuppression.DEFAULT.threshold();
        String withheld = times.allocated() == 0 ? "none allocated yet" : "fewer than 5 cases";
        return new FiguresTable("allocation-figures", "Days from request to allocation", List.of("Figure", "Value"),
                List.of(List.of("Requests allocated", SmallNumberSuppression.DEFAULT.apply(times.allocated()).text()),
                        List.of("Median days", tooFew ? withheld : oneDecimal(times.median())),
                        List.of("90th percentile days", tooFew ? withheld : oneDecimal(times.ninetiethPercentile())),
                        List.of("Target days", String.valueOf(times.targetDays()))));
    }

    /** Days given and received, each shown only when at least five cases lie behind it. */
    private static FiguresTable balanceInDays(List<PoolReport.OrganisationBalance> balance) {
        return new FiguresTable("give-and-receive-days", "Give and receive: days of investigation",
                List.of("Organisation", "Days its staff gave", "Days it received"),
                balance.stream().map(row -> List.of(row.organisation(), daysBehind(row.daysGiven(), row.casesGiven()),
                        daysBehind(row.daysReceived(), row.casesReceived()))).toList());
    }

    private static String daysBehind(long days, long cases) {
        if (cases == 0) {
            return "0";
        }
        return cases < SmallNumberSuppression.DEFAULT.threshold() ? "fewer than 5 cases" : String.valueOf(days);
    }

    private static String oneDecimal(OptionalDouble value) {
        return String.format(Locale.UK, "%.1f", value.orElse(0));
    }

    private static String days(OptionalDouble value) {
        return String.format(Locale.UK, "%.1f days", value.orElse(0));
    }
}
