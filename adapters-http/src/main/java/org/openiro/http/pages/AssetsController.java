package org.openiro.http.pages;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.swagger.v3.oas.annotations.Hidden;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openiro.http.GovukFrontendStyles;

/**
 * {@code /assets/...}: GOV.UK Frontend's styles and script (5.14.0, from its webjar) and the service's own, read from
 * the classpath once and served with a day's caching. GOV.UK's styles are served with the system font stack in place
 * of GDS Transport, whose licence is for GOV.UK services only, and without its {@code @font-face} rules, so no font
 * is ever asked for. Only the files named here are served.
 */
@Hidden
@Controller("/assets")
@Secured(SecurityRule.IS_ANONYMOUS)
class AssetsController {

    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
    private static final String OWN = "pages/assets/";
    private static final String GOVUK_STYLES = GOVUK + "govuk-frontend.min.css";
    private static final Map<String, String[]> FILES = Map.of(
            "govuk-frontend.min.css", new String[] {GOVUK_STYLES, "text/css"},
            "govuk-frontend.min.js", new String[] {GOVUK + "govuk-frontend.min.js", "text/javascript"},
            "iro.css", new String[] {OWN + "iro.css", "text/css"},
            "iro.js", new String[] {OWN + "iro.js", "text/javascript"},
            "iro-init.js", new String[] {OWN + "iro-init.js", "text/javascript"},
            "favicon.ico", new String[] {OWN + "favicon.svg", "image/svg+xml"});

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Get(value = "/{name}", produces = {"text/css", "text/javascript", "image/svg+xml", MediaType.ALL})
    HttpResponse<byte[]> asset(@PathVariable String name) {
        String[] file = FILES.get(name);
        if (file == null) {
            return HttpResponse.notFound();
        }
        byte[] body = cache.computeIfAbsent(name, n -> file[0].equals(GOVUK_STYLES) ? GovukFrontendStyles.css()
                .getBytes(StandardCharsets.UTF_8) : read(file[0]));
        return HttpResponse.ok(body).contentType(MediaType.of(file[1] + ";charset=utf-8"))
                .header("Cache-Control", "public, max-age=86400");
    }

    private static byte[] read(String resource) {
        try (InputStream in = AssetsController.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing asset " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
