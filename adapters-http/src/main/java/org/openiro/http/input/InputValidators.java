package org.openiro.http.input;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.openiro.calendar.SupportedDates;
import org.openiro.shared.LocalId;

/** The validators behind {@link Id}, {@link Code} and {@link InCalendar}: one compiled pattern each, for every field that carries them. */
@Factory
class InputValidators {

    private static final Pattern ID = Pattern.compile(LocalId.PATTERN);
    private static final Pattern CODE = Pattern.compile(Code.PATTERN);

    @Singleton
    ConstraintValidator<Id, CharSequence> idValidator() {
        return (value, annotation, context) -> value == null || ID.matcher(value).matches();
    }

    @Singleton
    ConstraintValidator<InCalendar, LocalDate> inCalendarValidator() {
        return (value, annotation, context) -> value == null || SupportedDates.contains(value);
    }

    @Singleton
    ConstraintValidator<Code, CharSequence> codeValidator() {
        return (value, annotation, context) -> value == null || CODE.matcher(value).matches();
    }
}
