package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.ssda903.ImportRefused;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;

/**
 * The import reading its files in step with the writing (files in child order), on PostgreSQL (COPY) and on the
 * embedded H2: a problem the check finds only after batches were written leaves nothing of them behind, and files that
 * go back to a child already written are read whole instead and imported as they would have been.
 *
 * <p>With batches of 100 and 250 children, the last batch's rows are read, on the thread that measures it, only once
 * the first batch has been written (that thread starts when the writer has sent the first batch); so a row the last
 * batch reads is read after a batch was written.
 */
class Ssda903ImportInStepTest {

    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN\n";
    private static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n";
    private static final int BATCH = 100;
    private static final int CHILDREN = 2 * BATCH + 50;

    private static Map<String, Object> database(String which) {
        Map<String, Object> config = new HashMap<>(which.equals("h2")
                ? Map.of("datasources.default.url", "jdbc:h2:mem:instep-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "datasources.default.username", "sa")
                : TestServices.postgres(TestServices.POSTGRES_URL));
        config.put("iro.import.batch-size", BATCH);
        return config;
    }

    private static String header() {
        StringBuilder header = new StringBuilder(HEADER);
        for (int i = 0; i < CHILDREN; i++) {
            header.append("C").append(i).append(",M,01/01/2012,WBRI,,,\n");
        }
        return header.toString();
    }

    private static String episodes() {
        StringBuilder episodes = new StringBuilder(EPISODES);
        for (int i = 0; i < CHILDREN; i++) {
            episodes.append("C").append(i).append(",01/04/2024,S,C2,N1,U4,PR1,,,,,,\n");
        }
        return episodes.toString();
    }

    /** A review of every child, in the header's order. */
    private static String reviews() {
        StringBuilder reviews = new StringBuilder(REVIEWS);
        for (int i = 0; i < CHILDREN; i++) {
            reviews.append("C").append(i).append(",01/01/2012,15/04/2024,PN1\n");
        }
        return reviews.toString();
    }

    @SuppressWarnings("unchecked")
    private static long count(ApplicationContext context, String table, String authority) {
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        return transactions.executeRead(status -> {
            try (PreparedStatement select = status.getConnection().prepareStatement("SELECT count(*) FROM " + table
                    + " WHERE authority = ?")) {
                select.setString(1, authority);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String setUp(ApplicationContext context) {
        String authority = TestAuthorities.fresh("instep");
        context.getBean(SetUpAuthorityUseCase.class).setUp(new SetUpAuthorityUseCase.SetUpAuthorityCommand(
                AuthorityCode.of(authority), "In Step Borough", "statutory", null, null));
        return authority;
    }

    /**
     * The reviews file, whose last row the check reads only after the import's own reading has read it (while
     * making the last batch, after the first was written): the check's problem is then found late.
     */
    private static Ssda903Upload.Part checkedLast(String head, String tail, CountDownLatch tailRead,
                                                  java.util.concurrent.atomic.AtomicReference<String> readBy) {
        return new Ssda903Upload.Part("reviews.csv", () -> {
            boolean check = Thread.currentThread().getName().equals("ssda903-check");
            InputStream rest = new InputStream() {
                private InputStream in;

                private InputStream in() throws IOException {
                    if (in == null) {
                        if (check) {
                            try {
                                // Never waited for more than a minute: the test then fails on the latch, not hangs.
                                tailRead.await(1, TimeUnit.MINUTES);
                            } catch (InterruptedException e) {
                                throw new InterruptedIOException("stopped");
                            }
                        } else {
                            readBy.compareAndSet(null, Thread.currentThread().getName());
                            tailRead.countDown();
                        }
                        in = new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8));
                    }
                    return in;
                }

                @Override
                public int read() throws IOException {
                    return in().read();
                }

                @Override
                public int read(byte[] into, int offset, int length) throws IOException {
                    return in().read(into, offset, length);
                }
            };
            return new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), rest);
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void a_problem_found_after_batches_were_written_leaves_nothing_of_them(String which) {
        try (ApplicationContext context = ApplicationContext.run(database(which), "test")) {
            String authority = setUp(context);
            CountDownLatch tailRead = new CountDownLatch(1);
            java.util.concurrent.atomic.AtomicReference<String> readBy =
                    new java.util.concurrent.atomic.AtomicReference<>();
            Ssda903Upload files = new Ssda903Upload(Ssda903Upload.Part.text("header.csv", header()),
                    Ssda903Upload.Part.text("episodes.csv", episodes()),
                    checkedLast(reviews(), "C" + (CHILDREN - 1) + ",01/01/2013,20/05/2024,PN1\n", tailRead, readBy));

            assertThatThrownBy(() -> context.getBean(ImportSsda903UseCase.class).importFiles(
                    AuthorityCode.of(authority), files)).isInstanceOfSatisfying(ImportRefused.class, refused ->
                    assertThat(refused.problems()).singleElement().satisfies(p ->
                            assertThat(p.rule()).isEqualTo("INT17")));

            assertThat(tailRead.getCount()).as("the last row read by the import before the check read it").isZero();
            assertThat(readBy.get()).as("read with the last batch, on the thread that makes it, once the first"
                    + " batch was written").isEqualTo("ssda903-measure");
            assertThat(count(context, "child", authority)).isZero();
            assertThat(count(context, "period_of_care", authority)).isZero();
            assertThat(count(context, "review", authority)).isZero();
            assertThat(count(context, "outbox_event", authority)).isZero();
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void files_that_go_back_to_a_child_already_written_are_read_whole_and_imported_once(String which) {
        try (ApplicationContext context = ApplicationContext.run(database(which), "test")) {
            String authority = setUp(context);
            String inOrder = reviews();
            ImportSsda903UseCase imports = context.getBean(ImportSsda903UseCase.class);

            ImportSsda903UseCase.Imported imported = imports.importFiles(AuthorityCode.of(authority),
                    new Ssda903Upload(Ssda903Upload.Part.text("header.csv", header()),
                            Ssda903Upload.Part.text("episodes.csv", episodes()),
                            Ssda903Upload.Part.text("reviews.csv", inOrder + "C0,01/01/2012,20/05/2024,PN1\n")));

            assertThat(imported.children().created()).isEqualTo(CHILDREN);
            assertThat(imported.periods().created()).isEqualTo(CHILDREN);
            assertThat(imported.reviews().created()).isEqualTo(CHILDREN + 1);
            assertThat(count(context, "child", authority)).isEqualTo(CHILDREN);
            assertThat(count(context, "period_of_care", authority)).isEqualTo(CHILDREN);
            assertThat(count(context, "review", authority)).as("C0's two reviews, every other child's one")
                    .isEqualTo(CHILDREN + 1);

            // The same files in child order (C0's second review with its first) change nothing: the same records.
            String sorted = inOrder.replaceFirst("(C0,[^\n]*\n)", "$1C0,01/01/2012,20/05/2024,PN1\n");
            ImportSsda903UseCase.Imported again = imports.importFiles(AuthorityCode.of(authority),
                    new Ssda903Upload(Ssda903Upload.Part.text("header.csv", header()),
                            Ssda903Upload.Part.text("episodes.csv", episodes()),
                            Ssda903Upload.Part.text("reviews.csv", sorted)));
            assertThat(again.children().unchanged()).isEqualTo(CHILDREN);
            assertThat(again.reviews().unchanged()).isEqualTo(CHILDREN + 1);
            assertThat(again.reviews().created()).isZero();
        }
    }
}
