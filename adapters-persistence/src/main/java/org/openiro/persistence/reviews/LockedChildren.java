package org.openiro.persistence.reviews;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.openiro.persistence.reviews.JdbcScheduleStore.NextReviewRow;
import org.openiro.persistence.shared.TransactionEnds;

/**
 * The next review of each child whose row the current transaction has locked, as the lock read it. While the row is
 * locked nobody else can change it, so the schedule store answers from here instead of reading the row a second
 * time (issue 23: a review recorded in fewer statements); every change of the next review in the transaction goes
 * through the store, which keeps this up to date. Forgotten when the transaction ends.
 */
@Singleton
public class LockedChildren {

    private record Key(String authority, String childId) {
    }

    private final TransactionOperations<Connection> transactions;
    private final TransactionEnds transactionEnds;
    private final Map<Object, Map<Key, NextReviewRow>> byTransaction = new ConcurrentHashMap<>();

    LockedChildren(TransactionOperations<Connection> transactions, TransactionEnds transactionEnds) {
        this.transactions = transactions;
        this.transactionEnds = transactionEnds;
    }

    /** The child's row has just been locked in this transaction, and read as {@code row}. */
    public void locked(NextReviewRow row) {
        transactions.findTransactionStatus().ifPresent(status -> {
            Object connection = status.getConnection();
            byTransaction.computeIfAbsent(connection, c -> {
                transactionEnds.afterwards("remembering a locked child", () -> byTransaction.remove(c));
                return new HashMap<>();
            }).put(new Key(row.authority(), row.childId()), row);
        });
    }

    /** The row as this transaction last wrote or locked it; empty when it has not locked the child. */
    Optional<NextReviewRow> row(String authority, String childId) {
        return transactions.findTransactionStatus()
                .map(status -> byTransaction.get(status.getConnection()))
                .map(rows -> rows.get(new Key(authority, childId)));
    }

    /** This transaction changed the child's next review: remembered if it holds the child's lock. */
    void changed(NextReviewRow row) {
        transactions.findTransactionStatus()
                .map(status -> byTransaction.get(status.getConnection()))
                .ifPresent(rows -> rows.computeIfPresent(new Key(row.authority(), row.childId()), (k, old) -> row));
    }
}
