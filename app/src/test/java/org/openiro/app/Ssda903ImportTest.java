package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.authority.AuthorityCode;
import org.openiro.ssda903.ImportRefused;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.openiro.ssda903.port.in.ImportSsda903UseCase.Counts;

/** Loading an authority's history from its SSDA903 files into PostgreSQL: all of it or nothing, and again. */
@MicronautTest(environments = "pg", transactional = false)
@io.micronaut.context.annotation.Property(name = "iro.postcodes.file", value = "src/test/resources/ssda903/postcodes.csv")
class Ssda903ImportTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "1001,1,15/03/2015,WBRI,,,\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n"
            + "1001,28/04/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,,,\n"
            + "1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,,,\n";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n"
            + "1001,15/03/2015,25/05/2023,PN1\n"
            + "1001,15/03/2015,20/09/2023,PN3\n";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ImportSsda903UseCase imports;
    @Inject
    org.openiro.reviews.port.in.ScanReviewsUseCase scan;

    private Api api;
    private final String authority = TestAuthorities.fresh("import");

    @BeforeEach
    void setUp() {
        api = new Api(server.getURL(), json);
        api.authority(authority);
    }

    private ImportSsda903UseCase.Imported load(String header, String episodes, String reviews) {
        return imports.importFiles(AuthorityCode.of(authority), new Ssda903Upload(
                Ssda903Upload.Part.text("header.csv", header), Ssda903Upload.Part.text("episodes.csv", episodes),
                Ssda903Upload.Part.text("reviews.csv", reviews)));
    }

    @Test
    void a_return_becomes_children_periods_placements_and_reviews_measured_by_the_review_cycle() {
        ImportSsda903UseCase.Imported imported = load(HEADER, EPISODES, REVIEWS);

        assertThat(imported.children()).isEqualTo(new Counts(1, 0, 0));
        assertThat(imported.periods()).isEqualTo(new Counts(1, 0, 0));
        assertThat(imported.placements()).isEqualTo(new Counts(2, 0, 0));
        assertThat(imported.reviews()).isEqualTo(new Counts(2, 0, 0));
        Api.Reply child = api.get("/api/authorities/" + authority + "/children/1001");
        assertThat(child.at("lookedAfter")).isEqualTo(true);
        assertThat(child.at("placement.type")).isEqualTo("R1");
        assertThat(child.at("nextReview.dueDate")).as("6 months after the second review, 20 September")
                .isEqualTo("2024-03-20");
        Api.Reply reviews = api.get("/api/authorities/" + authority + "/children/1001/reviews");
        assertThat(reviews.body()).as("the first due 20 working days after 28 April 2023, past three bank holidays")
                .contains("\"dueDate\":\"2023-05-31\"", "\"dueDate\":\"2023-08-25\"");
    }

    @Test
    void importing_again_matches_what_is_there_and_counts_what_changed() {
        load(HEADER, EPISODES, REVIEWS);

        ImportSsda903UseCase.Imported again = load(HEADER, EPISODES.replace(",R1,PR2,", ",U6,PR2,"),
                REVIEWS.replace("20/09/2023,PN3", "20/09/2023,PN2") + "1001,15/03/2015,15/03/2024,PN1\n");

        assertThat(again.children()).isEqualTo(new Counts(0, 0, 1));
        assertThat(again.periods()).isEqualTo(new Counts(0, 1, 0));
        assertThat(again.placements()).isEqualTo(new Counts(0, 1, 1));
        assertThat(again.reviews()).isEqualTo(new Counts(1, 1, 1));
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").at("placement.type")).isEqualTo("U6");
    }

    @Test
    void the_reviews_table_exported_for_the_year_is_the_one_imported() {
        load(HEADER, EPISODES, REVIEWS);

        Api.Reply export = api.sendWithHeader("GET", "/api/authorities/" + authority
                + "/exports/ssda903/reviews?year=2024", "", "Accept", "text/csv");

        assertThat(export.body()).isEqualTo(REVIEWS.replace("\n", "\r\n"));
    }

    @Test
    void children_in_the_uasc_file_are_unaccompanied_asylum_seekers() {
        imports.importFiles(AuthorityCode.of(authority), new Ssda903Upload(Ssda903Upload.Part.text("header.csv", HEADER),
                Ssda903Upload.Part.text("episodes.csv", EPISODES), Ssda903Upload.Part.text("reviews.csv", REVIEWS),
                Ssda903Upload.Part.text("uasc.csv", "CHILD,SEX,DOB,DUC\n1001,1,15/03/2015,\n")));

        assertThat(api.get("/api/authorities/" + authority + "/children/1001").at("uasc")).isEqualTo(true);
    }

    @Test
    void one_bad_row_among_good_ones_writes_nothing_and_is_named() {
        StringBuilder header = new StringBuilder(HEADER);
        StringBuilder episodes = new StringBuilder(EPISODES);
        for (int i = 0; i < 3000; i++) {
            header.append(2000 + i).append(",2,01/01/2012,WBRI,,,\n");
            episodes.append(2000 + i).append(",01/01/2023,S,C2,N1,U4,PR1,,,,,,\n");
        }
        String bad = episodes.toString().replace("2250,01/01/2023,S,C2,N1,U4", "2250,01/01/2023,S,C2,N1,Q7");

        assertThatThrownBy(() -> load(header.toString(), bad, REVIEWS)).isInstanceOfSatisfying(ImportRefused.class,
                refused -> assertThat(refused.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.file()).isEqualTo("episodes.csv");
                    assertThat(problem.row()).isEqualTo(254);
                    assertThat(problem.field()).isEqualTo("PLACE");
                }));
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").status()).isEqualTo(404);
        assertThat(api.get("/api/authorities/" + authority + "/children/2000").status()).isEqualTo(404);
    }

    private Api.Reply upload(java.util.Map<String, String> files) {
        return api.upload("/api/authorities/" + authority + "/imports/ssda903", files);
    }

    @Test
    void an_administrator_uploads_the_files_and_is_told_what_was_made() {
        Api.Reply reply = upload(java.util.Map.of("header", HEADER, "episodes", EPISODES, "reviews", REVIEWS));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.at("children.created")).isEqualTo(1);
        assertThat(reply.at("placements.created")).isEqualTo(2);
        assertThat(reply.at("reviews.created")).isEqualTo(2);
        assertThat(reply.at("reviews.unchanged")).isEqualTo(0);
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").at("nextReview.dueDate"))
                .isEqualTo("2024-03-20");
        Api.Reply again = upload(java.util.Map.of("header", HEADER, "episodes", EPISODES, "reviews", REVIEWS));
        assertThat(again.at("reviews.unchanged")).as("the same files twice leave the same data").isEqualTo(2);
        assertThat(again.at("children.unchanged")).isEqualTo(1);
    }

    @Test
    void an_upload_with_problems_lists_every_one_with_its_file_row_column_and_rule_and_writes_nothing() {
        Api.Reply reply = upload(java.util.Map.of("header", HEADER, "episodes", EPISODES,
                "reviews", REVIEWS + "1001,15/03/2015,,PN1\n1001,15/03/2015,01/10/2023,PN0\n"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains(
                "{\"file\":\"reviews.csv\",\"row\":4,\"field\":\"REVIEW\",\"rule\":\"167\"",
                "{\"file\":\"reviews.csv\",\"row\":4,\"field\":\"REVIEW\",\"rule\":\"166\"",
                "{\"file\":\"reviews.csv\",\"row\":5,\"field\":\"REVIEW_CODE\",\"rule\":\"440\"");
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").status()).isEqualTo(404);
    }

    @Test
    void an_upload_without_the_episodes_file_names_the_part() {
        Api.Reply reply = upload(java.util.Map.of("header", HEADER, "reviews", REVIEWS));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"episodes\"");
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").status()).isEqualTo(404);
    }

    @Test
    void a_return_of_thousands_of_children_loads_over_http_across_many_batches() {
        StringBuilder header = new StringBuilder("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
        StringBuilder episodes = new StringBuilder(EPISODES.substring(0, EPISODES.indexOf('\n') + 1));
        StringBuilder reviews = new StringBuilder("CHILD,DOB,REVIEW,REVIEW_CODE\n");
        int children = 5000;
        for (int i = 0; i < children; i++) {
            String id = "C" + i;
            header.append(id).append(",2,01/01/2012,WBRI,UPN").append(i).append(",,\n");
            episodes.append(id).append(",01/01/2023,S,C2,N1,U4,PR1,01/06/2023,X1,,,,\n")
                    .append(id).append(",01/06/2023,P,C2,N1,U4,PR2,01/09/2023,X1,MOVE,,,\n")
                    .append(id).append(",01/09/2023,L,E1,N1,U4,PR2,,,,,,\n");
            reviews.append(id).append(",01/01/2012,20/01/2023,PN1\n").append(id).append(",01/01/2012,10/04/2023,PN6\n");
        }
        assertThat(header.length() + episodes.length() + reviews.length()).as("more than the 1 MB a JSON body may be")
                .isGreaterThan(1 << 20);

        Api.Reply reply = upload(java.util.Map.of("header", header.toString(), "episodes", episodes.toString(),
                "reviews", reviews.toString()));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.at("children.created")).isEqualTo(children);
        assertThat(reply.at("periods.created")).isEqualTo(children);
        assertThat(reply.at("placements.created")).as("a move to other carers each").isEqualTo(2 * children);
        assertThat(reply.at("reviews.created")).isEqualTo(2 * children);
        Api.Reply last = api.get("/api/authorities/" + authority + "/children/C" + (children - 1));
        assertThat(last.at("nextReview.dueDate")).as("6 months after the second review, held 10 April 2023")
                .isEqualTo("2023-10-10");
        assertThat(api.get("/api/authorities/" + authority + "/children?overdue=true&size=1").at("totalItems"))
                .as("every child's next review is stored").isEqualTo(children);
    }

    @Test
    void an_imported_review_says_nothing_of_its_report_record_or_letter_so_none_is_reported_missed() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String started = dmy.format(today.minusDays(80));
        String held = dmy.format(today.minusDays(60));
        // A return of this year codes SEX as M/F/U.
        load(HEADER.replace("1001,1,", "1001,M,"), EPISODES.substring(0, EPISODES.indexOf('\n') + 1) + "1001," + started + ",S,C2,N1,U4,PR1,,,,,,\n",
                REVIEWS.substring(0, REVIEWS.indexOf('\n') + 1) + "1001,15/03/2015," + held + ",PN1\n");
        String path = "/api/authorities/" + authority + "/children/1001/reviews";

        Api.Reply reviews = api.get(path);
        assertThat(reviews.body()).as("every deadline of the imported review").contains("\"status\":\"not-recorded\"")
                .doesNotContain("\"status\":\"missed\"", "\"status\":\"met\"");
        scan.scan();
        assertThat(api.get("/api/authorities/" + authority + "/events?size=100").body())
                .as("no report-overdue or deadline-missed for what the return never said")
                .doesNotContain("report-overdue", "deadline-missed");
        Api.Reply report = api.get("/api/authorities/" + authority + "/reports/iro-service?from="
                + today.minusDays(90) + "&to=" + today.minusDays(1));
        assertThat(report.body()).as("letters: of the reviews whose follow-up is recorded, none here")
                .contains("\"id\":\"letters-sent\",\"title\":\"Reviews after which the child was sent a letter\","
                        + "\"breakdown\":null,\"value\":null");

        java.util.regex.Matcher first = java.util.regex.Pattern.compile("\"id\":\"([^\"]+)\"").matcher(reviews.body());
        assertThat(first.find()).isTrue();
        String id = first.group(1);
        Api.Reply patched = api.sendWithHeader("PATCH", path + "/" + id, "{\"letterSentOn\": \"" + today.minusDays(50)
                + "\"}", "Content-Type", "application/merge-patch+json");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.at("deadlines.letter.status")).as("followed from the first date recorded").isEqualTo("met");
        assertThat(patched.at("deadlines.record.status")).isEqualTo("missed");
    }

    @Test
    void reg_33_a_return_that_begins_part_way_through_care_leaves_the_first_review_unmeasured() {
        // The first episode in the files is a move (RNE = P) on 1 June 2023: care began earlier, no one knows when.
        load(HEADER, EPISODES.substring(0, EPISODES.indexOf('\n') + 1) + "1001,01/06/2023,P,C2,N1,U4,PR1,,,CHILD,,,\n",
                REVIEWS.substring(0, REVIEWS.indexOf('\n') + 1) + "1001,15/03/2015,10/08/2023,PN1\n"
                        + "1001,15/03/2015,01/02/2024,PN1\n");

        Api.Reply child = api.get("/api/authorities/" + authority + "/children/1001");
        assertThat(child.at("episodes.0.startKnown")).isEqualTo(false);
        assertThat(child.at("nextReview.dueDate")).isEqualTo("2024-08-01");
        java.util.List<java.util.Map<String, Object>> reviews = reviewsOf("1001");
        assertThat(reviews.get(1).get("meetingDates")).isEqualTo(java.util.List.of("2023-08-10"));
        assertThat(reviews.get(1).get("inTimescale")).as("neither in nor out of timescale").isNull();
        assertThat(reviews.get(1).get("dueDate")).isNull();
        assertThat(reviews.get(1).get("basis")).isEqualTo("start-not-known");
        assertThat(reviews.get(0).get("dueDate")).as("6 months after 10 August").isEqualTo("2024-02-10");
        assertThat(reviews.get(0).get("inTimescale")).isEqualTo(true);
        Api.Reply report = api.get("/api/authorities/" + authority
                + "/reports/iro-service?from=2023-04-01&to=2024-03-31");
        assertThat(ReviewCycleRegulationsTest.figure(report, "reviews-held").get("value")).as("both held")
                .isEqualTo(2.0);
        assertThat(ReviewCycleRegulationsTest.figure(report, "held-in-timescale"))
                .as("one of one measured in timescale")
                .containsEntry("numerator", 1).containsEntry("denominator", 1);
    }

    /** The child's reviews, newest first, as the API lists them. */
    private java.util.List<java.util.Map<String, Object>> reviewsOf(String child) {
        try {
            return json.readValue(api.get("/api/authorities/" + authority + "/children/" + child + "/reviews").body(),
                    io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class,
                            Object.class)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aar_reg_36_2_a_an_episode_that_moves_the_child_between_a6_placements_starts_a_new_count() {
        // A return of 2024/25 codes SEX as M/F/U.
        load(HEADER.replace("1001,1,15/03/2015", "1001,M,15/03/2021"), EPISODES.substring(0, EPISODES.indexOf('\n') + 1)
                        + "1001,04/01/2023,S,E1,N1,U4,PR1,10/01/2024,X1,,,,\n"
                        + "1001,10/01/2024,P,E1,N1,A6,PR1,01/07/2024,X1,,,,\n"
                        + "1001,01/07/2024,P,E1,N1,A6,PR1,,,,,,\n",
                REVIEWS.substring(0, REVIEWS.indexOf('\n') + 1) + "1001,15/03/2021,30/01/2023,PN0\n"
                        + "1001,15/03/2021,20/04/2023,PN0\n1001,15/03/2021,05/02/2024,PN0\n"
                        + "1001,15/03/2021,09/05/2024,PN0\n");

        Api.Reply child = api.get("/api/authorities/" + authority + "/children/1001");
        assertThat(child.at("nextReview.dueDate")).as("4 weeks after the move to new adopters").isEqualTo("2024-07-29");
        assertThat(child.at("nextReview.basis")).isEqualTo("pre-adoptive-placement");
    }

    @Test
    void reg_33_an_imported_review_dated_on_the_day_care_ended_is_the_periods() {
        load(HEADER, EPISODES.replace("1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,,,",
                "1001,01/09/2023,P,C2,N1,R1,PR2,01/12/2023,E4A,CHILD,,,"),
                REVIEWS + "1001,15/03/2015,01/12/2023,PN1\n");

        java.util.Map<String, Object> onTheEndDate = reviewsOf("1001").get(0);
        assertThat(onTheEndDate.get("meetingDates")).isEqualTo(java.util.List.of("2023-12-01"));
        assertThat(onTheEndDate.get("dueDate")).isEqualTo("2024-03-20");
        assertThat(onTheEndDate.get("inTimescale")).isEqualTo(true);
    }

    @Test
    void with_the_ons_postcode_directory_each_placement_is_measured_from_home() {
        load(HEADER, EPISODES.replace("1001,28/04/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,,,",
                        "1001,28/04/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,ME14 1AA,ME14 2ZZ,")
                .replace("1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,,,", "1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,ME14 1,CT1 2,"),
                REVIEWS);

        Api.Reply child = api.get("/api/authorities/" + authority + "/children/1001");
        assertThat(child.at("placement.over20Miles")).as("Maidstone to Canterbury, about 24 miles").isEqualTo(true);
        assertThat(child.body()).as("the first placement, a mile from home")
                .contains("{\"startDate\":\"2023-04-28\",\"type\":\"U4\",\"over20Miles\":false");
    }

    @Test
    void a_postcode_corrected_in_a_later_return_changes_the_distance_it_measured() {
        String first = EPISODES.replace("1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,,,",
                "1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,ME14 1AA,CT1 2AB,");
        load(HEADER, first, REVIEWS);
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").at("placement.over20Miles"))
                .isEqualTo(true);

        // The child is in Maidstone, not Canterbury: the authority corrects PL_POST and sends the return again.
        ImportSsda903UseCase.Imported again = load(HEADER, first.replace("CT1 2AB", "ME14 1AB"), REVIEWS);

        assertThat(again.placements().changed()).as("the correction is a change").isEqualTo(1);
        assertThat(api.get("/api/authorities/" + authority + "/children/1001").at("placement.over20Miles"))
                .as("a few hundred metres from home now").isEqualTo(false);
    }
}
