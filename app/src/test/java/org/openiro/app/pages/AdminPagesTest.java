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

/**
 * The imports and exports pages (issue 17) and the quality assurance pages (issue 24) at the HTTP level: what each
 * role sees, the API's refusals as pages, forms that come back as typed with nothing written, and post/redirect/get.
 */
@MicronautTest(environments = "pg", transactional = false)
// The tests speak plain HTTP, where a browser keeps no Secure cookie; behind HTTPS the cookie is Secure.
@io.micronaut.context.annotation.Property(name = "iro.security.secure-cookie", value = "false")
class AdminPagesTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private AdminFixture fixture;
    private Api api;
    private Browser browser;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        fixture = new AdminFixture(api);
        browser = new Browser(server.getURL().toString());
    }

    private String page(String rest) {
        return fixture.pages.page(rest);
    }

    private Browser.Page upload(String token, String header, String episodes, String reviews) {
        Map<String, String[]> files = new LinkedHashMap<>();
        files.put("header", header == null ? new String[] {"", ""} : new String[] {"header.csv", header});
        files.put("episodes", new String[] {"episodes.csv", episodes});
        files.put("reviews", new String[] {"reviews.csv", reviews});
        files.put("uasc", new String[] {"", ""});
        return browser.postMultipart(page("/imports/new"), Map.of("csrf", token), files);
    }

    @Test
    void an_admin_sees_each_problem_by_file_row_column_and_rule_and_nothing_is_written_until_the_files_are_right() {
        browser.signIn(fixture.adminUser, PageFixture.PASSWORD);
        Browser.Page start = browser.get(page(""));
        assertThat(start.body()).contains("href=\"" + page("/imports/new") + "\"")
                .contains("href=\"" + page("/exports") + "\"");
        Browser.Page form = browser.get(page("/imports/new"));
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains("<h1 class=\"govuk-heading-l\">Import the SSDA903 return</h1>")
                .contains("enctype=\"multipart/form-data\"")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"episodes\">Episodes file</label>")
                .contains("class=\"govuk-file-upload\" id=\"reviews\" name=\"reviews\" type=\"file\"");
        long before = fixture.children();
        assertThat(importsAudited()).as("opening the form is not an import").isZero();

        Browser.Page refused = upload(form.csrf(), AdminFixture.HEADER, AdminFixture.EPISODES,
                AdminFixture.BAD_REVIEWS);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: Import the SSDA903 return")
                .contains("govuk-error-summary").contains("href=\"#problems\"")
                .contains("1 problem in the files: nothing was imported");
        String row = refused.body().substring(refused.body().indexOf("<tbody", refused.body().indexOf(
                "id=\"problems\"")));
        assertThat(row.replaceAll("\\s+", " ")).contains("<td class=\"govuk-table__cell\">reviews.csv</td>"
                + " <td class=\"govuk-table__cell govuk-table__cell--numeric\">3</td>"
                + " <td class=\"govuk-table__cell\">REVIEW</td> <td class=\"govuk-table__cell\">166</td>");
        assertThat(row).contains("bad date '31/02/2023': expected dd/mm/yyyy");
        assertThat(fixture.children()).as("nothing written").isEqualTo(before);
        assertThat(api.get(fixture.pages.path() + "/children/1001").status()).isEqualTo(404);
        assertThat(importsAudited()).as("a refused import leaves no entry in the audit trail").isZero();

        Browser.Page loaded = upload(form.csrf(), AdminFixture.HEADER, AdminFixture.EPISODES, AdminFixture.REVIEWS);

        assertThat(loaded.status()).as(loaded.body()).isEqualTo(303);
        assertThat(loaded.location()).startsWith(page("/imports/done?"));
        Browser.Page done = browser.get(loaded.location());
        assertThat(done.status()).isEqualTo(200);
        String shown = done.body().replaceAll("\\s+", " ");
        assertThat(shown).contains("<h1 class=\"govuk-panel__title\">Return imported</h1>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Children</th> <td class=\"govuk-table__cell"
                        + " govuk-table__cell--numeric\">1</td>")
                .contains("<th scope=\"row\" class=\"govuk-table__header\">Placements</th> <td class=\"govuk-table__cell"
                        + " govuk-table__cell--numeric\">2</td>");
        assertThat(fixture.children()).isEqualTo(before + 1);
        assertThat(api.get(fixture.pages.path() + "/children/1001").at("placement.type")).isEqualTo("R1");
        assertThat(importsAudited()).isEqualTo(1);
        assertThat(api.get(fixture.pages.path() + "/audit?resource=ssda903").at("items.0.id"))
                .as("the import is the authority's, as the API's import records it, not the confirmation's address")
                .isEqualTo(fixture.pages.authority);
        assertThat(browser.get(loaded.location()).status()).as("the confirmation again").isEqualTo(200);
        assertThat(importsAudited()).as("reloading the confirmation imports nothing").isEqualTo(1);
    }

    /** Entries in the audit trail for the authority's SSDA903 files. */
    private long importsAudited() {
        return ((Number) api.get(fixture.pages.path() + "/audit?resource=ssda903").at("totalItems")).longValue();
    }

    @Test
    void a_file_left_out_is_named_in_the_error_summary_and_a_post_without_the_token_is_refused() {
        browser.signIn(fixture.adminUser, PageFixture.PASSWORD);
        String token = browser.get(page("/imports/new")).csrf();

        Browser.Page missing = upload(token, null, AdminFixture.EPISODES, AdminFixture.REVIEWS);

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("<a href=\"#header\">Select the header file of the return</a>")
                .contains("id=\"header-error\"").doesNotContain("id=\"problems\"");
        assertThat(upload("forged", AdminFixture.HEADER, AdminFixture.EPISODES, AdminFixture.REVIEWS).status())
                .isEqualTo(403);
        assertThat(api.get(fixture.pages.path() + "/children/1001").status()).isEqualTo(404);
    }

    @Test
    void the_reviews_export_is_the_apis_table_and_only_an_admin_opens_either_page() {
        api.upload(fixture.pages.path() + "/imports/ssda903", Map.of("header", AdminFixture.HEADER, "episodes",
                AdminFixture.EPISODES, "reviews", AdminFixture.REVIEWS));
        browser.signIn(fixture.adminUser, PageFixture.PASSWORD);

        Browser.Page exports = browser.get(page("/exports"));
        assertThat(exports.status()).isEqualTo(200);
        assertThat(exports.body()).contains("<label class=\"govuk-label\" for=\"year\">Collection year</label>")
                .contains("<option value=\"2024\"").contains("2023 to 2024");
        Browser.Page csv = browser.get(page("/exports/ssda903/reviews?year=2024"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(AdminFixture.REVIEWS.replace("\n", "\r\n"));
        Browser.Page badYear = browser.get(page("/exports/ssda903/reviews?year=24"));
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("<h1 class=\"govuk-heading-l\">Exports</h1>")
                .contains("<a href=\"#year\">Choose the collection year, such as 2023 to 2024</a>");

        Browser iro = new Browser(server.getURL().toString());
        iro.signIn(fixture.pages.iroUser, PageFixture.PASSWORD);
        assertThat(iro.get(page("/imports/new")).status()).isEqualTo(403);
        assertThat(iro.get(page("/exports")).status()).isEqualTo(403);
        Browser manager = new Browser(server.getURL().toString());
        manager.signIn(fixture.pages.managerUser, PageFixture.PASSWORD);
        Browser.Page refused = manager.get(page("/imports/new"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("You cannot open this page");
    }

    @Test
    void an_iro_completes_the_qa_form_after_a_review_and_the_childs_page_shows_it_done() {
        String reviewId = fixture.reviewHeldYesterday();
        browser.signIn(fixture.pages.iroUser, PageFixture.PASSWORD);
        String qaPath = page("/children/C1/reviews/" + reviewId + "/qa");

        Browser.Page child = browser.get(page("/children/C1"));
        String qaSection = child.body().substring(child.body().indexOf("id=\"quality-assurance\""));
        assertThat(qaSection).contains("<strong class=\"govuk-tag govuk-tag--blue\">Due</strong>")
                .contains("href=\"" + qaPath + "\">Complete the QA form");
        Browser.Page worklist = browser.get(page("/iros/iro-1/worklist"));
        assertThat(worklist.body()).contains("Quality assurance forms due").contains("href=\"" + qaPath + "\"");

        Browser.Page form = browser.get(qaPath);
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.body()).contains("<h1 class=\"govuk-heading-l\">Quality assurance form</h1>")
                .contains("Social work report received on time").contains("name=\"answer-care-plan-up-to-date\"")
                .contains("<label class=\"govuk-label govuk-label--s\" for=\"notes\">Notes</label>");

        Map<String, String> empty = new LinkedHashMap<>();
        empty.put("csrf", form.csrf());
        empty.put("notes", "Report arrived late");
        Browser.Page refused = browser.post(qaPath, empty);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("govuk-error-summary")
                .contains("<a href=\"#answer-social-work-report-on-time\">Answer at least one question</a>")
                .contains(">Report arrived late</textarea>");
        assertThat(api.get(fixture.pages.path() + "/children/C1/reviews/" + reviewId + "/qa").at("form"))
                .as("nothing written").isNull();

        Map<String, String> answered = new LinkedHashMap<>(empty);
        answered.put("answer-social-work-report-on-time", "no");
        answered.put("answer-social-work-report-quality", "3");
        answered.put("answer-care-plan-up-to-date", "yes");
        Browser.Page saved = browser.post(qaPath, answered);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(page("/children/C1"));
        Api.Reply stored = api.get(fixture.pages.path() + "/children/C1/reviews/" + reviewId + "/qa");
        assertThat(stored.at("form.answers")).isEqualTo(Map.of("social-work-report-on-time", "no",
                "social-work-report-quality", 3, "care-plan-up-to-date", "yes"));
        assertThat(stored.at("form.notes")).isEqualTo("Report arrived late");

        String done = browser.get(page("/children/C1")).body();
        assertThat(done.substring(done.indexOf("id=\"quality-assurance\"")))
                .contains("<strong class=\"govuk-tag govuk-tag--green\">Done</strong>")
                .contains(">Change the QA form");
        Browser.Page again = browser.get(qaPath);
        assertThat(again.body()).contains("Change the quality assurance form")
                .contains("id=\"answer-social-work-report-on-time-no\" name=\"answer-social-work-report-on-time\""
                        + " type=\"radio\" value=\"no\" checked")
                .contains("id=\"alert-offer\"").contains("Sam Worker");

        Map<String, String> amended = new LinkedHashMap<>(answered);
        amended.put("csrf", again.csrf());
        amended.put("version", String.valueOf(again.body().replaceAll("(?s).*name=\"version\" value=\"([0-9]+)\".*",
                "$1")));
        amended.put("answer-social-work-report-on-time", "yes");
        assertThat(browser.post(qaPath, amended).status()).isEqualTo(303);
        assertThat(api.get(fixture.pages.path() + "/children/C1/reviews/" + reviewId + "/qa")
                .at("form.answers.social-work-report-on-time")).isEqualTo("yes");
    }

    @Test
    void a_social_worker_cannot_open_the_qa_form_and_their_childs_page_does_not_list_qa_forms() {
        String reviewId = fixture.reviewHeldYesterday();
        browser.signIn(fixture.pages.socialWorkerUser, PageFixture.PASSWORD);

        assertThat(browser.get(page("/children/C1/reviews/" + reviewId + "/qa")).status()).isEqualTo(403);
        Browser.Page child = browser.get(page("/children/C1"));
        assertThat(child.status()).isEqualTo(200);
        assertThat(child.body()).doesNotContain("id=\"quality-assurance\"");
    }

    @Test
    void an_iro_records_findings_on_a_child_of_an_audit_and_the_audit_counts_them() {
        String auditId = fixture.auditOfBothChildren();
        browser.signIn(fixture.pages.iroUser, PageFixture.PASSWORD);

        Browser.Page list = browser.get(page("/audits"));
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains("<h1 class=\"govuk-heading-l\">Your audits</h1>")
                .contains("href=\"" + page("/audits/" + auditId) + "\">Children new to care</a>")
                .contains("0 of 2");
        Browser.Page audit = browser.get(page("/audits/" + auditId));
        String findingsPath = page("/audits/" + auditId + "/children/C2/findings");
        assertThat(audit.body()).contains("href=\"" + findingsPath + "\">Record findings")
                .contains("No findings are recorded yet.");

        Browser.Page form = browser.get(findingsPath);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("<h1 class=\"govuk-heading-l\">Findings for child C2</h1>")
                .contains("name=\"answer-childs-views-captured\"");
        Map<String, String> findings = new LinkedHashMap<>();
        findings.put("csrf", form.csrf());
        findings.put("answer-childs-views-captured", "no");
        findings.put("notes", "No record of the child's wishes");
        Browser.Page saved = browser.post(findingsPath, findings);

        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(page("/audits/" + auditId));
        String after = browser.get(saved.location()).body();
        assertThat(after).contains("1 of 2 audited").contains("Child's views captured")
                .contains("No: 1 (100%)");
        assertThat(browser.post(findingsPath, findings).status()).as("once").isEqualTo(409);
    }

    @Test
    void a_manager_draws_a_dip_sample_from_the_audits_page_each_refusal_shown_on_the_form_as_typed() {
        browser.signIn(fixture.pages.managerUser, PageFixture.PASSWORD);
        assertThat(browser.get(page("/audits")).body()).contains("href=\"" + page("/audits/new") + "\"");
        Browser.Page blank = browser.get(page("/audits/new"));
        assertThat(blank.status()).as(blank.body()).isEqualTo(200);
        assertThat(blank.body()).contains("<h1 class=\"govuk-heading-l\">Draw an audit</h1>")
                .contains("value=\"dip-sample\" checked").contains("Iris Example");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("csrf", blank.csrf());
        fields.put("kind", "dip-sample");
        fields.put("title", "");
        fields.put("looked-after", "yes");
        fields.put("sample-size", "ten");
        Browser.Page refused = browser.post(page("/audits/new"), fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<a href=\"#title\">Enter a title for the audit</a>")
                .contains("<a href=\"#sample-size\">The sample size must be a whole number, like 12</a>")
                .contains("<a href=\"#auditors\">Choose at least one auditor</a>").contains("value=\"ten\"");

        fields.put("title", "Footprint of Iris");
        fields.put("kind", "footprint");
        fields.put("iro", "iro-1");
        fields.put("sample-size", "2");
        fields.put("auditors", "iro-1");
        Browser.Page own = browser.post(page("/audits/new"), fields);
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.body()).contains("<a href=\"#auditors\">Auditors: an IRO never audits their own footprint</a>");
        assertThat(api.get(fixture.pages.path() + "/audits").at("totalItems")).as("nothing drawn").isEqualTo(0);

        fields.put("title", "Care leavers, December");
        fields.put("kind", "dip-sample");
        fields.put("iro", "");
        fields.put("looked-after", "no");
        Browser.Page nobody = browser.post(page("/audits/new"), fields);
        assertThat(nobody.status()).as("both children are still looked after").isEqualTo(409);
        assertThat(nobody.body()).contains("<a href=\"#looked-after\">No child was in this cohort on that day")
                .contains("value=\"no\" checked");
        assertThat(api.get(fixture.pages.path() + "/audits").at("totalItems")).as("nothing drawn").isEqualTo(0);

        fields.put("title", "Children new to care, December");
        fields.put("looked-after", "yes");
        fields.put("seed", "42");
        Browser.Page drawn = browser.post(page("/audits/new"), fields);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(303);
        String id = drawn.location().substring(drawn.location().lastIndexOf('/') + 1);
        assertThat(drawn.location()).isEqualTo(page("/audits/" + id));
        Api.Reply audit = api.get(fixture.pages.path() + "/audits/" + id);
        assertThat(audit.at("seed")).isEqualTo(42);
        assertThat(audit.at("kind")).isEqualTo("dip-sample");
        assertThat(audit.at("progress.total")).isEqualTo(2);
        assertThat(browser.get(drawn.location()).body()).contains("Children new to care, December");

        Browser asIro = new Browser(server.getURL().toString());
        asIro.signIn(fixture.pages.iroUser, PageFixture.PASSWORD);
        assertThat(asIro.get(page("/audits/new")).status()).as("only managers draw").isEqualTo(403);
        assertThat(asIro.get(page("/audits")).body()).doesNotContain(page("/audits/new"));
    }

    @Test
    void a_manager_narrows_the_cohort_by_legal_status_placement_disability_and_uasc_as_the_api_does() {
        browser.signIn(fixture.pages.managerUser, PageFixture.PASSWORD);
        Browser.Page blank = browser.get(page("/audits/new"));
        assertThat(blank.body()).contains("C2: full care order")
                .contains("H5: semi-independent living accommodation not subject to children's homes regulations"
                        + " (until 2024/25)")
                .contains("Z11: other placements: unregistered children's home (from 2025/26)")
                .contains("name=\"disability\" type=\"radio\" value=\"any\" checked")
                .doesNotContain("<details class=\"govuk-details\" open");
        // Both children are on an interim care order (C1), in foster care (U6), neither disabled nor UASC.
        String asked = "csrf=" + java.net.URLEncoder.encode(blank.csrf(), java.nio.charset.StandardCharsets.UTF_8)
                + "&kind=dip-sample&title=Full+care+orders&looked-after=yes&sample-size=2&auditors=iro-1&disability=no"
                + "&uasc=no";

        Browser.Page nobody = browser.postRaw(page("/audits/new"), asked + "&legal-statuses=C2&legal-statuses=E1");
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(409);
        assertThat(nobody.body()).contains("name=\"legal-statuses\" type=\"checkbox\" value=\"C2\" checked")
                .contains("name=\"legal-statuses\" type=\"checkbox\" value=\"E1\" checked")
                .contains("<details class=\"govuk-details\" open");

        Browser.Page leavers = browser.postRaw(page("/audits/new"),
                asked.replace("looked-after=yes", "looked-after=no") + "&placement-types=U6");
        assertThat(leavers.status()).as(leavers.body()).isEqualTo(400);
        assertThat(leavers.body()).contains("<a href=\"#looked-after\">The cohort: legal statuses and placements are"
                + " those on the day");
        assertThat(api.get(fixture.pages.path() + "/audits").at("totalItems")).as("nothing drawn").isEqualTo(0);

        Browser.Page drawn = browser.postRaw(page("/audits/new"),
                asked + "&legal-statuses=C1&legal-statuses=C2&placement-types=U6");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(303);
        Api.Reply audit = api.get(drawn.location().replace("/authorities/", "/api/authorities/"));
        assertThat(audit.at("cohortSize")).isEqualTo(2);

        Browser.Page disabledOnly = browser.postRaw(page("/audits/new"), asked.replace("disability=no",
                "disability=yes") + "&placement-types=U6");
        assertThat(disabledOnly.status()).as("neither child is disabled").isEqualTo(409);
        assertThat(disabledOnly.body()).contains("name=\"disability\" type=\"radio\" value=\"yes\" checked");
    }

    @Test
    void the_qa_report_is_a_page_linked_from_the_managers_start_page() {
        browser.signIn(fixture.pages.managerUser, PageFixture.PASSWORD);

        Browser.Page start = browser.get(page(""));
        assertThat(start.body()).contains("href=\"" + page("/reports/qa") + "\">The quality assurance report</a>")
                .contains("href=\"" + page("/audits") + "\"");
        Browser.Page report = browser.get(page("/reports/qa"));
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("Quality assurance report").contains("Pageshire County Council");
        assertThat(report.header("Cache-Control")).isEqualTo("no-store");
    }

    /** The form as the questions page offers it, with every field a browser would send. */
    private static Map<String, String> questionsAsOffered(Browser.Page page) {
        Map<String, String> fields = new LinkedHashMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<input (?:class=\"[^\"]*\" )?(?:type=\"hidden\" )?(?:id=\"[^\"]*\" )?name=\"([^\"]+)\""
                        + "(?: type=\"(?:text|hidden)\")?(?: spellcheck=\"false\")? value=\"([^\"]*)\"")
                .matcher(page.body());
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&#39;", "'").replace("&amp;", "&").replace("&#34;", "\""));
        }
        java.util.regex.Matcher checked = java.util.regex.Pattern.compile(
                "name=\"([^\"]+)\" type=\"(?:radio|checkbox)\" value=\"([^\"]*)\" checked").matcher(page.body());
        while (checked.find()) {
            fields.put(checked.group(1), checked.group(2));
        }
        return fields;
    }

    @Test
    void an_admin_moves_a_question_by_giving_it_a_place_and_the_others_make_room() {
        browser.signIn(fixture.adminUser, PageFixture.PASSWORD);
        Browser.Page offered = browser.get(page("/qa/questions"));
        Map<String, String> fields = questionsAsOffered(offered);
        assertThat(fields).containsEntry("position-1", "1").containsEntry("position-8", "8");
        java.util.List<Object> before = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            before.add(api.get(fixture.pages.path() + "/qa/form").at("questions." + i + ".id"));
        }

        fields.put("position-1", "nought");
        fields.put("position-new", "0");
        fields.put("id-new", "life-story-work");
        fields.put("label-new", "Life story work under way");
        Browser.Page refused = browser.post(page("/qa/questions"), fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<a href=\"#position-1\">The place of question 1 must be a whole number from 1, like 1</a>")
                .contains("<a href=\"#position-new\">The place of the new question must be a whole number from 1")
                .contains("value=\"nought\"");
        assertThat(api.get(fixture.pages.path() + "/qa/form").at("version")).as("nothing changed").isEqualTo(1);

        fields.put("position-1", "3"); // moved down: after the question that was third
        fields.put("position-8", "1"); // moved up: before the question that was first
        fields.put("position-new", "2");
        Browser.Page saved = browser.post(page("/qa/questions"), fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        Api.Reply now = api.get(fixture.pages.path() + "/qa/form");
        java.util.List<Object> after = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            after.add(now.at("questions." + i + ".id"));
        }
        assertThat(after).containsExactly(before.get(7), "life-story-work", before.get(1), before.get(2),
                before.get(0), before.get(3), before.get(4), before.get(5), before.get(6));
    }

    @Test
    void an_admin_changes_the_qa_forms_questions_as_a_new_version_and_a_change_made_meanwhile_is_not_overwritten() {
        browser.signIn(fixture.adminUser, PageFixture.PASSWORD);
        assertThat(browser.get(page("")).body()).contains("href=\"" + page("/qa/questions") + "\"");
        Browser.Page offered = browser.get(page("/qa/questions"));
        assertThat(offered.status()).as(offered.body()).isEqualTo(200);
        assertThat(offered.body()).contains("<h1 class=\"govuk-heading-l\">The QA form's questions</h1>")
                .contains("This is version 1.").contains("value=\"Care plan up to date\"")
                .contains("social-work-report-quality");
        Map<String, String> fields = questionsAsOffered(offered);
        assertThat(fields).containsEntry("version", "1").containsEntry("count", "8")
                .containsEntry("id-3", "care-plan-up-to-date").containsEntry("scale-2", "rating")
                .containsEntry("alert-3", "yes").doesNotContainKey("alert-2");

        fields.put("label-2", " ");
        fields.put("label-new", "Life story work under way");
        fields.put("alert-new", "yes");
        fields.put("scale-new", "rating");
        Browser.Page refused = browser.post(page("/qa/questions"), fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("<title>Error: The QA form")
                .contains("<a href=\"#label-2\">The words of question 2 must not be blank</a>")
                .contains("<a href=\"#id-new\">Enter an id for the new question, like life-story-work</a>")
                .contains("value=\"Life story work under way\"");
        assertThat(api.get(fixture.pages.path() + "/qa/form").at("version")).as("nothing changed").isEqualTo(1);

        fields.put("id-new", "life-story-work");
        Browser.Page alertOnRating = browser.post(page("/qa/questions"), fields);
        assertThat(alertOnRating.status()).isEqualTo(400);
        assertThat(alertOnRating.body()).contains("<a href=\"#alert-new\">The alert of the new question: only a"
                + " yes-no question");

        fields.remove("alert-new");
        fields.put("label-2", "Quality of the social work report (1 outstanding to 4 inadequate)");
        fields.put("remove-7", "yes");
        Browser.Page saved = browser.post(page("/qa/questions"), fields);
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo(page("/qa/questions?changed=2"));
        assertThat(browser.get(saved.location()).body()).contains("Version 2 of the QA form is in force")
                .contains("This is version 2.").contains("value=\"life-story-work\"")
                .doesNotContain("regulation-44-reports-considered");
        Api.Reply now = api.get(fixture.pages.path() + "/qa/form");
        assertThat(now.at("version")).isEqualTo(2);
        assertThat((java.util.List<?>) now.at("questions")).hasSize(8);
        assertThat(now.at("questions.1.label")).isEqualTo("Quality of the social work report (1 outstanding to 4"
                + " inadequate)");
        assertThat(now.at("questions.6.id")).isEqualTo("placement-meets-needs");
        assertThat(now.at("questions.7.id")).isEqualTo("life-story-work");
        assertThat(now.at("questions.7.scale")).isEqualTo("rating");

        fields.put("label-1", "Social work report received three working days before the review");
        Browser.Page stale = browser.post(page("/qa/questions"), fields);
        assertThat(stale.status()).as("the form was opened on version 1").isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed the questions while you were editing them")
                .contains("This is version 2.");
        assertThat(api.get(fixture.pages.path() + "/qa/form").at("version")).as("nothing overwritten").isEqualTo(2);

        Browser.Page again = browser.get(page("/qa/questions"));
        Browser.Page unchanged = browser.post(page("/qa/questions"), questionsAsOffered(again));
        assertThat(unchanged.location()).isEqualTo(page("/qa/questions?changed=none"));
        assertThat(browser.get(unchanged.location()).body()).contains("Nothing was changed");
        assertThat(api.get(fixture.pages.path() + "/qa/form").at("version")).isEqualTo(2);

        Browser manager = new Browser(server.getURL().toString());
        manager.signIn(fixture.pages.managerUser, PageFixture.PASSWORD);
        assertThat(manager.get(page("/qa/questions")).status()).as("administrators change the form").isEqualTo(403);
    }
}
