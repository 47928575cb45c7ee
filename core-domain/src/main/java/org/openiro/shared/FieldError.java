package org.openiro.shared;

/** One reason a request was refused, named by the path of the field as the client wrote it. */
public record FieldError(String field, String message) {
}
