package org.openiro.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.ChildId;
import org.openiro.children.CollectionYear;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.Timetable;
import org.openiro.shared.port.out.Background;
import org.openiro.ssda903.ExportReviews;
import org.openiro.ssda903.ImportRefused;
import org.openiro.ssda903.ImportReturn;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;

/**
 * A return imported with no database and no file: the core's import over the in-memory adapters, its files read as
 * plain text, then the return's reviews table and the dataset's reviews read back from what it stored.
 */
class InMemorySsda903Test {

    private static final AuthorityCode KENT = AuthorityCode.of("kent");
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
            + "1001,M,15/03/2015,WBRI,,,\n"
            + "1002,F,01/09/2012,WBRI,,,\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n"
            + "1001,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n"
            + "1002,03/06/2024,S,C2,N1,U4,PR1,,,,,,\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n"
            + "1001,15/03/2015,29/05/2024,PN1\n";

    private final InMemoryAdapters adapters = new InMemoryAdapters();
    private ImportSsda903UseCase imports;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(Instant.parse("2025-02-03T10:00:00Z"), ZoneOffset.UTC);
        Timetable timetable = new Timetable(new ReviewSchedule(BankHolidayCalendar.englandAndWales()),
                adapters.reviews, adapters.schedules, adapters.outbox, BankHolidayCalendar.englandAndWales(), clock);
        imports = new ImportReturn(adapters.authorities, adapters.importRegister, timetable, adapters.outbox,
                adapters.unitOfWork, clock, adapters.postcodes, adapters.ssda903Reader, Background.IN_TURN);
        adapters.authorities.save(new Authority(KENT, "Kent", Policy.statutory(), null));
    }

    private static Ssda903Upload files(String header, String episodes, String reviews) {
        return new Ssda903Upload(Ssda903Upload.Part.text("header.csv", header),
                Ssda903Upload.Part.text("episodes.csv", episodes), Ssda903Upload.Part.text("reviews.csv", reviews));
    }

    @Test
    void a_return_is_imported_measured_and_read_back_and_the_same_files_again_change_nothing() {
        ImportSsda903UseCase.Imported first = imports.importFiles(KENT, files(HEADER, EPISODES, REVIEWS));

        assertThat(first.children().created()).isEqualTo(2);
        assertThat(first.reviews().created()).isEqualTo(1);
        assertThat(adapters.children.find(KENT, ChildId.of("1001"))).hasValueSatisfying(child ->
                assertThat(child.periods()).singleElement().satisfies(p -> {
                    assertThat(p.start()).isEqualTo(LocalDate.of(2024, 5, 1));
                    assertThat(p.placements()).singleElement().satisfies(pl ->
                            assertThat(pl.type().code()).isEqualTo("U4"));
                }));
        assertThat(adapters.reviews.ofChild(KENT, ChildId.of("1001"))).singleElement().satisfies(review ->
                assertThat(review.timing()).as("measured by the review cycle").isNotNull());
        assertThat(adapters.schedules.next(KENT, ChildId.of("1001"))).as("the next review is scheduled").isPresent();

        ImportSsda903UseCase.Imported again = imports.importFiles(KENT, files(HEADER, EPISODES, REVIEWS));
        assertThat(again.children().unchanged()).isEqualTo(2);
        assertThat(again.periods().unchanged()).isEqualTo(2);
        assertThat(again.reviews().unchanged()).isEqualTo(1);
        assertThat(adapters.reviews.ofChild(KENT, ChildId.of("1001"))).hasSize(1);
    }

    @Test
    void the_returns_reviews_table_and_the_datasets_reviews_come_from_what_was_imported() {
        imports.importFiles(KENT, files(HEADER, EPISODES, REVIEWS));

        String table = new ExportReviews(adapters.authorities, adapters.returnReviews, adapters.unitOfWork)
                .reviewsTable(KENT, CollectionYear.containing(LocalDate.of(2024, 5, 29)));
        assertThat(table).isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\n1001,15/03/2015,29/05/2024,PN1\r\n");
        assertThat(adapters.datasetReviews.reviewsHeld(KENT, LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)))
                .singleElement().satisfies(held -> {
                    assertThat(held.childId()).isEqualTo("1001");
                    assertThat(held.periodStart()).isEqualTo(LocalDate.of(2024, 5, 1));
                    assertThat(held.held()).isEqualTo(LocalDate.of(2024, 5, 29));
                    assertThat(held.dueDate()).as("measured: 20 working days after the period began").isNotNull();
                    assertThat(held.participationCode()).isEqualTo("PN1");
                });
    }

    @Test
    void files_with_a_problem_import_nothing() {
        String unknownChild = EPISODES + "9999,01/05/2024,S,C2,N1,U4,PR1,,,,,,\n";

        assertThatThrownBy(() -> imports.importFiles(KENT, files(HEADER, unknownChild, REVIEWS)))
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("episodes.csv");
                            assertThat(p.row()).isEqualTo(4);
                        }));
        assertThat(adapters.children.idsOf(KENT)).isEmpty();
    }
}
