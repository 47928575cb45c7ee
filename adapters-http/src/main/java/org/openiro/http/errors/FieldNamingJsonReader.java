package org.openiro.http.errors;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads request bodies into the API's records, refusing any value of the wrong JSON type and naming the field at
 * fault (api.md: "a value that cannot be parsed is reported the same way").
 */
@Singleton
@Consumes(MediaType.APPLICATION_JSON)
@Order(-20)
class FieldNamingJsonReader<T> implements MessageBodyReader<T> {

    private final JsonBodies bodies;

    FieldNamingJsonReader(JsonBodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return mediaType != null && mediaType.matches(MediaType.APPLICATION_JSON_TYPE)
                && type.getType().getName().startsWith("org.openiro.")
                && BeanIntrospector.SHARED.findIntrospection(type.getType()).isPresent();
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, ByteBuffer<?> body) throws CodecException {
        return read(type, body.toByteArray());
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        try {
            return read(type, body.readAllBytes());
        } catch (IOException e) {
            throw new CodecException("could not read the request body", e);
        }
    }

    /**
     * The body is checked against the record's shape first, because the serializer coerces where the API must
     * refuse: {@code "maybe"} would become false, {@code "5"} a number.
     */
    private T read(Argument<T> type, byte[] bytes) {
        return bodies.read(bytes, type);
    }
}
