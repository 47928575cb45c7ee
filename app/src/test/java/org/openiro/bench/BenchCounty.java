package org.openiro.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A county the size of the demo's, seeded through the HTTP API as its case-management system would: the
 * {@link BenchAuthority}, its IROs, and children in care each allocated to an IRO (child {@code n} to IRO
 * {@code n % iros}), about a third with reviews already held. The same seed gives the same county, so the worklist and
 * the pages benchmarks read the same data.
 */
final class BenchCounty {

    static final long SEED = 20261123L;

    record Seeded(int children, int childrenWithReviews, int reviews, int allocations) {
    }

    private final int children;
    private final int iros;
    private final int seedThreads;
    private final LocalDate today;

    BenchCounty(int children, int iros, int seedThreads, LocalDate today) {
        this.children = children;
        this.iros = iros;
        this.seedThreads = seedThreads;
        this.today = today;
    }

    Seeded seed(BenchApi api) throws Exception {
        BenchAuthority authority = new BenchAuthority(api);
        authority.create(iros);
        AtomicInteger withReviews = new AtomicInteger();
        AtomicInteger reviews = new AtomicInteger();
        AtomicInteger allocations = new AtomicInteger();
        BenchAuthority.inParallel(children, seedThreads, child -> {
            int held = seedChild(authority, child, new SplittableRandom(SEED + child));
            allocations.incrementAndGet();
            if (held > 0) {
                withReviews.incrementAndGet();
                reviews.addAndGet(held);
            }
        });
        return new Seeded(children, withReviews.get(), reviews.get(), allocations.get());
    }

    /** The IRO the child numbered {@code n} is allocated to. */
    String iroOf(int n) {
        return BenchAuthority.iroId(n % iros);
    }

    /** One child in care, allocated, with 0–3 reviews held; answers how many reviews. */
    private int seedChild(BenchAuthority authority, int n, SplittableRandom random) {
        String id = BenchAuthority.childId(n);
        LocalDate born = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(13 * 365 + 3));
        authority.child(id, n, born, random);
        // A period of care that started on a day of the last three years, before the child turned 18.
        LocalDate earliest = max(today.minusYears(3), born.plusDays(1));
        LocalDate latest = min(today.minusDays(1), born.plusYears(18).minusDays(30));
        LocalDate start = earliest.plusDays(random.nextInt((int) Math.max(1, latest.toEpochDay() - earliest.toEpochDay())));
        authority.careStarts(id, start, random);
        authority.allocate(id, iroOf(n), start);
        if (random.nextInt(3) != 0) {
            return 0;
        }
        // Roughly on time: the first about 20 working days after care started, the second about three months on,
        // the third about six; only those already held.
        int wanted = 1 + random.nextInt(3);
        LocalDate meeting = start.plusDays(14 + random.nextInt(21));
        int held = 0;
        for (int r = 0; r < wanted && meeting.isBefore(today); r++) {
            authority.reviewHeld(id, meeting, born, today);
            held++;
            meeting = meeting.plusMonths(r == 0 ? 3 : 6).plusDays(random.nextInt(11) - 7);
        }
        return held;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
