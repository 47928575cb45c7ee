package org.openiro.http.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openiro.audit.AccessKind;
import org.openiro.http.audit.AccessRules.Noted;

/** Which answers the access log keeps, from the route alone: pages not yet written are covered as they come. */
class AccessRulesTest {

    @Test
    void a_childs_record_and_everything_under_it_json_or_page_is_a_read_of_that_child() {
        Noted json = new Noted("demo", AccessKind.READ, "child", "C1");
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children/C1", 200, "application/json"))
                .contains(json);
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children/C1/reviews/r-1", 200, null)).contains(json);
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children/C1", 304, null)).contains(json);
        assertThat(AccessRules.of("GET", "/authorities/demo/children/C1", 200, "text/html")).contains(json);
        assertThat(AccessRules.of("GET", "/authorities/demo/children/C1/reviews", 200, "text/html")).contains(json);
    }

    @Test
    void lists_writes_and_other_reads_are_not_kept() {
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children", 200, null)).isEmpty();
        assertThat(AccessRules.of("PUT", "/api/authorities/demo/children/C1", 200, null))
                .as("a write is in the audit trail").isEmpty();
        assertThat(AccessRules.of("GET", "/api/authorities/demo/iros/iro-1/worklist", 200, null)).isEmpty();
        assertThat(AccessRules.of("GET", "/api/authorities/demo/reports/iro-service", 200, "application/json"))
                .isEmpty();
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children/C1", 400, null)).isEmpty();
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children/C1", 401, null)).isEmpty();
        assertThat(AccessRules.of("GET", "/health", 200, null)).isEmpty();
        assertThat(AccessRules.of("GET", "/api/login", 404, null)).as("not under an authority").isEmpty();
    }

    @Test
    void files_leaving_the_service_are_exports() {
        assertThat(AccessRules.of("GET", "/api/authorities/demo/exports/ssda903/reviews", 200, "text/csv"))
                .contains(new Noted("demo", AccessKind.EXPORT, "ssda903", "reviews"));
        assertThat(AccessRules.of("GET", "/api/authorities/demo/exports/ssd/cla-reviews", 200, "text/csv"))
                .contains(new Noted("demo", AccessKind.EXPORT, "ssd", "cla-reviews"));
        assertThat(AccessRules.of("GET", "/api/authorities/demo/reports/qa", 200, "text/csv; charset=utf-8"))
                .contains(new Noted("demo", AccessKind.EXPORT, "report", "qa"));
    }

    @Test
    void every_403_and_404_under_an_authority_is_a_refusal_whatever_the_method() {
        assertThat(AccessRules.of("GET", "/api/authorities/demo/children/C1", 404, null))
                .contains(new Noted("demo", AccessKind.REFUSED, "child", "C1"));
        assertThat(AccessRules.of("POST", "/api/authorities/demo/children/C1/reviews", 403, null))
                .contains(new Noted("demo", AccessKind.REFUSED, "child", "C1"));
        assertThat(AccessRules.of("GET", "/api/authorities/other/alerts/a-1", 404, null))
                .contains(new Noted("other", AccessKind.REFUSED, "alerts", null));
        assertThat(AccessRules.of("GET", "/api/authorities/other", 404, null))
                .contains(new Noted("other", AccessKind.REFUSED, "authority", null));
        assertThat(AccessRules.of("GET", "/authorities/demo/children/C9", 404, "text/html"))
                .contains(new Noted("demo", AccessKind.REFUSED, "child", "C9"));
    }
}
