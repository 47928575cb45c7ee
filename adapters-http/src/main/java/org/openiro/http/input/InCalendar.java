package org.openiro.http.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.openiro.calendar.SupportedDates;

/**
 * A date in a query, within the years the working-day calendar covers ({@link SupportedDates}): a report or worklist
 * asked for 9999-12-31 is a 400 naming the parameter, not a failure (issue 22). Dates in JSON bodies are checked for
 * every body at once as they are read. Checked by {@link InputValidators}.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {})
public @interface InCalendar {

    String message() default SupportedDates.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
