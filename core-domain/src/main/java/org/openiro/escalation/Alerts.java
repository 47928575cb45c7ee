package org.openiro.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openiro.access.Caller;
import org.openiro.access.Role;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.children.ChildId;
import org.openiro.children.UnknownChild;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.escalation.port.in.AlertsUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.events.DomainEvent;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

/**
 * Every change to an alert is saved against the version it was read at (of two changes at once, one wins), and
 * writes its {@code alert.*} event with one notification for each person to tell, in the same transaction.
 */
public final class Alerts implements AlertsUseCase {

    private final AuthorityRepository authorities;
    private final ChildRepository children;
    private final AlertRepository alerts;
    private final AlertPeople people;
    private final EventOutbox outbox;
    private final WorkingDayCalendar calendar;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Alerts(AuthorityRepository authorities, ChildRepository children, AlertRepository alerts,
                  AlertPeople people, EventOutbox outbox, WorkingDayCalendar calendar, UnitOfWork unitOfWork,
                  Clock clock) {
        this.authorities = authorities;
        this.children = children;
        this.alerts = alerts;
        this.people = people;
        this.outbox = outbox;
        this.calendar = calendar;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Authority authority(AuthorityCode code) {
        return authorities.find(code).orElseThrow(() -> new UnknownAuthority(code));
    }

    private AlertView view(Alert alert) {
        LocalDate today = today();
        return new AlertView(alert, alert.overTimescale(today, calendar), alert.ageWorkingDays(today, calendar),
                java.util.stream.IntStream.range(0, alert.stages().size()).mapToObj(i -> alert.stageOverdue(i, today))
                        .toList());
    }

    @Override
    public AlertView raise(AuthorityCode code, ChildId child, Raise r) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            children.find(code, child).orElseThrow(() -> new UnknownChild(child));
            LocalDate raisedOn = r.raisedOn() != null ? r.raisedOn() : today();
            Person with = r.raisedWith() != null ? r.raisedWith() : personOnRecord(authority, child, r.stage())
                    .orElseThrow(() -> new InvalidInput("raisedWith", "name the person the alert is raised with: "
                            + "the child has no " + roleOf(authority, r.stage()) + " on record"));
            Alert alert = Alert.raise(UUID.randomUUID().toString(), code, child, raisedOn, r.reasons(), r.stage(),
                    with, r.description(), r.outcomeSought(), r.partnerAgency(), r.theme(), authority.policy(),
                    calendar, today());
            alerts.insert(alert);
            announce("alert.raised", alert, null);
            return view(alert);
        });
    }

    /**
     * Drift found at a midway review opens an informal alert at the ladder's first stage, with the person on record
     * for its role. Whether someone is on record is decided before anything is written: a refusal thrown inside the
     * midway review's transaction, even if caught, would mark it rollback-only and lose the midway review.
     */
    @Override
    public Optional<AlertView> raiseForDrift(AuthorityCode code, ChildId child, LocalDate on) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = authority(code);
            String firstStage = authority.policy().escalation().ladder().stages().get(0).id();
            Optional<Person> with = personOnRecord(authority, child, firstStage);
            if (with.isEmpty()) {
                return Optional.empty();
            }
            List<String> reasons = authority.policy().escalation().reasons().stream().map(Policy.AlertReason::id).toList();
            String reason = reasons.contains("plan-not-implemented") ? "plan-not-implemented"
                    : reasons.contains("other") ? "other" : reasons.get(0);
            return Optional.of(raise(code, child, new Raise(on, List.of(reason), firstStage, with.get(),
                    "Drift identified at the midway review", null, null, null)));
        });
    }

    private static String roleOf(Authority authority, String stage) {
        return authority.policy().escalation().ladder().stages().stream().filter(s -> s.id().equals(stage))
                .map(s -> s.respondentRole().word()).findFirst()
                .orElseThrow(() -> new InvalidInput("stage", "not a stage of this authority's ladder"));
    }

    /** By the stage's role: the child's social worker, or their team manager; anyone else must be named. */
    private Optional<Person> personOnRecord(Authority authority, ChildId child, String stage) {
        String role = roleOf(authority, stage);
        return "social-worker".equals(role) ? people.socialWorker(authority.code(), child)
                : "team-manager".equals(role) ? people.teamManager(authority.code(), child) : Optional.empty();
    }

    private AlertView change(AuthorityCode code, String alertId, Long expectedVersion, String eventType,
                             UnaryOperator<Alert> change) {
        return unitOfWork.inTransaction(() -> {
            authority(code);
            Alert current = alerts.find(code, alertId).orElseThrow(() -> new UnknownAlert(alertId));
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new org.openiro.shared.StaleVersion("alert " + alertId);
            }
            Alert saved = alerts.update(change.apply(current));
            announce(eventType, saved, null);
            return view(saved);
        });
    }

    @Override
    public AlertView respond(AuthorityCode code, String alertId, Caller caller, LocalDate respondedOn, Person by,
                             String text, Long expectedVersion) {
        return change(code, alertId, expectedVersion, "alert.responded", alert -> {
            boolean asSocialWorker = !caller.has(Role.MANAGER) && !caller.has(Role.IRO);
            String socialWorkerId = caller.socialWorkerIn(code).orElse(null);
            if (!alert.answerableBy(caller)) {
                throw new UnknownAlert(alertId);
            }
            if (asSocialWorker && !by.id().equals(socialWorkerId)) {
                throw new InvalidInput("by.id", "a social worker answers in their own name");
            }
            return alert.respond(respondedOn != null ? respondedOn : today(), by, text, today());
        });
    }

    @Override
    public AlertView escalate(AuthorityCode code, String alertId, String stage, Person raisedWith, LocalDate on,
                              String reason, Long expectedVersion) {
        return change(code, alertId, expectedVersion, "alert.escalated", alert -> alert.escalate(stage, raisedWith,
                on != null ? on : today(), reason, calendar, today()));
    }

    @Override
    public AlertView resolve(AuthorityCode code, String alertId, LocalDate resolvedOn, String outcome,
                             List<String> impact, String impactText, Long expectedVersion) {
        return change(code, alertId, expectedVersion, "alert.resolved", alert -> alert.resolve(resolvedOn != null ? resolvedOn : today(),
                outcome, impact, impactText, today()));
    }

    @Override
    public AlertView withdraw(AuthorityCode code, String alertId, LocalDate on, String reason, Long expectedVersion) {
        return change(code, alertId, expectedVersion, "alert.withdrawn", alert -> alert.withdraw(on != null ? on : today(), reason,
                today()));
    }

    @Override
    public AlertView referToCafcass(AuthorityCode code, String alertId, LocalDate on, String note,
                                    Long expectedVersion) {
        return change(code, alertId, expectedVersion, null, alert -> alert.referToCafcass(on != null ? on : today(), note, today()));
    }

    @Override
    public AlertView takeLegalAdvice(AuthorityCode code, String alertId, LocalDate on, String note,
                                     Long expectedVersion) {
        return change(code, alertId, expectedVersion, null, alert -> alert.takeLegalAdvice(on != null ? on : today(), note, today()));
    }

    @Override
    public AlertView alert(AuthorityCode code, String alertId) {
        return unitOfWork.inTransaction(() -> {
            authority(code);
            return view(alerts.find(code, alertId).orElseThrow(() -> new UnknownAlert(alertId)));
        });
    }

    @Override
    public Page<AlertView> alerts(AuthorityCode code, AlertFilter filter, Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            authority(code);
            Page<Alert> found = alerts.list(code, filter, page);
            return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                    found.totalItems());
        });
    }

    @Override
    public Page<AlertView> alertsOverdueFirst(AuthorityCode code, AlertFilter filter, boolean onlyOverdue,
                                              Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            authority(code);
            Page<Alert> found = alerts.listOverdueFirst(code, filter, today(), onlyOverdue, page);
            return new Page<>(found.items().stream().map(this::view).toList(), found.page(), found.size(),
                    found.totalItems());
        });
    }

    @Override
    public List<AlertView> awaitingResponseFrom(AuthorityCode code, String socialWorkerId) {
        LocalId.require("socialWorkerId", socialWorkerId);
        return unitOfWork.inTransaction(() -> {
            authority(code);
            return alerts.awaitingResponseFrom(code, socialWorkerId).stream()
                    .filter(a -> a.status() == AlertStatus.OPEN && a.current().raisedWith().id().equals(socialWorkerId))
                    .sorted(java.util.Comparator.comparing((Alert a) -> a.current().dueBy()).thenComparing(Alert::id))
                    .map(this::view).toList();
        });
    }

    @Override
    public GoodPracticeNote recordGoodPractice(AuthorityCode code, ChildId child, LocalDate on, String socialWorkerId,
                                               String team, String text) {
        if (on.isAfter(today())) {
            throw new InvalidInput("on", "must not be in the future");
        }
        return unitOfWork.inTransaction(() -> {
            authority(code);
            children.find(code, child).orElseThrow(() -> new UnknownChild(child));
            GoodPracticeNote note = new GoodPracticeNote(UUID.randomUUID().toString(), on, socialWorkerId, team, text);
            alerts.insert(code, child, note);
            return note;
        });
    }

    @Override
    public int scan() {
        LocalDate today = today();
        return unitOfWork.inTransaction(() -> {
            int found = 0;
            for (Alert alert : alerts.open()) {
                StageRaising current = alert.current();
                if (!current.answered() && today.isAfter(current.dueBy())) {
                    announce("alert.response-overdue", alert, current.stage(), nextStageManager(alert));
                    found++;
                }
                if (alert.overTimescale(today, calendar)) {
                    announce("alert.over-timescale", alert, "limit", Optional.empty());
                    found++;
                }
            }
            return found;
        });
    }

    /**
     * A late response goes up a rung: to the child's team manager when the next stage is theirs (the service knows
     * them from the social worker's record), otherwise to whoever holds the next stage's role.
     */
    private Optional<Recipient> nextStageManager(Alert alert) {
        return alert.nextStage().map(s -> s.respondentRole().word()).map(role -> "team-manager".equals(role)
                ? people.teamManager(alert.authority(), alert.childId()).map(Recipient::of)
                        .orElse(Recipient.holderOf(role))
                : Recipient.holderOf(role));
    }

    private void announce(String type, Alert alert, String scanKey) {
        announce(type, alert, scanKey, Optional.empty());
    }

    /**
     * Writes the event and one notification per person to tell: the person it is raised with, the child's social
     * worker, the child's IRO, and anyone else the finding concerns. A scan's findings carry keys, so they are
     * written once however often found.
     */
    private void announce(String type, Alert alert, String scanKey, Optional<Recipient> also) {
        if (type == null) {
            return;
        }
        List<DomainEvent> events = new ArrayList<>();
        AlertEvent event = scanKey == null ? AlertEvent.of(type, alert) : AlertEvent.found(type, alert, scanKey);
        events.add(event);
        Map<String, Recipient> to = new LinkedHashMap<>();
        Person with = alert.current().raisedWith();
        to.put(with.id(), Recipient.of(with));
        people.socialWorker(alert.authority(), alert.childId())
                .ifPresent(sw -> to.putIfAbsent(sw.id(), Recipient.of(sw)));
        people.iro(alert.authority(), alert.childId()).ifPresent(iro -> to.putIfAbsent(iro.id(), iro));
        also.ifPresent(manager -> to.putIfAbsent(manager.id(), manager));
        String link = "/api/authorities/" + alert.authority().value() + "/alerts/" + alert.id();
        for (Recipient recipient : to.values()) {
            String key = event.uniqueKey().map(k -> k + ":to:" + recipient.id()).orElse(null);
            events.add(new Notification(alert.authority(), alert.childId(), recipient, event.fullType(), link, key));
        }
        outbox.append(events, clock.instant());
    }
}
