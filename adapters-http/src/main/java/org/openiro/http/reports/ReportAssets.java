package org.openiro.http.reports;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /assets/reports/report.css}: the report page's one stylesheet, served from the service's own path so the
 * page needs no inline {@code <style>} and a Content-Security-Policy of {@code default-src 'self'} lets it load. It is
 * GOV.UK Frontend's compiled styles without their {@code @font-face} rules (GDS Transport is for GOV.UK's own
 * services only; the page uses the system's fonts) followed by the report's own rules, screen and print. Open to
 * anyone: it holds no data.
 */
@Hidden
@Controller("/assets/reports")
@Secured(SecurityRule.IS_ANONYMOUS)
class ReportAssets {

    static final String STYLESHEET = "/assets/reports/report.css";

    private static final String GOVUK_CSS = "META-INF/resources/webjars/govuk-frontend/%s/dist/govuk/govuk-frontend.min.css";
    private static final String POM_PROPERTIES = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";
    private static final String REPORT_CSS = "org/openiro/http/reports/report.css";

    private volatile String css;

    @Get(value = "/report.css", produces = "text/css")
    HttpResponse<String> stylesheet() {
        return HttpResponse.ok(css()).contentType("text/css; charset=utf-8")
                .header("Cache-Control", "public, max-age=3600");
    }

    private String css() {
        String built = css;
        if (built == null) {
            String govuk = read(String.format(GOVUK_CSS, webjarVersion()))
                    .replaceAll("/\\*![^*]*\\*/", "").replaceAll("@font-face\\{[^}]*}", "");
            built = govuk + "\n" + read(REPORT_CSS);
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

    private static String read(String path) {
        try (InputStream in = ReportAssets.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("not on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
