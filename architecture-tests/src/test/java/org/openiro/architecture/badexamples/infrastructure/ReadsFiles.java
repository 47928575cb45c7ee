package org.openiro.architecture.badexamples.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Rule 1a broken: a "domain" class that opens a file itself. */
public final class ReadsFiles {

    public String read(String name) {
        try {
            return Files.readString(Path.of(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
