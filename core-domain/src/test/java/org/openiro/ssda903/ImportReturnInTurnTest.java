package org.openiro.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.port.out.PostcodeDirectory;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.Timetable;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.openiro.ssda903.port.out.ImportRegister;

/**
 * The import with no thread and no file of its own: typed rows from the tests' fixture, the files read and checked
 * and each batch measured on the caller's thread when it is wanted ({@link Background#IN_TURN}; the check, then, only
 * once every batch is written), as a system without threads would run it. The same outcomes as on threads
 * (adapters-ssda903, {@code ImportReturnTest}).
 */
class ImportReturnInTurnTest {

    private static final AuthorityCode KENT = AuthorityCode.of("kent");
    /** Small batches, so that a few hundred children make several. */
    private static final int BATCH = 100;
    private static final int CHILDREN = 2 * BATCH + 50;

    private final ImportRegister register = mock(ImportRegister.class);
    private final List<String> written = new ArrayList<>();
    private final List<String> undone = new ArrayList<>();
    private Ssda903Upload files;

    @BeforeEach
    void setUp() {
        when(register.lockCases(eq(KENT), any())).thenReturn(Map.of());
        // A batch made ready as the port's defaults make it: its changes, written as they are.
        when(register.prepare(any(), any())).thenCallRealMethod();
        doCallRealMethod().when(register).write(any(), any(ImportRegister.Prepared.class));
        doAnswer(call -> {
            ImportRegister.Changes changes = call.getArgument(1);
            changes.newChildren().forEach(child -> written.add(child.id().value()));
            return null;
        }).when(register).write(eq(KENT), any(ImportRegister.Changes.class));
        StringBuilder header = new StringBuilder(Ssda903CheckTest.HEADER);
        StringBuilder episodes = new StringBuilder(Ssda903CheckTest.EPISODES);
        for (int i = 0; i < CHILDREN; i++) {
            header.append("C").append(i).append(",M,01/01/2012,WBRI,,,\n");
            episodes.append("C").append(i).append(",01/04/2024,S,C2,N1,U4,PR1,,,,,,\n");
        }
        files = new Ssda903Upload(Ssda903Upload.Part.text("header.csv", header.toString()),
                Ssda903Upload.Part.text("episodes.csv", episodes.toString()),
                Ssda903Upload.Part.text("reviews.csv", Ssda903CheckTest.REVIEWS));
    }

    private ImportSsda903UseCase.Imported importFiles() {
        AuthorityRepository authorities = mock(AuthorityRepository.class, Answers.CALLS_REAL_METHODS);
        when(authorities.find(KENT)).thenReturn(Optional.of(new Authority(KENT, "Kent", Policy.statutory(), null)));
        Timetable timetable = new Timetable(new ReviewSchedule(BankHolidayCalendar.englandAndWales()),
                mock(ReviewRepository.class), mock(ScheduleStore.class), mock(EventOutbox.class),
                BankHolidayCalendar.englandAndWales(), Clock.systemUTC());
        ImportReturn imports = new ImportReturn(authorities, register, timetable, mock(EventOutbox.class),
                new RollingBack(written, undone), Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC),
                PostcodeDirectory.NONE, upload -> TextRows.files(text(upload.header()), text(upload.episodes()),
                text(upload.reviews())), Background.IN_TURN, BATCH);
        return imports.importFiles(KENT, files);
    }

    private static String text(Ssda903Upload.Part part) {
        try (InputStream in = part.content().open()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void every_child_is_written_once_in_the_order_of_the_header_file() {
        ImportSsda903UseCase.Imported imported = importFiles();

        assertThat(imported.children().created()).isEqualTo(CHILDREN);
        assertThat(written).hasSize(CHILDREN).startsWith("C0").endsWith("C" + (CHILDREN - 1));
        assertThat(written.get(BATCH)).isEqualTo("C" + BATCH);
    }

    @Test
    void a_batch_the_register_refuses_ends_the_import_with_the_registers_own_error() {
        doThrow(new StaleVersion("review r1")).doNothing().when(register).write(eq(KENT), any(ImportRegister.Changes.class));

        assertThatThrownBy(this::importFiles).isInstanceOf(StaleVersion.class).hasMessageContaining("review r1");
    }

    @Test
    void files_with_problems_are_refused_with_every_problem_and_nothing_of_them_is_kept() {
        files = new Ssda903Upload(files.header(), Ssda903Upload.Part.text("episodes.csv", Ssda903CheckTest.EPISODES
                + "X9,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n"), files.reviews());

        assertThatThrownBy(this::importFiles).isInstanceOfSatisfying(ImportRefused.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("X9")));
        assertThat(written).as("what was written before the check ended, rolled back").isEmpty();
    }

    @Test
    void files_whose_reading_fails_on_a_row_with_a_problem_are_refused_with_the_problems_not_that_failure() {
        files = new Ssda903Upload(files.header(), Ssda903Upload.Part.text("episodes.csv", Ssda903CheckTest.EPISODES
                + "C0,01/04/2024,S,ZZ,N1,U4,PR1,,,,,,\n"), files.reviews());

        assertThatThrownBy(this::importFiles).isInstanceOfSatisfying(ImportRefused.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("LS")));
        assertThat(written).isEmpty();
    }

    /** A review of every child in the header's order, on 15 April 2024, and then {@code more}. */
    private static Ssda903Upload.Part reviewOfEachChildAnd(String more) {
        StringBuilder reviews = new StringBuilder(Ssda903CheckTest.REVIEWS);
        for (int i = 0; i < CHILDREN; i++) {
            reviews.append("C").append(i).append(",01/01/2012,15/04/2024,PN1\n");
        }
        return Ssda903Upload.Part.text("reviews.csv", reviews + more);
    }

    @Test
    void a_problem_in_the_last_row_found_after_every_batch_was_written_leaves_nothing_kept() {
        files = new Ssda903Upload(files.header(), files.episodes(),
                reviewOfEachChildAnd("C" + (CHILDREN - 1) + ",01/01/2013,20/05/2024,PN1\n"));

        assertThatThrownBy(this::importFiles).isInstanceOfSatisfying(ImportRefused.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("INT17")));
        assertThat(undone).as("every batch written, then taken back").hasSize(CHILDREN);
        assertThat(written).isEmpty();
    }

    @Test
    void files_that_go_back_to_a_child_already_written_are_read_whole_instead_and_imported_once() {
        files = new Ssda903Upload(files.header(), files.episodes(),
                reviewOfEachChildAnd("C0,01/01/2012,20/05/2024,PN1\n"));

        ImportSsda903UseCase.Imported imported = importFiles();

        assertThat(undone).as("the batches written before the reviews went back to C0, taken back")
                .hasSize(2 * BATCH);
        assertThat(written).hasSize(CHILDREN).doesNotHaveDuplicates().startsWith("C0").endsWith("C" + (CHILDREN - 1));
        assertThat(imported.children().created()).isEqualTo(CHILDREN);
        assertThat(imported.reviews().created()).isEqualTo(CHILDREN + 1);
    }

    @Test
    void files_in_child_order_are_read_a_batch_at_a_time_so_a_child_out_of_order_in_the_same_batch_is_still_theirs() {
        // C1's episode before C0's, both in the first batch: not a going back, the batch is read as one.
        files = new Ssda903Upload(files.header(), files.episodes(), reviewOfEachChildAnd(""));
        String episodes = text(files.episodes()).replaceFirst("(C0,[^\n]*\n)(C1,[^\n]*\n)", "$2$1");
        files = new Ssda903Upload(files.header(), Ssda903Upload.Part.text("episodes.csv", episodes), files.reviews());

        ImportSsda903UseCase.Imported imported = importFiles();

        assertThat(undone).as("nothing taken back: no file went back to an earlier batch").isEmpty();
        assertThat(imported.periods().created()).isEqualTo(CHILDREN);
        assertThat(imported.reviews().created()).isEqualTo(CHILDREN);
    }

    /**
     * The work done where it is asked for, as a transaction would do it: what it wrote is kept when it ends well, and
     * taken back when it fails, as a rollback would.
     */
    private static final class RollingBack implements UnitOfWork {
        private final List<String> written;
        private final List<String> undone;

        RollingBack(List<String> written, List<String> undone) {
            this.written = written;
            this.undone = undone;
        }

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            int before = written.size();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                List<String> taken = written.subList(before, written.size());
                undone.addAll(taken);
                taken.clear();
                throw e;
            }
        }

        /** A part taken back as a savepoint would: what it wrote, and only that. */
        @Override
        public <T> T undoable(Supplier<T> part) {
            return inTransaction(part);
        }
    }
}
