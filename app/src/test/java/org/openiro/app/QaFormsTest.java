package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.Tokens;
import org.openiro.calendar.WorkingDayCalendar;

/** The QA form after each review (issue 24): the authority's template, one form a review, its deadline and worklist. */
@MicronautTest(environments = "pg", transactional = false)
class QaFormsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    WorkingDayCalendar calendar;

    private Api api;
    private final String authority = TestAuthorities.fresh("qa");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authorityWithChildInCare(authority);
        api.put(child() + "/social-worker", """
                {"id": "sw-1", "name": "Sam Worker", "email": "sam@example.org", "team": "North"}""");
    }

    private String base() {
        return "/api/authorities/" + authority;
    }

    private String child() {
        return base() + "/children/C1";
    }

    private String review(String on) {
        Api.Reply review = api.post(child() + "/reviews", ReviewCycleTest.review(on));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        return (String) review.at("id");
    }

    private String qa(String reviewId) {
        return child() + "/reviews/" + reviewId + "/qa";
    }

    private long events() {
        return ((Number) api.get(base() + "/events").at("totalItems")).longValue();
    }

    @Test
    void the_default_form_asks_the_questions_the_seed_reports_name() {
        Api.Reply form = api.get(base() + "/qa/form");

        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.at("version")).isEqualTo(1);
        assertThat(form.header("ETag")).isEqualTo("\"1\"");
        assertThat(form.at("questions.0")).isEqualTo(Map.of("id", "social-work-report-on-time", "label",
                "Social work report received on time", "scale", "yes-no", "opensAlert", true));
        assertThat(form.at("questions.1.scale")).isEqualTo("rating");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> questions = (List<Map<String, Object>>) form.at("questions");
        assertThat(questions).extracting(q -> q.get("id")).containsExactly("social-work-report-on-time",
                "social-work-report-quality", "care-plan-up-to-date", "child-visited-and-seen-alone",
                "childs-views-captured", "health-and-pep-up-to-date", "regulation-44-reports-considered",
                "placement-meets-needs");
    }

    @Test
    void a_form_completed_after_a_review_is_due_with_the_record_and_told_to_other_systems() {
        String reviewId = review("2023-05-25");
        Api.Reply before = api.get(qa(reviewId));
        assertThat(before.at("form")).isNull();
        assertThat(before.at("deadline.status")).as("never done, long past its due date").isEqualTo("missed");
        assertThat(before.at("template.version")).isEqualTo(1);

        Api.Reply done = api.post(qa(reviewId), """
                {"answers": {"social-work-report-on-time": "no", "social-work-report-quality": 3,
                             "child-visited-and-seen-alone": "not-applicable"},
                 "notes": "Report arrived the morning of the review.", "completedOn": "2023-06-01"}""");

        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.location()).isEqualTo(qa(reviewId));
        assertThat(done.header("ETag")).isEqualTo("\"0\"");
        // 20 working days after 25 May 2023, 29 May a bank holiday: as the review's own record deadline.
        assertThat(done.at("deadline")).isEqualTo(Map.of("due", "2023-06-23", "metOn", "2023-06-01",
                "status", "met"));
        assertThat(api.get(child() + "/reviews/" + reviewId).at("deadlines.record.due")).isEqualTo("2023-06-23");
        assertThat(done.at("form.answers")).isEqualTo(Map.of("social-work-report-on-time", "no",
                "social-work-report-quality", 3, "child-visited-and-seen-alone", "not-applicable"));
        assertThat(done.at("form.templateVersion")).isEqualTo(1);
        assertThat(done.at("form.team")).as("the team the form is feedback to").isEqualTo("North");
        assertThat(done.at("form.completedBy")).isEqualTo("test-admin");
        assertThat(done.at("alertOffer.questions")).as("a no to a question that opens an alert")
                .isEqualTo(List.of("social-work-report-on-time"));
        assertThat(done.at("alertOffer.raisedWith.id")).isEqualTo("sw-1");
        assertThat(done.at("alertOffer.link")).isEqualTo(child() + "/alerts");
        assertThat(api.get(base() + "/alerts").at("totalItems")).as("offered, not raised").isEqualTo(0);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) api.get(base() + "/events?size=500")
                .at("items");
        Map<String, Object> event = items.get(items.size() - 1);
        assertThat(event.get("type")).isEqualTo("org.openiro.qa.completed");
        assertThat(event.get("topic")).isEqualTo("iro.quality");
        assertThat(event.get("key")).isEqualTo(authority + ":C1");
        assertThat(event.get("data")).isEqualTo(Map.of("authority", authority, "childId", "C1", "reviewId",
                reviewId, "templateVersion", 1, "completedOn", "2023-06-01", "answers",
                Map.of("social-work-report-on-time", "no", "social-work-report-quality", 3,
                        "child-visited-and-seen-alone", "not-applicable")));

        Api.Reply second = api.post(qa(reviewId), "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}}");
        assertThat(second.status()).as("one form a review").isEqualTo(409);
    }

    @Test
    void a_form_is_amended_by_merge_patch_against_the_version_read() {
        String reviewId = review("2023-05-25");
        api.post(qa(reviewId), """
                {"answers": {"social-work-report-on-time": "no", "care-plan-up-to-date": "yes"},
                 "completedOn": "2023-06-01"}""");

        Api.Reply amended = api.sendWithHeader("PATCH", qa(reviewId), """
                {"answers": {"social-work-report-on-time": "yes", "care-plan-up-to-date": null,
                             "placement-meets-needs": "yes"}, "notes": "Corrected."}""", "If-Match", "\"0\"");

        assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
        assertThat(amended.header("ETag")).isEqualTo("\"1\"");
        assertThat(amended.at("form.answers")).isEqualTo(Map.of("social-work-report-on-time", "yes",
                "placement-meets-needs", "yes"));
        assertThat(amended.at("form.notes")).isEqualTo("Corrected.");
        assertThat(amended.at("form.completedOn")).isEqualTo("2023-06-01");
        assertThat(amended.at("alertOffer")).isNull();

        Api.Reply stale = api.sendWithHeader("PATCH", qa(reviewId), "{\"notes\": \"again\"}", "If-Match", "\"0\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        Api.Reply outside = api.send("PATCH", qa(reviewId), "{\"answers\": {\"placement-meets-needs\": 5}}");
        assertThat(outside.errorFields()).containsExactly("answers.placement-meets-needs");
        assertThat(api.get(qa(reviewId)).at("form.notes")).as("refusals change nothing").isEqualTo("Corrected.");
        assertThat(api.send("PATCH", qa(review("2023-08-20")), "{\"notes\": \"x\"}").status())
                .as("no form to amend yet").isEqualTo(404);
    }

    @Test
    void answers_keep_the_version_of_the_form_they_were_given_under() {
        String first = review("2023-05-25");
        String second = review("2023-08-20");
        api.post(qa(first), "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}}");

        Api.Reply changed = api.sendWithHeader("PUT", base() + "/qa/form", """
                {"questions": [{"id": "care-plan-up-to-date", "label": "Care plan reviewed", "scale": "yes-no",
                                "opensAlert": true},
                               {"id": "life-story-work", "label": "Life story work in progress", "scale": "rating"}]}
                """, "If-Match", "\"1\"");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.at("version")).isEqualTo(2);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        Api.Reply stale = api.sendWithHeader("PUT", base() + "/qa/form",
                "{\"questions\": [{\"id\": \"x\", \"label\": \"X\", \"scale\": \"yes-no\"}]}", "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);

        Api.Reply underTwo = api.post(qa(second), "{\"answers\": {\"life-story-work\": 4}}");
        assertThat(underTwo.status()).as(underTwo.toString()).isEqualTo(201);
        assertThat(underTwo.at("form.templateVersion")).isEqualTo(2);
        Api.Reply underOne = api.get(qa(first));
        assertThat(underOne.at("form.templateVersion")).isEqualTo(1);
        assertThat(underOne.at("template.version")).isEqualTo(1);
        assertThat(underOne.at("template.questions.2.label")).isEqualTo("Care plan up to date");
        assertThat(api.send("PATCH", qa(first), "{\"answers\": {\"placement-meets-needs\": \"no\"}}").status())
                .as("a version-1 form is amended against version 1").isEqualTo(200);
        assertThat(api.send("PATCH", qa(first), "{\"answers\": {\"life-story-work\": 2}}").errorFields())
                .containsExactly("answers.life-story-work");
        assertThat(api.get(base() + "/qa/form").at("version")).isEqualTo(2);
    }

    @Test
    void bad_input_names_the_field_and_writes_nothing() {
        String reviewId = review("2023-05-25");
        long events = events();

        assertThat(api.post(qa(reviewId), "{\"answers\": {\"social-work-report-on-time\": \"maybe\"}}").errorFields())
                .containsExactly("answers.social-work-report-on-time");
        assertThat(api.post(qa(reviewId), "{\"answers\": {\"social-work-report-quality\": 5}}").errorFields())
                .containsExactly("answers.social-work-report-quality");
        assertThat(api.post(qa(reviewId), "{\"answers\": {\"social-work-report-quality\": \"3\"}}").errorFields())
                .as("a rating is a number").containsExactly("answers.social-work-report-quality");
        Api.Reply unknown = api.post(qa(reviewId), "{\"answers\": {\"no-such-question\": \"yes\"}}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.errorFields()).containsExactly("answers.no-such-question");
        assertThat(api.post(qa(reviewId), "{\"answers\": {}}").errorFields()).containsExactly("answers");
        assertThat(api.post(qa(reviewId), "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}, \"completedOn\": "
                + "\"2023-05-01\"}").errorFields()).as("before the review").containsExactly("completedOn");
        assertThat(api.post(qa(reviewId), "{\"answers\": {\"care-plan-up-to-date\": \"yes\"}, \"completedOn\": \""
                + LocalDate.now().plusDays(1) + "\"}").errorFields()).containsExactly("completedOn");
        assertThat(api.post(qa(reviewId), "{\"answer\": {}}").errorFields()).containsExactly("answer");
        assertThat(api.post(child() + "/reviews/no-such-review/qa", "{\"answers\": {\"care-plan-up-to-date\": "
                + "\"yes\"}}").status()).isEqualTo(404);

        assertThat(api.put(base() + "/qa/form", "{\"questions\": [{\"id\": \"a\", \"label\": \"A\", \"scale\": "
                + "\"stars\"}]}").errorFields()).containsExactly("questions[0].scale");
        assertThat(api.put(base() + "/qa/form", "{\"questions\": [{\"id\": \"a\", \"label\": \"A\", \"scale\": "
                + "\"yes-no\"}, {\"id\": \"a\", \"label\": \"B\", \"scale\": \"yes-no\"}]}").errorFields())
                .containsExactly("questions[1].id");
        assertThat(api.put(base() + "/qa/form", "{\"questions\": [{\"id\": \"a\", \"label\": \"A\", \"scale\": "
                + "\"rating\", \"opensAlert\": true}]}").errorFields()).containsExactly("questions[0].opensAlert");
        assertThat(api.put(base() + "/qa/form", "{\"questions\": []}").errorFields()).containsExactly("questions");

        assertThat(api.get(qa(reviewId)).at("form")).isNull();
        assertThat(api.get(base() + "/qa/form").at("version")).isEqualTo(1);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void a_form_still_to_do_is_on_the_iro_worklist_until_completed() {
        api.put(base() + "/iros/iro-1", """
                {"name": "Ira", "fte": 1.0, "employment": "permanent", "from": "2020-01-01"}""");
        api.child(authority, "C2", "2012-05-01");
        LocalDate today = LocalDate.now();
        api.episode(authority, "C2", today.minusDays(60).toString());
        api.put(base() + "/children/C2/iro", "{\"iroId\": \"iro-1\", \"from\": \"" + today.minusDays(60) + "\"}");
        LocalDate held = calendar.workingDaysBefore(today, 5);
        Api.Reply review = api.post(base() + "/children/C2/reviews",
                ReviewCycleTest.review(held.toString()).replace("2023-05-20", held.minusDays(5).toString()));
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        String reviewId = (String) review.at("id");
        String worklist = base() + "/iros/iro-1/worklist?until=" + today.plusMonths(2);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> due = ((List<Map<String, Object>>) api.get(worklist).at("items")).stream()
                .filter(i -> i.get("kind").equals("qa-due")).toList();
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("reviewId")).isEqualTo(reviewId);
        assertThat(due.get(0).get("childId")).isEqualTo("C2");
        assertThat(due.get(0).get("dueDate")).isEqualTo(calendar.workingDaysAfter(held, 20).toString());
        assertThat(due.get(0).get("overdue")).isEqualTo(false);

        String iro = Tokens.mint("ira", List.of("iro"), List.of(authority), "iro-1", null);
        Api.Reply done = api.as(iro).post(base() + "/children/C2/reviews/" + reviewId + "/qa",
                "{\"answers\": {\"childs-views-captured\": \"yes\"}}");
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.at("deadline.status")).isEqualTo("met");
        assertThat(done.at("form.completedBy")).isEqualTo("ira");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> after = (List<Map<String, Object>>) api.get(worklist).at("items");
        assertThat(after).noneMatch(i -> i.get("kind").equals("qa-due"));

        assertThat(api.as(iro).post(qa(review("2023-05-25")), "{\"answers\": {\"childs-views-captured\": \"yes\"}}")
                .status()).as("not this IRO's child").isEqualTo(403);
    }
}
