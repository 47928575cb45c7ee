package org.openiro.persistence.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openiro.access.port.out.IdempotencyKeys;
import org.openiro.authority.AuthorityCode;
import org.openiro.persistence.shared.BulkWrites;
import org.openiro.persistence.shared.TransactionEnds;

/**
 * Answers kept by key in {@code idempotent_request}. A key is held while its first request runs: on PostgreSQL by an
 * advisory lock the transaction's end releases, which another instance's request meets at once (no waiting for a row
 * lock); on the embedded H2, one process, in memory until the transaction has ended.
 */
@Singleton
class JdbcIdempotencyKeys implements IdempotencyKeys {

    /** The first half of the advisory lock's key: apart from every other lock the service takes. */
    private static final int LOCKS = 0x49444B; // "IDK"

    private final JdbcOperations jdbc;
    private final TransactionEnds transactionEnds;
    private final Set<String> heldHere = ConcurrentHashMap.newKeySet();

    JdbcIdempotencyKeys(JdbcOperations jdbc, TransactionEnds transactionEnds) {
        this.jdbc = jdbc;
        this.transactionEnds = transactionEnds;
    }

    @Override
    public Claim claim(AuthorityCode authority, String user, String key, Instant answeredSince) {
        String held = authority.value() + "\n" + user + "\n" + key;
        return jdbc.execute(connection -> {
            if (!hold(connection, held)) {
                return new InFlight();
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT fingerprint, status, location, etag, body FROM idempotent_request
                    WHERE authority = ? AND username = ? AND idempotency_key = ? AND created_at >= ?""")) {
                select.setString(1, authority.value());
                select.setString(2, user);
                select.setString(3, key);
                select.setObject(4, OffsetDateTime.ofInstant(answeredSince, ZoneOffset.UTC));
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return new Fresh();
                    }
                    return new Answered(rs.getString(1), new Answer(rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        });
    }

    private boolean hold(Connection connection, String held) throws SQLException {
        if (!BulkWrites.isPostgres(connection)) {
            if (!heldHere.add(held)) {
                return false;
            }
            transactionEnds.afterwards("holding an idempotency key", () -> heldHere.remove(held));
            return true;
        }
        transactionEnds.require("holding an idempotency key");
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCKS);
            lock.setInt(2, java.util.Arrays.hashCode(held.getBytes(StandardCharsets.UTF_8)));
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Replaces an answer too old to be given again, which {@link #claim} treated as never given. */
    @Override
    public void remember(AuthorityCode authority, String user, String key, String fingerprint, Answer answer,
                         Instant at) {
        jdbc.execute(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotent_request"
                    + " WHERE authority = ? AND username = ? AND idempotency_key = ?")) {
                delete.setString(1, authority.value());
                delete.setString(2, user);
                delete.setString(3, key);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotent_request (authority, username, idempotency_key, fingerprint, status, location,
                                                    etag, body, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, authority.value());
                insert.setString(2, user);
                insert.setString(3, key);
                insert.setString(4, fingerprint);
                insert.setInt(5, answer.status());
                insert.setString(6, answer.location());
                insert.setString(7, answer.etag());
                insert.setString(8, answer.body());
                insert.setObject(9, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbc.execute(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM idempotent_request WHERE created_at < ?")) {
                delete.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
                return delete.executeUpdate();
            }
        });
    }
}
