package org.openiro.bench;

/**
 * One line a benchmark prints for {@code ./iro bench} to gather into docs/benchmarks.md: the benchmark, its figure,
 * its baseline measured in the same run, the ratio, the target and whether it was met.
 */
final class BenchResult {

    private BenchResult() {
    }

    static void print(String name, String figure, String baseline, String ratio, String target, boolean met) {
        System.out.println(String.join("|", "BENCH-RESULT", name, figure, baseline, ratio, target,
                met ? "met" : "not met"));
    }
}
