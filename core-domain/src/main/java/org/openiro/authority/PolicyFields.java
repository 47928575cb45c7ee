package org.openiro.authority;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.openiro.authority.Policy.AdvocacyProvider;
import org.openiro.authority.Policy.AlertReason;
import org.openiro.authority.Policy.CaseloadBand;
import org.openiro.authority.Policy.ClockStarts;
import org.openiro.authority.Policy.Deadlines;
import org.openiro.authority.Policy.Escalation;
import org.openiro.authority.Policy.Midway;
import org.openiro.authority.Policy.MidwayReview;
import org.openiro.authority.Policy.PathwayPlanReviews;
import org.openiro.authority.Policy.ReviewTiming;
import org.openiro.authority.Policy.Targets;
import org.openiro.authority.Policy.UnregulatedPlacements;
import org.openiro.shared.InvalidInput;

/**
 * Every setting of a policy, by the name the API and the stored policy give it (domain.md, "Policies"), with where
 * it sits in {@link Policy} and how it reads and writes as plain JSON values (numbers, booleans, words, lists and
 * maps of them). This one table is what overrides a setting ({@link PolicyOverrides}), what the stored policy and
 * the API are written from and read into ({@link #write}, {@link #read}, {@link #writeForApi}), and so the only
 * place besides {@link Policy} and the API's own body that a new setting is added to.
 */
public final class PolicyFields {

    /**
     * One setting: its name, how to read it from a policy and set it on one, and its plain JSON form.
     *
     * @param <T> the setting's type in the domain
     */
    public static final class Field<T> {
        private final String name;
        private final Function<Policy, T> get;
        private final BiFunction<Policy, T, Policy> set;
        private final Plain<T> plain;

        private Field(String name, Function<Policy, T> get, BiFunction<Policy, T, Policy> set, Plain<T> plain) {
            this.name = name;
            this.get = get;
            this.set = set;
            this.plain = plain;
        }

        /** The setting's name in the API and the stored policy ({@code firstReviewWorkingDays}). */
        public String name() {
            return name;
        }

        /** The name a refusal gives it ({@code policy.firstReviewWorkingDays}). */
        public String field() {
            return "policy." + name;
        }

        public T of(Policy policy) {
            return get.apply(policy);
        }

        /** The policy with this setting changed; refused as the setting's own record refuses it. */
        public Policy set(Policy policy, T value) {
            return set.apply(policy, value);
        }

        Object write(Policy policy) {
            return plain.write(of(policy));
        }

        T read(Object value) {
            return plain.read(value, field());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A setting's plain JSON form: written as numbers, booleans, words, lists and maps; read back, or refused. */
    private interface Plain<T> {
        Object write(T value);

        /** The value of {@code plain}; null as a null primitive reads (0, false), so that the record judges it. */
        T read(Object plain, String field);
    }

    private static final Plain<Integer> INT = plain(v -> v, (o, f) -> o == null ? 0 : number(o, f).intValue());
    private static final Plain<Integer> OPTIONAL_INT = plain(v -> v, (o, f) -> o == null ? null : number(o, f).intValue());
    private static final Plain<Boolean> BOOLEAN = plain(v -> v, (o, f) -> o == null ? Boolean.FALSE : bool(o, f));
    private static final Plain<List<String>> CODES = plain(v -> v, (o, f) -> o == null ? null
            : list(o, f).stream().map(c -> text(c, f)).toList());
    private static final Plain<CaseloadBand> BAND = plain(v -> map("min", v.min(), "max", v.max()),
            (o, f) -> o == null ? null : new CaseloadBand(INT.read(object(o, f).get("min"), f + ".min"),
                    INT.read(object(o, f).get("max"), f + ".max")));
    private static final Plain<List<LadderStage>> STAGES = plain(
            v -> v.stream().map(s -> map("id", s.id(), "respondentRole", s.respondentRole().word(),
                    "workingDays", s.workingDays())).toList(),
            (o, f) -> o == null ? null : list(o, f).stream().map(s -> object(s, f)).map(s -> new LadderStage(
                    text(s.get("id"), f + ".id"), text(s.get("respondentRole"), f + ".respondentRole"),
                    INT.read(s.get("workingDays"), f + ".workingDays"))).toList());
    /** As stored: the ladder's name and its stages ({@link #writeForApi} splits them for the API). */
    private static final Plain<EscalationLadder> LADDER = plain(
            v -> map("preset", v.preset().word(), "stages", STAGES.write(v.stages())),
            (o, f) -> o == null ? null : new EscalationLadder(text(object(o, f).get("preset"), f + ".preset"),
                    STAGES.read(object(o, f).get("stages"), f)));
    private static final Plain<List<AlertReason>> REASONS = plain(
            v -> v.stream().map(r -> map("id", r.id(), "label", r.label())).toList(),
            (o, f) -> o == null ? null : list(o, f).stream().map(r -> object(r, f))
                    .map(r -> new AlertReason(text(r.get("id"), f + ".id"), text(r.get("label"), f + ".label")))
                    .toList());
    private static final Plain<List<AdvocacyProvider>> PROVIDERS = plain(
            v -> v.stream().map(p -> map("id", p.id(), "name", p.name(),
                    "annualReferralTarget", p.annualReferralTarget())).toList(),
            (o, f) -> o == null ? null : list(o, f).stream().map(p -> object(p, f))
                    .map(p -> new AdvocacyProvider(text(p.get("id"), f + ".id"), text(p.get("name"), f + ".name"),
                            OPTIONAL_INT.read(p.get("annualReferralTarget"), f + ".annualReferralTarget")))
                    .toList());
    private static final Plain<Targets> SHARES = plain(
            v -> map("reviewsInTimescale", v.reviewsInTimescale(), "participation", v.participation(),
                    "recordsInTimescale", v.recordsInTimescale()),
            (o, f) -> o == null ? null : new Targets(share(object(o, f).get("reviewsInTimescale"), f),
                    share(object(o, f).get("participation"), f), share(object(o, f).get("recordsInTimescale"), f)));

    // The settings, in the order the API and the stored policy write them.

    public static final Field<PolicyPreset> PRESET = new Field<>("preset", Policy::preset, Policy::with,
            plain(PolicyPreset::word, (o, f) -> PolicyPreset.of((String) o)));

    public static final Field<Integer> FIRST_REVIEW_WORKING_DAYS = new Field<>("firstReviewWorkingDays",
            p -> p.timing().firstReviewWorkingDays(),
            (p, v) -> p.with(new ReviewTiming(v, p.timing().secondReviewMonths(), p.timing().laterReviewMonths())),
            INT);
    public static final Field<Integer> SECOND_REVIEW_MONTHS = new Field<>("secondReviewMonths",
            p -> p.timing().secondReviewMonths(),
            (p, v) -> p.with(new ReviewTiming(p.timing().firstReviewWorkingDays(), v, p.timing().laterReviewMonths())),
            INT);
    public static final Field<Integer> LATER_REVIEW_MONTHS = new Field<>("laterReviewMonths",
            p -> p.timing().laterReviewMonths(),
            (p, v) -> p.with(new ReviewTiming(p.timing().firstReviewWorkingDays(), p.timing().secondReviewMonths(), v)),
            INT);

    public static final Field<List<String>> UNREGULATED_PLACEMENT_TYPES = new Field<>("unregulatedPlacementTypes",
            p -> p.unregulated().placementTypes(),
            (p, v) -> p.with(new UnregulatedPlacements(v, p.unregulated().reviewMonths(),
                    p.unregulated().visitWorkingDays())),
            CODES);
    public static final Field<Integer> UNREGULATED_REVIEW_MONTHS = new Field<>("unregulatedReviewMonths",
            p -> p.unregulated().reviewMonths(),
            (p, v) -> p.with(new UnregulatedPlacements(p.unregulated().placementTypes(), v,
                    p.unregulated().visitWorkingDays())),
            OPTIONAL_INT);
    public static final Field<Integer> UNREGULATED_VISIT_WORKING_DAYS = new Field<>("unregulatedVisitWorkingDays",
            p -> p.unregulated().visitWorkingDays(),
            (p, v) -> p.with(new UnregulatedPlacements(p.unregulated().placementTypes(),
                    p.unregulated().reviewMonths(), v)),
            OPTIONAL_INT);

    public static final Field<Integer> RECORD_DEADLINE_WORKING_DAYS = new Field<>("recordDeadlineWorkingDays",
            p -> p.deadlines().recordWorkingDays(),
            (p, v) -> p.with(new Deadlines(v, p.deadlines().letterWorkingDays(),
                    p.deadlines().recommendationsWorkingDays(), p.deadlines().socialWorkReportLeadWorkingDays(),
                    p.deadlines().reviewDueSoonWorkingDays())),
            INT);
    public static final Field<Integer> LETTER_DEADLINE_WORKING_DAYS = new Field<>("letterDeadlineWorkingDays",
            p -> p.deadlines().letterWorkingDays(),
            (p, v) -> p.with(new Deadlines(p.deadlines().recordWorkingDays(), v,
                    p.deadlines().recommendationsWorkingDays(), p.deadlines().socialWorkReportLeadWorkingDays(),
                    p.deadlines().reviewDueSoonWorkingDays())),
            INT);
    public static final Field<Integer> RECOMMENDATIONS_DEADLINE_WORKING_DAYS = new Field<>(
            "recommendationsDeadlineWorkingDays",
            p -> p.deadlines().recommendationsWorkingDays(),
            (p, v) -> p.with(new Deadlines(p.deadlines().recordWorkingDays(), p.deadlines().letterWorkingDays(), v,
                    p.deadlines().socialWorkReportLeadWorkingDays(), p.deadlines().reviewDueSoonWorkingDays())),
            INT);
    public static final Field<Integer> SOCIAL_WORK_REPORT_LEAD_WORKING_DAYS = new Field<>(
            "socialWorkReportLeadWorkingDays",
            p -> p.deadlines().socialWorkReportLeadWorkingDays(),
            (p, v) -> p.with(new Deadlines(p.deadlines().recordWorkingDays(), p.deadlines().letterWorkingDays(),
                    p.deadlines().recommendationsWorkingDays(), v, p.deadlines().reviewDueSoonWorkingDays())),
            INT);
    public static final Field<Integer> REVIEW_DUE_SOON_WORKING_DAYS = new Field<>("reviewDueSoonWorkingDays",
            p -> p.deadlines().reviewDueSoonWorkingDays(),
            (p, v) -> p.with(new Deadlines(p.deadlines().recordWorkingDays(), p.deadlines().letterWorkingDays(),
                    p.deadlines().recommendationsWorkingDays(), p.deadlines().socialWorkReportLeadWorkingDays(), v)),
            INT);

    public static final Field<MidwayReview> MIDWAY_REVIEW = new Field<>("midwayReview",
            p -> p.midway().review(),
            (p, v) -> p.with(new Midway(v, p.midway().driftOpensAlert())),
            word(MidwayReview.class));
    public static final Field<Boolean> MIDWAY_DRIFT_OPENS_ALERT = new Field<>("midwayDriftOpensAlert",
            p -> p.midway().driftOpensAlert(),
            (p, v) -> p.with(new Midway(p.midway().review(), v)),
            BOOLEAN);

    public static final Field<CaseloadBand> CASELOAD_BAND = new Field<>("caseloadBand",
            Policy::caseloadBand, Policy::with, BAND);

    public static final Field<PathwayPlanReviews> PATHWAY_PLAN_REVIEWS = new Field<>("pathwayPlanReviews",
            Policy::pathwayPlanReviews, Policy::with, word(PathwayPlanReviews.class));

    public static final Field<Boolean> ONLINE_ATTENDANCE_COUNTS = new Field<>("onlineAttendanceCounts",
            Policy::onlineAttendanceCounts, Policy::withOnlineAttendanceCounts, BOOLEAN);

    public static final Field<ClockStarts> ESCALATION_CLOCK_STARTS = new Field<>("escalationClockStarts",
            p -> p.escalation().clockStarts(),
            (p, v) -> p.with(new Escalation(v, p.escalation().limitWorkingDays(), p.escalation().ladder(),
                    p.escalation().reasons())),
            word(ClockStarts.class));
    public static final Field<Integer> ESCALATION_LIMIT_WORKING_DAYS = new Field<>("escalationLimitWorkingDays",
            p -> p.escalation().limitWorkingDays(),
            (p, v) -> p.with(new Escalation(p.escalation().clockStarts(), v, p.escalation().ladder(),
                    p.escalation().reasons())),
            INT);
    public static final Field<EscalationLadder> ESCALATION_LADDER = new Field<>("escalationLadder",
            p -> p.escalation().ladder(),
            (p, v) -> p.with(new Escalation(p.escalation().clockStarts(), p.escalation().limitWorkingDays(), v,
                    p.escalation().reasons())),
            LADDER);
    public static final Field<List<AlertReason>> ALERT_REASONS = new Field<>("alertReasons",
            p -> p.escalation().reasons(),
            (p, v) -> p.with(new Escalation(p.escalation().clockStarts(), p.escalation().limitWorkingDays(),
                    p.escalation().ladder(), v)),
            REASONS);

    public static final Field<List<AdvocacyProvider>> ADVOCACY_PROVIDERS = new Field<>("advocacyProviders",
            Policy::advocacyProviders, Policy::withAdvocacyProviders, PROVIDERS);

    public static final Field<Targets> TARGETS = new Field<>("targets", Policy::targets, Policy::with, SHARES);

    /** Every setting, in the order they are written. */
    public static final List<Field<?>> ALL = List.of(PRESET, FIRST_REVIEW_WORKING_DAYS, SECOND_REVIEW_MONTHS,
            LATER_REVIEW_MONTHS, UNREGULATED_PLACEMENT_TYPES, UNREGULATED_REVIEW_MONTHS,
            UNREGULATED_VISIT_WORKING_DAYS, RECORD_DEADLINE_WORKING_DAYS, LETTER_DEADLINE_WORKING_DAYS,
            RECOMMENDATIONS_DEADLINE_WORKING_DAYS, SOCIAL_WORK_REPORT_LEAD_WORKING_DAYS, REVIEW_DUE_SOON_WORKING_DAYS,
            MIDWAY_REVIEW, MIDWAY_DRIFT_OPENS_ALERT, CASELOAD_BAND, PATHWAY_PLAN_REVIEWS, ONLINE_ATTENDANCE_COUNTS,
            ESCALATION_CLOCK_STARTS, ESCALATION_LIMIT_WORKING_DAYS, ESCALATION_LADDER, ALERT_REASONS,
            ADVOCACY_PROVIDERS, TARGETS);

    /** The API's name for the preset of its escalation ladder, written beside the ladder's stages. */
    public static final String ESCALATION_PRESET = "escalationPreset";

    private PolicyFields() {
    }

    /** The setting of this name; empty for a name no setting has. */
    public static java.util.Optional<Field<?>> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The policy as stored: every setting by name, the ladder as {@code {preset, stages}}. */
    public static Map<String, Object> write(Policy policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field<?> field : ALL) {
            out.put(field.name(), field.write(policy));
        }
        return out;
    }

    /**
     * A stored policy read back. A setting missing from it (a policy stored before the setting existed) is the
     * statutory one, so that adding a setting needs no migration; a setting stored as null reads as null does (none,
     * or 0 and false, which its record then judges).
     */
    public static Policy read(Map<String, ?> stored) {
        Policy policy = Policy.statutory();
        for (Field<?> field : ALL) {
            if (stored.containsKey(field.name())) {
                policy = readInto(field, policy, stored.get(field.name()));
            }
        }
        return policy;
    }

    private static <T> Policy readInto(Field<T> field, Policy policy, Object plain) {
        return field.set(policy, field.read(plain));
    }

    /**
     * The policy as the API writes it (api.md): as stored, but with the ladder's preset as {@code escalationPreset}
     * after {@code preset}, and {@code escalationLadder} its list of stages.
     */
    public static Map<String, Object> writeForApi(Policy policy) {
        Map<String, Object> stored = write(policy);
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> setting : stored.entrySet()) {
            out.put(setting.getKey(), setting.getValue());
            if (setting.getKey().equals(PRESET.name())) {
                out.put(ESCALATION_PRESET, ESCALATION_LADDER.of(policy).preset().word());
            }
        }
        out.put(ESCALATION_LADDER.name(), STAGES.write(ESCALATION_LADDER.of(policy).stages()));
        return out;
    }

    /** A ladder's stages as the API writes them, read. */
    static List<LadderStage> readStages(Object plain) {
        return STAGES.read(plain, ESCALATION_LADDER.field());
    }

    private static <T> Plain<T> plain(Function<T, Object> write, BiFunction<Object, String, T> read) {
        return new Plain<>() {
            @Override
            public Object write(T value) {
                return value == null ? null : write.apply(value);
            }

            @Override
            public T read(Object plain, String field) {
                return read.apply(plain, field);
            }
        };
    }

    private static <E extends Enum<E> & PolicyWord> Plain<E> word(Class<E> type) {
        return plain(PolicyWord::word, (o, f) -> o == null ? null : PolicyWord.of(type, text(o, f), f));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    private static Number number(Object plain, String field) {
        if (plain instanceof Number n) {
            return n;
        }
        throw new InvalidInput(field, "must be a number");
    }

    private static Double share(Object plain, String field) {
        return plain == null ? null : number(plain, field).doubleValue();
    }

    private static Boolean bool(Object plain, String field) {
        if (plain instanceof Boolean b) {
            return b;
        }
        throw new InvalidInput(field, "must be true or false");
    }

    private static String text(Object plain, String field) {
        if (plain == null || plain instanceof String) {
            return (String) plain;
        }
        throw new InvalidInput(field, "must be text");
    }

    private static List<?> list(Object plain, String field) {
        if (plain instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        throw new InvalidInput(field, "must be a list");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object plain, String field) {
        if (plain instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new InvalidInput(field, "must be an object");
    }
}
