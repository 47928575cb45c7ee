package org.openiro.architecture.badexamples.infrastructure;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Rule 1a broken: java.io's file classes are files too. */
public final class OpensFileStreams {

    public InputStream open(String name) throws IOException {
        return new FileInputStream(name);
    }
}
