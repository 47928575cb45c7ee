package org.openiro.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.openiro.shared.UnitOfWork;

/** A use case's unit of work as a JDBC transaction; a nested call joins the transaction already open. */
@Singleton
class MicronautUnitOfWork implements UnitOfWork {

    private final TransactionOperations<Connection> transactions;

    MicronautUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
