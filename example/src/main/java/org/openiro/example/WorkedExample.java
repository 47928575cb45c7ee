package org.openiro.example;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.SetUpAuthority;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.authority.port.in.SetUpAuthorityUseCase.SetUpAuthorityCommand;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.care.AllocateSocialWorker;
import org.openiro.care.ChildRecords;
import org.openiro.care.ChildRecord;
import org.openiro.care.RegisterChild;
import org.openiro.care.StartPeriodOfCare;
import org.openiro.care.ViewChild;
import org.openiro.care.port.in.AllocateSocialWorkerUseCase;
import org.openiro.care.port.in.AllocateSocialWorkerUseCase.AllocateSocialWorkerCommand;
import org.openiro.care.port.in.RegisterChildUseCase;
import org.openiro.care.port.in.RegisterChildUseCase.RegisterChildCommand;
import org.openiro.care.port.in.StartPeriodOfCareUseCase;
import org.openiro.care.port.in.StartPeriodOfCareUseCase.StartPeriodOfCareCommand;
import org.openiro.care.port.in.ViewChildUseCase;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.SocialWorker;
import org.openiro.escalation.EscalateAlert;
import org.openiro.escalation.RaiseAlert;
import org.openiro.escalation.Person;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.EscalateAlertCommand;
import org.openiro.escalation.port.in.EscalateAlertUseCase;
import org.openiro.escalation.port.in.RaiseAlertCommand;
import org.openiro.escalation.port.in.RaiseAlertUseCase;
import org.openiro.inmemory.InMemoryAdapters;
import org.openiro.reporting.IroServiceReport;
import org.openiro.shared.port.out.Background;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.port.in.ServiceReportUseCase;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.RecordedReview;
import org.openiro.reviews.RescheduleOnPolicyChange;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.RecordReview;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.Timetable;
import org.openiro.reviews.port.in.RecordReviewUseCase;
import org.openiro.reviews.port.in.RecordReviewUseCase.RecordReviewCommand;
import org.openiro.reviews.port.in.RecordReviewUseCase.ReviewDetails;
import org.openiro.workforce.Iro;
import org.openiro.workforce.AllocateIro;
import org.openiro.workforce.PutIro;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.workforce.port.in.AllocateIroUseCase.AllocateIroCommand;
import org.openiro.workforce.port.in.PutIroUseCase;
import org.openiro.workforce.port.in.PutIroUseCase.PutIroCommand;

/**
 * The core used as a library, with no framework and no database: an authority's year with one child, run on
 * {@code core-domain}'s services over {@code core-inmemory}'s adapters. It sets up an authority under a policy,
 * registers a child, starts their care, records two reviews, reads when the next is due and why, raises an alert and
 * escalates it, and computes the IRO service report for the year. Read it as the recipe for wiring the core into a
 * system of your own (docs/library.md); run it with {@code ./mvnw -q -pl example -am package -Prun-example -DskipTests}.
 *
 * <p>What it wires by hand is what {@code app}'s {@code DomainWiring} wires with Micronaut: each service is a plain
 * class given its out-ports (here the in-memory adapters), a {@link Clock} and the {@link WorkingDayCalendar}.
 */
public final class WorkedExample {

    /** What the example found, for a reader (printed) and for its test (asserted). */
    public record Outcome(NextReview nextReview, RecordedReview secondReview, AlertView escalated,
                          ServiceReport report) {

        /** A figure of the report by its section and id (and breakdown, null for the whole). */
        public ServiceReport.Line figure(String section, String id, String breakdown) {
            return report.sections().stream().filter(s -> s.id().equals(section)).flatMap(s -> s.figures().stream())
                    .filter(l -> l.id().equals(id) && java.util.Objects.equals(l.breakdown(), breakdown))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("no figure " + section + "/" + id
                            + (breakdown == null ? "" : " by " + breakdown)));
        }
    }

    public static final AuthorityCode AUTHORITY = AuthorityCode.of("example");
    public static final ChildId CHILD = ChildId.of("C0001");
    /** "Today" for the whole example: a week after the year it reports on. */
    public static final LocalDate TODAY = LocalDate.of(2025, 4, 7);
    public static final ReportPeriod YEAR = new ReportPeriod(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

    // The in-ports the example calls: what a system of its own would call.
    private final SetUpAuthorityUseCase setUpAuthority;
    private final RegisterChildUseCase registerChild;
    private final StartPeriodOfCareUseCase startPeriodOfCare;
    private final AllocateSocialWorkerUseCase allocateSocialWorker;
    private final ViewChildUseCase viewChild;
    private final RecordReviewUseCase recordReview;
    private final RaiseAlertUseCase raiseAlert;
    private final EscalateAlertUseCase escalateAlert;
    private final ServiceReportUseCase serviceReport;
    private final PutIroUseCase putIro;
    private final AllocateIroUseCase allocateIro;

    /** Wires the core's services over the in-memory adapters, as {@code app} wires them over its own. */
    public WorkedExample(InMemoryAdapters adapters, Clock clock) {
        WorkingDayCalendar calendar = BankHolidayCalendar.englandAndWales();
        ReviewSchedule schedule = new ReviewSchedule(calendar);
        Timetable timetable = new Timetable(schedule, adapters.reviews, adapters.schedules, adapters.outbox, calendar,
                clock);
        ChildRecords care = new ChildRecords(timetable, adapters.workforce, clock);
        setUpAuthority = new SetUpAuthority(adapters.authorities,
                new RescheduleOnPolicyChange(adapters.children, timetable), adapters.unitOfWork, clock);
        registerChild = new RegisterChild(adapters.authorities, adapters.children, care, adapters.unitOfWork);
        startPeriodOfCare = new StartPeriodOfCare(adapters.authorities, adapters.children, care, adapters.unitOfWork);
        allocateSocialWorker = new AllocateSocialWorker(adapters.authorities, adapters.children, adapters.unitOfWork);
        viewChild = new ViewChild(adapters.authorities, adapters.children, care, adapters.unitOfWork);
        recordReview = new RecordReview(adapters.authorities, adapters.children, adapters.reviews, adapters.bookings,
                timetable, calendar, adapters.unitOfWork, clock);
        raiseAlert = new RaiseAlert(adapters.authorities, adapters.children, adapters.alerts, adapters.alertPeople,
                adapters.outbox, calendar, adapters.unitOfWork, clock);
        escalateAlert = new EscalateAlert(adapters.authorities, adapters.alerts, adapters.alertPeople,
                adapters.outbox, calendar, adapters.unitOfWork, clock);
        putIro = new PutIro(adapters.authorities, adapters.workforce, adapters.unitOfWork);
        allocateIro = new AllocateIro(adapters.authorities, adapters.children, adapters.workforce,
                adapters.unitOfWork, clock);
        serviceReport = new IroServiceReport(adapters.authorities, adapters.childrenCounts, adapters.reviewCounts,
                adapters.participationCounts, adapters.disputeCounts, adapters.workforce, adapters.workforceCounts,
                calendar, adapters.unitOfWork, Background.IN_TURN);
    }

    /** The year, step by step. */
    public Outcome run(PrintStream out) {
        // 1. An authority under the statutory policy (a preset; overrides would change single settings).
        setUpAuthority.setUp(new SetUpAuthorityCommand(AUTHORITY, "Example County Council", "statutory", null,
                40_000));
        out.println("Authority: " + AUTHORITY.value() + ", policy preset statutory");

        // 2. An IRO to hold the child.
        putIro.put(new PutIroCommand(AUTHORITY, new Iro("iro-1", "Sam Reviewer", "sam.reviewer@example.gov.uk", 1.0,
                "permanent", "North", Set.of("cla"), Set.of(), LocalDate.of(2020, 1, 6), null)));

        // 3. A child on the register, with their social worker.
        registerChild.register(new RegisterChildCommand(AUTHORITY, CHILD, new Child.Demographics("Alex Example",
                LocalDate.of(2012, 5, 10), Gender.FEMALE, Ethnicity.WBRI, false, false)));
        allocateSocialWorker.allocate(new AllocateSocialWorkerCommand(AUTHORITY, CHILD, new SocialWorker("sw-1",
                "Jo Worker", "jo.worker@example.gov.uk", "North", new SocialWorker.Person("tm-1", "Pat Manager",
                "pat.manager@example.gov.uk"))));

        // 4. Their care starts: a full care order (C2), placed with relatives or friends (U3), 1 May 2024.
        ChildRecord started = startPeriodOfCare.start(new StartPeriodOfCareCommand(AUTHORITY, CHILD,
                LocalDate.of(2024, 5, 1), LegalStatus.C2, "U3", false, true));
        out.println("Care started 2024-05-01; first review due " + started.nextReview().orElseThrow().dueDate()
                + " (" + started.nextReview().orElseThrow().basis().id() + ")");
        allocateIro.allocate(new AllocateIroCommand(AUTHORITY, CHILD, "iro-1", LocalDate.of(2024, 5, 1), null));

        // 5. Two reviews held, each in time, the child attending and speaking for themselves.
        RecordedReview first = recordReview.record(new RecordReviewCommand(AUTHORITY, CHILD,
                held(LocalDate.of(2024, 5, 28))));
        out.println("Review 1 held 2024-05-28, due " + first.review().timing().dueDate() + ", in timescale "
                + first.review().timing().inTimescale());
        RecordedReview second = recordReview.record(new RecordReviewCommand(AUTHORITY, CHILD,
                held(LocalDate.of(2024, 8, 20))));
        out.println("Review 2 held 2024-08-20, due " + second.review().timing().dueDate() + ", in timescale "
                + second.review().timing().inTimescale());

        // 6. The next review: when it is due and on what basis (six months after the second, CPPCR 2010 reg 33).
        NextReview next = viewChild.view(AUTHORITY, CHILD).nextReview().orElseThrow();
        out.println("Next review due " + next.dueDate() + ", basis " + next.basis().id() + ", review number "
                + next.sequence());

        // 7. An alert: raised informally with the social worker, escalated to stage 1 with their team manager.
        AlertView raised = raiseAlert.raise(new RaiseAlertCommand(AUTHORITY, CHILD, LocalDate.of(2024, 9, 2),
                List.of("plan-not-implemented"), "informal",
                new Person("sw-1", "Jo Worker", "social-worker", "jo.worker@example.gov.uk"),
                "The plan for family time agreed at the review has not started.", "Family time starts this month.",
                null, null));
        out.println("Alert " + raised.alert().id() + " raised at " + raised.alert().current().stage()
                + ", answer due by " + raised.alert().current().dueBy());
        AlertView escalated = escalateAlert.escalate(new EscalateAlertCommand(AUTHORITY, raised.alert().id(), "stage-1",
                new Person("tm-1", "Pat Manager", "team-manager", "pat.manager@example.gov.uk"),
                LocalDate.of(2024, 9, 16), "No answer from the social worker in five working days.",
                raised.alert().version()));
        out.println("Escalated to " + escalated.alert().current().stage() + " with "
                + escalated.alert().current().raisedWith().name() + ", answer due by "
                + escalated.alert().current().dueBy());

        // 8. The IRO service report for the year, with the previous year beside it.
        ServiceReport report = serviceReport.report(AUTHORITY, YEAR);
        out.println("IRO service report, " + report.period().from() + " to " + report.period().to() + ":");
        for (ServiceReport.Section section : report.sections()) {
            for (ServiceReport.Line line : section.figures()) {
                if (line.breakdown() == null && line.value() != null) {
                    out.println("  " + section.id() + "/" + line.id() + " = " + line.value()
                            + (line.denominator() == null ? "" : " (" + line.numerator() + " of "
                            + line.denominator() + ")"));
                }
            }
        }
        return new Outcome(next, second, escalated, report);
    }

    private static ReviewDetails held(LocalDate on) {
        return new ReviewDetails(ReviewKind.CLA, Meetings.on(on), true, null,
                new Participation(ParticipationCode.PN1, Set.of("attended-in-person"), "no"), null, null, List.of(),
                new ReviewFacts(on.minusDays(7), on.plusDays(3), on.plusDays(10), on.plusDays(12)));
    }

    public static void main(String[] args) {
        Clock clock = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        new WorkedExample(new InMemoryAdapters(), clock).run(System.out);
    }
}
