package org.openiro.persistence.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.openiro.shared.StoreUnavailable;
import org.openiro.shared.UnitOfWork;

/**
 * A use case's unit of work as a JDBC transaction; a nested call joins the transaction already open. A connection
 * lost on the way (the database restarted, a connection terminated) is told apart from every other failure
 * ({@link StoreUnavailable}), with whether the database may have kept the work, and the pool's other connections,
 * likely lost the same way, are replaced before anyone takes them.
 */
@Singleton
class MicronautUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;
    private final DataSource dataSource;

    MicronautUnitOfWork(TransactionOperations<Connection> transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (transactions.findTransactionStatus().isPresent()) {
            return transactions.executeWrite(status -> work.get());
        }
        boolean[] workDone = {false};
        try {
            return transactions.executeWrite(status -> {
                T result = work.get();
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
