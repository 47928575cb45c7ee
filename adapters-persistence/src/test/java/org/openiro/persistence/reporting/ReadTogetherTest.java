package org.openiro.persistence.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openiro.persistence.Database;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;

/**
 * A report's two halves, read at once on two connections, see the data as it stood at one moment on PostgreSQL
 * (docs/decisions.md, the report's two halves on one snapshot): a row committed after the first half began is seen by
 * neither, even by the half whose transaction began after the commit.
 */
class ReadTogetherTest {

    private static final String SETTINGS = "SELECT current_setting('transaction_isolation') || ' '"
            + " || current_setting('transaction_read_only')";

    private final UnitOfWork unitOfWork = Database.POSTGRESQL.bean(UnitOfWork.class);
    private final ReportQueries queries = Database.POSTGRESQL.bean(ReportQueries.class);

    @Test
    void aRowCommittedBetweenTheHalvesStartsIsSeenByNeither() throws Exception {
        String code = Database.fresh("snap");
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch besideBegun = new CountDownLatch(1);

        UnitOfWork.Both<List<Object>, Long> read = unitOfWork.readTogether(startingAfter(written), "test-beside",
                () -> {
                    besideBegun.countDown();
                    return List.of(count(code), queries.rows(SETTINGS, rs -> rs.next() ? rs.getString(1) : null),
                            Thread.currentThread().getName());
                },
                () -> {
                    Database.POSTGRESQL.authority(code);
                    written.countDown();
                    await(besideBegun);
                    return count(code);
                });

        assertThat(read.here()).as("the half that began before the row").isZero();
        assertThat(read.beside().get(0)).as("the half whose transaction began after the row").isEqualTo(0L);
        assertThat(read.beside().get(1)).isEqualTo("repeatable read on");
        assertThat(read.beside().get(2)).as("on a thread, and so a connection, of its own").isEqualTo("test-beside");
        assertThat(Database.POSTGRESQL.inTransaction(() -> count(code))).as("a transaction after both").isEqualTo(1L);
    }

    @Test
    void aFailureOnEitherSideIsThrownToTheCaller() {
        Background threads = threads();

        assertThatThrownBy(() -> unitOfWork.readTogether(threads, "test-beside", () -> {
            throw new IllegalStateException("beside failed");
        }, () -> count("none"))).hasMessage("beside failed");
        assertThatThrownBy(() -> unitOfWork.readTogether(threads, "test-beside", () -> count("none"), () -> {
            throw new IllegalStateException("here failed");
        })).hasMessage("here failed");
        assertThat(unitOfWork.readTogether(threads, "test-beside", () -> count("none"), () -> count("none")))
                .as("the pool's connections all given back").isEqualTo(new UnitOfWork.Both<>(0L, 0L));
    }

    @Test
    void aHalfWhoseThreadHasNotBegunWhenTheOtherEndsIsReadByTheCallerOnTheSameSnapshot() {
        // As when every pooled connection is held by reports' first halves: the second half's thread waits on and on.
        CountDownLatch never = new CountDownLatch(1);
        String code = Database.fresh("snap");
        try {
            UnitOfWork.Both<List<Object>, Long> read = unitOfWork.readTogether(startingAfter(never), "test-beside",
                    () -> List.of(count(code), Thread.currentThread().getName()),
                    () -> {
                        Database.POSTGRESQL.authority(code);
                        return count(code);
                    });

            assertThat(read.here()).isZero();
            assertThat(read.beside()).as("read by the caller, on its snapshot")
                    .containsExactly(0L, Thread.currentThread().getName());
        } finally {
            never.countDown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other half never began");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String code) {
        return queries.count("SELECT count(*) FROM authority WHERE code = ?", code);
    }

    /** Threads whose work begins only once {@code latch} is down. */
    private static Background startingAfter(CountDownLatch latch) {
        return new Background() {
            @Override
            public <T> Task<T> start(String name, Supplier<T> work) {
                return threads().start(name, () -> {
                    try {
                        if (!latch.await(30, TimeUnit.SECONDS)) {
                            throw new IllegalStateException("never released");
                        }
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return work.get();
                });
            }
        };
    }

    /** A thread a work, as the service's background does. */
    private static Background threads() {
        return new Background() {
            @Override
            public <T> Task<T> start(String name, Supplier<T> work) {
                java.util.concurrent.CompletableFuture<T> result = java.util.concurrent.CompletableFuture.supplyAsync(
                        work, runnable -> new Thread(runnable, name).start());
                return new Task<>() {
                    @Override
                    public T join() {
                        try {
                            return result.join();
                        } catch (java.util.concurrent.CompletionException e) {
                            throw (RuntimeException) e.getCause();
                        }
                    }

                    @Override
                    public void cancel() {
                        result.cancel(true);
                    }
                };
            }
        };
    }
}
