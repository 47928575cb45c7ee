package org.openiro.architecture.badexamples.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What rule 1a allows: reading a resource of the domain's own classpath (the bank holiday list), bytes handed in
 * through an interface, and the concurrency utilities that are not threads (an atomic counter).
 */
public final class CleanInput {

    private final AtomicInteger reads = new AtomicInteger();

    public List<String> lines(String resource) {
        reads.incrementAndGet();
        try (InputStream in = CleanInput.class.getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int length(Supplier<InputStream> bytes) {
        try (InputStream in = bytes.get()) {
            return in.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
