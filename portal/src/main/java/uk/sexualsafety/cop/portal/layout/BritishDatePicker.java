package uk.sexualsafety.cop.portal.layout;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.util.Locale;

/**
 * A date picker as people in Britain read a calendar: dates typed and shown day first (7/11/2026 is 7 November),
 * whatever the server's locale, and weeks starting on Monday.
 */
public class BritishDatePicker extends DatePicker {

    public BritishDatePicker(String label) {
        super(label);
        setLocale(Locale.UK);
        setI18n(new DatePickerI18n().setFirstDayOfWeek(1));
    }
}
