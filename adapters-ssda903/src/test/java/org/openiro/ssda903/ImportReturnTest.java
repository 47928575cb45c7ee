package org.openiro.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.Child;
import org.openiro.children.port.out.PostcodeDirectory;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.files.CsvSsda903Reader;
import org.openiro.files.Threads;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.Timetable;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.openiro.ssda903.port.out.ImportRegister;

/**
 * The import's batches, each merged and measured on a second thread while the one before is written: every child
 * written once and in the header file's order, and a failure on either thread ending the import with its own error.
 * The domain's import run with this module's files and threads ({@link CsvSsda903Reader}, {@link Threads}).
 */
class ImportReturnTest {

    /** The files' header lines (as Ssda903CheckTest in core-domain). */
    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n";

    private static final AuthorityCode KENT = AuthorityCode.of("kent");
    /** Small batches, so that a few hundred children make several. */
    private static final int BATCH = 100;
    private static final int CHILDREN = 2 * BATCH + 50;

    private final ImportRegister register = mock(ImportRegister.class);
    private final List<String> written = new ArrayList<>();
    private final List<String> rolledBack = new ArrayList<>();
    /** Batches the register has been given, whether kept or taken back since: read by the files' other threads. */
    private final java.util.concurrent.atomic.AtomicInteger batchesWritten =
            new java.util.concurrent.atomic.AtomicInteger();
    /** Set once a file's last rows were read after a batch had been written ({@link #afterABatch}). */
    private final java.util.concurrent.atomic.AtomicBoolean tailAfterABatch =
            new java.util.concurrent.atomic.AtomicBoolean();
    private Timetable timetable;
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
            batchesWritten.incrementAndGet();
            return null;
        }).when(register).write(eq(KENT), any(ImportRegister.Changes.class));
        timetable = spy(new Timetable(new ReviewSchedule(BankHolidayCalendar.englandAndWales()),
                mock(ReviewRepository.class), mock(ScheduleStore.class), mock(EventOutbox.class),
                BankHolidayCalendar.englandAndWales(), Clock.systemUTC()));
        StringBuilder header = new StringBuilder(HEADER);
        StringBuilder episodes = new StringBuilder(EPISODES);
        for (int i = 0; i < CHILDREN; i++) {
            header.append("C").append(i).append(",M,01/01/2012,WBRI,,,\n");
            episodes.append("C").append(i).append(",01/04/2024,S,C2,N1,U4,PR1,,,,,,\n");
        }
        files = new Ssda903Upload(Ssda903Upload.Part.text("header.csv", header.toString()),
                Ssda903Upload.Part.text("episodes.csv", episodes.toString()),
                Ssda903Upload.Part.text("reviews.csv", REVIEWS));
    }

    private ImportSsda903UseCase.Imported importFiles() {
        AuthorityRepository authorities = mock(AuthorityRepository.class, Answers.CALLS_REAL_METHODS);
        when(authorities.find(KENT)).thenReturn(Optional.of(new Authority(KENT, "Kent", Policy.statutory(), null)));
        ImportReturn imports = new ImportReturn(authorities, register, timetable, mock(EventOutbox.class),
                new RollingBack(), Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC),
                PostcodeDirectory.NONE, new CsvSsda903Reader(), new Threads(), BATCH);
        return imports.importFiles(KENT, files);
    }

    @Test
    void every_child_is_written_once_in_the_order_of_the_header_file() {
        ImportSsda903UseCase.Imported imported = importFiles();

        assertThat(imported.children().created()).isEqualTo(CHILDREN);
        assertThat(written).hasSize(CHILDREN);
        assertThat(written.get(0)).isEqualTo("C0");
        assertThat(written.get(BATCH)).isEqualTo("C" + BATCH);
        assertThat(written.get(CHILDREN - 1)).isEqualTo("C" + (CHILDREN - 1));
    }

    @Test
    void a_batch_the_register_refuses_ends_the_import_with_the_registers_own_error() {
        doThrow(new StaleVersion("review r1")).doNothing().when(register).write(eq(KENT), any(ImportRegister.Changes.class));

        assertThatThrownBy(this::importFiles).isInstanceOf(StaleVersion.class).hasMessageContaining("review r1");
    }

    @Test
    void a_failure_while_measuring_a_batch_on_the_second_thread_ends_the_import_with_that_failure() {
        doThrow(new IllegalStateException("cannot measure C210")).when(timetable).remeasure(any(),
                argThat((Child child) -> child.id().value().equals("C210")), anyList(), anyList(), any());

        assertThatThrownBy(this::importFiles).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot measure C210");
        assertThat(rolledBack).as("the batches before it were written, inside the unit of work that rolled back")
                .hasSize(2 * BATCH);
        assertThat(written).isEmpty();
    }

    @Test
    void no_two_batches_are_measured_at_once_so_every_record_is_counted() {
        java.util.concurrent.atomic.AtomicInteger measuring = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        doAnswer(call -> {
            most.accumulateAndGet(measuring.incrementAndGet(), Math::max);
            try {
                return call.callRealMethod();
            } finally {
                measuring.decrementAndGet();
            }
        }).when(timetable).remeasure(any(), any(), anyList(), anyList(), any());

        ImportSsda903UseCase.Imported imported = importFiles();

        assertThat(most.get()).as("children measured at the same moment").isEqualTo(1);
        assertThat(imported.periods().created()).isEqualTo(CHILDREN);
        assertThat(imported.placements().created()).isEqualTo(CHILDREN);
    }

    /** The episodes file as the check sees it, and as the second thread reading the files does. */
    private static Ssda903Upload.Part episodes(String checked, Ssda903Upload.Content read) {
        return new Ssda903Upload.Part("episodes.csv", () -> Thread.currentThread().getName().equals("ssda903-read")
                ? read.open() : new ByteArrayInputStream(checked.getBytes(StandardCharsets.UTF_8)));
    }

    /** A file of episodes that never ends: reading it stops only when it is told to. */
    private static InputStream endless() {
        return new InputStream() {
            private final InputStream start = new ByteArrayInputStream(EPISODES.getBytes(StandardCharsets.UTF_8));
            private final byte[] row = "C0,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n".getBytes(StandardCharsets.UTF_8);
            private int at;

            @Override
            public int read() throws IOException {
                int b = start.read();
                if (b >= 0) {
                    return b;
                }
                b = row[at];
                at = (at + 1) % row.length;
                return b;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                int n = start.read(into, offset, length);
                if (n > 0) {
                    return n;
                }
                int count = Math.min(length, row.length - at);
                System.arraycopy(row, at, into, offset, count);
                at = (at + count) % row.length;
                return count;
            }
        };
    }

    @Test
    void files_with_problems_are_refused_with_nothing_kept_and_without_waiting_for_their_reading_which_is_stopped()
            throws Exception {
        String unknownChild = EPISODES + "X9,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n";
        files = new Ssda903Upload(files.header(), episodes(unknownChild, ImportReturnTest::endless),
                files.reviews());

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(this::importFiles)
                .isInstanceOfSatisfying(ImportRefused.class, refused -> assertThat(refused.problems())
                        .singleElement().satisfies(p -> assertThat(p.message()).contains("X9"))));
        assertThat(written).as("nothing kept").isEmpty();
        Optional<Thread> reader = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("ssda903-read")).findFirst();
        if (reader.isPresent()) {
            reader.get().join(10_000);
            assertThat(reader.get().isAlive()).as("the endless reading stopped").isFalse();
        }
    }

    @Test
    void files_with_a_problem_their_reading_does_not_notice_are_refused_and_what_was_written_meanwhile_is_not_kept() {
        StringBuilder reviews = new StringBuilder(REVIEWS);
        reviews.append("C0,01/01/2013,01/05/2024,PN1\n");
        files = new Ssda903Upload(files.header(), files.episodes(), Ssda903Upload.Part.text("reviews.csv",
                reviews.toString()));

        assertThatThrownBy(this::importFiles).isInstanceOfSatisfying(ImportRefused.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(p ->
                        assertThat(p.rule()).isEqualTo("INT17")));
        assertThat(written).as("nothing kept").isEmpty();
    }

    @Test
    void a_reading_that_fails_in_a_way_no_method_declares_ends_the_import_rather_than_leaving_it_waiting() {
        String good = EPISODES + "C0,01/04/2024,S,C2,N1,U4,PR1,,,,,,\n";
        files = new Ssda903Upload(Ssda903Upload.Part.text("header.csv", HEADER
                + "C0,M,01/01/2012,WBRI,,,\n"), episodes(good, () -> {
                    throw ImportReturnTest.<RuntimeException>undeclared(new Exception("undeclared"));
                }), files.reviews());

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(this::importFiles)
                .hasRootCauseMessage("undeclared"));
    }

    /**
     * A file whose rows after {@code head} are read, by whoever reads it, only once the register has been given a
     * batch: the files are then still being read while the import writes. If no batch is written (the files read
     * whole first), they are read after 10 seconds, and the test fails on {@link #tailAfterABatch} rather than hangs.
     */
    private Ssda903Upload.Part afterABatch(String file, String head, String tail) {
        return new Ssda903Upload.Part(file, () -> new java.io.SequenceInputStream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    private InputStream rest;

                    private InputStream rest() throws IOException {
                        if (rest == null) {
                            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                            while (batchesWritten.get() == 0 && System.nanoTime() < until) {
                                try {
                                    Thread.sleep(5);
                                } catch (InterruptedException e) {
                                    throw new java.io.InterruptedIOException("stopped");
                                }
                            }
                            if (batchesWritten.get() > 0) {
                                tailAfterABatch.set(true);
                            }
                            rest = new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8));
                        }
                        return rest;
                    }

                    @Override
                    public int read() throws IOException {
                        return rest().read();
                    }

                    @Override
                    public int read(byte[] into, int offset, int length) throws IOException {
                        return rest().read(into, offset, length);
                    }
                }));
    }

    /** A review of every child in the header's order, on 15 April 2024. */
    private static String reviewOfEachChild() {
        StringBuilder reviews = new StringBuilder(REVIEWS);
        for (int i = 0; i < CHILDREN; i++) {
            reviews.append("C").append(i).append(",01/01/2012,15/04/2024,PN1\n");
        }
        return reviews.toString();
    }

    @Test
    void files_in_child_order_are_written_while_they_are_read_and_a_problem_found_after_is_refused_with_nothing_kept() {
        files = new Ssda903Upload(files.header(), files.episodes(), afterABatch("reviews.csv", reviewOfEachChild(),
                "C" + (CHILDREN - 1) + ",01/01/2013,20/05/2024,PN1\n"));

        assertThatThrownBy(this::importFiles).isInstanceOfSatisfying(ImportRefused.class, refused ->
                assertThat(refused.problems()).singleElement().satisfies(p ->
                        assertThat(p.rule()).isEqualTo("INT17")));
        assertThat(tailAfterABatch).as("the last review read, and its problem found, after a batch was written")
                .isTrue();
        assertThat(rolledBack).as("the batches written before the check refused, taken back")
                .hasSizeGreaterThanOrEqualTo(BATCH);
        assertThat(written).as("nothing kept").isEmpty();
    }

    @Test
    void files_that_go_back_to_a_child_already_written_are_read_whole_instead_and_imported_once() {
        files = new Ssda903Upload(files.header(), files.episodes(), afterABatch("reviews.csv", reviewOfEachChild(),
                "C0,01/01/2012,20/05/2024,PN1\n"));

        ImportSsda903UseCase.Imported imported = importFiles();

        assertThat(tailAfterABatch).as("the review going back to C0 read after a batch was written").isTrue();
        assertThat(rolledBack).as("the two batches written before it, taken back").hasSize(2 * BATCH);
        assertThat(written).as("every child written once, in the header's order").hasSize(CHILDREN)
                .doesNotHaveDuplicates().startsWith("C0").endsWith("C" + (CHILDREN - 1));
        assertThat(imported.children().created()).isEqualTo(CHILDREN);
        assertThat(imported.reviews().created()).as("C0's two reviews and every other child's one")
                .isEqualTo(CHILDREN + 1);
    }

    /** Throws a checked exception past the compiler, as some libraries do. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E undeclared(Throwable e) throws E {
        throw (E) e;
    }

    /**
     * The work done where it is asked for, as a transaction would do it: what it wrote is kept when it ends well, and
     * taken back when it fails, as a rollback would.
     */
    private final class RollingBack implements UnitOfWork {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            int before = written.size();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                List<String> undone = written.subList(before, written.size());
                rolledBack.addAll(undone);
                undone.clear();
                throw e;
            }
        }

        /** A part taken back as a savepoint would: what it wrote, and only that. */
        @Override
        public <T> T undoable(java.util.function.Supplier<T> part) {
            return inTransaction(part);
        }
    }
}
