package org.openiro.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.access.port.out.IdempotencyKeys;
import org.openiro.access.port.out.IdempotencyKeys.Answer;
import org.openiro.access.port.out.IdempotencyKeys.Answered;
import org.openiro.access.port.out.IdempotencyKeys.Fresh;
import org.openiro.authority.AuthorityCode;
import org.openiro.calendar.SupportedDates;
import org.openiro.persistence.Database;

/**
 * An answer remembered for an idempotency key and claimed back, on H2 and PostgreSQL, is the answer remembered:
 * texts at their columns' length, a long body, the optional parts null; remembered at the supported calendar's last
 * microsecond, it is found from that instant and not after it.
 */
class IdempotencyKeysMappingTest {

    private static final Instant FIRST = SupportedDates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST = SupportedDates.LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()
            .minus(1, ChronoUnit.MICROS);

    @ParameterizedTest
    @EnumSource(Database.class)
    void answers_read_back_equal(Database db) {
        AuthorityCode authority = AuthorityCode.of(Database.fresh("map"));
        IdempotencyKeys keys = db.bean(IdempotencyKeys.class);
        String user = db.longest("idempotent_request", "username");
        String key = db.longest("idempotent_request", "idempotency_key");
        String fingerprint = db.longest("idempotent_request", "fingerprint");
        Answer full = new Answer(Integer.MAX_VALUE, db.longest("idempotent_request", "location"),
                db.longest("idempotent_request", "etag"), Database.text(100_000));
        Answer bare = new Answer(204, null, null, null);

        db.inTransaction(() -> {
            keys.remember(authority, user, key, fingerprint, full, LAST);
            keys.remember(authority, "u", "k", "f", bare, FIRST);
        });

        assertThat(db.inTransaction(() -> keys.claim(authority, user, key, LAST)))
                .isEqualTo(new Answered(fingerprint, full));
        assertThat(db.inTransaction(() -> keys.claim(authority, user, key, LAST.plus(1, ChronoUnit.MICROS))))
                .isEqualTo(new Fresh());
        assertThat(db.inTransaction(() -> keys.claim(authority, "u", "k", FIRST))).isEqualTo(new Answered("f", bare));
    }
}
