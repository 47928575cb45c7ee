package org.openiro.persistence.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A snapshot's visibility decided from its text, as PostgreSQL decides it, and one snapshot seeing no more than
 * another.
 */
class SnapshotTest {

    @Test
    void a_transaction_is_visible_before_xmin_or_before_xmax_and_not_in_progress() {
        Snapshot s = Snapshot.parse("100:110:103,107");
        assertThat(s.visible(99)).isTrue();
        assertThat(s.visible(100)).isTrue();
        assertThat(s.visible(103)).isFalse();
        assertThat(s.visible(105)).isTrue();
        assertThat(s.visible(107)).isFalse();
        assertThat(s.visible(110)).isFalse();
        assertThat(Snapshot.parse("5:5:").visible(4)).isTrue();
        assertThat(Snapshot.parse("5:5:").visible(5)).isFalse();
        assertThat(Snapshot.parse("100:110:103,107").toString()).isEqualTo("100:110:103,107");
    }

    @Test
    void a_snapshot_is_seen_by_a_later_one_only_if_the_later_sees_all_it_sees() {
        Snapshot earlier = Snapshot.parse("100:110:103,107");
        assertThat(earlier.seenBy(earlier)).isTrue();
        assertThat(earlier.seenBy(Snapshot.parse("103:120:103,107,115"))).as("the same in progress, more after")
                .isTrue();
        assertThat(earlier.seenBy(Snapshot.parse("108:120:"))).as("those in progress ended since").isTrue();
        assertThat(earlier.seenBy(Snapshot.parse("100:110:103,105,107"))).as("105, seen by the earlier, in progress for"
                + " the later (the later's snapshot was taken first)").isFalse();
        assertThat(earlier.seenBy(Snapshot.parse("100:108:103,107"))).as("109 seen by the earlier only").isFalse();
        assertThat(Snapshot.parse("104:110:107").seenBy(Snapshot.parse("103:120:103")))
                .as("103 seen by the first (before its xmin), in progress for the second").isFalse();
    }
}
