package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.http.pages.Dates;
import org.openiro.http.reports.FinancialYear;

/** The manager's pages at the HTTP level: the dashboard, the IROs and their reallocation, allocation, and bookings. */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
class ManagerPagesTest {

    private static final Pattern BOOKING = Pattern.compile("/reviews/bookings/([0-9a-f-]{36})/rearrangements");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private ManagerFixture fixture;
    private PageFixture f;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new ManagerFixture(api);
        f = fixture.pages;
    }

    private Browser signedIn(String user) {
        Browser browser = new Browser(server.getURL().toString());
        assertThat(browser.signIn(user, PageFixture.PASSWORD).status()).isEqualTo(303);
        return browser;
    }

    private static String section(String body, String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the page has #" + id).isGreaterThan(0);
        int end = body.indexOf("</table>", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    @Test
    void a_manager_lands_on_the_dashboard_and_reads_the_services_figures() {
        Browser browser = new Browser(server.getURL().toString());
        Browser.Page signIn = browser.signIn(f.managerUser, PageFixture.PASSWORD);
        assertThat(signIn.location()).isEqualTo(f.page("/dashboard"));

        Browser.Page dashboard = browser.get(signIn.location());

        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.header("Cache-Control")).isEqualTo("no-store");
        String body = dashboard.body();
        assertThat(body).contains("<h1 class=\"govuk-heading-l\">Dashboard</h1>")
                .containsPattern("as counted at [0-9]{1,2}:[0-9]{2}[ap]m \\(counted again after 30 seconds\\)");
        assertThat(section(body, "at-a-glance")).contains("Reviews overdue</dt><dd class=\"govuk-summary-list__value\">0<")
                .contains("Reviews due in the next 20 working days</dt><dd class=\"govuk-summary-list__value\">1<")
                .contains("Reviews held in timescale this year</dt><dd class=\"govuk-summary-list__value\">100.0% (1 of 1)<")
                .contains("IROs over their caseload band</dt><dd class=\"govuk-summary-list__value\">0 of 2<");
        assertThat(section(body, "reviews-due-table")).contains("Child C1").doesNotContain("Child C2")
                .contains("Iris Example");
        assertThat(section(body, "caseloads-table")).contains("Iris Example").contains("Olu Second")
                .contains("50 to 70");
        assertThat(body).contains("No deadline has been missed").contains("No alert is open");
        // Timeliness this financial year, month by month: a chart with its own text alternative, and a table.
        LocalDate today = LocalDate.now();
        String april = Dates.format(FinancialYear.containing(today).from()).substring(2);
        assertThat(body).contains("<svg").contains("role=\"img\"").contains("<desc");
        String thisMonth = today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                + today.getYear();
        assertThat(section(body, "timeliness-table")).contains(april.trim())
                .containsPattern(thisMonth + "</th>\\s*<td[^>]*>1</td>\\s*<td[^>]*>100.0% \\(1 of 1\\)</td>");
        assertThat(body).doesNotContain("style=").doesNotContain("<script>");
        assertThat(browser.get(f.page("")).status()).as("the start page stays open to a manager").isEqualTo(200);
    }

    @Test
    void only_managers_and_admins_open_the_dashboard_and_only_managers_reallocate() {
        Browser iro = signedIn(f.iroUser);
        assertThat(iro.get(f.page("/dashboard")).status()).isEqualTo(403);
        assertThat(iro.get(f.page("/iros/iro-1/reallocation-plan?to=iro-2")).status()).isEqualTo(403);
        Browser socialWorker = signedIn(f.socialWorkerUser);
        assertThat(socialWorker.get(f.page("/dashboard")).status()).isEqualTo(403);
        assertThat(socialWorker.get(f.page("/iros")).status()).isEqualTo(403);
        Browser admin = signedIn(fixture.adminUser);
        Browser.Page adminsDashboard = admin.get(f.page("/dashboard"));
        assertThat(adminsDashboard.status()).as(adminsDashboard.body()).isEqualTo(200);
        assertThat(adminsDashboard.body()).contains("Olu Second").doesNotContain("See the plan");
        Browser manager = signedIn(f.managerUser);
        assertThat(manager.get(f.page("/iros/nobody")).status()).isEqualTo(404);
        assertThat(manager.get("/authorities/no-such-place/dashboard").status()).isIn(403, 404);
    }

    @Test
    void the_reallocation_plan_is_shown_first_and_applied_only_when_the_manager_confirms() {
        Browser browser = signedIn(f.managerUser);
        Browser.Page iros = browser.get(f.page("/iros"));
        assertThat(iros.status()).isEqualTo(200);
        assertThat(section(iros.body(), "iros-table")).contains("Iris Example").contains("Olu Second");

        Browser.Page iro = browser.get(f.page("/iros/iro-1"));
        assertThat(iro.body()).contains("Child C1").contains("Child C2").contains("value=\"iro-2\"")
                .contains("See the plan");
        Browser.Page none = browser.get(f.page("/iros/iro-1/reallocation-plan"));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("govuk-error-summary").contains("href=\"#to\"")
                .contains("Name at least one IRO to take the children");

        Browser.Page plan = browser.get(f.page("/iros/iro-1/reallocation-plan?to=iro-2"));
        assertThat(plan.status()).isEqualTo(200);
        assertThat(section(plan.body(), "plan-moves")).contains("Child C1").contains("Child C2").contains("Olu Second");
        assertThat(section(plan.body(), "plan-caseloads")).containsPattern("Olu Second</th>\\s*<td[^>]*>0</td>\\s*<td[^>]*>2</td>");
        assertThat(browser.get(f.page("/iros/iro-2")).body()).as("nothing changed yet").contains("holds no children");

        Map<String, String> confirm = new LinkedHashMap<>();
        confirm.put("to", "iro-2");
        confirm.put("move", "C1:iro-2");
        assertThat(browser.post(f.page("/iros/iro-1/reallocation-plan/apply"), confirm).status())
                .as("without the token").isEqualTo(403);
        confirm.put("csrf", plan.csrf());
        Browser.Page stale = browser.post(f.page("/iros/iro-1/reallocation-plan/apply"), confirm);
        assertThat(stale.status()).as("a plan other than today's is shown again, not applied").isEqualTo(409);
        assertThat(browser.get(f.page("/iros/iro-2")).body()).contains("holds no children");

        String body = "csrf=" + java.net.URLEncoder.encode(plan.csrf(), java.nio.charset.StandardCharsets.UTF_8) + "&to=iro-2&move=C1%3Airo-2&move=C2%3Airo-2";
        Browser.Page applied = browser.postRaw(f.page("/iros/iro-1/reallocation-plan/apply"), body);
        assertThat(applied.status()).as(applied.body()).isEqualTo(303);
        Browser.Page after = browser.get(applied.location());
        assertThat(after.body()).contains("2 children of Iris Example moved to the IROs chosen");
        assertThat(section(after.body(), "iros-table"))
                .containsPattern("Olu Second</a></td>\\s*<td[^>]*>South</td>\\s*<td[^>]*>2</td>")
                .containsPattern("Iris Example</a></td>\\s*<td[^>]*>North</td>\\s*<td[^>]*>0</td>");
    }

    @Test
    void a_manager_gives_a_child_another_iro_and_is_told_their_sibling_stays_with_the_first() {
        for (String child : new String[] {"C1", "C2"}) {
            assertThat(api.put(f.path() + "/children/" + child + "/siblings", "{\"groupId\": \"amy-and-ben\"}")
                    .status()).isLessThan(300);
        }
        Browser browser = signedIn(f.managerUser);
        assertThat(browser.get(f.page("/children/C1")).body()).as("said only after an allocation")
                .doesNotContain("held by another IRO");
        assertThat(browser.get(f.page("/children/C1")).body()).contains("href=\"" + f.page("/children/C1/iro") + "\"");
        Browser.Page form = browser.get(f.page("/children/C1/iro"));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Olu Second: 0 children").contains("for=\"from-day\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.csrf());
        fields.put("from-day", "");
        fields.put("from-month", "");
        fields.put("from-year", "");
        Browser.Page refused = browser.post(f.page("/children/C1/iro"), fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#iro\"").contains("Choose the child's IRO");

        LocalDate today = LocalDate.now();
        fields.put("iro", "iro-2");
        fields.put("from-day", String.valueOf(today.getDayOfMonth()));
        fields.put("from-month", String.valueOf(today.getMonthValue()));
        fields.put("from-year", String.valueOf(today.getYear()));
        fields.put("reason", "Iris leaves the North team");
        Browser.Page done = browser.post(f.page("/children/C1/iro"), fields);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        assertThat(done.location()).isEqualTo(f.page("/children/C1?allocated=yes&siblings=C2"));
        assertThat(browser.get(done.location()).body()).contains("iro-2, since " + Dates.format(today))
                .contains("The IRO is allocated: iro-2, from " + Dates.format(today))
                .contains("This child's sibling").contains("<a class=\"govuk-link\" href=\"" + f.page("/children/C2")
                        + "\">C2</a>").contains("is held by another IRO. Siblings normally share one IRO");
        assertThat(browser.get(f.page("/children/C1?allocated=yes&siblings=C2,%3Cb%3E")).body())
                .as("only ids are taken from the address").doesNotContain("<b>");
        assertThat(signedIn(f.iroUser).get(f.page("/children/C2/iro")).status()).as("an IRO allocates nobody")
                .isEqualTo(403);
    }

    @Test
    void an_iro_books_rearranges_and_adjourns_a_review_from_the_childs_page() {
        Browser browser = signedIn(f.iroUser);
        Browser.Page child = browser.get(f.page("/children/C1"));
        assertThat(child.body()).contains("No review is booked").contains("Book the next review");
        Browser.Page form = browser.get(f.page("/children/C1/reviews/bookings/new"));
        assertThat(form.status()).isEqualTo(200);

        LocalDate booked = LocalDate.now().plusDays(14);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", form.csrf());
        fields.put("date-day", String.valueOf(booked.getDayOfMonth()));
        fields.put("date-month", "13");
        fields.put("date-year", String.valueOf(booked.getYear()));
        Browser.Page refused = browser.post(f.page("/children/C1/reviews/bookings/new"), fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("href=\"#date-day\"").contains("must be a real date")
                .contains("value=\"13\"");
        assertThat(browser.get(f.page("/children/C1")).body()).as("nothing written").contains("No review is booked");

        fields.put("date-month", String.valueOf(booked.getMonthValue()));
        Browser.Page done = browser.post(f.page("/children/C1/reviews/bookings/new"), fields);
        assertThat(done.status()).as(done.body()).isEqualTo(303);
        String page = browser.get(done.location()).body();
        assertThat(section(page, "bookings-table")).contains(Dates.format(booked)).contains("Booked");
        Matcher id = BOOKING.matcher(page);
        assertThat(id.find()).isTrue();
        String booking = f.page("/children/C1/reviews/bookings/" + id.group(1));

        Browser.Page rearrange = browser.get(booking + "/rearrangements");
        LocalDate moved = booked.plusDays(7);
        Map<String, String> change = new LinkedHashMap<>();
        change.put("csrf", rearrange.csrf());
        change.put("version", "0");
        change.put("new-date-day", String.valueOf(moved.getDayOfMonth()));
        change.put("new-date-month", String.valueOf(moved.getMonthValue()));
        change.put("new-date-year", String.valueOf(moved.getYear()));
        Browser.Page noReason = browser.post(booking + "/rearrangements", change);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("href=\"#reason\"").contains("Choose why the review is rearranged");
        change.put("reason", "child-request");
        Browser.Page rearranged = browser.post(booking + "/rearrangements", change);
        assertThat(rearranged.status()).as(rearranged.body()).isEqualTo(303);
        assertThat(section(browser.get(rearranged.location()).body(), "bookings-table"))
                .contains(Dates.format(moved)).contains("Rearranged").contains("from " + Dates.format(booked))
                .contains("child request");

        LocalDate today = LocalDate.now();
        Browser.Page adjourn = browser.get(booking + "/adjournments");
        assertThat(adjourn.body()).contains("value=\"" + today.getDayOfMonth() + "\"");
        Map<String, String> adjourned = new LinkedHashMap<>();
        adjourned.put("csrf", adjourn.csrf());
        adjourned.put("date-day", String.valueOf(today.getDayOfMonth()));
        adjourned.put("date-month", String.valueOf(today.getMonthValue()));
        adjourned.put("date-year", String.valueOf(today.getYear()));
        adjourned.put("reason", "report-not-shared");
        adjourned.put("reconvene-on-day", String.valueOf(today.plusDays(7).getDayOfMonth()));
        adjourned.put("reconvene-on-month", String.valueOf(today.plusDays(7).getMonthValue()));
        adjourned.put("reconvene-on-year", String.valueOf(today.plusDays(7).getYear()));
        Browser.Page adjournedPage = browser.post(booking + "/adjournments", adjourned);
        assertThat(adjournedPage.status()).as(adjournedPage.body()).isEqualTo(303);
        assertThat(section(browser.get(adjournedPage.location()).body(), "bookings-table")).contains("Adjourned")
                .contains("report not shared");
        Browser.Page again = browser.post(booking + "/adjournments", adjourned);
        assertThat(again.status()).as("a review is adjourned once").isEqualTo(409);
        assertThat(again.body()).contains("govuk-error-summary").contains("a review may be adjourned once");

        Browser socialWorker = signedIn(f.socialWorkerUser);
        assertThat(socialWorker.get(f.page("/children/C1/reviews/bookings/new")).status()).isEqualTo(403);
        assertThat(socialWorker.get(f.page("/children/C1")).body()).doesNotContain("Book the next review");
    }
}
