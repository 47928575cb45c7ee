package org.openiro.app;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.openiro.access.AuthorizationService;
import org.openiro.access.LocalUsers;
import org.openiro.access.port.out.ChildAllocations;
import org.openiro.access.port.out.LocalUserDirectory;
import org.openiro.audit.AccessLogReader;
import org.openiro.audit.AuditTrail;
import org.openiro.audit.port.out.AccessLog;
import org.openiro.audit.port.out.AuditLog;
import org.openiro.authority.SetUpAuthority;
import org.openiro.authority.ViewAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.BankHolidayCalendar;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.children.port.out.PostcodeDirectory;
import org.openiro.events.OutboxReader;
import org.openiro.events.OutboxRelay;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.events.port.out.EventPublisher;
import org.openiro.events.port.out.OutboxStore;
import org.openiro.events.port.out.RelayLease;
import org.openiro.escalation.EscalateAlert;
import org.openiro.escalation.RaiseAlert;
import org.openiro.escalation.RaiseDriftAlert;
import org.openiro.escalation.RecordGoodPractice;
import org.openiro.escalation.ReferToCafcass;
import org.openiro.escalation.ResolveAlert;
import org.openiro.escalation.RespondToAlert;
import org.openiro.escalation.ScanAlerts;
import org.openiro.escalation.TakeLegalAdvice;
import org.openiro.escalation.ViewAlerts;
import org.openiro.escalation.WithdrawAlert;
import org.openiro.escalation.port.in.RaiseAlertUseCase;
import org.openiro.escalation.port.in.RaiseDriftAlertCommand;
import org.openiro.escalation.port.in.RaiseDriftAlertUseCase;
import org.openiro.workforce.AllocateIro;
import org.openiro.workforce.PlanReallocation;
import org.openiro.workforce.PutIro;
import org.openiro.workforce.Reallocate;
import org.openiro.workforce.SetSiblingGroup;
import org.openiro.workforce.ViewIros;
import org.openiro.workforce.port.in.AllocateIroUseCase;
import org.openiro.reviews.port.out.DriftAlerts;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.workforce.Worklists;
import org.openiro.workforce.port.out.WorkforceRepository;
import org.openiro.workforce.port.out.WorklistFacts;
import org.openiro.reporting.IroServiceReport;
import org.openiro.ssda903.ExportReviews;
import org.openiro.ssda903.SafeguardingDatasetExport;
import org.openiro.ssda903.port.out.DatasetReviews;
import io.micrometer.core.instrument.MeterRegistry;
import org.openiro.ssda903.ImportReturn;
import org.openiro.ssda903.port.in.ImportSsda903UseCase;
import org.openiro.ssda903.port.out.ImportRegister;
import org.openiro.ssda903.port.out.ReturnReviews;
import org.openiro.ssda903.port.out.Ssda903Reader;
import org.openiro.shared.port.out.Background;
import org.openiro.files.CsvSsda903Reader;
import org.openiro.files.PostcodeFile;
import org.openiro.files.Threads;
import org.openiro.reporting.ParticipationReport;
import org.openiro.reporting.port.out.ChildrenCounts;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ParticipationCounts;
import org.openiro.reporting.port.out.ReviewCounts;
import org.openiro.reporting.port.out.WorkforceCounts;
import org.openiro.voice.MatchIndependentVisitor;
import org.openiro.voice.RecordFeedback;
import org.openiro.voice.ReferToAdvocacy;
import org.openiro.voice.ViewChildsVoice;
import org.openiro.voice.port.out.VoiceRepository;
import org.openiro.care.AllocateSocialWorker;
import org.openiro.care.ChildRecords;
import org.openiro.care.ListChildrenService;
import org.openiro.care.RecordCareChange;
import org.openiro.care.RegisterChild;
import org.openiro.care.StartPeriodOfCare;
import org.openiro.care.ViewChild;
import org.openiro.reviews.AdjournReview;
import org.openiro.reviews.AmendReview;
import org.openiro.reviews.BookReview;
import org.openiro.reviews.BringReviewForward;
import org.openiro.reviews.DeleteReview;
import org.openiro.reviews.RearrangeReview;
import org.openiro.reviews.RecordIroVisit;
import org.openiro.reviews.RecordMidwayReview;
import org.openiro.reviews.RecordReview;
import org.openiro.reviews.ViewBookings;
import org.openiro.reviews.ViewReviews;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.reviews.ReviewScan;
import org.openiro.reviews.ReviewSchedule;
import org.openiro.reviews.RescheduleOnPolicyChange;
import org.openiro.reviews.Timetable;
import org.openiro.reviews.port.out.BookingRepository;
import org.openiro.reviews.port.out.ReviewRepository;
import org.openiro.reviews.port.out.ScheduleStore;
import org.openiro.shared.UnitOfWork;
import org.openiro.quality.DrawAudit;
import org.openiro.quality.RecordAuditFindings;
import org.openiro.quality.ViewAudits;
import org.openiro.quality.AmendQaForm;
import org.openiro.quality.ChangeQaTemplate;
import org.openiro.quality.CompleteQaForm;
import org.openiro.quality.QaReport;
import org.openiro.quality.ViewQaForm;
import org.openiro.quality.ViewQaTemplate;
import org.openiro.quality.port.out.CaseAuditRepository;
import org.openiro.quality.port.out.Cohorts;
import org.openiro.quality.port.out.FootprintFacts;
import org.openiro.quality.port.out.QaCounts;
import org.openiro.quality.port.out.QaFormRepository;
import org.openiro.quality.port.out.QaTemplateRepository;

/** The one place that knows every module: the domain's plain classes made into beans over their adapters. */
@Factory
class DomainWiring {

    /** "Today" is today in England, whatever zone the server runs in. */
    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        return BankHolidayCalendar.englandAndWales();
    }

    @Singleton
    ReviewSchedule reviewSchedule(WorkingDayCalendar calendar) {
        return new ReviewSchedule(calendar);
    }

    @Singleton
    SetUpAuthority setUpAuthority(AuthorityRepository authorities, ChildRepository children, Timetable timetable,
                                  UnitOfWork unitOfWork, Clock clock) {
        return new SetUpAuthority(authorities, new RescheduleOnPolicyChange(children, timetable), unitOfWork, clock);
    }

    @Singleton
    ViewAuthority viewAuthority(AuthorityRepository authorities, UnitOfWork unitOfWork) {
        return new ViewAuthority(authorities, unitOfWork);
    }

    @Singleton
    Timetable timetable(ReviewSchedule schedule, ReviewRepository reviews, ScheduleStore store, EventOutbox outbox,
                        WorkingDayCalendar calendar, Clock clock) {
        return new Timetable(schedule, reviews, store, outbox, calendar, clock);
    }

    @Singleton
    ChildRecords childRecords(Timetable timetable, WorkforceRepository workforce, Clock clock) {
        return new ChildRecords(timetable, workforce, clock);
    }

    @Singleton
    PutIro putIro(AuthorityRepository authorities, WorkforceRepository workforce, UnitOfWork unitOfWork) {
        return new PutIro(authorities, workforce, unitOfWork);
    }

    @Singleton
    ViewIros viewIros(AuthorityRepository authorities, WorkforceRepository workforce, ScheduleStore schedules,
                      UnitOfWork unitOfWork) {
        return new ViewIros(authorities, workforce, schedules, unitOfWork);
    }

    @Singleton
    AllocateIro allocateIro(AuthorityRepository authorities, ChildRepository children, WorkforceRepository workforce,
                            UnitOfWork unitOfWork, Clock clock) {
        return new AllocateIro(authorities, children, workforce, unitOfWork, clock);
    }

    @Singleton
    SetSiblingGroup setSiblingGroup(AuthorityRepository authorities, ChildRepository children,
                                    WorkforceRepository workforce, UnitOfWork unitOfWork) {
        return new SetSiblingGroup(authorities, children, workforce, unitOfWork);
    }

    @Singleton
    PlanReallocation planReallocation(AuthorityRepository authorities, WorkforceRepository workforce,
                                      ScheduleStore schedules, UnitOfWork unitOfWork, Clock clock) {
        return new PlanReallocation(authorities, workforce, schedules, unitOfWork, clock);
    }

    @Singleton
    Reallocate reallocate(AuthorityRepository authorities, WorkforceRepository workforce, ScheduleStore schedules,
                          AllocateIroUseCase allocate, UnitOfWork unitOfWork, Clock clock) {
        return new Reallocate(authorities, workforce, schedules, allocate, unitOfWork, clock);
    }

    // The dispute resolution process: one service for each thing a person does to an alert.

    @Singleton
    RaiseAlert raiseAlert(AuthorityRepository authorities, ChildRepository children, AlertRepository alerts,
                          AlertPeople people, EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork,
                          Clock clock) {
        return new RaiseAlert(authorities, children, alerts, people, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    RaiseDriftAlert raiseDriftAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people,
                                    RaiseAlertUseCase raise, UnitOfWork unitOfWork) {
        return new RaiseDriftAlert(authorities, alerts, people, raise, unitOfWork);
    }

    @Singleton
    RespondToAlert respondToAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people,
                                  EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new RespondToAlert(authorities, alerts, people, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    EscalateAlert escalateAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people,
                                EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new EscalateAlert(authorities, alerts, people, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    ResolveAlert resolveAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people,
                              EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new ResolveAlert(authorities, alerts, people, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    WithdrawAlert withdrawAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people,
                                EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new WithdrawAlert(authorities, alerts, people, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    ReferToCafcass referToCafcass(AuthorityRepository authorities, AlertRepository alerts,
                                  WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new ReferToCafcass(authorities, alerts, calendar, unitOfWork, clock);
    }

    @Singleton
    TakeLegalAdvice takeLegalAdvice(AuthorityRepository authorities, AlertRepository alerts,
                                    WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new TakeLegalAdvice(authorities, alerts, calendar, unitOfWork, clock);
    }

    @Singleton
    RecordGoodPractice recordGoodPractice(AuthorityRepository authorities, ChildRepository children,
                                          AlertRepository alerts, UnitOfWork unitOfWork, Clock clock) {
        return new RecordGoodPractice(authorities, children, alerts, unitOfWork, clock);
    }

    @Singleton
    ScanAlerts scanAlerts(AlertRepository alerts, AlertPeople people, EventOutbox outbox, WorkingDayCalendar calendar,
                          UnitOfWork unitOfWork, Clock clock) {
        return new ScanAlerts(alerts, people, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    ViewAlerts viewAlerts(AuthorityRepository authorities, AlertRepository alerts, WorkingDayCalendar calendar,
                          UnitOfWork unitOfWork, Clock clock) {
        return new ViewAlerts(authorities, alerts, calendar, unitOfWork, clock);
    }

    @Singleton
    Worklists worklists(AuthorityRepository authorities, WorkforceRepository workforce, WorklistFacts facts,
                        WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new Worklists(authorities, workforce, facts, calendar, unitOfWork, clock);
    }

    @Singleton
    ListChildrenService listChildren(AuthorityRepository authorities, ChildDirectory directory, UnitOfWork unitOfWork,
                                     Clock clock) {
        return new ListChildrenService(authorities, directory, unitOfWork, clock);
    }

    @Singleton
    RecordCareChange recordCareChange(AuthorityRepository authorities, ChildRepository children,
                                      ChildRecords records, UnitOfWork unitOfWork) {
        return new RecordCareChange(authorities, children, records, unitOfWork);
    }

    @Singleton
    RecordReview recordReview(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                              BookingRepository bookings, Timetable timetable, WorkingDayCalendar calendar,
                              UnitOfWork unitOfWork, Clock clock) {
        return new RecordReview(authorities, children, reviews, bookings, timetable, calendar, unitOfWork, clock);
    }

    @Singleton
    AmendReview amendReview(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                            Timetable timetable, EventOutbox outbox, WorkingDayCalendar calendar,
                            UnitOfWork unitOfWork, Clock clock) {
        return new AmendReview(authorities, children, reviews, timetable, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    DeleteReview deleteReview(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                              Timetable timetable, UnitOfWork unitOfWork) {
        return new DeleteReview(authorities, children, reviews, timetable, unitOfWork);
    }

    @Singleton
    ViewReviews viewReviews(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                            Timetable timetable, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new ViewReviews(authorities, children, reviews, timetable, calendar, unitOfWork, clock);
    }

    @Singleton
    BringReviewForward bringReviewForward(AuthorityRepository authorities, ChildRepository children,
                                          ReviewRepository reviews, Timetable timetable, UnitOfWork unitOfWork,
                                          Clock clock) {
        return new BringReviewForward(authorities, children, reviews, timetable, unitOfWork, clock);
    }

    @Singleton
    BookReview bookReview(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                          Timetable timetable, UnitOfWork unitOfWork, Clock clock) {
        return new BookReview(authorities, children, bookings, timetable, unitOfWork, clock);
    }

    @Singleton
    RearrangeReview rearrangeReview(AuthorityRepository authorities, ChildRepository children,
                                    BookingRepository bookings, Timetable timetable, EventOutbox outbox,
                                    UnitOfWork unitOfWork, Clock clock) {
        return new RearrangeReview(authorities, children, bookings, timetable, outbox, unitOfWork, clock);
    }

    @Singleton
    AdjournReview adjournReview(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                                Timetable timetable, EventOutbox outbox, WorkingDayCalendar calendar,
                                UnitOfWork unitOfWork, Clock clock) {
        return new AdjournReview(authorities, children, bookings, timetable, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    RecordMidwayReview recordMidwayReview(AuthorityRepository authorities, ChildRepository children,
                                          BookingRepository bookings, DriftAlerts driftAlerts, UnitOfWork unitOfWork,
                                          Clock clock) {
        return new RecordMidwayReview(authorities, children, bookings, driftAlerts, unitOfWork, clock);
    }

    @Singleton
    RecordIroVisit recordIroVisit(AuthorityRepository authorities, ChildRepository children,
                                  BookingRepository bookings, UnitOfWork unitOfWork, Clock clock) {
        return new RecordIroVisit(authorities, children, bookings, unitOfWork, clock);
    }

    @Singleton
    ViewBookings viewBookings(AuthorityRepository authorities, ChildRepository children, BookingRepository bookings,
                              Timetable timetable, UnitOfWork unitOfWork) {
        return new ViewBookings(authorities, children, bookings, timetable, unitOfWork);
    }

    /** A midway review's drift may open an alert: the review cycle asks, the dispute resolution process answers. */
    @Singleton
    DriftAlerts driftAlerts(jakarta.inject.Provider<RaiseDriftAlertUseCase> alerts) {
        return (authority, child, on) -> alerts.get().raise(new RaiseDriftAlertCommand(authority, child, on));
    }

    @Singleton
    ReviewScan reviewScan(ScheduleStore store, ReviewRepository reviews, AuthorityRepository authorities,
                          EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new ReviewScan(store, reviews, authorities, outbox, calendar, unitOfWork, clock);
    }

    @Singleton
    RegisterChild registerChild(AuthorityRepository authorities, ChildRepository children, ChildRecords records,
                                UnitOfWork unitOfWork) {
        return new RegisterChild(authorities, children, records, unitOfWork);
    }

    @Singleton
    StartPeriodOfCare startPeriodOfCare(AuthorityRepository authorities, ChildRepository children,
                                        ChildRecords records, UnitOfWork unitOfWork) {
        return new StartPeriodOfCare(authorities, children, records, unitOfWork);
    }

    @Singleton
    ViewChild viewChild(AuthorityRepository authorities, ChildRepository children, ChildRecords records,
                        UnitOfWork unitOfWork) {
        return new ViewChild(authorities, children, records, unitOfWork);
    }

    @Singleton
    AllocateSocialWorker allocateSocialWorker(AuthorityRepository authorities, ChildRepository children,
                                              UnitOfWork unitOfWork) {
        return new AllocateSocialWorker(authorities, children, unitOfWork);
    }

    @Singleton
    AuthorizationService authorization(ChildAllocations allocations, AuthorityRepository authorities,
                                       UnitOfWork unitOfWork) {
        return new AuthorizationService(allocations, authorities, unitOfWork);
    }

    @Singleton
    LocalUsers localUsers(LocalUserDirectory directory, AuthorityRepository authorities, UnitOfWork unitOfWork) {
        return new LocalUsers(directory, authorities, unitOfWork);
    }

    @Singleton
    AuditTrail auditTrail(AuditLog log, UnitOfWork unitOfWork) {
        return new AuditTrail(log, unitOfWork);
    }

    @Singleton
    AccessLogReader accessLogReader(AccessLog log, UnitOfWork unitOfWork) {
        return new AccessLogReader(log, unitOfWork);
    }

    @Singleton
    ReferToAdvocacy referToAdvocacy(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                                    UnitOfWork unitOfWork, Clock clock) {
        return new ReferToAdvocacy(authorities, children, voice, unitOfWork, clock);
    }

    @Singleton
    MatchIndependentVisitor matchIndependentVisitor(AuthorityRepository authorities, ChildRepository children,
                                                    VoiceRepository voice, UnitOfWork unitOfWork, Clock clock) {
        return new MatchIndependentVisitor(authorities, children, voice, unitOfWork, clock);
    }

    @Singleton
    RecordFeedback recordFeedback(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                                  UnitOfWork unitOfWork, Clock clock) {
        return new RecordFeedback(authorities, children, voice, unitOfWork, clock);
    }

    @Singleton
    ViewChildsVoice viewChildsVoice(AuthorityRepository authorities, ChildRepository children, VoiceRepository voice,
                                    UnitOfWork unitOfWork) {
        return new ViewChildsVoice(authorities, children, voice, unitOfWork);
    }

    @Singleton
    ParticipationReport participationReport(AuthorityRepository authorities, ParticipationCounts counts,
                                            UnitOfWork unitOfWork) {
        return new ParticipationReport(authorities, counts, unitOfWork);
    }

    /**
     * Timed, and logged with the request's id and user, since an import is the longest thing the service does. The
     * batch size ({@code iro.import.batch-size}, children written together) is there to measure; the default is what
     * the import benchmark found best (docs/benchmarks.md, {@code import}).
     */
    @Singleton
    ImportSsda903UseCase importReturn(AuthorityRepository authorities, ImportRegister register, Timetable timetable,
                                      EventOutbox outbox, UnitOfWork unitOfWork, Clock clock,
                                      PostcodeDirectory postcodes, Ssda903Reader reader, Background background,
                                      MeterRegistry metrics, @Value("${iro.import.batch-size:2500}") int batchSize) {
        return new TimedImport(new ImportReturn(authorities, register, timetable, outbox, unitOfWork, clock, postcodes,
                reader, background, batchSize), metrics);
    }

    /** The DfE's CSV files read into typed rows (adapters-ssda903, with FastCSV). */
    @Singleton
    Ssda903Reader ssda903Reader() {
        return new CsvSsda903Reader();
    }

    /** The threads the import and the report work on beside the caller (adapters-ssda903). */
    @Singleton
    Background background() {
        return new Threads();
    }

    /**
     * The ONS postcode directory the authority points {@code iro.postcodes.file} at; without one, none. Made when the
     * service starts, so that a wrong path or file stops it then rather than failing every import.
     */
    @Context
    PostcodeDirectory postcodeDirectory(@Value("${iro.postcodes.file:}") String file) {
        return file.isBlank() ? PostcodeDirectory.NONE : new PostcodeFile(java.nio.file.Path.of(file));
    }

    @Singleton
    SafeguardingDatasetExport safeguardingDatasetExport(AuthorityRepository authorities, DatasetReviews reviews,
                                                        UnitOfWork unitOfWork, Clock clock) {
        return new SafeguardingDatasetExport(authorities, reviews, unitOfWork, clock);
    }

    @Singleton
    ExportReviews exportReviews(AuthorityRepository authorities, ReturnReviews reviews, UnitOfWork unitOfWork) {
        return new ExportReviews(authorities, reviews, unitOfWork);
    }

    @Singleton
    IroServiceReport iroServiceReport(AuthorityRepository authorities, ChildrenCounts children, ReviewCounts reviews,
                                      ParticipationCounts participation, DisputeCounts disputes,
                                      WorkforceRepository iros, WorkforceCounts workforce,
                                      WorkingDayCalendar calendar, UnitOfWork unitOfWork, Background background) {
        return new IroServiceReport(authorities, children, reviews, participation, disputes, iros, workforce, calendar,
                unitOfWork, background);
    }

    @Singleton
    ViewQaTemplate viewQaTemplate(AuthorityRepository authorities, QaTemplateRepository templates,
                                  UnitOfWork unitOfWork) {
        return new ViewQaTemplate(authorities, templates, unitOfWork);
    }

    @Singleton
    ChangeQaTemplate changeQaTemplate(AuthorityRepository authorities, QaTemplateRepository templates,
                                      UnitOfWork unitOfWork, Clock clock) {
        return new ChangeQaTemplate(authorities, templates, unitOfWork, clock);
    }

    @Singleton
    CompleteQaForm completeQaForm(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                                  QaTemplateRepository templates, QaFormRepository forms, EventOutbox outbox,
                                  WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new CompleteQaForm(authorities, children, reviews, templates, forms, outbox, calendar, unitOfWork,
                clock);
    }

    @Singleton
    AmendQaForm amendQaForm(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                            QaTemplateRepository templates, QaFormRepository forms, WorkingDayCalendar calendar,
                            UnitOfWork unitOfWork, Clock clock) {
        return new AmendQaForm(authorities, children, reviews, templates, forms, calendar, unitOfWork, clock);
    }

    @Singleton
    ViewQaForm viewQaForm(AuthorityRepository authorities, ChildRepository children, ReviewRepository reviews,
                          QaTemplateRepository templates, QaFormRepository forms, WorkingDayCalendar calendar,
                          UnitOfWork unitOfWork, Clock clock) {
        return new ViewQaForm(authorities, children, reviews, templates, forms, calendar, unitOfWork, clock);
    }

    /** A seed chosen when an audit names none: any a JavaScript number holds, so a browser can repeat the draw. */
    @Singleton
    DrawAudit drawAudit(AuthorityRepository authorities, WorkforceRepository workforce,
                        QaTemplateRepository templates, CaseAuditRepository audits, Cohorts cohorts,
                        FootprintFacts footprints, WorkingDayCalendar calendar, UnitOfWork unitOfWork, Clock clock) {
        return new DrawAudit(authorities, workforce, templates, audits, cohorts, footprints, calendar, unitOfWork,
                clock, () -> java.util.concurrent.ThreadLocalRandom.current().nextLong(DrawAudit.MAX_SEED + 1));
    }

    @Singleton
    RecordAuditFindings recordAuditFindings(AuthorityRepository authorities, CaseAuditRepository audits,
                                            EventOutbox outbox, UnitOfWork unitOfWork, Clock clock) {
        return new RecordAuditFindings(authorities, audits, outbox, unitOfWork, clock);
    }

    @Singleton
    ViewAudits viewAudits(AuthorityRepository authorities, CaseAuditRepository audits, UnitOfWork unitOfWork) {
        return new ViewAudits(authorities, audits, unitOfWork);
    }

    @Singleton
    QaReport qaReport(AuthorityRepository authorities, QaTemplateRepository templates, QaCounts counts,
                      UnitOfWork unitOfWork) {
        return new QaReport(authorities, templates, counts, unitOfWork);
    }

    @Singleton
    OutboxReader outboxReader(OutboxStore outbox, UnitOfWork unitOfWork) {
        return new OutboxReader(outbox, unitOfWork);
    }

    /** Only where a broker is configured; otherwise events wait in the outbox and are read over HTTP. */
    @Singleton
    @Requires(beans = EventPublisher.class)
    OutboxRelay outboxRelay(OutboxStore outbox, EventPublisher publisher, RelayLease lease, UnitOfWork unitOfWork,
                            Clock clock, @Value("${iro.relay.batch-size:500}") int batchSize,
                            @Value("${iro.relay.lease:10s}") Duration leaseTime,
                            @Value("${iro.relay.idle-wait:200ms}") Duration idleWait,
                            @Value("${iro.relay.max-backoff:10s}") Duration maxBackoff) {
        return new OutboxRelay(outbox, publisher, lease, unitOfWork, clock,
                new OutboxRelay.Settings(instanceId(), batchSize, leaseTime, idleWait, maxBackoff));
    }

    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown";
        }
        return host + "/" + UUID.randomUUID();
    }
}
