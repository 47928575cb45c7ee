package org.openiro.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.http.pages.Dates;

/**
 * The alert pages at the HTTP level: a social worker's home and their answer, an IRO raising and escalating, the
 * list overdue first, and each step only for whom the API lets take it.
 */
@MicronautTest(environments = "pg", transactional = false)
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
class AlertPagesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PageFixture fixture;
    private Api api;
    private Browser browser;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new PageFixture(api);
        browser = new Browser(server.getURL().toString());
        // The other child has a social worker of their own: not the fixture's.
        assertThat(api.put(fixture.path() + "/children/" + fixture.otherChild + "/social-worker", """
                {"id": "sw-2", "name": "Pat Other", "email": "pat@example.org", "team": "South"}""").status())
                .isLessThan(300);
    }

    /** An informal alert, raised through the API with the child's social worker on record. */
    private String raise(String child, LocalDate on) {
        Api.Reply raised = api.post(fixture.path() + "/children/" + child + "/alerts", """
                {"raisedOn": "%s", "reasons": ["report-late"], "stage": "informal",
                 "description": "The assessment is late", "outcomeSought": "Assessment by the end of the month"}"""
                .formatted(on));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return (String) raised.at("id");
    }

    private String alertPage(String id) {
        return fixture.page("/alerts/" + id);
    }

    private static Map<String, String> form(String csrf, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", csrf);
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void a_social_worker_finds_the_alert_raised_with_them_at_home_and_answers_it_once_it_is_written() {
        String theirs = raise(fixture.child, LocalDate.now());
        String someoneElses = raise(fixture.otherChild, LocalDate.now());

        Browser.Page signedIn = browser.signIn(fixture.socialWorkerUser, PageFixture.PASSWORD);
        assertThat(signedIn.location()).isEqualTo(fixture.page("/children"));
        Browser.Page home = browser.get(signedIn.location());
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(home.body()).contains("<h1 class=\"govuk-heading-l\">Your children and alerts</h1>")
                .contains("href=\"" + alertPage(theirs) + "\"").doesNotContain(someoneElses)
                .contains("href=\"" + fixture.page("/children/C1") + "\"")
                .doesNotContain("href=\"" + fixture.page("/children/C2") + "\"");

        Browser.Page alert = browser.get(alertPage(theirs));
        assertThat(alert.status()).as(alert.body()).isEqualTo(200);
        assertThat(alert.body()).contains("Alert for Amy Example").contains("Awaiting response")
                .contains("Your response").contains("The ladder this alert climbs").contains("team manager")
                .doesNotContain("Escalate the alert").doesNotContain("Resolve the alert");

        Browser.Page refused = browser.post(alertPage(theirs) + "/responses", form(alert.csrf(), "response-text", ""));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary").contains("<a href=\"#response-text\">Enter the response</a>")
                .contains("id=\"response-text\"");
        assertThat(api.get(fixture.path() + "/alerts/" + theirs).at("status")).as("nothing written").isEqualTo("open");

        Browser.Page answered = browser.post(alertPage(theirs) + "/responses",
                form(alert.csrf(), "response-text", "The assessment is booked for Monday"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(303);
        assertThat(answered.location()).isEqualTo(alertPage(theirs));
        Browser.Page after = browser.get(answered.location());
        assertThat(after.body()).contains("Responded").contains("The assessment is booked for Monday")
                .contains("Response from Sam Worker (social worker), in time").doesNotContain("Your response");
        assertThat(browser.get(fixture.page("/children")).body()).contains("No alert is waiting for your response.");

        assertThat(browser.get(alertPage(someoneElses)).status()).as("another's child's alert").isEqualTo(404);
        assertThat(browser.get(fixture.page("/children/C2")).status()).as("another's child").isEqualTo(404);
        assertThat(browser.get(fixture.page("/alerts")).status()).as("the authority's alerts").isEqualTo(403);
        assertThat(browser.get(fixture.page("/children/C1/alerts/new")).status()).isEqualTo(403);
        Browser.Page escalated = browser.post(alertPage(theirs) + "/escalations", form(alert.csrf(),
                "escalation-stage", "stage-1", "escalation-with-id", "tm-1"));
        assertThat(escalated.status()).isEqualTo(403);
    }

    @Test
    void an_iro_raises_an_alert_from_the_child_and_escalates_it_each_form_refused_first_as_typed() {
        browser.signIn(fixture.iroUser, PageFixture.PASSWORD);
        assertThat(browser.get(fixture.page("/children/C1")).body())
                .contains("href=\"" + fixture.page("/children/C1/alerts/new") + "\"");
        Browser.Page blank = browser.get(fixture.page("/children/C1/alerts/new"));
        assertThat(blank.status()).as(blank.body()).isEqualTo(200);
        assertThat(blank.body()).contains("Raise an alert").contains("Plan not implemented")
                .contains("Informal: social worker, 5 working days to respond");

        Browser.Page refused = browser.post(fixture.page("/children/C1/alerts/new"),
                form(blank.csrf(), "stage", "informal", "outcome-sought", "A plan by Friday"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#reasons\">Select at least one reason for the alert</a>")
                .contains("<a href=\"#description\">Enter what the alert is about</a>")
                .contains("value=\"informal\" checked").contains("A plan by Friday");
        assertThat(api.get(fixture.path() + "/alerts?child=C1").at("totalItems")).isEqualTo(0);

        Map<String, String> fields = form(blank.csrf(), "reasons", "plan-not-implemented", "stage", "informal",
                "description", "The plan for contact is not in place");
        Browser.Page raised = browser.post(fixture.page("/children/C1/alerts/new"), fields);
        assertThat(raised.status()).as(raised.body()).isEqualTo(303);
        assertThat(raised.location()).startsWith(fixture.page("/alerts/"));
        Browser.Page alert = browser.get(raised.location());
        assertThat(alert.body()).contains("Sam Worker (social worker)").contains("Plan not implemented")
                .contains("Record the response").contains("Escalate the alert")
                .contains("Stage 1: team manager, 5 working days to respond");

        Browser.Page noOne = browser.post(raised.location() + "/escalations", form(alert.csrf(),
                "escalation-stage", "stage-1", "escalation-reason", "No answer"));
        assertThat(noOne.status()).isEqualTo(400);
        assertThat(noOne.body()).contains("<a href=\"#escalation-with-id\">").contains("No answer")
                .contains("<details class=\"govuk-details\" open>");
        Browser.Page escalated = browser.post(raised.location() + "/escalations", form(alert.csrf(),
                "escalation-stage", "stage-1", "escalation-with-id", "tm-1", "escalation-with-name", "Tia Manager",
                "escalation-reason", "No answer"));
        assertThat(escalated.status()).as(escalated.body()).isEqualTo(303);
        Browser.Page after = browser.get(escalated.location());
        assertThat(after.body()).contains("Escalated to Stage 1 with Tia Manager (team manager)")
                .contains("Now at this stage");
        String id = raised.location().substring(raised.location().lastIndexOf('/') + 1);
        assertThat(api.get(fixture.path() + "/alerts/" + id).at("stage")).isEqualTo("stage-1");
        assertThat(browser.get(fixture.page("/iros/iro-1/worklist")).body()).as("awaiting the team manager's answer")
                .contains("href=\"" + fixture.page("/alerts/" + id) + "\"");
    }

    @Test
    void the_authoritys_alerts_put_overdue_responses_first_and_filter_to_them() {
        String recent = raise(fixture.child, LocalDate.now());
        String overdue = raise(fixture.otherChild, LocalDate.now().minusDays(30));
        browser.signIn(fixture.managerUser, PageFixture.PASSWORD);

        Browser.Page all = browser.get(fixture.page("/alerts"));
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.body()).contains("2 alerts").contains("Response overdue").contains("table class=\"govuk-table\"");
        assertThat(all.body().indexOf(overdue)).as("overdue first").isLessThan(all.body().indexOf(recent));

        Browser.Page onlyOverdue = browser.get(fixture.page("/alerts?overdue=yes"));
        assertThat(onlyOverdue.body()).contains("1 alert").contains(overdue).doesNotContain(recent);
        assertThat(browser.get(fixture.page("/alerts?stage=stage-1")).body()).contains("0 alerts");
        Browser.Page page = browser.get(alertPage(overdue));
        assertThat(page.body()).contains("Response overdue").contains(Dates.format(LocalDate.now().minusDays(30)));
    }

    @Test
    void a_manager_resolves_an_alert_and_then_no_step_is_offered() {
        String id = raise(fixture.child, LocalDate.now());
        browser.signIn(fixture.managerUser, PageFixture.PASSWORD);
        Browser.Page alert = browser.get(alertPage(id));
        assertThat(alert.body()).contains("Record a referral to Cafcass").contains("Withdraw the alert");

        assertThat(browser.post(alertPage(id) + "/resolution", Map.of("outcome", "Done")).status())
                .as("without its token").isEqualTo(403);
        Browser.Page refused = browser.post(alertPage(id) + "/resolution", form(alert.csrf(), "impact",
                "plan-progressed"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#outcome\">Enter the outcome</a>")
                .contains("value=\"plan-progressed\" checked");
        Browser.Page referred = browser.post(alertPage(id) + "/cafcass-referral", form(alert.csrf(),
                "cafcass-note", "Spoke to the duty officer"));
        assertThat(referred.status()).isEqualTo(303);
        Browser.Page resolved = browser.post(alertPage(id) + "/resolution", form(alert.csrf(), "outcome",
                "The plan is in place", "impact", "plan-progressed"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(303);

        Browser.Page after = browser.get(alertPage(id));
        assertThat(after.body()).contains("Resolved: The plan is in place").contains("Referred to Cafcass")
                .doesNotContain("Withdraw the alert").doesNotContain("Record the response");
    }

    private static String[] date(String id, LocalDate day) {
        return new String[] {id + "-day", String.valueOf(day.getDayOfMonth()), id + "-month",
                String.valueOf(day.getMonthValue()), id + "-year", String.valueOf(day.getYear())};
    }

    private static Map<String, String> form(String csrf, String[] date, String... pairs) {
        Map<String, String> fields = form(csrf, pairs);
        for (int i = 0; i < date.length; i += 2) {
            fields.put(date[i], date[i + 1]);
        }
        return fields;
    }

    @Test
    void an_iro_records_a_partner_escalation_raised_last_week_naming_the_agency_and_its_contact() {
        browser.signIn(fixture.iroUser, PageFixture.PASSWORD);
        Browser.Page blank = browser.get(fixture.page("/children/C1/alerts/new"));
        LocalDate today = LocalDate.now();
        assertThat(blank.body()).as("the date offered is today's").contains("Is it a partner escalation?")
                .contains("name=\"raised-on-day\" type=\"text\" inputmode=\"numeric\" value=\""
                        + today.getDayOfMonth() + "\"")
                .contains("<option value=\"send-ehcp\">SEND and EHCP</option>");

        Map<String, String> withoutAgency = form(blank.csrf(), date("raised-on", today), "reasons",
                "plan-not-implemented", "stage", "informal", "description", "The EHCP review has not happened",
                "theme", "send-ehcp");
        Browser.Page refused = browser.post(fixture.page("/children/C1/alerts/new"), withoutAgency);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<a href=\"#partner-agency\">Choose the partner agency it is raised with</a>")
                .contains("<a href=\"#with-id\">Enter the staff id of the person the alert is raised with</a>")
                .as("as typed").contains("<option value=\"send-ehcp\" selected>SEND and EHCP</option>");
        Browser.Page tomorrow = browser.post(fixture.page("/children/C1/alerts/new"), form(blank.csrf(),
                date("raised-on", today.plusDays(1)), "reasons", "plan-not-implemented", "stage", "informal",
                "description", "The EHCP review has not happened", "partner-agency", "education",
                "theme", "send-ehcp", "with-id", "sen-lead"));
        assertThat(tomorrow.status()).isEqualTo(400);
        assertThat(tomorrow.body())
                .contains("<a href=\"#raised-on\">The date it was raised must be today or in the past</a>")
                .contains("<option value=\"education\" selected>Education</option>");
        assertThat(api.get(fixture.path() + "/alerts?child=C1").at("totalItems")).as("nothing written").isEqualTo(0);

        LocalDate lastWeek = today.minusDays(7);
        Browser.Page raised = browser.post(fixture.page("/children/C1/alerts/new"), form(blank.csrf(),
                date("raised-on", lastWeek), "reasons", "plan-not-implemented", "stage", "informal", "description",
                "The EHCP review has not happened", "partner-agency", "education", "theme",
                "send-ehcp", "with-id", "sen-lead", "with-name", "Dana Senco"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(303);
        String id = raised.location().substring(raised.location().lastIndexOf('/') + 1);
        Api.Reply stored = api.get(fixture.path() + "/alerts/" + id);
        assertThat(stored.at("partnerAgency")).isEqualTo("education");
        assertThat(stored.at("theme")).isEqualTo("send-ehcp");
        assertThat(stored.at("raisedOn")).isEqualTo(lastWeek.toString());
        assertThat(stored.at("stages.0.raisedWith.role")).isEqualTo("partner-agency");
        assertThat(browser.get(raised.location()).body()).contains("Education: SEND and EHCP")
                .contains("Dana Senco (partner agency)").contains(Dates.format(lastWeek));
    }

    @Test
    void a_manager_records_a_response_and_a_resolution_late_each_with_its_own_date() {
        LocalDate raisedOn = LocalDate.now().minusDays(20);
        String id = raise(fixture.child, raisedOn);
        browser.signIn(fixture.managerUser, PageFixture.PASSWORD);
        Browser.Page alert = browser.get(alertPage(id));
        assertThat(alert.body()).contains("Date of the response").contains("Date resolved").contains("Date withdrawn");

        Browser.Page tooEarly = browser.post(alertPage(id) + "/responses", form(alert.csrf(),
                date("responded-on", raisedOn.minusDays(1)), "response-text", "Booked"));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("<a href=\"#responded-on\">Date of the response must be on or after "
                + Dates.format(raisedOn) + "</a>");
        Browser.Page notADate = browser.post(alertPage(id) + "/responses", form(alert.csrf(), new String[] {
                "responded-on-day", "31", "responded-on-month", "2", "responded-on-year", "2026"}, "response-text",
                "Booked"));
        assertThat(notADate.body()).contains("<a href=\"#responded-on\">Date of the response must be a real date</a>");
        assertThat(api.get(fixture.path() + "/alerts/" + id).at("status")).as("nothing written").isEqualTo("open");

        LocalDate answered = raisedOn.plusDays(2);
        assertThat(browser.post(alertPage(id) + "/responses", form(alert.csrf(), date("responded-on", answered),
                "response-text", "The assessment is booked")).status()).isEqualTo(303);
        Browser.Page responded = browser.get(alertPage(id));
        LocalDate resolvedOn = raisedOn.plusDays(9);
        assertThat(browser.post(alertPage(id) + "/resolution", form(responded.csrf(), date("resolved-on", resolvedOn),
                "outcome", "The assessment is done")).status()).isEqualTo(303);

        Api.Reply stored = api.get(fixture.path() + "/alerts/" + id);
        assertThat(stored.at("stages.0.response.respondedOn")).isEqualTo(answered.toString());
        assertThat(stored.at("stages.0.response.inTimescale")).isEqualTo(true);
        assertThat(stored.at("resolution.resolvedOn")).isEqualTo(resolvedOn.toString());
    }
}
