package org.openiro.app;

import io.micronaut.runtime.Micronaut;

/** The Independent Reviewing Service. */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        // logback.xml picks its appender by this name: any other would silently log nothing.
        String logFormat = System.getenv("IRO_LOG_FORMAT");
        if (logFormat != null && !logFormat.isBlank() && !logFormat.equals("text") && !logFormat.equals("json")) {
            System.err.println("IRO_LOG_FORMAT must be text or json, not '" + logFormat + "'");
            System.exit(2);
        }
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
