package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;

/** The pages at the HTTP level: sign-in, CSRF, who may open what, and that nothing personal is cached. */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
class PagesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    io.micronaut.web.router.Router router;

    private PageFixture fixture;
    private Browser browser;

    @BeforeEach
    void setUp() {
        fixture = new PageFixture(new Api(server.getURL(), json));
        browser = new Browser(server.getURL().toString());
    }

    @Test
    void signed_out_the_start_is_a_sign_in_form_and_signing_in_goes_to_the_iros_worklist() {
        Browser.Page start = browser.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("<label class=\"govuk-label\" for=\"username\">")
                .contains("name=\"username\"").contains("name=\"password\"").contains("type=\"submit\"")
                .doesNotContain("GDS Transport").doesNotContain("govuk-header__logo");

        Browser.Page signedIn = browser.signIn(fixture.iroUser, PageFixture.PASSWORD);

        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo(fixture.page("/iros/iro-1/worklist"));
        assertThat(signedIn.header("Set-Cookie")).contains("iro_token=").containsIgnoringCase("HttpOnly");
        Browser.Page worklist = browser.get(signedIn.location());
        assertThat(worklist.status()).as(worklist.body()).isEqualTo(200);
        assertThat(worklist.headers().get("cache-control")).as("once").containsExactly("no-store");
        assertThat(worklist.body()).contains("Pageshire County Council").contains("<h1 class=\"govuk-heading-l\">Your worklist</h1>")
                .contains("table class=\"govuk-table\"").contains("href=\"" + fixture.page("/children/C1") + "\"");
        assertThat(browser.get("/").location()).as("signed in, / goes home").isEqualTo(fixture.page("/iros/iro-1/worklist"));
    }

    @Test
    void a_wrong_password_shows_an_error_summary_and_sets_no_session() {
        Browser.Page refused = browser.signIn(fixture.iroUser, "not-the-password");

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("govuk-error-summary").contains("href=\"#username\"");
        String cookie = refused.header("Set-Cookie");
        assertThat(cookie == null || !cookie.contains("iro_token=")).as(String.valueOf(cookie)).isTrue();
    }

    @Test
    void after_five_wrong_passwords_the_sign_in_page_says_when_to_try_again() {
        String username = "someone-guessing-" + System.nanoTime();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.signIn(username, "guess-" + attempt).status()).as("attempt " + attempt).isEqualTo(200);
        }

        Browser.Page throttled = browser.signIn(username, "guess-6");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isNotBlank();
        assertThat(throttled.body()).contains("govuk-error-summary").contains("Too many failed sign-ins: try again in");
    }

    @Test
    void a_post_without_the_csrf_token_or_with_a_wrong_one_is_refused() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", fixture.iroUser);
        form.put("password", PageFixture.PASSWORD);
        assertThat(browser.post("/", form).status()).as("sign-in without a token").isEqualTo(403);

        browser.signIn(fixture.iroUser, PageFixture.PASSWORD);
        Browser.Page forged = browser.post("/sign-out", Map.of("csrf", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("<h1").contains("<main");
        assertThat(browser.get(fixture.page("/iros/iro-1/worklist")).status()).as("still signed in").isEqualTo(200);

        String token = browser.get(fixture.page("/iros/iro-1/worklist")).csrf();
        Browser.Page out = browser.post("/sign-out", Map.of("csrf", token));
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Set-Cookie")).contains("iro_token=;").containsIgnoringCase("Max-Age=0");
    }

    @Test
    void a_social_worker_cannot_open_a_child_not_theirs_nor_a_worklist() {
        browser.signIn(fixture.socialWorkerUser, PageFixture.PASSWORD);

        Browser.Page other = browser.get(fixture.page("/children/" + fixture.otherChild));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.header("Content-Type")).startsWith("text/html");
        assertThat(other.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>");
        Browser.Page worklist = browser.get(fixture.page("/iros/iro-1/worklist"));
        assertThat(worklist.status()).isEqualTo(403);
        assertThat(worklist.location()).isNull();
    }

    @Test
    void an_iro_records_a_review_first_without_its_date_then_with_it() {
        browser.signIn(fixture.iroUser, PageFixture.PASSWORD);
        assertThat(browser.get(fixture.page("/iros/iro-1/worklist")).body()).as("due before")
                .contains("id=\"review-due\"");
        Browser.Page form = browser.get(fixture.page("/children/C1/reviews/new"));
        assertThat(form.status()).as(form.body()).isEqualTo(200);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.csrf());
        fields.put("kind", "cla");
        fields.put("code", "PN1");
        fields.put("methods", "attended-in-person");
        Browser.Page refused = browser.post(fixture.page("/children/C1/reviews/new"), fields);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary").contains("<a href=\"#meeting-0-day\">")
                .contains("id=\"meeting-0-day\"").contains("value=\"PN1\" checked");
        assertThat(browser.get(fixture.page("/children/C1")).body()).contains("No reviews recorded.");

        java.time.LocalDate held = java.time.LocalDate.now().minusDays(1);
        fields.put("meeting-0-day", String.valueOf(held.getDayOfMonth()));
        fields.put("meeting-0-month", String.valueOf(held.getMonthValue()));
        fields.put("meeting-0-year", String.valueOf(held.getYear()));
        Browser.Page saved = browser.post(fixture.page("/children/C1/reviews/new"), fields);

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(fixture.page("/children/C1"));
        Browser.Page child = browser.get(saved.location());
        assertThat(child.body()).contains("<h2 class=\"govuk-heading-m\" id=\"next-review\">Next review</h2>")
                .contains(org.openiro.http.pages.Dates.format(held));
        Browser.Page worklist = browser.get(fixture.page("/iros/iro-1/worklist"));
        assertThat(worklist.body()).doesNotContain("/children/C1\">Child C1</a></td>\n            <td class=\"govuk-table__cell\">"
                + org.openiro.http.pages.Dates.format(fixture.careStarted));
    }

    @Test
    void a_social_worker_reads_their_own_child_but_may_not_record_a_review() {
        browser.signIn(fixture.socialWorkerUser, PageFixture.PASSWORD);

        Browser.Page own = browser.get(fixture.page("/children/" + fixture.child));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("Cache-Control")).isEqualTo("no-store");
        assertThat(own.body()).contains("Amy Example").doesNotContain("Record a review");
        assertThat(browser.get(fixture.page("/children/C1/reviews/new")).status()).isEqualTo(403);
    }

    @Test
    void a_board_member_starts_at_the_service_report_and_may_not_open_the_dashboard_nor_a_child() {
        Browser.Page signedIn = browser.signIn(fixture.viewerUser, PageFixture.PASSWORD);

        assertThat(signedIn.location()).isEqualTo(fixture.page("/reports/iro-service"));
        Browser.Page report = browser.get(signedIn.location());
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("<h1");
        assertThat(browser.get(fixture.page("/dashboard")).status()).isEqualTo(403);
        assertThat(browser.get(fixture.page("/children/C1")).status()).isEqualTo(403);
    }

    @Test
    void a_manager_starts_at_the_dashboard_keeps_the_start_page_and_lists_the_children_of_an_iro() {
        Browser.Page signedIn = browser.signIn(fixture.managerUser, PageFixture.PASSWORD);
        assertThat(signedIn.location()).isEqualTo(fixture.page("/dashboard"));
        Browser.Page start = browser.get(fixture.page(""));
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Iris Example").contains("/reports/iro-service");

        Browser.Page list = browser.get(fixture.page("/children?iro=iro-1"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("2 children").contains("href=\"" + fixture.page("/children/C1") + "\"")
                .contains("href=\"" + fixture.page("/children/C2") + "\"");
        assertThat(browser.get(fixture.page("/children?id=C2")).location()).isEqualTo(fixture.page("/children/C2"));

        Browser browserOfSocialWorker = new Browser(server.getURL().toString());
        browserOfSocialWorker.signIn(fixture.socialWorkerUser, PageFixture.PASSWORD);
        Browser.Page home = browserOfSocialWorker.get(fixture.page("/children"));
        assertThat(home.status()).as("a social worker's own children instead").isEqualTo(200);
        assertThat(home.body()).contains("Your children and alerts").doesNotContain("/children/C2\"");
    }

    @Test
    void every_page_under_an_authority_names_the_permission_the_api_would_ask() {
        java.util.List<String> pages = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/authorities/"))
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate()).toList();
        java.util.List<String> unprotected = router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/authorities/"))
                .filter(r -> !r.getTargetMethod().hasAnnotation(org.openiro.http.security.Permits.class))
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate()).toList();
        assertThat(pages).contains("GET /authorities/{authority}/children/{childId}");
        assertThat(unprotected).as("pages under an authority without @Permits").isEmpty();
    }

    @Test
    void without_signing_in_a_page_sends_the_browser_to_sign_in() {
        Browser.Page page = browser.get(fixture.page("/iros/iro-1/worklist"));
        assertThat(page.status()).isIn(302, 303);
        assertThat(page.location()).isEqualTo("/");
    }

    @Test
    void assets_are_served_with_the_system_font_stack() {
        Browser.Page css = browser.get("/assets/govuk-frontend.min.css");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.body()).doesNotContain("GDS Transport").contains("system-ui");
        assertThat(browser.get("/assets/iro.js").status()).isEqualTo(200);
        assertThat(browser.get("/assets/nothing.js").status()).isEqualTo(404);
    }
}
