package org.openiro.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openiro.shared.StoreUnavailable;

/** A lost connection tells whether the database may have kept the work: only a loss at the commit may have. */
class MicronautUnitOfWorkTest {

    private static final SQLException TERMINATED =
            new SQLException("FATAL: terminating connection due to administrator command", "57P01");

    /** Runs the work with no real transaction, then fails as a lost connection would, at the point asked. */
    private static class LosingConnection implements TransactionOperations<Connection> {
        private final boolean atCommit;

        LosingConnection(boolean atCommit) {
            this.atCommit = atCommit;
        }

        @Override
        public Connection getConnection() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasConnection() {
            return false;
        }

        @Override
        public Optional<? extends TransactionStatus<?>> findTransactionStatus() {
            return Optional.empty();
        }

        @Override
        public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
            if (!atCommit) {
                throw new DataAccessException("Error executing SQL UPDATE", TERMINATED);
            }
            try {
                callback.call(null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            throw new DataAccessException("Could not commit JDBC transaction", TERMINATED);
        }
    }

    private static final DataSource NO_POOL = (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class}, (proxy, method, args) -> method.getName().equals("isWrapperFor")
                    ? false : null);

    @Test
    void a_connection_lost_before_the_commit_kept_nothing_and_the_work_may_run_again() {
        MicronautUnitOfWork unitOfWork = new MicronautUnitOfWork(new LosingConnection(false), NO_POOL);

        StoreUnavailable lost = catchThrowableOfType(StoreUnavailable.class, () -> unitOfWork.inTransaction(() -> 1));

        assertThat(lost.nothingKept()).isTrue();
    }

    @Test
    void a_connection_lost_at_the_commit_may_have_kept_the_work() {
        MicronautUnitOfWork unitOfWork = new MicronautUnitOfWork(new LosingConnection(true), NO_POOL);

        StoreUnavailable lost = catchThrowableOfType(StoreUnavailable.class, () -> unitOfWork.inTransaction(() -> 1));

        assertThat(lost.nothingKept()).isFalse();
        assertThat(lost.getMessage()).contains("not known");
    }

    @Test
    void any_other_failure_is_left_as_it_was() {
        MicronautUnitOfWork unitOfWork = new MicronautUnitOfWork(new LosingConnection(false) {
            @Override
            public <R> R execute(TransactionDefinition definition, TransactionCallback<Connection, R> callback) {
                throw new DataAccessException("duplicate key", new SQLException("duplicate key", "23505"));
            }
        }, NO_POOL);

        assertThat(catchThrowableOfType(DataAccessException.class, () -> unitOfWork.inTransaction(() -> 1)))
                .isNotNull();
    }
}
