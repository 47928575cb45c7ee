package org.openiro.inmemory;

import java.util.List;
import org.openiro.children.port.out.PostcodeDirectory;

/**
 * One in-memory adapter for each out-port, made together so that those that read others (the counts, the
 * directories) read these, and with one {@link InMemoryUnitOfWork} over all of them. A program wires the core's
 * services over these fields as {@code app}'s {@code DomainWiring} wires them over the database's adapters; see
 * {@code org.openiro.example.WorkedExample}.
 */
public final class InMemoryAdapters {

    public final InMemoryAuthorityRepository authorities = new InMemoryAuthorityRepository();
    public final InMemoryChildRepository children = new InMemoryChildRepository();
    public final InMemoryReviewRepository reviews = new InMemoryReviewRepository(children);
    public final InMemoryScheduleStore schedules = new InMemoryScheduleStore();
    public final InMemoryBookingRepository bookings = new InMemoryBookingRepository();
    public final InMemoryAlertRepository alerts = new InMemoryAlertRepository(children);
    public final InMemoryWorkforceRepository workforce = new InMemoryWorkforceRepository();
    public final InMemoryVoiceRepository voice = new InMemoryVoiceRepository();
    public final InMemoryQaFormRepository qaForms = new InMemoryQaFormRepository();
    public final InMemoryQaTemplateRepository qaTemplates = new InMemoryQaTemplateRepository();
    public final InMemoryCaseAuditRepository caseAudits = new InMemoryCaseAuditRepository();
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    public final InMemoryAccessLog accessLog = new InMemoryAccessLog();
    public final InMemoryLocalUserDirectory localUsers = new InMemoryLocalUserDirectory();
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    public final InMemoryEventOutbox outbox = new InMemoryEventOutbox();
    public final InMemoryOutboxStore outboxStore = new InMemoryOutboxStore(outbox);
    public final InMemoryOutboxBacklog outboxBacklog = new InMemoryOutboxBacklog(outbox);
    public final InMemoryRelayLease relayLease = new InMemoryRelayLease();
    public final InMemoryEventPublisher publisher = new InMemoryEventPublisher();
    public final PostcodeDirectory postcodes = PostcodeDirectory.NONE;

    public final InMemoryChildAllocations childAllocations = new InMemoryChildAllocations(children, workforce, alerts);
    public final InMemoryAlertPeople alertPeople = new InMemoryAlertPeople(children, workforce);
    public final InMemoryChildDirectory childDirectory = new InMemoryChildDirectory(children, schedules, workforce);

    public final InMemoryChildrenCounts childrenCounts = new InMemoryChildrenCounts(children, reviews);
    public final InMemoryReviewCounts reviewCounts = new InMemoryReviewCounts(reviews, bookings, children, schedules);
    public final InMemoryParticipationCounts participationCounts = new InMemoryParticipationCounts(reviews, voice);
    public final InMemoryDisputeCounts disputeCounts = new InMemoryDisputeCounts(alerts);
    public final InMemoryWorkforceCounts workforceCounts = new InMemoryWorkforceCounts(workforce, children, reviews);

    public final InMemoryWorklistFacts worklistFacts = new InMemoryWorklistFacts(this);
    public final InMemoryCohorts cohorts = new InMemoryCohorts(children, workforce);
    public final InMemoryFootprintFacts footprintFacts = new InMemoryFootprintFacts(children, reviews, bookings,
            alerts, qaForms);
    public final InMemoryQaCounts qaCounts = new InMemoryQaCounts(reviews, qaForms, children);

    /** SSDA903: the register as an import writes it, the files read as plain text, the returns' and dataset's reviews. */
    public final InMemoryImportRegister importRegister = new InMemoryImportRegister(children, reviews, schedules);
    public final InMemorySsda903Reader ssda903Reader = new InMemorySsda903Reader();
    public final InMemoryReturnReviews returnReviews = new InMemoryReturnReviews(children, reviews);
    public final InMemoryDatasetReviews datasetReviews = new InMemoryDatasetReviews(children, reviews, bookings);

    /** Runs each use case alone, and takes back every change of one that fails. */
    public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork(List.of(authorities, children, reviews,
            schedules, bookings, alerts, workforce, voice, qaForms, qaTemplates, caseAudits, auditLog, accessLog,
            localUsers, idempotencyKeys, outbox));

    public InMemoryAdapters() {
        reviews.onDelete(review -> qaForms.reviewDeleted(review.authority(), review.id()));
    }
}
