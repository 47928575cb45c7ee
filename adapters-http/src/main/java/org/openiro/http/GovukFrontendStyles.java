package org.openiro.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GOV.UK Frontend's compiled stylesheet, from its webjar, as every page of the service serves it: with the system's
 * fonts in place of GDS Transport, whose licence is for GOV.UK services only, and without its {@code @font-face}
 * rules, so no font is ever asked for. The pages and the printable report both use this one copy.
 */
public final class GovukFrontendStyles {

    /** The font stack that replaces GDS Transport. */
    public static final String FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";
    private static final String STYLESHEET = "META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/govuk-frontend.min.css";

    private static volatile String css;

    private GovukFrontendStyles() {
    }

    /** The stylesheet, read and rewritten once. */
    public static String css() {
        String built = css;
        if (built == null) {
            built = read(String.format(STYLESHEET, webjarVersion()))
                    .replaceAll("@font-face\\{[^}]*\\}", "")
                    .replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + FONTS)
                    .replace("font-family:GDS Transport", "font-family:" + FONTS);
            css = built;
        }
        return built;
    }

    /** The webjar says its own version, so the pom's is the only place it is written. */
    private static String webjarVersion() {
        for (String line : read(POM_PROPERTIES).split("\\R")) {
            if (line.startsWith("version=")) {
                return line.substring("version=".length()).trim();
            }
        }
        throw new IllegalStateException("no version in " + POM_PROPERTIES);
    }

    /** A text resource from the classpath. */
    public static String read(String path) {
        try (InputStream in = GovukFrontendStyles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
