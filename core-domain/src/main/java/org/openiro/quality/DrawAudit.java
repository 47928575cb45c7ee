package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.quality.FootprintCheck.Result;
import org.openiro.quality.port.in.DrawAuditUseCase;
import org.openiro.quality.port.in.ViewAuditsUseCase.AuditView;
import org.openiro.quality.port.out.CaseAuditRepository;
import org.openiro.quality.port.out.Cohorts;
import org.openiro.quality.port.out.FootprintFacts;
import org.openiro.quality.port.out.QaTemplateRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.FieldError;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;
import org.openiro.shared.UnitOfWork;
import org.openiro.workforce.port.out.WorkforceRepository;

/**
 * Dip-sample and footprint audits: drawn once from a cohort on a day, then answered child by child by the auditor
 * each child was given to. A footprint audit is of one IRO's children, never audited by that IRO.
 */
public final class DrawAudit implements DrawAuditUseCase {

    public static final int MAX_SAMPLE = 500;
    public static final int MAX_AUDITORS = 50;
    public static final int MAX_TITLE = 200;
    /** The largest seed a JavaScript number holds exactly, so that a browser can repeat a draw. */
    public static final long MAX_SEED = (1L << 53) - 1;
    private static final int LOOK_BACK_YEARS = 10;

    /** A peer's own questions on an IRO's footprint, beside the checks the service computes. */
    public static final List<Question> FOOTPRINT_QUESTIONS = List.of(
            new Question("oversight-visible", "The IRO's oversight is visible on the child's record between reviews"
                    + " (1 outstanding, 2 good, 3 requires improvement, 4 inadequate)", Scale.RATING, false),
            new Question("views-reflected", "The child's wishes and feelings are reflected in the review record",
                    Scale.YES_NO, false),
            new Question("recommendations-specific", "The review's recommendations are specific, timed and followed"
                    + " up", Scale.YES_NO, false),
            new Question("challenge-recorded", "Where the plan drifted, the IRO's challenge is on record",
                    Scale.YES_NO, false));

    private final AuthorityRepository authorities;
    private final WorkforceRepository workforce;
    private final QaTemplateRepository templates;
    private final CaseAuditRepository audits;
    private final Cohorts cohorts;
    private final FootprintFacts footprints;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final LongSupplier seeds;

    /** @param seeds where a seed comes from when the request names none: any value from 0 to {@link #MAX_SEED} */
    public DrawAudit(AuthorityRepository authorities, WorkforceRepository workforce, QaTemplateRepository templates,
                     CaseAuditRepository audits, Cohorts cohorts, FootprintFacts footprints,
                     WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock, LongSupplier seeds) {
        this.authorities = authorities;
        this.workforce = workforce;
        this.templates = templates;
        this.audits = audits;
        this.cohorts = cohorts;
        this.footprints = footprints;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.seeds = seeds;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Authority authority(AuthorityCode code) {
        return authorities.require(code);
    }

    @Override
    public AuditView draw(DrawAuditCommand command) {
        AuthorityCode code = command.authority();
        Draw d = command.draw();
        AuditKind kind = d.kind() == null ? AuditKind.DIP_SAMPLE : AuditKind.of("kind", d.kind());
        LocalDate on = d.on() != null ? d.on() : today();
        List<FieldError> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank() || d.title().length() > MAX_TITLE) {
            problems.add(new FieldError("title", "must be 1 to " + MAX_TITLE + " characters"));
        }
        if (on.isAfter(today())) {
            problems.add(new FieldError("on", "must not be in the future: a cohort is drawn as it stood on a day"));
        } else if (on.isBefore(today().minusYears(LOOK_BACK_YEARS))) {
            problems.add(new FieldError("on", "must be a day within the last " + LOOK_BACK_YEARS + " years"));
        }
        if (d.sampleSize() < 1 || d.sampleSize() > MAX_SAMPLE) {
            problems.add(new FieldError("sampleSize", "must be between 1 and " + MAX_SAMPLE));
        }
        if (d.seed() != null && (d.seed() < 0 || d.seed() > MAX_SEED)) {
            problems.add(new FieldError("seed", "must be between 0 and " + MAX_SEED));
        }
        if (d.cohort() == null) {
            problems.add(new FieldError("cohort", "is required"));
        } else if (kind == AuditKind.FOOTPRINT && d.cohort().iroId() == null) {
            problems.add(new FieldError("cohort.iroId", "a footprint audit is of one IRO's children: name the IRO"));
        }
        checkAuditorsShape(d.auditors(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<Question> questions = d.questions() != null ? QaTemplate.checked("questions", d.questions()) : null;
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            checkIros(code, kind, d.cohort(), d.auditors());
            List<Question> asked = questions != null ? questions : kind == AuditKind.FOOTPRINT ? FOOTPRINT_QUESTIONS
                    : QaTemplates.inForce(templates, code, today()).questions().stream()
                    .map(q -> new Question(q.id(), q.label(), q.scale(), false)).toList();
            List<CohortMember> cohort = cohorts.membersOn(code, d.cohort(), on);
            if (cohort.isEmpty()) {
                throw new Conflict("cohort", "no child was in this cohort on " + on);
            }
            long seed = d.seed() != null ? d.seed() : seeds.getAsLong();
            List<CohortMember> sample = Sampling.draw(cohort, d.sampleSize(), seed);
            List<String> auditors = Sampling.assign(sample, d.auditors());
            List<AuditedChild> children = new ArrayList<>();
            for (int i = 0; i < sample.size(); i++) {
                CohortMember member = sample.get(i);
                Map<FootprintCheck, Result> checks = kind == AuditKind.FOOTPRINT
                        ? footprints.of(code, member.childId()).map(h -> Footprint.checks(h, authority, calendar, on))
                        .orElseThrow(() -> new IllegalStateException("a sampled child has no record"))
                        : Map.of();
                children.add(new AuditedChild(member.childId(), member.iroId(), auditors.get(i), checks, null));
            }
            CaseAudit audit = new CaseAudit(UUID.randomUUID().toString(), code, kind, d.title().strip(), on,
                    d.cohort(), cohort.size(), d.sampleSize(), seed, asked, d.auditors(), children, today(),
                    d.drawnBy());
            audits.insert(audit);
            return ViewAudits.view(audit);
        });
    }

    private static void checkAuditorsShape(List<String> auditors, List<FieldError> problems) {
        if (auditors == null || auditors.isEmpty()) {
            problems.add(new FieldError("auditors", "name at least one auditor (an IRO id)"));
            return;
        }
        if (auditors.size() > MAX_AUDITORS) {
            problems.add(new FieldError("auditors", "must name at most " + MAX_AUDITORS + " auditors"));
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < auditors.size(); i++) {
            String field = "auditors[" + i + "]";
            try {
                LocalId.require(field, auditors.get(i));
                if (!seen.add(auditors.get(i))) {
                    problems.add(new FieldError(field, "names an auditor already in the list"));
                }
            } catch (InvalidInput e) {
                problems.addAll(e.errors());
            }
        }
    }

    /** Auditors and the cohort's IRO are IROs of the authority; an IRO never audits their own footprint. */
    private void checkIros(AuthorityCode code, AuditKind kind, Cohort cohort, List<String> auditors) {
        List<FieldError> problems = new ArrayList<>();
        if (cohort.iroId() != null && workforce.iro(code, cohort.iroId()).isEmpty()) {
            problems.add(new FieldError("cohort.iroId", "no IRO " + cohort.iroId() + " in this authority"));
        }
        for (int i = 0; i < auditors.size(); i++) {
            String auditor = auditors.get(i);
            if (workforce.iro(code, auditor).isEmpty()) {
                problems.add(new FieldError("auditors[" + i + "]", "no IRO " + auditor + " in this authority"));
            } else if (kind == AuditKind.FOOTPRINT && auditor.equals(cohort.iroId())) {
                problems.add(new FieldError("auditors[" + i + "]", "an IRO never audits their own footprint"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
