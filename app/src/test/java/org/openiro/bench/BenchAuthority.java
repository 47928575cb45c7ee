package org.openiro.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.openiro.app.support.ServiceProcess;
import org.openiro.app.support.Tokens;

/**
 * One authority of a benchmark's own, {@code bench} on the statutory policy, set up through the HTTP API as an
 * authority's case-management system would: its IROs, its children, their periods of care, allocations and reviews.
 * Demographics and placements are drawn from the random each child is given, so a seed repeats a data set.
 */
final class BenchAuthority {

    static final String CODE = "bench";
    static final String PATH = "/api/authorities/" + CODE;

    private static final String[] GENDERS = {"female", "male", "female", "male", "other", "not-recorded"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "ABAN", "BAFR", "AOTH",
            "CHNE", "OOTH"};
    private static final String[] LEGAL = {"C1", "C2", "C2", "V2"};
    private static final String[] PLACEMENTS = {"U1", "U3", "U4", "U6", "R1"};

    private final BenchApi api;

    /** @param api called as {@link #adminToken()} */
    BenchAuthority(BenchApi api) {
        this.api = api;
    }

    static String iroId(int i) {
        return String.format("iro-%02d", i + 1);
    }

    static String childId(int n) {
        return String.format("c-%04d", n + 1);
    }

    static String childPath(String childId) {
        return PATH + "/children/" + childId;
    }

    /** An administrator and manager of every authority, as the seeding calls. */
    static String adminToken() {
        return Tokens.mint("bench-admin", List.of("admin", "manager"), List.of("*"), null, null,
                ServiceProcess.SECRET, Instant.now().plus(Duration.ofHours(2)));
    }

    /** The IRO {@code iroId} of this authority: may write only for the children allocated to them. */
    static String iroToken(String iroId) {
        return Tokens.mint(iroId, List.of("iro"), List.of(CODE), iroId, null, ServiceProcess.SECRET,
                Instant.now().plus(Duration.ofHours(2)));
    }

    /** The authority and {@code iros} IROs (1.0 FTE, permanent, teams North and South, working since 2020). */
    void create(int iros) {
        api.expect("PUT", PATH, """
                {"name": "Bench Borough", "policy": {"preset": "statutory"}}""", 201);
        for (int i = 0; i < iros; i++) {
            api.expect("PUT", PATH + "/iros/" + iroId(i), """
                    {"name": "IRO %02d Example", "email": "%s@example.org", "fte": 1.0, "employment": "permanent",
                     "team": "%s", "duties": ["cla"], "from": "2020-01-01"}""".formatted(i + 1, iroId(i),
                    i % 2 == 0 ? "North" : "South"), 201);
        }
    }

    /** The child numbered {@code n}, born on {@code born}. */
    void child(String id, int n, LocalDate born, SplittableRandom random) {
        api.expect("PUT", childPath(id), """
                {"dateOfBirth": "%s", "gender": "%s", "ethnicity": "%s", "uasc": %s, "disability": %s,
                 "name": "Bench Child %d"}""".formatted(born, GENDERS[random.nextInt(GENDERS.length)],
                ETHNICITIES[random.nextInt(ETHNICITIES.length)], random.nextInt(20) == 0, random.nextInt(8) == 0,
                n + 1), 201);
    }

    /** A period of care starts on {@code start}, under a care order or section 20, in foster care or a home. */
    void careStarts(String id, LocalDate start, SplittableRandom random) {
        api.expect("POST", childPath(id) + "/episodes", """
                {"startDate": "%s", "legalStatus": "%s", "placement": {"type": "%s", "over20Miles": %s}}""".formatted(
                start, LEGAL[random.nextInt(LEGAL.length)], PLACEMENTS[random.nextInt(PLACEMENTS.length)],
                random.nextInt(5) == 0), 201);
    }

    void allocate(String id, String iroId, LocalDate from) {
        api.expect("PUT", childPath(id) + "/iro", """
                {"iroId": "%s", "from": "%s", "reason": "allocation"}""".formatted(iroId, from), 201);
    }

    void reviewHeld(String id, LocalDate meeting, LocalDate born, LocalDate today) {
        api.expect("POST", childPath(id) + "/reviews", reviewHeld(meeting, born, today), 201);
    }

    /**
     * A looked-after review held on {@code meeting}, as an IRO records it: the PN code the child's age there allows
     * (PN0 under 4), the child and the school consulted, the social work report in; the follow-up (recommendations,
     * record, letter) done when the meeting was more than 25 days before {@code today}, still owed otherwise.
     */
    static String reviewHeld(LocalDate meeting, LocalDate born, LocalDate today) {
        String participation = meeting.isBefore(born.plusYears(4)) ? "{\"code\": \"PN0\"}" : """
                {"code": "PN1", "methods": ["attended-in-person"], "chairedByChild": "part"}""";
        StringBuilder body = new StringBuilder("{\"meetingDates\": [\"" + meeting + "\"], \"participation\": "
                + participation + ", \"consultation\": [{\"party\": \"child\", \"sent\": true, \"returned\": true},"
                + " {\"party\": \"school\", \"sent\": true, \"returned\": false}], \"socialWorkReportReceivedOn\": \""
                + meeting.minusDays(4) + "\"");
        if (meeting.plusDays(25).isBefore(today)) {
            body.append(", \"recommendationsIssuedOn\": \"").append(meeting.plusDays(4))
                    .append("\", \"recordCompletedOn\": \"").append(meeting.plusDays(18))
                    .append("\", \"letterSentOn\": \"").append(meeting.plusDays(20)).append('"');
        }
        return body.append('}').toString();
    }

    /** Runs {@code seed} for every child number below {@code count} on {@code threads} threads; the first failure stops it. */
    static void inParallel(int count, int threads, IntConsumer seed) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, LoadDriver.daemon("seed"));
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                int child = n;
                done.add(pool.submit(() -> seed.accept(child)));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
