package org.openiro.http.reports;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.openiro.http.GovukFrontendStyles;

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
            built = GovukFrontendStyles.css() + "\n" + GovukFrontendStyles.read(REPORT_CSS);
            css = built;
        }
        return built;
    }
}
