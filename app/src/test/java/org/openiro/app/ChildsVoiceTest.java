package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;

/**
 * The child's voice: participation rules as the DfE applies them, and the participation figures of reports.md,
 * proved on 30 reviews whose every figure was counted by hand.
 */
@MicronautTest(environments = "pg", transactional = false)
class ChildsVoiceTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private final String authority = TestAuthorities.fresh("voice");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.put("/api/authorities/" + authority, """
                {"name": "Voice Borough", "policy": {"preset": "statutory",
                 "advocacyProviders": [{"id": "voice-ltd", "name": "Voice Ltd", "annualReferralTarget": 90}],
                 "targets": {"participation": 0.9}}}""");
    }

    private String children() {
        return "/api/authorities/" + authority + "/children/";
    }

    private void childInCare(String id, String born) {
        api.child(authority, id, born);
        api.episode(authority, id, "2024-03-01");
    }

    private Api.Reply review(String child, String date, String participation, String extra) {
        return api.post(children() + child + "/reviews", """
                {"meetingDates": ["%s"], "participation": %s%s}""".formatted(date, participation,
                extra.isEmpty() ? "" : ", " + extra));
    }

    @Test
    void pn0_is_for_a_child_under_4_at_the_review_and_either_is_accepted_on_the_birthday() {
        childInCare("T", "2020-05-20");
        // A twin: one review of a kind a day for each child (issue 22), so the birthday's second review is theirs.
        childInCare("T2", "2020-05-20");
        String pn0 = "{\"code\": \"PN0\"}";
        String pn1 = "{\"code\": \"PN1\", \"methods\": [\"attended-in-person\"]}";

        Api.Reply pn0After = review("T", "2024-05-21", pn0, "");
        Api.Reply pn1Before = review("T", "2024-05-19", pn1, "");

        assertThat(pn0After.status()).isEqualTo(400);
        assertThat(pn0After.errorFields()).containsExactly("participation.code");
        assertThat((String) pn0After.at("detail")).contains("rule 440");
        assertThat(pn1Before.errorFields()).containsExactly("participation.code");
        assertThat((String) pn1Before.at("detail")).contains("rule 441");
        assertThat(review("T", "2024-05-20", pn0, "").status()).as("PN0 on the 4th birthday").isEqualTo(201);
        assertThat(review("T2", "2024-05-20", pn1, "").status()).as("PN1 on the 4th birthday").isEqualTo(201);
    }

    @Test
    void a_code_that_contradicts_its_methods_or_advocacy_is_refused_and_nothing_is_written() {
        childInCare("M", "2012-01-01");
        List<String[]> refused = List.of(
                new String[] {"{\"code\": \"PN1\", \"methods\": [\"app\"]}", "", "participation.methods"},
                new String[] {"{\"code\": \"PN2\", \"methods\": [\"attended-in-person\"]}", "", "participation.methods"},
                new String[] {"{\"code\": \"PN5\", \"methods\": [\"consultation-form\"]}", "", "participation.methods"},
                new String[] {"{\"code\": \"PN6\", \"methods\": [\"attended-online\", \"app\"]}", "",
                        "participation.methods"},
                new String[] {"{\"code\": \"PN7\", \"methods\": [\"consultation-form\"]}", "", "participation.methods"},
                new String[] {"{\"code\": \"PN8\"}", "", "participation.code"},
                new String[] {"{\"code\": \"PN1\", \"methods\": [\"telepathy\"]}", "", "participation.methods"},
                new String[] {"{\"code\": \"PN1\", \"methods\": [\"attended-in-person\"], \"chairedByChild\": \"most\"}",
                        "", "participation.chairedByChild"},
                new String[] {"{\"code\": \"PN7\"}", "\"advocacy\": {\"status\": \"has-advocate\", \"provider\": \"nobody\"}",
                        "advocacy.provider"},
                new String[] {"{\"code\": \"PN7\"}", "\"advocacy\": {\"status\": \"referred\", \"type\": \"instructed\"}",
                        "advocacy.type"},
                new String[] {"{\"code\": \"PN7\"}", "\"advocacy\": {\"status\": \"maybe\"}", "advocacy.status"},
                new String[] {"{\"code\": \"PN7\"}",
                        "\"consultation\": [{\"party\": \"school\", \"sent\": false, \"returned\": true}]",
                        "consultation.returned"},
                new String[] {"{\"code\": \"PN7\"}",
                        "\"consultation\": [{\"party\": \"neighbour\", \"sent\": true, \"returned\": true}]",
                        "consultation.party"});
        for (String[] r : refused) {
            Api.Reply reply = review("M", "2024-05-01", r[0], r[1]);
            assertThat(reply.status()).as(r[0] + r[1] + " → " + reply).isEqualTo(400);
            assertThat(reply.errorFields()).as(r[0] + r[1]).containsExactly(r[2]);
        }
        assertThat(review("M", "2024-05-01", "{\"code\": \"PN5\", \"methods\": [\"met-iro-separately\"]}", "").status())
                .as("the IRO met the child separately and conveyed their views").isEqualTo(201);
        assertThat(api.get(children() + "M/reviews").body()).contains("met-iro-separately").doesNotContain("telepathy");
    }

    @Test
    void referrals_visitors_and_feedback_are_refused_when_wrong() {
        childInCare("R", "2012-01-01");
        assertThat(api.post(children() + "R/advocacy-referrals", "{\"on\": \"2024-05-01\", \"provider\": \"nobody\"}")
                .errorFields()).containsExactly("provider");
        assertThat(api.put(children() + "R/independent-visitor",
                "{\"matchedOn\": \"2024-05-01\", \"endedOn\": \"2024-04-01\"}").errorFields()).containsExactly("endedOn");
        assertThat(api.post("/api/authorities/" + authority + "/feedback",
                "{\"from\": \"child\", \"on\": \"2024-05-01\", \"rating\": 6, \"text\": \"great\"}").errorFields())
                .containsExactly("rating");
        assertThat(api.post("/api/authorities/" + authority + "/feedback",
                "{\"from\": \"neighbour\", \"on\": \"2024-05-01\", \"text\": \"hm\"}").errorFields())
                .containsExactly("from");

        Api.Reply given = api.post("/api/authorities/" + authority + "/feedback",
                "{\"from\": \"parent\", \"on\": \"2024-05-02\", \"childId\": \"R\", \"rating\": 5, \"text\": \"Listened to us\"}");
        assertThat(given.status()).isEqualTo(201);
        assertThat(api.get("/api/authorities/" + authority + "/feedback?from=2024-04-01&to=2024-06-30").body())
                .contains("Listened to us");
        assertThat(api.get("/api/authorities/" + authority + "/feedback?from=2024-07-01&to=2024-09-30").body())
                .isEqualTo("[]");
    }

    /** One review of the fixture: its participation, and what else is recorded with it. */
    private record Spec(String code, String methods, String chaired, String advocacy, boolean childSent,
                        boolean childReturned, boolean parentSent, boolean parentReturned, boolean school,
                        boolean letter) {
    }

    private static List<Spec> thirtyReviews() {
        List<Spec> specs = new ArrayList<>();
        String inPerson = "\"attended-in-person\"";
        for (int i = 1; i <= 27; i++) {
            String code;
            String methods;
            if (i <= 8) {
                code = "PN1";
                methods = i <= 5 ? inPerson + ", \"consultation-form\"" : inPerson;
            } else if (i <= 10) {
                code = "PN1";
                methods = "\"attended-online\"";
            } else if (i <= 14) {
                code = "PN2";
                methods = inPerson + ", \"advocate\"";
            } else if (i <= 16) {
                code = "PN3";
                methods = inPerson;
            } else if (i <= 18) {
                code = "PN4";
                methods = inPerson;
            } else if (i <= 20) {
                code = "PN5";
                methods = "\"advocate\"";
            } else if (i == 21) {
                code = "PN5";
                methods = "\"met-iro-separately\"";
            } else if (i <= 24) {
                code = "PN6";
                methods = "\"app\"";
            } else if (i == 25) {
                code = "PN6";
                methods = "\"consultation-form\"";
            } else {
                code = "PN7";
                methods = "";
            }
            String chaired = i <= 2 ? "full" : i <= 5 ? "part" : "no";
            String advocacy = i <= 3 ? "{\"status\": \"offered-declined\"}"
                    : i == 4 ? "{\"status\": \"referred\"}"
                    : i <= 6 ? null
                    : (i >= 11 && i <= 13) || i == 19 || i == 20
                            ? "{\"status\": \"has-advocate\", \"type\": \"instructed\", \"provider\": \"voice-ltd\"}"
                    : i == 14 ? "{\"status\": \"has-advocate\", \"type\": \"non-instructed\"}"
                    : "{\"status\": \"not-applicable\"}";
            specs.add(new Spec(code, methods, chaired, advocacy, i <= 20, i <= 12, i <= 10, i <= 4,
                    i >= 21 && i <= 25, i <= 16));
        }
        for (int i = 1; i <= 3; i++) {
            specs.add(new Spec("PN0", "", "no", null, false, false, false, false, false, i <= 2));
        }
        return specs;
    }

    @Test
    void thirty_reviews_give_the_figures_counted_by_hand() {
        String[] dates = {"2024-05-01", "2024-08-01", "2025-01-15"};
        List<Spec> specs = thirtyReviews();
        for (int c = 0; c < 10; c++) {
            childInCare("K" + c, c == 9 ? "2022-01-01" : "2012-01-01");
        }
        for (int i = 0; i < specs.size(); i++) {
            Spec s = specs.get(i);
            List<String> consultation = new ArrayList<>();
            if (s.childSent()) {
                consultation.add("{\"party\": \"child\", \"sent\": true, \"returned\": " + s.childReturned() + "}");
            }
            if (s.parentSent()) {
                consultation.add("{\"party\": \"parent\", \"sent\": true, \"returned\": " + s.parentReturned() + "}");
            }
            if (s.school()) {
                consultation.add("{\"party\": \"school\", \"sent\": true, \"returned\": true}");
            }
            String extra = "\"consultation\": [" + String.join(", ", consultation) + "]"
                    + (s.advocacy() == null ? "" : ", \"advocacy\": " + s.advocacy())
                    + (s.letter() ? ", \"letterSentOn\": \"2025-03-01\"" : "");
            String participation = "{\"code\": \"" + s.code() + "\", \"methods\": [" + s.methods()
                    + "], \"chairedByChild\": \"" + s.chaired() + "\"}";
            Api.Reply recorded = review("K" + (i / 3), dates[i % 3], participation, extra);
            assertThat(recorded.status()).as("review " + (i + 1) + ": " + recorded).isEqualTo(201);
        }
        // Outside the figures: a review before the period, and a series still going on in it.
        review("K0", "2024-03-20", "{\"code\": \"PN7\"}", "");
        api.post(children() + "K1/reviews", "{\"meetingDates\": [\"2025-02-10\"], \"seriesComplete\": false, "
                + "\"participation\": {\"code\": \"PN7\"}}");
        api.post(children() + "K0/advocacy-referrals", "{\"on\": \"2024-03-10\", \"provider\": \"voice-ltd\"}");
        for (String on : List.of("2024-04-01", "2024-06-15", "2024-12-01", "2025-03-31")) {
            assertThat(api.post(children() + "K2/advocacy-referrals",
                    "{\"on\": \"" + on + "\", \"provider\": \"voice-ltd\", \"type\": \"instructed\"}").status())
                    .isEqualTo(201);
        }
        api.put(children() + "K3/independent-visitor", "{\"matchedOn\": \"2024-01-01\"}");
        api.put(children() + "K4/independent-visitor", "{\"matchedOn\": \"2024-06-01\", \"endedOn\": \"2025-02-01\"}");
        api.put(children() + "K5/independent-visitor", "{\"matchedOn\": \"2025-03-31\"}");

        Api.Reply report = api.get("/api/authorities/" + authority + "/reports/participation?from=2024-04-01&to=2025-03-31");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        Figures f = new Figures(report);
        int[] byCode = {3, 10, 4, 2, 2, 3, 4, 2};
        for (int pn = 0; pn <= 7; pn++) {
            assertThat(f.value("by-code", "code:PN" + pn)).as("PN" + pn).isEqualTo(byCode[pn]);
        }
        f.share("participation", null, 23, 27);
        assertThat(f.figure("participation", null).get("target")).isEqualTo(0.9);
        f.share("attendance", null, 18, 27);
        f.share("no-views-conveyed", null, 2, 27);
        assertThat(f.value("by-method", "method:attended-in-person")).isEqualTo(16);
        assertThat(f.value("by-method", "method:attended-online")).isEqualTo(2);
        assertThat(f.value("by-method", "method:consultation-form")).isEqualTo(6);
        assertThat(f.value("by-method", "method:advocate")).isEqualTo(6);
        assertThat(f.value("by-method", "method:met-iro-separately")).isEqualTo(1);
        assertThat(f.value("by-method", "method:app")).isEqualTo(3);
        assertThat(f.value("by-method", "method:interpreter")).isEqualTo(0);
        assertThat(f.value("chaired-by-child", null)).isEqualTo(5);
        assertThat(f.value("chaired-by-child", "chaired:full")).isEqualTo(2);
        f.share("advocacy", null, 24, 27); // had an advocate, declined one, or needed none: 6 + 3 + 15
        f.share("advocacy", "status:has-advocate", 6, 27);
        f.share("advocacy", "status:offered-declined", 3, 27);
        f.share("advocacy", "status:referred", 1, 27);
        f.share("advocacy", "status:not-applicable", 15, 27);
        assertThat(f.value("advocacy", "type:instructed")).isEqualTo(5);
        assertThat(f.value("advocacy", "type:non-instructed")).isEqualTo(1);
        assertThat(f.value("advocacy-referrals", null)).isEqualTo(4);
        assertThat(f.value("advocacy-referrals", "provider:voice-ltd")).isEqualTo(4);
        assertThat(f.figure("advocacy-referrals", "provider:voice-ltd").get("target")).isEqualTo(90.0);
        f.share("consultation-returned", "party:child", 12, 20);
        f.share("consultation-returned", "party:parent", 4, 10);
        f.share("consultation-returned", "party:school", 5, 5);
        assertThat(f.figure("consultation-returned", "party:carer").get("value")).as("none sent").isNull();
        f.share("letters-sent", null, 18, 30);
        assertThat(f.value("independent-visitors", null)).isEqualTo(2);
        long codes = f.all().stream().filter(x -> x.get("id").equals("by-code"))
                .mapToLong(x -> ((Number) x.get("value")).longValue()).sum();
        assertThat(codes).as("PN counts sum to the reviews held").isEqualTo(30);
        assertThat(f.all()).allSatisfy(x -> {
            if (x.get("denominator") != null && x.get("value") != null) {
                assertThat(((Number) x.get("value")).doubleValue()).isBetween(0.0, 1.0);
            }
        });
    }

    /** The figures of a report, found by id and breakdown. */
    private record Figures(Api.Reply report) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all() {
            return (List<Map<String, Object>>) report.map().get("figures");
        }

        Map<String, Object> figure(String id, String breakdown) {
            Optional<Map<String, Object>> found = all().stream().filter(f -> f.get("id").equals(id)
                    && java.util.Objects.equals(f.get("breakdown"), breakdown)).findFirst();
            return found.orElseThrow(() -> new AssertionError("no figure " + id + " " + breakdown));
        }

        long value(String id, String breakdown) {
            return ((Number) figure(id, breakdown).get("value")).longValue();
        }

        void share(String id, String breakdown, long numerator, long denominator) {
            Map<String, Object> f = figure(id, breakdown);
            assertThat(((Number) f.get("numerator")).longValue()).as(id + " " + breakdown + " numerator")
                    .isEqualTo(numerator);
            assertThat(((Number) f.get("denominator")).longValue()).as(id + " " + breakdown + " denominator")
                    .isEqualTo(denominator);
            assertThat(((Number) f.get("value")).doubleValue()).isCloseTo((double) numerator / denominator,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }
}
