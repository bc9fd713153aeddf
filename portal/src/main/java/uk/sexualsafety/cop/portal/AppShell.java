package uk.sexualsafety.cop.portal;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import uk.sexualsafety.cop.portal.charts.BarChart;

/**
 * The page around every view: the Lumo theme (Vaadin 25 applies none by default) and the page's language. The bar
 * chart's element is part of every page's frontend bundle, so that a view added later can draw charts with the
 * committed production bundle, without Node (decision 014).
 */
@Uses(BarChart.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "The National Ambulance Sexual Safety Community of Practice")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Sexual Safety Community of Practice");
    }
}
