package org.openiro.persistence.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.openiro.shared.StoreUnavailable;
import org.openiro.shared.UnitOfWork;
import org.openiro.shared.port.out.Background;

/**
 * A use case's unit of work as a JDBC transaction; a nested call joins the transaction already open. A connection
 * lost on the way (the database restarted, a connection terminated) is told apart from every other failure
 * ({@link StoreUnavailable}), with whether the database may have kept the work, and the pool's other connections,
 * likely lost the same way, are replaced before anyone takes them.
 *
 * <p>Two reads at once ({@link #readTogether}) share one snapshot on PostgreSQL: the caller's transaction, REPEATABLE
 * READ and read-only, exports its snapshot ({@code pg_export_snapshot()}) in its first statement, and the other
 * thread's transaction takes it ({@code SET TRANSACTION SNAPSHOT}) before its first read; the caller's does not end
 * until the other has taken it, since an exported snapshot lives only as long as its transaction. If the other thread
 * has no connection yet when the caller's half is done, the caller reads the other half too, on its own transaction.
 */
@Singleton
class MicronautUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;
    private final DataSource dataSource;

    private volatile Boolean postgres;

    MicronautUnitOfWork(TransactionOperations<Connection> transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public <A, B> Both<A, B> readTogether(Background background, String name, Supplier<A> beside, Supplier<B> here) {
        if (transactions.findTransactionStatus().isPresent() || !postgres()) {
            return UnitOfWork.super.readTogether(background, name, beside, here);
        }
        CompletableFuture<String> snapshot = new CompletableFuture<>();
        // Whoever sets it reads `beside`: the other thread, once it holds a connection, or else the caller, after its
        // own half, in its own transaction. So the caller only ever waits for a thread that already has a connection:
        // with the pool taken by reports' first halves, each reads its second half itself instead of waiting.
        AtomicBoolean claimed = new AtomicBoolean();
        CountDownLatch taken = new CountDownLatch(1);
        // Started before the caller's transaction, as a thread of its own: it waits for the snapshot to open its own.
        Background.Task<Supplier<A>> besideRead = background.start(name, () -> {
            try {
                String exported = snapshot.join();
                return onAConnection(connection -> {
                    if (!claimed.compareAndSet(false, true)) {
                        return null;
                    }
                    onTheSnapshot(connection, "SET TRANSACTION SNAPSHOT '" + exported.replace("'", "''") + "'");
                    taken.countDown();
                    A result = beside.get();
                    return () -> result;
                });
            } finally {
                taken.countDown();
            }
        });
        List<A> readHere = new ArrayList<>(1);
        B hereRead;
        try {
            hereRead = onAConnection(connection -> {
                snapshot.complete(onTheSnapshot(connection, "SELECT pg_export_snapshot()"));
                boolean mine;
                B result;
                try {
                    result = here.get();
                } finally {
                    mine = claimed.compareAndSet(false, true);
                    if (!mine) {
                        awaitUninterruptibly(taken);
                    }
                }
                if (mine) {
                    readHere.add(beside.get());
                }
                return result;
            });
        } catch (RuntimeException | Error e) {
            snapshot.completeExceptionally(e);
            claimed.set(true);
            throw e;
        }
        return new Both<>(readHere.isEmpty() ? besideRead.join().get() : readHere.get(0), hereRead);
    }

    /**
     * The transaction begun, REPEATABLE READ and read-only, with {@code statement} (which exports or takes a snapshot)
     * in the same round trip; answers what the statement answers, if anything.
     */
    private static String onTheSnapshot(Connection connection, String statement) {
        try (Statement begin = connection.createStatement()) {
            begin.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY; " + statement);
            begin.getMoreResults();
            try (ResultSet rs = begin.getResultSet()) {
                return rs != null && rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not begin a read on one snapshot", e);
        }
    }

    private boolean postgres() {
        if (postgres == null) {
            postgres = transactions.executeRead(status -> {
                try {
                    return BulkWrites.isPostgres(status.getConnection());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return postgres;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(status -> work.get());
    }

    /**
     * A savepoint in the transaction already open (a transaction of its own where none is): the part's failure rolls
     * back to it, and the transaction goes on. Set on the transaction's connection itself: Micronaut's NESTED
     * propagation marked the whole transaction rollback-only when the part failed.
     */
    @Override
    public <T> T undoable(Supplier<T> part) {
        Optional<? extends TransactionStatus<?>> open = transactions.findTransactionStatus();
        if (open.isEmpty()) {
            return inTransaction(part);
        }
        Connection connection = (Connection) open.get().getConnection();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set a savepoint", e);
        }
        T done;
        try {
            done = part.get();
        } catch (RuntimeException | Error failed) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                failed.addSuppressed(e);
                throw new PartNotUndone(failed instanceof RuntimeException r ? r : new IllegalStateException(failed));
            }
            throw failed;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("could not release a savepoint", e);
        }
        return done;
    }

    /** {@link #inTransaction(Supplier)}, the work given the transaction's connection. */
    private <T> T onAConnection(Function<Connection, T> work) {
        return inTransaction(status -> work.apply(status.getConnection()));
    }

    /** {@link #inTransaction(Supplier)}, the work given the transaction's status. */
    private <T> T inTransaction(TransactionCallback<Connection, T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return transactions.executeWrite(work);
        }
        boolean[] workDone = {false};
        try {
            return transactions.executeWrite(status -> {
                T result = work.call(status);
                workDone[0] = true;
                return result;
            });
        } catch (RuntimeException e) {
            if (!ConnectionLoss.in(e)) {
                throw e;
            }
            replaceIdleConnections();
            // Lost before the commit was asked for: PostgreSQL rolls back a transaction whose connection ends.
            throw new StoreUnavailable("the database connection was lost" + (workDone[0]
                    ? " while committing; whether the change was kept is not known" : "; nothing was kept"),
                    !workDone[0], e);
        }
    }

    private void replaceIdleConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
                if (pool.getHikariPoolMXBean() != null) {
                    pool.getHikariPoolMXBean().softEvictConnections();
                }
            }
        } catch (SQLException | RuntimeException ignored) {
            // The pool finds a dead connection on its own when it is next used; this only saves a failure.
        }
    }
}
