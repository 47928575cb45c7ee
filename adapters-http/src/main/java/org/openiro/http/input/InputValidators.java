package org.openiro.http.input;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import org.openiro.calendar.SupportedDates;

/**
 * The validators behind {@link Id}, {@link Code} and {@link InCalendar}.
 *
 * <p>{@link Id} and {@link Code} are each composed of one {@code @Pattern}, which Micronaut checks (and the OpenAPI
 * document shows as the parameter's or property's pattern) wherever they are put. Micronaut still asks the composed
 * annotation itself for a validator, so theirs let everything through: the pattern is the check, reported once.
 */
@Factory
class InputValidators {

    @Singleton
    ConstraintValidator<Id, CharSequence> idComposedOfItsPattern() {
        return (value, annotation, context) -> true;
    }

    @Singleton
    ConstraintValidator<Code, CharSequence> codeComposedOfItsPattern() {
        return (value, annotation, context) -> true;
    }

    @Singleton
    ConstraintValidator<InCalendar, LocalDate> inCalendarValidator() {
        return (value, annotation, context) -> value == null || SupportedDates.contains(value);
    }
}
