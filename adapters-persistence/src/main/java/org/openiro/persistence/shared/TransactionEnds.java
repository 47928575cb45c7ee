package org.openiro.persistence.shared;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Runs something once the current transaction has ended, committed or not: for what the embedded H2, one process,
 * keeps in memory for a transaction that PostgreSQL would keep as a lock the transaction's end releases.
 */
@Singleton
public class TransactionEnds {

    private final TransactionOperations<Connection> transactions;

    TransactionEnds(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** @throws IllegalStateException outside a transaction, where nothing would ever run it */
    public void afterwards(String what, Runnable action) {
        transactions.findTransactionStatus().orElseThrow(() -> new IllegalStateException(what
                + " is done only inside a unit of work")).registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status status) {
                        action.run();
                    }
                });
    }

    /** @throws IllegalStateException outside a transaction */
    public void require(String what) {
        if (transactions.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException(what + " is done only inside a unit of work");
        }
    }
}
