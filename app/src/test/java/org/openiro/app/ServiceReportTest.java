package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.ReportFixture;
import org.openiro.app.support.TestAuthorities;

/**
 * The IRO service report for 2024/25 over {@link ReportFixture}'s authority, with 2023/24 beside it: every row of the
 * JSON (each section, each figure, each breakdown) is listed here with this year's value and last year's, each counted
 * by hand from the fixture's story, and a row added or lost fails the test as surely as a wrong number.
 *
 * <p>How the counts are made up, beside each row: "Bs" are the 34 boys alike, who hold 68 reviews a year (two each);
 * a child's name alone is one of theirs; "before:" gives last year's. A share is written numerator, denominator, and
 * last year's numerator and denominator, of which the JSON carries only the quotient; 0 of 0 is no share (null).
 * The reviews' denominators: 79 held this year (Bs 68, C1 2, C2 2, C3, C5 3, C6, C7 2) and 75 last year (Bs 68, C1
 * 3, C4 2, C5, C7); the participation shares leave out C3's PN0: 78 this year, 75 last. Children looked after: 39 at
 * the end of March 2025 (Bs, C1, C2, C3, C5, C7; C6 is on short breaks), 37 a year before (Bs, C1, C4, C7).
 */
@MicronautTest(environments = "pg", transactional = false)
class ServiceReportTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    org.openiro.reporting.port.in.ServiceReportUseCase reports;

    private Api api;
    /** Built once for the class: every test reads it, none changes it. */
    private static final String authority = TestAuthorities.fresh("report");
    private static boolean built;

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        if (!built) {
            ReportFixture.build(api, authority);
            built = true;
        }
    }

    private Api.Reply report() {
        return api.get("/api/authorities/" + authority + "/reports/iro-service?from=2024-04-01&to=2025-03-31");
    }

    // ---- the rows of the report, counted by hand ----------------------------------------------------------------

    /**
     * One row as counted by hand: {@code key} is the figure's id and, for a part, its breakdown after a space
     * ({@code "by-code code:PN3"}).
     */
    private record Row(String key, Double value, Double previous, Long numerator, Long denominator, Double target) {
        Row target(double share) {
            return new Row(key, value, previous, numerator, denominator, share);
        }
    }

    /** A count, or an amount such as FTE: this year's and last year's. */
    private static Row count(String key, double now, double before) {
        return new Row(key, now, before, null, null, null);
    }

    /** A share: this year's numerator and denominator, and last year's, of which the JSON carries only the quotient. */
    private static Row share(String key, long numerator, long denominator, long previousNumerator,
                             long previousDenominator) {
        return new Row(key, quotient(numerator, denominator), quotient(previousNumerator, previousDenominator),
                numerator, denominator, null);
    }

    private static Double quotient(long numerator, long denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Rows of a breakdown with nothing in them either year. */
    private static List<Row> none(String figure, String dimension, String... values) {
        List<Row> rows = new ArrayList<>();
        for (String value : values) {
            rows.add(count(figure + " " + dimension + ":" + value, 0, 0));
        }
        return rows;
    }

    private static List<Row> rows(Object... rowsOrLists) {
        List<Row> rows = new ArrayList<>();
        for (Object row : rowsOrLists) {
            if (row instanceof Row one) {
                rows.add(one);
            } else {
                for (Object each : (List<?>) row) {
                    rows.add((Row) each);
                }
            }
        }
        return rows;
    }

    /** Asserts that the section has exactly these rows, and each row these values. */
    @SuppressWarnings("unchecked")
    private static void assertSection(Api.Reply report, String section, List<Row> expected) {
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        Map<String, Map<String, Object>> actual = new LinkedHashMap<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) report.map().get("sections")) {
            if (s.get("id").equals(section)) {
                for (Map<String, Object> figure : (List<Map<String, Object>>) s.get("figures")) {
                    Object breakdown = figure.get("breakdown");
                    actual.put(figure.get("id") + (breakdown == null ? "" : " " + breakdown), figure);
                }
            }
        }
        assertThat(actual.keySet()).as(section + ": every row, none lost, none added")
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Row::key).toList());
        SoftAssertions soft = new SoftAssertions();
        for (Row row : expected) {
            Map<String, Object> figure = actual.get(row.key());
            soft.assertThat(number(figure.get("value"))).as(row.key() + ": value").isEqualTo(row.value());
            soft.assertThat(number(figure.get("previousValue"))).as(row.key() + ": previous value")
                    .isEqualTo(row.previous());
            soft.assertThat(number(figure.get("numerator"))).as(row.key() + ": numerator")
                    .isEqualTo(row.numerator() == null ? null : row.numerator().doubleValue());
            soft.assertThat(number(figure.get("denominator"))).as(row.key() + ": denominator")
                    .isEqualTo(row.denominator() == null ? null : row.denominator().doubleValue());
            soft.assertThat(number(figure.get("target"))).as(row.key() + ": target").isEqualTo(row.target());
            soft.assertThat((String) figure.get("title")).as(row.key() + ": title").isNotBlank();
        }
        soft.assertAll();
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    @Test
    void the_report_has_its_five_sections_for_the_year_and_the_year_before() {
        Api.Reply report = report();
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.at("authorityName")).isEqualTo("Test Borough " + authority);
        assertThat(report.at("from")).isEqualTo("2024-04-01");
        assertThat(report.at("to")).isEqualTo("2025-03-31");
        assertThat(report.at("previousFrom")).isEqualTo("2023-04-01");
        assertThat(report.at("previousTo")).isEqualTo("2024-03-31");
        assertThat(((List<?>) report.map().get("sections")).stream().map(s -> (String) ((Map<?, ?>) s).get("id")))
                .containsExactly("children-looked-after", "reviews", "participation", "dispute-resolution",
                        "workforce");
    }

    @Test
    void the_children_looked_after_are_counted_as_reports_md_defines_them() {
        assertSection(report(), "children-looked-after", rows(
                count("looked-after-at-start", 37, 34), // on 31 March 2024: Bs, C1, C4, C7; on 31 March 2023: Bs
                count("looked-after-at-end", 39, 37),
                count("started", 3, 4), // C2, C5 again, C3 (C6 on short breaks left out); before: C1, C5, C4, C7
                count("started unit:children", 3, 4),
                count("started-uasc", 0, 1), // C4
                count("ceased", 1, 1), // C4; before: C5
                count("ceased reason:turned-18", 1, 0), // C4 on his 18th birthday, E17
                count("ceased reason:returned-home", 0, 1), // C5, E4A
                none("ceased", "reason", "adopted", "special-guardianship-order", "child-arrangements-order",
                        "independent-living", "other"),
                count("ceased-uasc", 1, 0),
                count("by-gender gender:male", 34, 35), // Bs; before: Bs and C4
                count("by-gender gender:female", 5, 2), // C1, C2, C3, C5, C7; before: C1, C7
                none("by-gender", "gender", "other", "not-recorded"),
                count("by-age age:under-1", 0, 0),
                count("by-age age:1-4", 1, 0), // C3, 3
                count("by-age age:5-9", 0, 0),
                count("by-age age:10-15", 37, 36), // Bs 15, C1 12, C2 15, C5 14; before: Bs 14, C1 11, C7 15
                count("by-age age:16-17", 1, 1), // C7, 16; before: C4, 17
                count("by-ethnicity ethnicity:white", 38, 35), // all but C7; before: Bs and C1
                count("by-ethnicity ethnicity:asian", 1, 1), // C7
                count("by-ethnicity ethnicity:black", 0, 1), // C4
                none("by-ethnicity", "ethnicity", "mixed", "other", "not-recorded"),
                count("legal-status-at-end", 39, 37),
                count("legal-status-at-end legal-status:C1", 38, 36), // all but C7; before: all but C7
                count("legal-status-at-end legal-status:C2", 1, 0), // C7, under a care order from June 2024
                count("legal-status-at-end legal-status:V2", 0, 1), // C7 before it: nobody now
                count("legal-status-at-entry", 3, 4),
                count("legal-status-at-entry legal-status:C1", 3, 3), // C2, C5, C3; before: C1, C5, C4
                count("legal-status-at-entry legal-status:V2", 0, 1), // C7
                share("over-20-miles", 1, 38, 0, 36), // C2, of all but C7, whose distance is not known
                count("over-20-miles-not-known", 1, 1), // C7
                count("unregulated", 1, 0), // C7 in H5 from September 2024
                count("rate-per-10000", 50.0, 47.4), // 39 and 37 per 7,800 children: 50.0 and 47.43
                count("care-leavers", 1, 0))); // C4's pathway plan reviewed
    }

    @Test
    void the_reviews_figures_are_those_counted_by_hand_with_the_year_before_beside_them() {
        assertSection(report(), "reviews", rows(
                count("reviews-held", 79, 75),
                share("held-in-timescale", 77, 79, 75, 75).target(0.95), // late: C1 in August, C3
                // On 31 March 2025, 40 looked after with C6: C2 due 4 March and C3 5 February are overdue. On 31
                // March 2024 the Bs, C1, C4 and C7 are all due after it.
                share("up-to-date-at-end", 38, 40, 37, 37),
                share("recommendations-in-timescale", 1, 79, 0, 75), // C1's of 12 August, issued the 16th
                share("records-in-timescale", 0, 78, 0, 75).target(0.9), // C1's late; C5's of March pending
                count("report-late", 78, 75), // all but C1's of 12 August: none came
                count("deadlines-pending", 2, 0), // C5's of 20 March: record and letter due 17 April
                count("deadlines-pending deadline:recommendations", 0, 0), // hers were due 27 March
                count("deadlines-pending deadline:record", 1, 0),
                count("deadlines-pending deadline:letter", 1, 0),
                share("letters-sent", 1, 79, 1, 75), // C1 after 12 August; before: C4 after 15 December
                share("rearranged", 1, 79, 0, 75), // C2's first, moved from 20 to 30 May
                count("rearranged reason:court-timetable", 1, 0),
                none("rearranged", "reason", "social-worker-capacity", "child-request", "iro-availability", "other"),
                share("adjourned", 1, 79, 0, 75), // C3's, on 28 October
                count("adjourned reason:no-care-plan", 1, 0),
                none("adjourned", "reason", "report-not-shared", "key-person-absent", "other"),
                // By the month of the last meeting, beside the same month of 2023/24.
                count("held-by-month month:2024-04", 35, 34), // Bs, C7; before: Bs
                count("held-by-month month:2024-05", 1, 1), // C2; before: C1
                count("held-by-month month:2024-06", 0, 1), // before: C5
                count("held-by-month month:2024-07", 1, 0), // C5
                count("held-by-month month:2024-08", 1, 1), // C1; before: C1
                count("held-by-month month:2024-09", 1, 1), // C2's series, ended 4 September; before: C4
                count("held-by-month month:2024-10", 36, 34), // Bs, C5, C7; before: Bs
                count("held-by-month month:2024-11", 2, 0), // C3, C6
                count("held-by-month month:2024-12", 0, 1), // before: C4
                count("held-by-month month:2025-01", 0, 0),
                count("held-by-month month:2025-02", 1, 2), // C1; before: C1, C7
                count("held-by-month month:2025-03", 1, 0), // C5
                share("in-timescale-by-month month:2024-04", 35, 35, 34, 34).target(0.95),
                share("in-timescale-by-month month:2024-05", 1, 1, 1, 1).target(0.95),
                share("in-timescale-by-month month:2024-06", 0, 0, 1, 1).target(0.95),
                share("in-timescale-by-month month:2024-07", 1, 1, 0, 0).target(0.95),
                share("in-timescale-by-month month:2024-08", 0, 1, 1, 1).target(0.95), // C1 late
                share("in-timescale-by-month month:2024-09", 1, 1, 1, 1).target(0.95),
                share("in-timescale-by-month month:2024-10", 36, 36, 34, 34).target(0.95),
                share("in-timescale-by-month month:2024-11", 1, 2, 0, 0).target(0.95), // C3 late
                share("in-timescale-by-month month:2024-12", 0, 0, 1, 1).target(0.95),
                share("in-timescale-by-month month:2025-01", 0, 0, 0, 0).target(0.95),
                share("in-timescale-by-month month:2025-02", 1, 1, 2, 2).target(0.95),
                share("in-timescale-by-month month:2025-03", 1, 1, 0, 0).target(0.95),
                count("midway-reviews", 1, 1), // C1 on 10 May 2024; before: C7 on 15 March 2024
                // Intervals ending in a review held this year, first reviews of a period of care left out: Bs 68, C1
                // 2, C2 1, C5 2 (her first since coming back is a first), C7 2; C1's to 12 August and C7's to 30
                // April hold a midway review. Before: Bs 68, C1 2, C4 1, none with one.
                share("midway-coverage", 2, 75, 0, 71),
                count("pathway-plan-reviews-held", 2, 0), // C4's
                share("pathway-plan-in-timescale", 1, 2, 0, 0), // the second was due 10 December, held the 20th
                share("pathway-plan-attended", 1, 2, 0, 0)));
    }

    @Test
    void the_dashboards_reviews_alone_are_the_reports_reviews_section_figure_for_figure() {
        org.openiro.authority.AuthorityCode code = org.openiro.authority.AuthorityCode.of(authority);
        org.openiro.reporting.ReportPeriod year = new org.openiro.reporting.ReportPeriod(
                java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2025, 3, 31));

        org.openiro.reporting.ServiceReport whole = reports.report(code, year);
        org.openiro.reporting.ServiceReport reviews = reports.reviews(code, year);

        List<org.openiro.reporting.ServiceReport.Line> all = whole.sections().stream()
                .filter(s -> s.id().equals("reviews")).findFirst().orElseThrow().figures();
        assertThat(reviews.sections()).hasSize(1);
        assertThat(reviews.sections().get(0).figures()).as("every figure but the letters sent (participation's)")
                .isEqualTo(all.stream().filter(line -> !line.id().equals("letters-sent")).toList());
        assertThat(reviews.previous()).isEqualTo(whole.previous());
    }

    @Test
    void participation_and_advocacy_are_counted_over_the_reviews_held() {
        assertSection(report(), "participation", rows(
                count("by-code code:PN0", 1, 0), // C3
                count("by-code code:PN1", 72, 72), // Bs, C1 2, C2's first, C6; before: Bs, C1 3, C7
                count("by-code code:PN2", 1, 0), // C5 in July
                count("by-code code:PN3", 1, 0), // C5 in October
                count("by-code code:PN4", 1, 0), // C5 in March
                count("by-code code:PN5", 1, 1), // C7 in April; before: C5
                count("by-code code:PN6", 1, 1), // C2's series, by app; before: C4 by consultation form
                count("by-code code:PN7", 1, 1), // C7 in October; before: C4 in December
                share("participation", 76, 78, 74, 75).target(0.9), // PN1, 2, 3, 5, 6: 72 + 4; before: 72 + 2
                share("attendance", 75, 78, 72, 75), // PN1–PN4
                share("no-views-conveyed", 1, 78, 1, 75), // PN7
                count("by-method method:attended-in-person", 74, 72), // PN1 but C6, PN2–PN4; before: every PN1
                count("by-method method:attended-online", 1, 0), // C6
                count("by-method method:met-iro-separately", 1, 0), // C7 in April
                count("by-method method:consultation-form", 0, 1), // before: C4
                count("by-method method:app", 1, 0), // C2's series
                count("by-method method:advocate", 1, 1), // C5 in July; before: C5
                count("by-method method:interpreter", 1, 0), // C2 in May
                count("by-method method:iro-observation", 1, 0), // C5 in October
                count("by-method method:discussion-with-iro", 1, 0), // C1 in February
                count("by-method method:through-social-worker", 0, 0),
                count("chaired-by-child", 2, 1),
                count("chaired-by-child chaired:full", 1, 0), // C1 in February 2025
                count("chaired-by-child chaired:part", 1, 1), // C2 in May; before: C1 in February 2024
                // Had an advocate (C5 July, October), declined one (C5 March, C7 April) or needed none (C2's
                // series; C3's PN0 is left out); C2's referral in May is not among them. Before: C5's advocate.
                share("advocacy", 5, 78, 1, 75),
                share("advocacy status:has-advocate", 2, 78, 1, 75),
                share("advocacy status:offered-declined", 2, 78, 0, 75),
                share("advocacy status:not-applicable", 1, 78, 0, 75),
                share("advocacy status:referred", 1, 78, 0, 75),
                count("advocacy type:instructed", 1, 1), // C5 in July; before: C5 in June
                count("advocacy type:non-instructed", 1, 0), // C5 in October
                count("advocacy-referrals", 3, 1), // C2, C5, C3; before: C5
                new Row("advocacy-referrals provider:voices", 2.0, 1.0, null, null, 4.0), // C2, C5; before: C5
                count("advocacy-referrals provider:speak-up", 1, 0), // C3
                // Forms sent and returned: C1's in August (her, her carer returned; school, health not) and C2's in
                // May (her parent, not returned); before: C4's in September (his and the youth offending team's).
                share("consultation-returned party:child", 1, 1, 1, 1),
                share("consultation-returned party:carer", 1, 1, 0, 0),
                share("consultation-returned party:school", 0, 1, 0, 0),
                share("consultation-returned party:health", 0, 1, 0, 0),
                share("consultation-returned party:parent", 0, 1, 0, 0),
                share("consultation-returned party:other-agency", 0, 0, 1, 1),
                count("independent-visitors", 3, 2))); // C1, C5, C2; before: C1, C4
    }

    @Test
    void the_dispute_resolution_figures_follow_each_alert_up_the_ladder() {
        String[] ladder = {"informal", "stage-1", "stage-2", "stage-3", "stage-4"};
        assertSection(report(), "dispute-resolution", rows(
                count("alerts-raised", 4, 1), // C7's, C2's of June, C3's, C2's of March; before: C4's
                count("alerts-children", 3, 1),
                count("by-starting-stage stage:" + ladder[0], 3, 0), // C7's, C2's two
                count("by-starting-stage stage:" + ladder[1], 1, 0), // C3's
                count("by-starting-stage stage:" + ladder[2], 0, 1), // C4's
                none("by-starting-stage", "stage", ladder[3], ladder[4]),
                count("by-highest-stage stage:" + ladder[0], 2, 0), // C7's, C2's of March
                count("by-highest-stage stage:" + ladder[1], 1, 0), // C3's
                count("by-highest-stage stage:" + ladder[2], 0, 1), // C4's
                count("by-highest-stage stage:" + ladder[3], 1, 0), // C2's of June
                count("by-highest-stage stage:" + ladder[4], 0, 0),
                count("stages-reached stage:" + ladder[0], 3, 0), // C7's, C2's two
                count("stages-reached stage:" + ladder[1], 2, 0), // C2's of June, C3's
                count("stages-reached stage:" + ladder[2], 1, 1), // C2's of June; before: C4's
                count("stages-reached stage:" + ladder[3], 1, 0), // C2's of June
                count("stages-reached stage:" + ladder[4], 0, 0),
                count("by-reason reason:report-late", 1, 0), // C2's of June
                count("by-reason reason:plan-not-implemented", 1, 0), // C2's of June
                count("by-reason reason:placement-not-meeting-needs", 1, 0), // C7's
                count("by-reason reason:recording-system", 1, 0), // C2's of March
                count("by-reason reason:other", 1, 0), // C3's
                count("by-reason reason:wishes-contradict-plan", 0, 1), // C4's
                // The partner escalations' "health or PEP late" is not the IRO's dispute resolution.
                none("by-reason", "reason", "iro-disagrees-with-plan", "assessment-not-thorough", "legal-gateway-delay",
                        "not-visited-or-seen-alone", "health-or-pep-late", "safeguarding-not-addressed",
                        "immediate-danger", "permanence-not-planned", "human-rights"),
                count("resolved", 2, 1), // C7's in May, C2's in July; before: C4's
                share("resolved-informally", 1, 2, 0, 1), // C7's
                // Due this year: C7's informal (in time), C2's four of June (informal late, stage 1 in time, stages
                // 2 and 3 never), C3's stage 1 (never); C2's of March is due 2 April. Before: C4's, in time.
                share("responses-in-timescale", 2, 6, 1, 1),
                count("open-at-end", 2, 0), // C3's, C2's of March
                count("open-at-end working-days:0-5", 1, 0), // C2's, 3 working days old
                count("open-at-end working-days:6-10", 0, 0),
                count("open-at-end working-days:11-20", 0, 0),
                count("open-at-end working-days:over-20", 1, 0), // C3's, 97
                count("over-timescale-at-end", 1, 0), // C3's; C2's is informal: its clock has not started
                count("cafcass-referrals", 1, 0), // C3's
                count("legal-advice", 1, 0), // C3's
                count("partner-escalations", 1, 1), // C1's to health; before: C7's to education
                count("partner-escalations agency:health", 1, 0),
                count("partner-escalations agency:education", 0, 1),
                none("partner-escalations", "agency", "adult-services", "cafcass", "housing", "other", "police",
                        "youth-justice"),
                count("partner-escalations theme:health-assessment", 1, 0),
                count("partner-escalations theme:pep", 0, 1),
                none("partner-escalations", "theme", "information-sharing", "other", "safeguarding", "send-ehcp",
                        "therapeutic-support"),
                count("good-practice-notes", 1, 1))); // C1's; before: C4's
    }

    @Test
    void the_workforce_at_the_end_of_the_period_with_caseloads_against_the_band() {
        assertSection(report(), "workforce", rows(
                count("iros-headcount", 3, 4), // iro-1, iro-2, iro-3; before: and iro-4, who left in September
                count("iros-headcount employment:permanent", 2, 2), // iro-1, iro-3
                count("iros-headcount employment:fixed-term", 0, 1), // iro-4
                count("iros-headcount employment:agency", 1, 1), // iro-2
                count("iros-fte", 2.5, 3.5),
                count("iros-fte employment:permanent", 2.0, 2.0),
                count("iros-fte employment:fixed-term", 0.0, 1.0),
                count("iros-fte employment:agency", 0.5, 0.5),
                // Looked-after children allocated on 31 March; iro-3, fostering only, holds no caseload.
                count("caseload iro:iro-1", 1, 2), // C2 (C4 has left care); before: C1, C4
                count("caseload iro:iro-2", 3, 0), // C1, C3, C7
                count("caseload iro:iro-4", 0, 1), // gone; before: C7
                count("caseload", 4, 3),
                count("caseload-care-leavers iro:iro-1", 1, 0), // C4, his pathway plan reviewed in June
                count("caseload-care-leavers iro:iro-2", 0, 0),
                count("caseload-care-leavers iro:iro-4", 0, 0),
                count("caseload-care-leavers", 1, 0),
                count("caseload-per-fte", 2.7, 1.2), // 4 children to 1.5 FTE; before: 3 to 2.5
                // Over the band of 0–1 a full-time IRO: iro-2 with 3 at half time; before: iro-1 with 2.
                count("iros-over-band", 1, 1),
                count("children-with-iro-change", 2, 0), // C1 and C7, to iro-2 on 1 October
                count("iro-changes", 2, 0)));
    }

    // ---- other periods, checks for any data, the other formats ----------------------------------------------------

    /** Every figure of the JSON, by {@code section/id/breakdown}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> figures(Api.Reply report) {
        Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
        for (Map<String, Object> section : (List<Map<String, Object>>) report.map().get("sections")) {
            for (Map<String, Object> figure : (List<Map<String, Object>>) section.get("figures")) {
                figures.put(section.get("id") + "/" + figure.get("id") + "/" + figure.get("breakdown"), figure);
            }
        }
        return figures;
    }

    private static void count(Map<String, Map<String, Object>> figures, String key, long now, long before) {
        Map<String, Object> figure = figures.get(key);
        assertThat(figure).as(key).isNotNull();
        assertThat(((Number) figure.get("value")).longValue()).as(key).isEqualTo(now);
        assertThat(((Number) figure.get("previousValue")).longValue()).as(key + ", previous").isEqualTo(before);
    }

    /**
     * 1–14 August 2024 holds C1's review of the 12th, and the fortnight before it C5's of 25 July: on the 14th none of
     * the 12th's deadlines has passed, and the recommendations issued in time on the 16th were not yet issued then.
     */
    @Test
    void a_deadline_not_yet_passed_at_the_end_of_the_period_is_pending_not_missed_nor_met_later() {
        Map<String, Map<String, Object>> f = figures(api.get("/api/authorities/" + authority
                + "/reports/iro-service?from=2024-08-01&to=2024-08-14"));

        count(f, "reviews/reviews-held/null", 1, 1);
        assertThat(f.get("reviews/recommendations-in-timescale/null").get("denominator")).as("due 19 August, issued"
                + " on the 16th: not yet on the 14th").isEqualTo(0);
        assertThat(f.get("reviews/records-in-timescale/null").get("denominator")).as("the record is not due till"
                + " 10 September").isEqualTo(0);
        count(f, "reviews/deadlines-pending/deadline:recommendations", 1, 1);
        count(f, "reviews/deadlines-pending/deadline:record", 1, 1);
        count(f, "reviews/deadlines-pending/deadline:letter", 1, 1);
        count(f, "reviews/deadlines-pending/null", 3, 3);
        count(f, "reviews/report-late/null", 0, 1);
    }

    /** The sum of a figure's parts, this period's or the previous period's. */
    private static double sum(Map<String, Map<String, Object>> figures, String prefix, String which) {
        return figures.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && !e.getKey().endsWith("/null"))
                .mapToDouble(e -> ((Number) e.getValue().get(which)).doubleValue()).sum();
    }

    private static double whole(Map<String, Map<String, Object>> figures, String key, String which) {
        return ((Number) figures.get(key).get(which)).doubleValue();
    }

    /** Shares are between 0 and 1, both years; the parts of a figure sum to its whole, both years. */
    @Test
    void figures_that_must_agree_do_for_any_data() {
        Map<String, Map<String, Object>> f = figures(report());
        String c = "children-looked-after/";
        String d = "dispute-resolution/";
        for (String which : List.of("value", "previousValue")) {
            double held = whole(f, "reviews/reviews-held/null", which);
            assertThat(sum(f, "participation/by-code/", which)).as(which + ": PN counts sum to reviews held")
                    .isEqualTo(held);
            assertThat(sum(f, "reviews/held-by-month/", which)).as(which + ": the months sum to reviews held")
                    .isEqualTo(held);
            double raised = whole(f, d + "alerts-raised/null", which);
            assertThat(sum(f, d + "by-starting-stage/", which)).as(which + ": starting stages sum to alerts raised")
                    .isEqualTo(raised);
            assertThat(sum(f, d + "by-highest-stage/", which)).as(which + ": highest stages sum to alerts raised")
                    .isEqualTo(raised);
            double atEnd = whole(f, c + "looked-after-at-end/null", which);
            assertThat(whole(f, c + "looked-after-at-start/null", which) + whole(f, c + "started/null", which)
                    - whole(f, c + "ceased/null", which)).as(which + ": at start + started - ceased = at end")
                    .isEqualTo(atEnd);
            for (String breakdown : List.of("by-gender", "by-age", "by-ethnicity", "legal-status-at-end")) {
                assertThat(sum(f, c + breakdown + "/", which)).as(which + ": " + breakdown).isEqualTo(atEnd);
            }
            for (Map.Entry<String, Map<String, Object>> figure : f.entrySet()) {
                if (figure.getValue().get("denominator") != null && figure.getValue().get(which) != null) {
                    assertThat(((Number) figure.getValue().get(which)).doubleValue()).as(which + ": " + figure.getKey())
                            .isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void as_csv_one_figure_a_row_with_the_same_ids() {
        Api.Reply csv = api.sendWithHeader("GET", "/api/authorities/" + authority
                + "/reports/iro-service?from=2024-04-01&to=2025-03-31", "", "Accept", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> rows = new ArrayList<>(List.of(csv.body().split("\r\n")));
        assertThat(rows.get(0)).isEqualTo("section,figure,breakdown,value,previous_value,numerator,denominator");
        assertThat(rows).contains("reviews,reviews-held,,79,75,,", "reviews,held-by-month,month:2024-04,35,34,,",
                "reviews,held-by-month,month:2024-09,1,1,,", "participation,by-code,code:PN0,1,0,,",
                "reviews,held-in-timescale,," + 77.0 / 79 + ",1,77,79",
                "children-looked-after,ceased,reason:turned-18,1,0,,", "workforce,caseload,iro:iro-4,0,1,,");
        assertThat(rows.size() - 1).as("every figure of the JSON").isEqualTo(figures(report()).size());
    }

    @Test
    void as_a_printable_page_headed_with_the_authority_and_period_with_tables_and_charts() {
        Api.Reply page = api.sendWithHeader("GET", "/api/authorities/" + authority
                + "/reports/iro-service?from=2024-04-01&to=2025-03-31", "", "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        String html = page.body();
        assertThat(html).contains("<span class=\"govuk-caption-xl\">Test Borough " + authority + "</span>",
                "1 April 2024 to 31 March 2025", "1 April 2023 to 31 March 2024");
        assertThat(html).as("a captioned table a section").contains("Children looked after, the figures</caption>",
                "Reviews, the figures</caption>", "Participation and advocacy, the figures</caption>",
                "Dispute resolution, the figures</caption>", "Workforce, the figures</caption>");
        assertThat(html).as("shares with what they were counted from").contains("97.5% (77 of 79)");
        assertThat(html.split("<svg", -1)).as("age, gender, ethnicity, timeliness, participation, codes, stages,"
                + " reasons").hasSize(9);
        assertThat(html).as("the policy's target drawn on the timeliness chart").contains("Target 95.0%");
        assertThat(html).as("participation this year and last, with the policy's target across")
                .contains("Children who participated in their review</figcaption>", "Target 90.0%");
        assertThat(html).as("styles from the service's own stylesheet, nothing fetched from elsewhere")
                .contains("<link rel=\"stylesheet\" href=\"/assets/reports/report.css\">")
                .doesNotContain("<script", "<style", "style=", "src=\"http", "href=\"http", "url(http", "@font-face");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_naming_the_field() {
        assertThat(api.get("/api/authorities/" + authority + "/reports/iro-service?from=2025-04-01&to=2024-03-31")
                .errorFields()).containsExactly("to");
    }
}
