package org.openiro.http.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.openiro.shared.InvalidInput;

/**
 * A GOV.UK date input: three fields, {@code <id>-day}, {@code <id>-month} and {@code <id>-year}. All empty is no date;
 * anything else must make a real date, or the form is refused naming the field.
 */
public final class DateField {

    private DateField() {
    }

    /** The date, null when all three are empty. @throws InvalidInput naming {@code id} for a date that is not one */
    public static LocalDate read(Form form, String id, String label) {
        String day = form.get(id + "-day");
        String month = form.get(id + "-month");
        String year = form.get(id + "-year");
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            throw new InvalidInput(id, label + " must include a day, month and year");
        }
        try {
            int y = Integer.parseInt(year);
            if (year.length() != 4) {
                throw new InvalidInput(id, label + " must have a 4-digit year, for example 2026");
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            throw new InvalidInput(id, label + " must be a real date");
        }
    }

    /** Day, month and year of a date for the three fields; empty strings for none. */
    public static String[] parts(LocalDate date) {
        return date == null ? new String[] {"", "", ""}
                : new String[] {String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear())};
    }
}
