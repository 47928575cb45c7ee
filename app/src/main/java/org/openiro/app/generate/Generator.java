package org.openiro.app.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.openiro.app.generate.Synthetic.Allocation;
import org.openiro.app.generate.Synthetic.Iro;
import org.openiro.app.generate.Synthetic.Person;
import org.openiro.app.generate.Synthetic.SocialWorker;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.authority.PolicyOverrides;
import org.openiro.authority.PolicyPresets;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.reviews.ReviewSchedule;

/**
 * Invents whole authorities from a seed: the same seed and day give the same data, to the last date. Each authority
 * has its children (see {@link ChildStory}), the IROs who hold them at 50 to 70 children per full-time IRO, siblings
 * kept with one IRO, and social workers in teams with their managers. Authorities take the policy presets in turn
 * (statutory, county A, borough B, unitary C, city D), so every ladder and timescale of domain.md is exercised.
 */
public final class Generator {

    private static final String[] PRESETS = {"statutory", "county-a", "borough-b", "unitary-c", "city-d"};
    private static final String[] FIRST = {"Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Chris", "Hannah", "Kwame",
        "Laura", "Marek", "Nadia", "Owen", "Ruth", "Sunil", "Tess", "Yusuf", "Zoe", "Bea", "Dan", "Ellie", "Femi"};
    private static final String[] LAST = {"Ashby", "Barnes", "Chowdhury", "Davies", "Evans", "Fletcher", "Green",
        "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Roberts",
        "Shaw", "Taylor", "Walsh", "Young"};

    /**
     * @param children the children of all the authorities together, split as authorities' sizes fall (1/√rank)
     * @param years    how far back the data set reaches: children in care at some time in those years, with their
     *                 whole history of care
     */
    public record Settings(int authorities, int children, int years, long seed, LocalDate today) {
        public Settings {
            if (authorities < 1 || children < authorities || years < 1 || years > 10) {
                throw new IllegalArgumentException("at least one authority, a child each, and 1 to 10 years");
            }
        }
    }

    private final Settings settings;
    private final WorkingDayCalendar calendar = BankHolidayCalendar.englandAndWales();
    private final ReviewSchedule schedule = new ReviewSchedule(calendar);

    public Generator(Settings settings) {
        this.settings = settings;
    }

    /** The authorities' codes: {@code demo} alone when there is one, else {@code a001}, {@code a002}, … */
    List<String> codes() {
        return settings.authorities() == 1 ? List.of("demo")
                : IntStream.rangeClosed(1, settings.authorities()).mapToObj(i -> "a%03d".formatted(i)).toList();
    }

    /** How many children each authority has: the largest first, falling as 1/√rank, every one at least one. */
    int[] sizes() {
        int n = settings.authorities();
        double[] weights = IntStream.rangeClosed(1, n).mapToDouble(r -> 1 / Math.sqrt(r)).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        int[] sizes = new int[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            sizes[i] = Math.max(1, (int) Math.floor(settings.children() * weights[i] / total));
            given += sizes[i];
        }
        sizes[0] += settings.children() - given;
        return sizes;
    }

    public Synthetic.Authority authority(int index) {
        String code = codes().get(index);
        String preset = PRESETS[index % PRESETS.length];
        String name = settings.authorities() == 1 ? "Demo County Council" : "Synthetic Council " + (index + 1);
        int size = sizes()[index];
        long seed = settings.seed() * 1_000_003L + index;
        Policy policy = PolicyPresets.policy(preset, PolicyOverrides.NONE);
        LocalDate today = settings.today();
        LocalDate windowStart = today.minusYears(settings.years());
        List<String> providers = List.of("advocacy-plus", "voices");
        List<ChildStory.Told> told = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ChildStory story = new ChildStory(seed * 0x9E3779B97F4A7C15L + i, today, windowStart, PolicyHistory.of(policy), schedule, calendar, providers,
                    policy.escalation().ladder().stages().size());
            told.add(story.tell("%s%06d".formatted(code.equals("demo") ? "D" : "C", i + 1)));
        }
        return cast(code, name, preset, told, new SplittableRandom(seed), windowStart);
    }

    /** The people around the children: IROs in balance at the end, siblings together, social workers in teams. */
    private Synthetic.Authority cast(String code, String name, String preset, List<ChildStory.Told> told,
                                     SplittableRandom random, LocalDate windowStart) {
        LocalDate today = settings.today();
        long lookedAfter = told.stream().filter(c -> !c.shortBreaks() && c.periods().stream()
                .anyMatch(p -> p.end() == null)).count();
        List<Iro> iros = new ArrayList<>();
        double fte = 0;
        while (fte == 0 || lookedAfter / fte > 60) {
            int n = iros.size() + 1;
            double f = random.nextDouble() < 0.85 ? 1.0 : new double[] {0.5, 0.6, 0.8}[random.nextInt(3)];
            double e = random.nextDouble();
            iros.add(new Iro("iro-" + n, FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                    f, e < 0.8 ? "permanent" : e < 0.9 ? "fixed-term" : "agency", n % 2 == 0 ? "South" : "North",
                    windowStart.minusYears(8)));
            fte += f;
        }
        double[] load = new double[iros.size()];
        int teams = Math.max(1, (told.size() + 89) / 90);
        List<Synthetic.Child> children = new ArrayList<>(told.size());
        String group = null;
        int groupLeft = 0;
        int groupIro = -1;
        for (int i = 0; i < told.size(); i++) {
            ChildStory.Told c = told.get(i);
            boolean open = c.periods().stream().anyMatch(p -> p.end() == null) && !c.shortBreaks();
            if (groupLeft == 0 && random.nextDouble() < 0.1 && i + 1 < told.size()) {
                group = "sib-" + c.id();
                groupLeft = 1 + random.nextInt(2);
                groupIro = -1;
            } else if (groupLeft > 0) {
                groupLeft--;
            } else {
                group = null;
            }
            int iro = groupIro >= 0 && group != null ? groupIro : lightest(load, iros);
            if (group != null) {
                groupIro = iro;
            }
            load[iro] += open ? 1 : 0.05;
            LocalDate from = c.periods().get(0).start();
            List<Allocation> allocations = new ArrayList<>();
            LocalDate lastStart = c.periods().get(c.periods().size() - 1).start();
            if (iros.size() > 1 && random.nextDouble() < 0.12 && lastStart.isBefore(today.minusMonths(6))) {
                int before = (iro + 1 + random.nextInt(iros.size() - 1)) % iros.size();
                LocalDate change = later(lastStart, windowStart).plusDays(random.nextInt(150) + 30);
                if (change.isBefore(today)) {
                    allocations.add(new Allocation(iros.get(before).id(), from, null));
                    from = change;
                }
            }
            allocations.add(new Allocation(iros.get(iro).id(), from,
                    allocations.isEmpty() ? null : random.nextBoolean() ? "IRO left the service" : "caseload balance"));
            int team = i % teams;
            int worker = (i / teams) % 6;
            SocialWorker sw = new SocialWorker(person("sw-" + (team * 6 + worker + 1)),
                    "Children in Care " + (team + 1), person("tm-" + (team + 1)));
            children.add(new Synthetic.Child(c.id(), c.born(), c.gender(), c.ethnicity(), c.uasc(), c.disability(),
                    upn(random), c.periods(), sw, allocations, group, c.reviews(), c.upcoming(), c.midways(),
                    c.alerts(), c.referrals(), c.visitorMatched(), c.goodPractice()));
        }
        int population = (int) Math.max(10_000, lookedAfter * 10_000 / 70);
        return new Synthetic.Authority(code, name, preset, population, iros, children);
    }

    private static int lightest(double[] load, List<Iro> iros) {
        return IntStream.range(0, load.length).boxed()
                .min(Comparator.comparingDouble(i -> load[i] / iros.get(i).fte())).orElseThrow();
    }

    /** A person named from their id, so that the same id always has the same invented name. */
    static Person person(String id) {
        int h = Math.floorMod(id.hashCode() * 31 + 7, FIRST.length * LAST.length);
        return new Person(id, FIRST[h % FIRST.length] + " " + LAST[h / FIRST.length], id + "@example.org");
    }

    /** A unique pupil number's shape (a letter and twelve digits), invented. */
    private static String upn(SplittableRandom random) {
        return "A" + String.format("%012d", random.nextLong(1_000_000_000_000L));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public Settings settings() {
        return settings;
    }
}
