package org.openiro.app.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiro.app.generate.Synthetic.Child;
import org.openiro.app.generate.Synthetic.Review;
import org.openiro.authority.PolicyHistory;
import org.openiro.authority.PolicyOverrides;
import org.openiro.authority.PolicyPresets;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.children.Ethnicity;
import org.openiro.reviews.HeldReview;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.ReviewTiming;
import org.openiro.files.CsvSsda903Reader;
import org.openiro.ssda903.Ssda903Upload;
import org.openiro.ssda903.Ssda903Check;

/**
 * The generated county looks like the IRO services of the published annual reports (issue 10), measured the way the
 * service report measures it, over the last year of three: who the children are, how their reviews went, how often
 * IROs challenged drift, and how many children each IRO holds.
 */
class GeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final LocalDate YEAR_START = TODAY.minusYears(1);
    static Synthetic.Authority county;
    static List<Child> lookedAfter;
    static List<Review> reviewsInYear;

    @BeforeAll
    static void generate() {
        county = new Generator(new Generator.Settings(1, 3000, 3, 42, TODAY)).authority(0);
        lookedAfter = county.children().stream().filter(c -> !shortBreaks(c))
                .filter(c -> c.periods().stream().anyMatch(p -> p.end() == null)).toList();
        reviewsInYear = county.children().stream().filter(c -> !shortBreaks(c)).flatMap(c -> c.reviews().stream())
                .filter(r -> !r.held().isBefore(YEAR_START) && r.held().isBefore(TODAY)).toList();
    }

    static boolean shortBreaks(Child c) {
        return c.periods().stream().allMatch(p -> p.legalStatuses().stream().allMatch(s -> s.code().startsWith("V3")));
    }

    static double share(List<?> all, long part) {
        return (double) part / all.size();
    }

    static <T> double share(List<T> all, Predicate<T> test) {
        return share(all, all.stream().filter(test).count());
    }

    @Test
    void the_same_seed_and_day_make_the_same_county_to_the_last_request() {
        Generator again = new Generator(new Generator.Settings(1, 3000, 3, 42, TODAY));
        assertThat(Load.calls(again.authority(0))).isEqualTo(Load.calls(county));
        assertThat(Load.calls(new Generator(new Generator.Settings(1, 3000, 3, 43, TODAY)).authority(0)))
                .isNotEqualTo(Load.calls(county));
    }

    @Test
    void children_looked_after_are_a_little_over_half_boys_mostly_ten_and_over_and_mostly_white() {
        assertThat(lookedAfter.size()).as("about two thirds of the children of three years are in care at the end")
                .isBetween(1500, 2400);
        assertThat(share(lookedAfter, c -> c.gender().equals("male"))).isBetween(0.54, 0.61);
        Map<Integer, Long> byAge = lookedAfter.stream().collect(Collectors.groupingBy(
                c -> (int) ChronoUnit.YEARS.between(c.born(), TODAY), Collectors.counting()));
        int commonest = byAge.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(commonest).as("the largest single year of age").isBetween(15, 17);
        double tenToFifteen = share(lookedAfter, c -> age(c) >= 10 && age(c) <= 15);
        double sixteenUp = share(lookedAfter, c -> age(c) >= 16);
        assertThat(tenToFifteen).as("aged 10-15").isBetween(0.33, 0.45);
        assertThat(tenToFifteen + sixteenUp).as("aged 10-17").isBetween(0.55, 0.75);
        assertThat(share(lookedAfter, c -> group(c).equals("white"))).isBetween(0.65, 0.82);
        for (String group : List.of("mixed", "asian", "black")) {
            assertThat(share(lookedAfter, c -> group(c).equals(group))).as(group).isBetween(0.04, 0.12);
        }
        List<Child> entrants = county.children().stream().filter(c -> c.periods().stream()
                .anyMatch(p -> !p.start().isBefore(TODAY.minusYears(3)))).filter(c -> !shortBreaks(c)).toList();
        assertThat(share(entrants, Child::uasc)).as("UASC among entrants").isBetween(0.10, 0.20);
    }

    static int age(Child c) {
        return (int) ChronoUnit.YEARS.between(c.born(), TODAY);
    }

    static String group(Child c) {
        return Ethnicity.valueOf(c.ethnicity()).group().id();
    }

    @Test
    void two_or_three_reviews_a_year_nearly_all_in_time_four_in_ten_rearranged_one_in_twenty_five_adjourned() {
        double childYears = county.children().stream().filter(c -> !shortBreaks(c))
                .flatMap(c -> c.periods().stream()).mapToDouble(p -> {
                    LocalDate from = p.start().isBefore(YEAR_START) ? YEAR_START : p.start();
                    LocalDate to = p.end() == null || p.end().isAfter(TODAY) ? TODAY : p.end();
                    return Math.max(0, ChronoUnit.DAYS.between(from, to)) / 365.25;
                }).sum();
        assertThat(reviewsInYear.size() / childYears).as("reviews a child-year").isBetween(2.0, 3.0);
        assertThat(share(reviewsInYear, r -> !r.booking().rearrangements().isEmpty())).isBetween(0.35, 0.45);
        assertThat(share(reviewsInYear, r -> r.booking().adjournment() != null)).isBetween(0.02, 0.06);
        assertThat(inTimescale()).as("measured by the review cycle itself").isBetween(0.90, 0.99);
    }

    /** Each review held in the year measured as the service measures it. */
    static double inTimescale() {
        ReviewSchedule schedule = new ReviewSchedule(BankHolidayCalendar.englandAndWales());
        PolicyHistory policy = PolicyHistory.of(PolicyPresets.policy("statutory", PolicyOverrides.NONE));
        long held = 0;
        long inTime = 0;
        for (Child c : county.children()) {
            if (shortBreaks(c)) {
                continue;
            }
            List<HeldReview> reviews = new java.util.ArrayList<>();
            for (int i = 0; i < c.reviews().size(); i++) {
                reviews.add(new HeldReview("r" + i, ReviewKind.CLA, new Meetings(c.reviews().get(i).meetings()), true));
            }
            var timings = schedule.compute(policy, ChildStory.domainChild(c.id(), c.born(), c.gender(),
                    c.ethnicity(), c.periods()), reviews, List.of()).timings();
            for (int i = 0; i < c.reviews().size(); i++) {
                LocalDate day = c.reviews().get(i).held();
                ReviewTiming timing = timings.get("r" + i);
                if (!day.isBefore(YEAR_START) && day.isBefore(TODAY) && timing != null) {
                    held++;
                    inTime += timing.inTimescale() ? 1 : 0;
                }
            }
        }
        return (double) inTime / held;
    }

    @Test
    void nine_in_ten_children_take_part_six_in_ten_attend_one_in_ten_has_an_advocate() {
        List<Review> overFour = reviewsInYear.stream().filter(r -> !r.participationCode().equals("PN0")).toList();
        assertThat(share(overFour, r -> ParticipationCode.valueOf(r.participationCode()).participated()))
                .isBetween(0.90, 0.98);
        assertThat(share(overFour, r -> ParticipationCode.valueOf(r.participationCode()).attended()))
                .isBetween(0.52, 0.66);
        assertThat(share(overFour, r -> "has-advocate".equals(r.advocacyStatus()))).isBetween(0.07, 0.15);
        for (Review review : reviewsInYear) {
            new Participation(ParticipationCode.valueOf(review.participationCode()), java.util.Set.copyOf(
                    review.methods()), review.chairedByChild()).checkAgreement(true);
        }
    }

    @Test
    void half_an_alert_a_child_year_two_thirds_informal_a_few_to_stage_three_and_a_handful_beyond() {
        List<Synthetic.Alert> alerts = county.children().stream().flatMap(c -> c.alerts().stream())
                .filter(a -> !a.raisedOn().isBefore(TODAY.minusYears(3))).toList();
        double childYears = county.children().stream().filter(c -> !shortBreaks(c))
                .flatMap(c -> c.periods().stream()).mapToDouble(p -> {
                    LocalDate from = p.start().isBefore(TODAY.minusYears(3)) ? TODAY.minusYears(3) : p.start();
                    LocalDate to = p.end() == null ? TODAY : p.end();
                    return Math.max(0, ChronoUnit.DAYS.between(from, to)) / 365.25;
                }).sum();
        assertThat(alerts.size() / childYears).isBetween(0.4, 0.6);
        assertThat(share(alerts, a -> a.steps().get(0).rung() == 0)).as("started informally").isBetween(0.58, 0.75);
        long third = alerts.stream().filter(a -> highest(a) >= 3).count();
        long beyond = alerts.stream().filter(a -> highest(a) >= 4).count();
        assertThat(third).as("reached stage 3").isBetween(5L, alerts.size() / 20L);
        assertThat(beyond).as("beyond stage 3").isBetween(1L, third / 3 + 1);
    }

    @Test
    void an_alert_still_open_when_the_childs_care_ended_is_withdrawn_not_left_open_for_years() {
        List<Synthetic.Alert> endedOpen = county.children().stream().flatMap(c -> c.alerts().stream()
                .filter(a -> {
                    String last = a.steps().get(a.steps().size() - 1).kind();
                    boolean closed = last.equals("resolution") || last.equals("withdrawal");
                    boolean careGoesOn = c.periods().stream().anyMatch(p -> p.end() == null
                            && !a.raisedOn().isBefore(p.start()));
                    return !closed && !careGoesOn;
                })).toList();
        assertThat(endedOpen).isEmpty();
        assertThat(county.children().stream().flatMap(c -> c.alerts().stream())
                .filter(a -> a.steps().get(a.steps().size() - 1).kind().equals("withdrawal"))).isNotEmpty();
    }

    @Test
    void on_any_day_of_the_week_nothing_is_recorded_after_today_and_alerts_are_raised_on_working_days() {
        // A demo started on a Sunday once raised an alert on the Monday after, which the service refuses.
        var calendar = org.openiro.calendar.BankHolidayCalendar.englandAndWales();
        for (LocalDate today = LocalDate.of(2026, 12, 1); today.isBefore(LocalDate.of(2026, 12, 29));
                today = today.plusDays(1)) {
            LocalDate day = today;
            List<Synthetic.Alert> alerts = new Generator(new Generator.Settings(1, 400, 3, 7, day)).authority(0)
                    .children().stream().flatMap(c -> c.alerts().stream()).toList();
            assertThat(alerts).as("alerts made on " + day).isNotEmpty();
            assertThat(alerts).allSatisfy(a -> {
                assertThat(calendar.isWorkingDay(a.raisedOn())).as("raised on a working day").isTrue();
                assertThat(a.steps()).allSatisfy(step -> assertThat(step.on()).isBeforeOrEqualTo(day));
            });
        }
    }

    static int highest(Synthetic.Alert alert) {
        return alert.steps().stream().mapToInt(Synthetic.Step::rung).max().orElse(0);
    }

    @Test
    void every_iro_holds_fifty_to_seventy_children_a_full_time_post_and_siblings_share_one() {
        Map<String, Long> caseloads = lookedAfter.stream().collect(Collectors.groupingBy(
                c -> c.allocations().get(c.allocations().size() - 1).iroId(), Collectors.counting()));
        for (Synthetic.Iro iro : county.iros()) {
            assertThat(caseloads.getOrDefault(iro.id(), 0L) / iro.fte()).as(iro.id()).isBetween(50.0, 70.0);
        }
        Map<String, List<Child>> siblings = county.children().stream().filter(c -> c.siblingGroup() != null)
                .collect(Collectors.groupingBy(Child::siblingGroup));
        assertThat(siblings).hasSizeGreaterThan(50);
        siblings.values().forEach(group -> assertThat(group.stream()
                .map(c -> c.allocations().get(c.allocations().size() - 1).iroId()).distinct()).hasSize(1));
    }

    @Test
    void the_ssda903_files_pass_every_check_of_the_import(@TempDir Path dir) throws IOException {
        Ssda903Files.Written written = Ssda903Files.write(county, TODAY, dir);

        assertThat(Ssda903Check.check(new CsvSsda903Reader().read(new Ssda903Upload(part(dir, "header.csv"),
                part(dir, "episodes.csv"), part(dir, "reviews.csv"), part(dir, "uasc.csv"))))).isEmpty();
        assertThat(written.children()).isEqualTo(3000);
        assertThat(written.episodes()).isGreaterThan(written.children() * 2);
        assertThat(Files.readAllLines(dir.resolve("reviews.csv"))).hasSize(written.reviews() + 1);
    }

    private static Ssda903Upload.Part part(Path dir, String file) {
        return new Ssda903Upload.Part(file, () -> Files.newInputStream(dir.resolve(file)));
    }
}
