package org.openiro.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openiro.children.ChildId;

class SamplingTest {

    private static CohortMember child(String id, String iro) {
        return new CohortMember(ChildId.of(id), iro);
    }

    private static final List<CohortMember> COHORT = IntStream.range(0, 40)
            .mapToObj(i -> child("C" + (100 + i), i % 3 == 0 ? "iro-a" : "iro-b")).toList();

    @Test
    void the_sample_depends_on_the_cohort_and_the_seed_not_on_the_order_the_cohort_came_in() {
        List<CohortMember> reversed = new java.util.ArrayList<>(COHORT);
        java.util.Collections.reverse(reversed);

        List<CohortMember> sample = Sampling.draw(COHORT, 10, 99);

        assertThat(sample).hasSize(10).doesNotHaveDuplicates();
        assertThat(COHORT).containsAll(sample);
        assertThat(Sampling.draw(reversed, 10, 99)).isEqualTo(sample);
        assertThat(Sampling.draw(COHORT, 10, 100)).isNotEqualTo(sample);
        assertThat(Sampling.draw(COHORT, 3, 99)).as("a smaller sample is the start of the larger one")
                .isEqualTo(sample.subList(0, 3));
        assertThat(Sampling.draw(COHORT, 500, 99)).as("a cohort smaller than the sample: all of it")
                .containsExactlyInAnyOrderElementsOf(COHORT);
    }

    @Test
    void children_go_to_the_auditors_in_turn_passing_over_their_own_iro() {
        List<CohortMember> sample = List.of(child("A", "iro-a"), child("B", "iro-b"), child("C", "iro-a"),
                child("D", "iro-c"), child("E", null));

        assertThat(Sampling.assign(sample, List.of("iro-a", "iro-b", "iro-c")))
                // A passes over iro-a to iro-b; B's turn is iro-c's; C's is iro-a's own, so iro-b; D's is iro-c's
                // own, so iro-a; E takes the next, iro-b.
                .containsExactly("iro-b", "iro-c", "iro-b", "iro-a", "iro-b");
        assertThat(Sampling.assign(sample, List.of("iro-a"))).as("with no one else, the only auditor")
                .containsOnly("iro-a");
    }
}
