package org.openiro.app.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.openiro.app.generate.Synthetic.Adjournment;
import org.openiro.app.generate.Synthetic.Alert;
import org.openiro.app.generate.Synthetic.Booking;
import org.openiro.app.generate.Synthetic.Consulted;
import org.openiro.app.generate.Synthetic.Midway;
import org.openiro.app.generate.Synthetic.Period;
import org.openiro.app.generate.Synthetic.Placement;
import org.openiro.app.generate.Synthetic.Rearrangement;
import org.openiro.app.generate.Synthetic.Referral;
import org.openiro.app.generate.Synthetic.Review;
import org.openiro.app.generate.Synthetic.Spell;
import org.openiro.app.generate.Synthetic.Step;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.PolicyHistory;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.PlacementType;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.ReviewSchedule;

/**
 * One invented child's story: who they are, when they came into care and left, where they lived, and every review,
 * booking, midway review and alert of their time in care. The proportions are those of published IRO annual reports
 * and the DfE's children-looked-after statistics (issue 10): boys a little over half, most children aged 10 and over,
 * one entrant in six or seven an unaccompanied asylum seeker, reviews two or three a year and nearly all in time, four
 * in ten rearranged, one in twenty-five adjourned, nine in ten children taking part.
 *
 * <p>Each review is placed against the due date the service itself will give it: the story asks the domain's
 * {@link ReviewSchedule} for the next due date after the reviews held so far, and holds the review a little before it
 * (or, now and then, after it). So the service's figures over generated data are what the story meant them to be.
 */
final class ChildStory {

    /** Alert reasons of the default list, weighted as seed reports count them. */
    private static final String[] REASONS = {"report-late", "report-late", "plan-not-implemented",
        "plan-not-implemented", "plan-not-implemented", "wishes-contradict-plan", "iro-disagrees-with-plan",
        "assessment-not-thorough", "legal-gateway-delay", "placement-not-meeting-needs", "not-visited-or-seen-alone",
        "health-or-pep-late", "health-or-pep-late", "permanence-not-planned", "safeguarding-not-addressed", "other"};
    private static final String[] REARRANGEMENT_REASONS = {"social-worker-capacity", "social-worker-capacity",
        "social-worker-capacity", "iro-availability", "iro-availability", "child-request", "court-timetable", "other"};
    private static final String[] ADJOURNMENT_REASONS = {"report-not-shared", "report-not-shared", "no-care-plan",
        "key-person-absent"};
    private static final String[] AGENCIES = {"health", "health", "education", "education", "police", "housing",
        "youth-justice", "adult-services"};
    private static final String[] THEMES = {"health-assessment", "pep", "therapeutic-support", "send-ehcp",
        "information-sharing", "safeguarding"};
    private static final String[] IMPACTS = {"plan-progressed", "plan-progressed", "views-heard",
        "assessment-completed", "family-time-established", "placement-stabilised", "services-provided",
        "permanence-progressed"};

    /** 903 {@code PLACE} codes up to 2024/25 and from 2025/26: a placement is coded by the year it starts in. */
    private static final LocalDate NEW_PLACE_CODES = LocalDate.of(2025, 4, 1);

    private final SplittableRandom random;
    /** The QA forms' own draws, so that adding them moved nothing else the story draws. */
    private final SplittableRandom quality;
    private final LocalDate today;
    private final LocalDate windowStart;
    private final PolicyHistory policies;
    private final ReviewSchedule schedule;
    private final WorkingDayCalendar calendar;
    private final List<String> advocacyProviders;
    private final int rungs;

    /** @param rungs how many stages the authority's escalation ladder has */
    ChildStory(long seed, LocalDate today, LocalDate windowStart, PolicyHistory policies, ReviewSchedule schedule,
               WorkingDayCalendar calendar, List<String> advocacyProviders, int rungs) {
        this.rungs = rungs;
        this.random = new SplittableRandom(seed);
        this.quality = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.today = today;
        this.windowStart = windowStart;
        this.policies = policies;
        this.schedule = schedule;
        this.calendar = calendar;
        this.advocacyProviders = advocacyProviders;
    }

    /** A child's demographics and care, before the people around them are cast. */
    record Told(String id, LocalDate born, String gender, String ethnicity, boolean uasc, boolean disability,
                boolean shortBreaks, List<Period> periods, List<Review> reviews, List<Booking> upcoming,
                List<Midway> midways, List<Alert> alerts, List<Referral> referrals, LocalDate visitorMatched,
                List<LocalDate> goodPractice) {
    }

    Told tell(String id) {
        boolean shortBreaks = chance(0.03);
        boolean entrant = shortBreaks || chance(0.45);
        boolean uasc = entrant && !shortBreaks && chance(0.15);
        for (int attempt = 0; ; attempt++) {
            LocalDate start = entrant ? day(windowStart, today.minusDays(7))
                    : day(windowStart.minusYears(7), windowStart.minusDays(1));
            int age = uasc ? between(14, 17) : entryAge();
            LocalDate born = start.minusYears(age).minusDays(between(0, 364));
            if (born.isAfter(start)) {
                born = start.minusDays(30);
            }
            List<Period> periods = new ArrayList<>();
            Period first = period(start, born, uasc, shortBreaks);
            if (first == null) {
                continue;
            }
            periods.add(first);
            if (first.end() != null && !shortBreaks && chance(0.1)) {
                LocalDate again = first.end().plusDays(between(60, 400));
                if (again.isBefore(today.minusDays(14)) && again.isBefore(born.plusYears(17))) {
                    Period second = period(again, born, false, false);
                    if (second != null) {
                        periods.add(second);
                    }
                }
            }
            boolean overlapsWindow = periods.stream().anyMatch(p -> p.end() == null || p.end().isAfter(windowStart));
            if (!overlapsWindow && attempt < 50) {
                continue;
            }
            String gender = uasc ? (chance(0.92) ? "male" : "female") : chance(0.55) ? "male" : "female";
            String ethnicity = uasc ? pick("AOTH", "AOTH", "BAFR", "BAFR", "BOTH", "OOTH", "OOTH", "WOTH")
                    : ethnicity();
            return story(id, born, gender, ethnicity, uasc, shortBreaks, periods);
        }
    }

    private Told story(String id, LocalDate born, String gender, String ethnicity, boolean uasc, boolean shortBreaks,
                       List<Period> periods) {
        List<Review> reviews = new ArrayList<>();
        List<Booking> upcoming = new ArrayList<>();
        List<Midway> midways = new ArrayList<>();
        List<HeldReview> held = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            reviewsOf(id, born, gender, ethnicity, periods.subList(0, p + 1), held, reviews, upcoming, midways);
        }
        List<Alert> alerts = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        List<LocalDate> goodPractice = new ArrayList<>();
        LocalDate visitor = null;
        if (!shortBreaks) {
            for (Period period : periods) {
                LocalDate from = later(period.start(), windowStart);
                LocalDate to = period.end() == null ? today : period.end().minusDays(1);
                if (!from.isBefore(to)) {
                    continue;
                }
                double years = ChronoUnit.DAYS.between(from, to) / 365.25;
                for (int a = poisson(0.5 * years); a > 0; a--) {
                    LocalDate raised = workingDayNear(day(from, to), from, to);
                    if (raised != null) {
                        alerts.add(alert(raised, to));
                    }
                }
                for (int r = poisson(0.08 * years); r > 0 && !advocacyProviders.isEmpty(); r--) {
                    referrals.add(new Referral(day(from, to), pick(advocacyProviders),
                            chance(0.8) ? "instructed" : "non-instructed"));
                }
                for (int g = poisson(0.12 * years); g > 0; g--) {
                    goodPractice.add(day(from, to));
                }
                if (visitor == null && born.plusYears(6).isBefore(to) && chance(0.07)) {
                    visitor = day(later(from, born.plusYears(6)), to);
                }
            }
        }
        alerts.sort(java.util.Comparator.comparing(Alert::raisedOn));
        return new Told(id, born, gender, ethnicity, uasc, chance(0.12), shortBreaks, periods, reviews, upcoming,
                midways, alerts, referrals, visitor, goodPractice);
    }

    // --- care: periods, legal statuses, placements ------------------------------------------------------------

    /** Entry ages as the DfE's statistics of children starting to be looked after have them. */
    private int entryAge() {
        double r = random.nextDouble();
        if (r < 0.19) {
            return 0;
        }
        if (r < 0.36) {
            return between(1, 4);
        }
        if (r < 0.54) {
            return between(5, 9);
        }
        if (r < 0.86) {
            return between(10, 15);
        }
        return between(16, 17);
    }

    private String ethnicity() {
        double r = random.nextDouble();
        if (r < 0.74) {
            return pick("WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "WIRI", "WIRT");
        }
        if (r < 0.83) {
            return pick("MWBC", "MWBC", "MWBA", "MWAS", "MOTH", "MOTH");
        }
        if (r < 0.90) {
            return pick("AIND", "APKN", "APKN", "ABAN", "AOTH");
        }
        if (r < 0.97) {
            return pick("BCRB", "BAFR", "BAFR", "BOTH");
        }
        if (r < 0.99) {
            return pick("OOTH", "OOTH", "CHNE");
        }
        return pick("REFU", "NOBT");
    }

    /** One period of care from {@code start}: how it began, changed and (unless it is still open) ended. */
    private Period period(LocalDate start, LocalDate born, boolean uasc, boolean shortBreaks) {
        LocalDate eighteen = born.plusYears(18);
        if (!start.isBefore(eighteen)) {
            return null;
        }
        int age = (int) ChronoUnit.YEARS.between(born, start);
        List<Spell> statuses = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        LocalDate end;
        String reason;
        if (shortBreaks) {
            statuses.add(new Spell(start, "V3"));
            placements.add(new Placement(start, pick("R1", "U4", "U6"), false, true, true, null));
            end = start.plusMonths(between(8, 30));
            reason = "E8";
            if (end.isAfter(today) || !end.isBefore(eighteen)) {
                end = null;
                reason = null;
            }
            return new Period(start, end, reason, statuses, placements);
        }
        boolean adoption = age < 3 && chance(0.4);
        String entry = uasc ? "V2" : age < 5 ? pick("C1", "C1", "C1", "C1", "C1", "V2", "V2", "L2", "L1")
                : age < 16 ? pick("C1", "C1", "C1", "C1", "V2", "V2", "V2", "V2", "L1", "L2")
                : pick("V2", "V2", "V2", "V2", "V2", "V2", "C1", "C1", "J1", "J2");
        if (adoption) {
            entry = "C1";
        }
        statuses.add(new Spell(start, entry));
        placements.add(new Placement(start, firstPlacement(age, uasc, start), overTwentyMiles(), chance(0.45), true,
                null));
        // How long the period would last if nothing else ended it first.
        double d = random.nextDouble();
        LocalDate planned = d < 0.2 ? start.plusDays(between(20, 180)) : d < 0.42 ? start.plusDays(between(180, 540))
                : eighteen;
        reason = planned.equals(eighteen) ? pick("E17", "E5", "E5", "E6", "E8") : endReason();
        LocalDate at = start;
        String status = entry;
        if (entry.equals("L1") || entry.equals("L2")) {
            at = start.plusDays(between(1, 8));
            status = "C1";
            statuses.add(new Spell(at, status));
        }
        if (entry.startsWith("J")) {
            planned = start.plusDays(between(20, 100));
            reason = "E14";
        }
        if (adoption) {
            LocalDate order = at.plusDays(between(150, 300));
            LocalDate placed = order.plusDays(between(40, 150));
            LocalDate adopted = placed.plusDays(between(180, 330));
            statuses.add(new Spell(order, "E1"));
            boolean sameCarers = chance(0.3);
            placements.add(new Placement(placed, sameCarers ? "A5" : "A6", false, true, !sameCarers, null));
            planned = adopted;
            reason = pick("E11", "E11", "E11", "E12");
        } else if (status.equals("C1")) {
            LocalDate order = at.plusDays(between(150, 290));
            if (order.isBefore(planned)) {
                statuses.add(new Spell(order, "C2"));
            }
        }
        // Moves: about one every two years, more often for older children; semi-independence at 16 or 17.
        LocalDate move = start;
        while (!adoption) {
            double rate = age >= 12 ? 0.7 : 0.4;
            move = move.plusDays((long) (365 * -Math.log(1 - random.nextDouble()) / rate) + 14);
            if (!move.isBefore(planned) || move.isAfter(today)) {
                break;
            }
            int ageThen = (int) ChronoUnit.YEARS.between(born, move);
            String type = ageThen >= 16 && chance(0.45) ? semiIndependent(move) : foster(ageThen, move);
            placements.add(new Placement(move, type, overTwentyMiles(), chance(0.6), true,
                    pick("CARPL", "CARPL", "CHILD", "LAREQ", "PLACE", "STAND", "OTHER")));
        }
        end = planned.isAfter(today) ? null : planned;
        if (end == null) {
            reason = null;
        }
        registerWithOfsted(placements, end);
        // Only what has happened by today is recorded; a period ends before anything dated on or after its end.
        LocalDate after = end == null ? today.plusDays(1) : end;
        statuses.removeIf(s -> !s.from().isBefore(after));
        placements.removeIf(pl -> !pl.start().isBefore(after));
        return new Period(start, end, reason, statuses, placements);
    }

    /**
     * A semi-independent placement (H5) still going on 1 April 2025, when H5 left the 903 code list, carries on as
     * registered supported accommodation (K3) with the same carers: the DfE's "T" episode for a setting registering
     * with Ofsted.
     */
    private void registerWithOfsted(List<Placement> placements, LocalDate end) {
        Placement current = null;
        for (Placement p : placements) {
            if (p.start().isBefore(NEW_PLACE_CODES)) {
                current = p;
            }
        }
        boolean stillThere = current != null && current.type().equals("H5")
                && placements.stream().noneMatch(p -> p.start().equals(NEW_PLACE_CODES))
                && (end == null || end.isAfter(NEW_PLACE_CODES)) && !NEW_PLACE_CODES.isAfter(today);
        if (stillThere) {
            placements.add(new Placement(NEW_PLACE_CODES, "K3", current.over20Miles(), true, false, null));
            placements.sort(java.util.Comparator.comparing(Placement::start));
        }
    }

    private String endReason() {
        return pick("E4A", "E4A", "E4A", "E4A", "E4A", "E4B", "E13", "E45", "E46", "E47", "E48", "E41", "E41", "E8",
                "E3");
    }

    private String firstPlacement(int age, boolean uasc, LocalDate start) {
        if (uasc) {
            return age >= 16 && chance(0.6) ? semiIndependent(start) : pick("U4", "U6", "U6");
        }
        return age >= 16 && chance(0.35) ? semiIndependent(start) : foster(age, start);
    }

    private String foster(int age, LocalDate day) {
        double r = random.nextDouble();
        if (r < 0.17) {
            return pick("U1", "U2", "U3");
        }
        if (r < 0.75 || age < 8) {
            return pick("U4", "U5", "U6", "U6", "U6");
        }
        if (r < 0.88) {
            return pick("R1", "R1", "K2");
        }
        if (r < 0.95) {
            return "P1";
        }
        return age >= 14 ? semiIndependent(day) : "U6";
    }

    private String semiIndependent(LocalDate day) {
        return day.isBefore(NEW_PLACE_CODES) ? "H5" : "K3";
    }

    private Boolean overTwentyMiles() {
        double r = random.nextDouble();
        return r < 0.15 ? Boolean.TRUE : r < 0.93 ? Boolean.FALSE : null;
    }

    // --- reviews ------------------------------------------------------------------------------------------------

    /**
     * The reviews of the last of {@code periods}, each held against the due date the schedule gives after those
     * already held, until the period ends or the next review lies after today.
     */
    private void reviewsOf(String id, LocalDate born, String gender, String ethnicity, List<Period> periods,
                           List<HeldReview> held, List<Review> reviews, List<Booking> upcoming, List<Midway> midways) {
        Child child = domainChild(id, born, gender, ethnicity, periods);
        Period period = periods.get(periods.size() - 1);
        LocalDate periodEnd = period.end() == null ? LocalDate.MAX : period.end();
        LocalDate previous = null;
        for (int guard = 0; guard < 60; guard++) {
            Optional<NextReview> next = schedule.compute(policies, child, held, List.of()).next();
            if (next.isEmpty() || !next.get().dueDate().isBefore(periodEnd)) {
                return;
            }
            LocalDate due = next.get().dueDate();
            LocalDate first = reviewDay(due, previous, period.start());
            if (previous != null && next.get().midwayDate() != null && chance(0.6)) {
                LocalDate midway = next.get().midwayDate().plusDays(between(-6, 6));
                if (midway.isAfter(previous) && midway.isBefore(first) && !midway.isAfter(today)) {
                    midways.add(new Midway(midway, chance(0.4), chance(0.05)));
                }
            }
            if (first.isAfter(today) || !first.isBefore(periodEnd)) {
                if (!due.isAfter(today.plusWeeks(8)) && !first.isAfter(today.plusWeeks(8)) && chance(0.7)
                        && first.isAfter(today) && first.isBefore(periodEnd)) {
                    upcoming.add(new Booking(first, List.of(), null));
                }
                return;
            }
            List<LocalDate> meetings = new ArrayList<>(List.of(first));
            if (chance(0.02)) {
                LocalDate last = calendar.workingDaysAfter(first, between(4, 15));
                if (!last.isAfter(today) && last.isBefore(periodEnd)) {
                    meetings.add(last);
                }
            }
            LocalDate last = meetings.get(meetings.size() - 1);
            boolean shortBreaks = LegalStatus.valueOf(period.legalStatuses().get(0).code()).isShortBreak();
            Review review = review(meetings, born, booking(first, periodEnd), shortBreaks);
            if (review.booking().adjournment() != null) {
                // Adjourned at the booked meeting; held when it reconvened.
                meetings = List.of(review.booking().adjournment().reconveneOn());
                if (meetings.get(0).isAfter(today) || !meetings.get(0).isBefore(periodEnd)) {
                    return;
                }
                review = review(meetings, born, review.booking(), shortBreaks);
                last = meetings.get(0);
            }
            reviews.add(review);
            held.add(new HeldReview(id + "-r" + held.size(), ReviewKind.CLA, new Meetings(meetings), true));
            previous = last;
        }
    }

    /** Mostly a few working days before the due date; one in twelve early, one in twenty a little late. */
    private LocalDate reviewDay(LocalDate due, LocalDate previous, LocalDate periodStart) {
        double r = random.nextDouble();
        LocalDate day;
        if (r < 0.08 && previous != null) {
            day = due.minusDays(between(25, 70));
        } else if (r < 0.13) {
            day = calendar.workingDaysAfter(due, between(1, 20));
        } else {
            day = calendar.workingDaysBefore(due, between(0, 12));
        }
        LocalDate earliest = previous != null ? previous.plusDays(21) : periodStart.plusDays(3);
        if (day.isBefore(earliest)) {
            day = earliest;
        }
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The booking a review was held for: four in ten moved at least once, one in twenty-five adjourned. */
    private Booking booking(LocalDate held, LocalDate periodEnd) {
        if (chance(0.04)) {
            LocalDate reconvene = calendar.workingDaysAfter(held, between(3, 18));
            return new Booking(held, List.of(), new Adjournment(held,
                    pick(ADJOURNMENT_REASONS), reconvene));
        }
        if (chance(0.4)) {
            List<Rearrangement> moves = new ArrayList<>();
            LocalDate booked = held.minusDays(between(-10, 21));
            if (booked.equals(held)) {
                booked = held.minusDays(7);
            }
            LocalDate between = held.plusDays(between(3, 10));
            if (chance(0.15) && !between.equals(booked)) {
                moves.add(new Rearrangement(between, pick(REARRANGEMENT_REASONS)));
            }
            moves.add(new Rearrangement(held, pick(REARRANGEMENT_REASONS)));
            return new Booking(booked, moves, null);
        }
        return new Booking(held, List.of(), null);
    }

    private Review review(List<LocalDate> meetings, LocalDate born, Booking booking, boolean shortBreaks) {
        LocalDate first = meetings.get(0);
        LocalDate last = meetings.get(meetings.size() - 1);
        boolean underFour = last.isBefore(born.plusYears(4));
        int age = (int) ChronoUnit.YEARS.between(born, last);
        String code = underFour ? "PN0" : participation(age);
        List<String> methods = methods(code);
        String chaired = age >= 12 && code.equals("PN1") ? (chance(0.08) ? "part" : chance(0.03) ? "full" : "no")
                : "no";
        String advocacy = null;
        String advocacyType = null;
        String provider = null;
        if (!underFour && chance(0.9)) {
            boolean advocate = methods.contains("advocate") || chance(0.06);
            advocacy = advocate ? "has-advocate" : pick("not-applicable", "not-applicable", "not-applicable",
                    "offered-declined", "offered-declined", "referred");
            if (advocate) {
                advocacyType = age >= 8 && chance(0.85) ? "instructed" : "non-instructed";
                provider = advocacyProviders.isEmpty() ? null : pick(advocacyProviders);
            }
        }
        List<Consulted> consultation = new ArrayList<>();
        for (String party : List.of("child", "parent", "carer", "school", "health")) {
            if ((party.equals("child") && underFour) || (party.equals("school") && age < 5) || !chance(0.85)) {
                continue;
            }
            consultation.add(new Consulted(party, true, chance(party.equals("carer") ? 0.8 : 0.5)));
        }
        LocalDate report = null;
        double r = random.nextDouble();
        if (r < 0.85) {
            report = calendar.workingDaysBefore(first, between(3, 10));
        } else if (r < 0.96) {
            report = calendar.workingDaysBefore(first, between(0, 2));
        }
        LocalDate recommendations = known(chance(0.9) ? calendar.workingDaysAfter(last, between(0, 5))
                : calendar.workingDaysAfter(last, between(6, 15)), 0.97);
        LocalDate record = known(chance(0.85) ? calendar.workingDaysAfter(last, between(5, 20))
                : calendar.workingDaysAfter(last, between(21, 40)), 0.95);
        LocalDate letter = shortBreaks || underFour && chance(0.5) ? null
                : known(chance(0.85) ? calendar.workingDaysAfter(last, between(5, 20))
                : calendar.workingDaysAfter(last, between(21, 35)), 0.85);
        LocalDate reportDue = calendar.workingDaysBefore(first, 3);
        boolean reportOnTime = report != null && !report.isAfter(reportDue);
        return new Review(meetings, code, methods, chaired, advocacy, advocacyType, provider, consultation, report,
                recommendations, record, letter, booking, qaCompleted(last), qaAnswers(reportOnTime, code));
    }

    /** Most QA forms within the record's 20 working days, some late, a few never; only those done by today. */
    private LocalDate qaCompleted(LocalDate last) {
        double r = quality.nextDouble();
        LocalDate done = r < 0.85 ? calendar.workingDaysAfter(last, 1 + quality.nextInt(15))
                : r < 0.95 ? calendar.workingDaysAfter(last, 21 + quality.nextInt(20)) : null;
        return done == null || done.isAfter(today) ? null : done;
    }

    /**
     * The default QA form's answers: the social work report's timeliness as the review recorded it, the child's views
     * as their participation code says, the rest in the proportions the seed reports' QA commentary suggests.
     */
    private Map<String, Object> qaAnswers(boolean reportOnTime, String participationCode) {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        answers.put("social-work-report-on-time", reportOnTime ? "yes" : "no");
        double q = quality.nextDouble();
        answers.put("social-work-report-quality", q < 0.1 ? 1 : q < 0.65 ? 2 : q < 0.95 ? 3 : 4);
        answers.put("care-plan-up-to-date", quality.nextDouble() < 0.88 ? "yes" : "no");
        double v = quality.nextDouble();
        answers.put("child-visited-and-seen-alone", v < 0.85 ? "yes" : v < 0.95 ? "no" : "not-applicable");
        answers.put("childs-views-captured", participationCode.equals("PN0") ? "not-applicable"
                : participationCode.equals("PN7") || quality.nextDouble() < 0.05 ? "no" : "yes");
        answers.put("health-and-pep-up-to-date", quality.nextDouble() < 0.8 ? "yes" : "no");
        double h = quality.nextDouble();
        answers.put("regulation-44-reports-considered", h < 0.85 ? "not-applicable" : h < 0.97 ? "yes" : "no");
        answers.put("placement-meets-needs", quality.nextDouble() < 0.9 ? "yes" : "no");
        return answers;
    }

    /** A fact that happened by today, with the chance that it happened at all. */
    private LocalDate known(LocalDate day, double likelihood) {
        return !day.isAfter(today) && chance(likelihood) ? day : null;
    }

    /** PN1–PN7 for a child of 4 or over: nine in ten take part, six in ten attend; teenagers attend less. */
    private String participation(int age) {
        double r = random.nextDouble();
        double attendLess = age >= 13 ? 0.08 : 0;
        if (r < 0.47 - attendLess) {
            return "PN1";
        }
        if (r < 0.52 - attendLess) {
            return "PN2";
        }
        if (r < 0.56 - attendLess) {
            return "PN3";
        }
        if (r < 0.59 - attendLess) {
            return "PN4";
        }
        if (r < 0.72) {
            return "PN5";
        }
        if (r < 0.94) {
            return "PN6";
        }
        return "PN7";
    }

    /** Methods that agree with the code (domain.md, "Participation"). */
    private List<String> methods(String code) {
        String attended = chance(0.85) ? "attended-in-person" : "attended-online";
        return switch (code) {
            case "PN1" -> chance(0.2) ? List.of(attended, "consultation-form") : List.of(attended);
            case "PN2" -> List.of(attended, chance(0.6) ? "advocate" : "met-iro-separately");
            case "PN3" -> List.of("attended-in-person", "iro-observation");
            case "PN4" -> List.of(attended);
            case "PN5" -> List.of(chance(0.5) ? "advocate" : "met-iro-separately");
            case "PN6" -> List.of(pick("consultation-form", "app", "app", "through-social-worker",
                    "discussion-with-iro"));
            case "PN7" -> List.of();
            default -> chance(0.5) ? List.of("iro-observation") : List.of();
        };
    }

    // --- dispute resolution -------------------------------------------------------------------------------------

    /**
     * An alert raised on {@code on}: two thirds start informally; each stage is answered (in time seven times in ten)
     * and then resolved or escalated, fewer at each rung; one in twenty is raised with a partner agency.
     */
    private Alert alert(LocalDate on, LocalDate lastDay) {
        List<String> reasons = new ArrayList<>(List.of(pick(REASONS)));
        if (chance(0.3)) {
            String second = pick(REASONS);
            if (!reasons.contains(second)) {
                reasons.add(second);
            }
        }
        boolean partner = chance(0.05);
        int stage = Math.min(rungs - 1, partner ? 1 : chance(0.67) ? 0 : 1);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("raised", on, stage, List.of()));
        LocalDate day = on;
        while (true) {
            LocalDate response = calendar.workingDaysAfter(day, chance(0.7) ? between(1, 5) : between(6, 12));
            if (response.isAfter(today) || response.isAfter(lastDay)) {
                return alertOf(on, reasons, partner, withdrawnIfCareEnded(steps, lastDay, stage));
            }
            steps.add(new Step("response", response, stage, List.of()));
            double escalate = stage == 0 ? 0.3 : stage == 1 ? 0.25 : stage == 2 ? 0.25 : 0.1;
            LocalDate next = calendar.workingDaysAfter(response, between(1, 4));
            if (next.isAfter(today) || next.isAfter(lastDay)) {
                return alertOf(on, reasons, partner, withdrawnIfCareEnded(steps, lastDay, stage));
            }
            if (!partner && stage < rungs - 1 && chance(escalate)) {
                stage++;
                steps.add(new Step("escalation", next, stage, List.of()));
                day = next;
                continue;
            }
            steps.add(new Step("resolution", next, stage,
                    chance(0.2) ? List.of(pick(IMPACTS), "views-heard") : List.of(pick(IMPACTS))));
            return alertOf(on, reasons, partner, steps);
        }
    }

    /**
     * Alerts are raised on working days: the next one from {@code day}, or the one before when the next lies past
     * {@code to} (today, or the period's last day: a weekend today would otherwise raise an alert tomorrow, which the
     * service refuses); null when the window holds none.
     */
    private LocalDate workingDayNear(LocalDate day, LocalDate from, LocalDate to) {
        for (LocalDate on = day; !on.isAfter(to); on = on.plusDays(1)) {
            if (calendar.isWorkingDay(on)) {
                return on;
            }
        }
        for (LocalDate on = day.minusDays(1); !on.isBefore(from); on = on.minusDays(1)) {
            if (calendar.isWorkingDay(on)) {
                return on;
            }
        }
        return null;
    }

    /** An alert still open when the child's care ended is withdrawn that day: there is no plan left to challenge. */
    private List<Step> withdrawnIfCareEnded(List<Step> steps, LocalDate lastDay, int stage) {
        if (lastDay.isBefore(today)) {
            steps.add(new Step("withdrawal", lastDay, stage, List.of()));
        }
        return steps;
    }

    private Alert alertOf(LocalDate on, List<String> reasons, boolean partner, List<Step> steps) {
        return new Alert(on, List.copyOf(reasons), partner ? pick(AGENCIES) : null, partner ? pick(THEMES) : null,
                List.copyOf(steps));
    }

    // --- the domain's view of the child, for the schedule --------------------------------------------------------

    static Child domainChild(String id, LocalDate born, String gender, String ethnicity, List<Period> periods) {
        List<PeriodOfCare> care = periods.stream().map(p -> new PeriodOfCare(p.start(), p.end(),
                p.endReason() == null ? null : new EndReason(p.endReason()), true,
                p.legalStatuses().stream().map(s -> new LegalStatusSpell(s.from(), LegalStatus.valueOf(s.code())))
                        .toList(),
                p.placements().stream().map(pl -> new org.openiro.children.Placement(pl.start(),
                        new PlacementType(pl.type()), pl.over20Miles(), pl.planned())).toList())).toList();
        return new Child(AuthorityCode.of("generated"), ChildId.of(id), new Child.Demographics(null, born,
                Gender.of("gender", gender), Ethnicity.valueOf(ethnicity), false, false), care, null);
    }

    // --- chance ---------------------------------------------------------------------------------------------------

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private int poisson(double mean) {
        int k = 0;
        double p = Math.exp(-mean);
        double s = p;
        double u = random.nextDouble();
        while (u > s && k < 50) {
            k++;
            p *= mean / k;
            s += p;
        }
        return k;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
