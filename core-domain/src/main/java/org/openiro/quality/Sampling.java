package org.openiro.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * How an audit's sample is drawn and shared out, exactly, so that anyone with the cohort and the seed gets the same
 * sample (docs/quality-assurance.md):
 *
 * <ol>
 *   <li>the cohort's children are put in order of their ids (as strings, character by character);</li>
 *   <li>they are shuffled by Fisher–Yates with {@code java.util.Random(seed)}: for i from the last position down to
 *       1, j = {@code nextInt(i + 1)}, and the children at i and j change places (java.util.Random is a 48-bit linear
 *       congruential generator fully specified by the Java documentation, the same on every JVM);</li>
 *   <li>the sample is the first {@code size} children of the shuffled list, in that order, or all of them when the
 *       cohort is smaller;</li>
 *   <li>each child, in sample order, goes to the next auditor in turn, passing over an auditor who is the child's own
 *       IRO when another auditor can take them; the turn then moves on past whoever took the child.</li>
 * </ol>
 */
public final class Sampling {

    private Sampling() {
    }

    public static List<CohortMember> draw(List<CohortMember> cohort, int size, long seed) {
        List<CohortMember> shuffled = new ArrayList<>(cohort);
        shuffled.sort(Comparator.comparing((CohortMember m) -> m.childId().value()));
        Random random = new Random(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            CohortMember swapped = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swapped);
        }
        return List.copyOf(shuffled.subList(0, Math.min(size, shuffled.size())));
    }

    /** The auditor of each child of {@code sample}, in the same order. */
    public static List<String> assign(List<CohortMember> sample, List<String> auditors) {
        List<String> assigned = new ArrayList<>();
        int next = 0;
        for (CohortMember child : sample) {
            int chosen = next % auditors.size();
            for (int k = 0; k < auditors.size(); k++) {
                int candidate = (next + k) % auditors.size();
                if (!auditors.get(candidate).equals(child.iroId())) {
                    chosen = candidate;
                    break;
                }
            }
            assigned.add(auditors.get(chosen));
            next = chosen + 1;
        }
        return assigned;
    }
}
