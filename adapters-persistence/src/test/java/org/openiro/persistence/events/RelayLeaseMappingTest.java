package org.openiro.persistence.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.calendar.SupportedDates;
import org.openiro.events.port.out.RelayLease;
import org.openiro.persistence.Database;

/**
 * The relay's lease (RelayLeaseRow) as the adapter writes it, on H2 and PostgreSQL: the holder's name at its column's
 * length and the expiry to the microsecond, at the supported calendar's ends; released, no holder. Nothing reads the
 * row back into a record (the adapter's updates decide in SQL), so the row is read here as it is stored.
 */
class RelayLeaseMappingTest {

    private static final Instant FIRST = SupportedDates.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST = SupportedDates.LAST.atStartOfDay(ZoneOffset.UTC).toInstant()
            .plus(1, ChronoUnit.MICROS);

    @ParameterizedTest
    @EnumSource(Database.class)
    void the_lease_is_stored_as_held_and_released(Database db) {
        RelayLease lease = db.bean(RelayLease.class);
        String holder = db.longest("relay_lease", "holder");
        // The lease row is the whole service's: released first, whatever an earlier test left.
        db.inTransaction(() -> lease.release(holder));

        assertThat(db.inTransaction(() -> lease.tryHold(holder, FIRST, Duration.ofSeconds(1)))).isTrue();
        assertThat(stored(db)).containsExactly("outbox", holder, FIRST.plusSeconds(1));

        assertThat(db.inTransaction(() -> lease.tryHold(holder, LAST, Duration.ofDays(1)))).isTrue();
        assertThat(stored(db)).containsExactly("outbox", holder, LAST.plus(Duration.ofDays(1)));
        assertThat(db.inTransaction(() -> lease.tryHold("another", LAST, Duration.ofDays(1)))).isFalse();

        db.inTransaction(() -> lease.release(holder));
        assertThat(stored(db)).containsExactly("outbox", null, Instant.EPOCH);
    }

    private static List<Object> stored(Database db) {
        return db.row("SELECT name, holder, expires_at FROM relay_lease WHERE name = 'outbox'", String.class,
                String.class, Instant.class);
    }
}
