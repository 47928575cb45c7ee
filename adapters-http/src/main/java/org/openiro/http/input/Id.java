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
import org.openiro.shared.LocalId;

/**
 * An identifier, in a path, a query or a body: 1–36 letters, digits, '-' or '_' ({@link org.openiro.shared.LocalId}),
 * so an over-long or odd one is a 400 naming the field before anything stores it (issue 19). Null is left to
 * {@code @NotNull} / {@code @NotBlank}. The one place the rule is written for the HTTP edge.
 * Composed of one {@code @Pattern}, so the check and the OpenAPI document's pattern are the same.
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Constraint(validatedBy = {})
@Pattern(regexp = LocalId.PATTERN, message = Id.MESSAGE)
public @interface Id {

    String MESSAGE = "must be 1 to 36 letters, digits, '-' or '_'";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
