package uk.sexualsafety.cop.portal;

import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import uk.sexualsafety.cop.portal.charts.BarChart;

/**
 * The page around every view: the Lumo theme (Vaadin 25 applies none by default) and the page's language. The bar
 * chart's element and the free components views are likely to reach for are part of every page's frontend bundle, so
 * that a view added later can use them with the committed production bundle, without Node (decision 014). A route
 * the bundle does not know has no chunk of its own: whatever it uses must be here, not only in another route's chunk.
 */
@Uses(BarChart.class)
@Uses(Upload.class)
@Uses(Details.class)
@Uses(Accordion.class)
@Uses(TabSheet.class)
@Uses(Tabs.class)
@Uses(ProgressBar.class)
@Uses(VirtualList.class)
@Uses(MenuBar.class)
@Uses(Scroller.class)
@Uses(Popover.class)
@Uses(Checkbox.class)
@Uses(CheckboxGroup.class)
@Uses(ComboBox.class)
@Uses(RadioButtonGroup.class)
@Uses(Select.class)
@Uses(Dialog.class)
@Uses(Grid.class)
@Uses(DatePicker.class)
@Uses(IntegerField.class)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "description", content = "The National Ambulance Sexual Safety Community of Practice")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Sexual Safety Community of Practice");
    }
}
