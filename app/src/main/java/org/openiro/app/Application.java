package org.openiro.app;

import io.micronaut.runtime.Micronaut;

/** The Independent Reviewing Service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
