package org.openiro.http.input;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A code from a list (a legal status {@code C1}, a stage {@code stage-1}, a role, a reason id): 1–64 letters, digits,
 * '.', '-' or '_'. Whether it is one of the list's is the domain's to say; this only keeps an over-long or odd value
 * from going further (issue 19). Null is left to {@code @NotNull} / {@code @NotBlank}.
 * Composed of one {@code @Pattern}, so the check and the OpenAPI document's pattern are the same.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {})
@Pattern(regexp = Code.PATTERN, message = Code.MESSAGE)
public @interface Code {

    String PATTERN = "[A-Za-z0-9._-]{1,64}";
    String MESSAGE = "must be 1 to 64 letters, digits, '.', '-' or '_'";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
