package org.openiro.reporting.port.out;

import java.util.function.Function;

/**
 * A count for the report's period and the same count for the previous period, read together: a report shows every
 * figure beside the previous period's, so the database answers both in one pass over the rows of the two periods
 * rather than in a pass each (docs/benchmarks.md, {@code report}, issue 23's sixth step).
 */
public record ByPeriod<T>(T current, T previous) {

    /** Each period's count made into something else, period by period. */
    public <R> ByPeriod<R> map(Function<T, R> each) {
        return new ByPeriod<>(each.apply(current), each.apply(previous));
    }
}
