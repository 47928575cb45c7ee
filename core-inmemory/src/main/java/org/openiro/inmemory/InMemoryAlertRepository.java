package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.AlertStatus;
import org.openiro.escalation.GoodPracticeNote;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.Page;
import org.openiro.shared.StaleVersion;

/**
 * Alerts, versioned as the database versions them (stored as given, one more at each update, a stale update refused
 * with {@link StaleVersion}), listed newest raised first, then by id; and good practice notes.
 */
public final class InMemoryAlertRepository extends Tables implements AlertRepository {

    /** A good practice note with what it is about. */
    record Note(AuthorityCode authority, ChildId child, GoodPracticeNote note) {
    }

    private final Map<Key, Alert> alerts = table();
    private final Map<Key, Note> notes = table();
    private final InMemoryChildRepository children;

    /** @param children whose social worker each child has, for the alerts awaiting a social worker's answer */
    public InMemoryAlertRepository(InMemoryChildRepository children) {
        this.children = children;
    }

    @Override
    public synchronized Optional<Alert> find(AuthorityCode authority, String alertId) {
        return Optional.ofNullable(alerts.get(Key.of(authority, alertId)));
    }

    @Override
    public synchronized void insert(Alert alert) {
        if (alerts.putIfAbsent(Key.of(alert.authority(), alert.id()), alert) != null) {
            throw new IllegalStateException("alert " + alert.id() + " is already stored");
        }
    }

    @Override
    public synchronized Alert update(Alert alert) {
        Alert current = alerts.get(Key.of(alert.authority(), alert.id()));
        if (current == null || current.version() != alert.version()) {
            throw new StaleVersion("alert " + alert.id());
        }
        Alert a = alert;
        Alert stored = new Alert(a.id(), a.authority(), a.childId(), a.raisedOn(), a.reasons(), a.description(),
                a.outcomeSought(), a.partnerAgency(), a.theme(), a.ladder(), a.clockStarts(), a.limitWorkingDays(),
                a.stages(), a.cafcassReferral(), a.legalAdvice(), a.resolution(), a.withdrawal(), a.version() + 1);
        alerts.put(Key.of(stored.authority(), stored.id()), stored);
        return stored;
    }

    @Override
    public synchronized Page<Alert> list(AuthorityCode authority, AlertFilter filter, Page.Request page) {
        List<Alert> matching = alerts.values().stream().filter(a -> a.authority().equals(authority))
                .filter(a -> filter.status() == null || a.status().id().equals(filter.status()))
                .filter(a -> filter.stage() == null || a.current().stage().equals(filter.stage()))
                .filter(a -> filter.childId() == null || a.childId().value().equals(filter.childId()))
                .sorted(Comparator.comparing(Alert::raisedOn).reversed().thenComparing(Alert::id)).toList();
        return InMemoryPages.page(matching, page);
    }

    /** Open and past the current stage's due date on {@code today}: its person ran out of time. */
    private static boolean overdue(Alert a, LocalDate today) {
        return a.status() == AlertStatus.OPEN && a.current().dueBy().isBefore(today);
    }

    @Override
    public synchronized Page<Alert> listOverdueFirst(AuthorityCode authority, AlertFilter filter, LocalDate today,
                                                     boolean onlyOverdue, Page.Request page) {
        List<Alert> matching = alerts.values().stream().filter(a -> a.authority().equals(authority))
                .filter(a -> filter.status() == null || a.status().id().equals(filter.status()))
                .filter(a -> filter.stage() == null || a.current().stage().equals(filter.stage()))
                .filter(a -> filter.childId() == null || a.childId().value().equals(filter.childId()))
                .filter(a -> !onlyOverdue || overdue(a, today))
                .sorted(Comparator.comparing((Alert a) -> overdue(a, today) ? 0 : a.status().closed() ? 2 : 1)
                        .thenComparing(a -> a.status().closed() ? null : a.current().dueBy(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Comparator.comparing(Alert::raisedOn).reversed())
                        .thenComparing(Alert::id))
                .toList();
        return InMemoryPages.page(matching, page);
    }

    @Override
    public synchronized List<Alert> awaitingResponseFrom(AuthorityCode authority, String socialWorkerId) {
        return alerts.values().stream().filter(a -> a.authority().equals(authority))
                .filter(a -> a.status() == AlertStatus.OPEN && a.current().raisedWith().id().equals(socialWorkerId))
                .filter(a -> children.find(authority, a.childId()).flatMap(c -> c.socialWorker())
                        .map(sw -> sw.id().equals(socialWorkerId)).orElse(false))
                .sorted(Comparator.comparing((Alert a) -> a.current().dueBy()).thenComparing(Alert::id)).toList();
    }

    @Override
    public synchronized List<Alert> open() {
        return alerts.values().stream()
                .filter(a -> a.status() != AlertStatus.RESOLVED && a.status() != AlertStatus.WITHDRAWN).toList();
    }

    @Override
    public synchronized void insert(AuthorityCode authority, ChildId child, GoodPracticeNote note) {
        if (notes.putIfAbsent(Key.of(authority, note.id()), new Note(authority, child, note)) != null) {
            throw new IllegalStateException("good practice note " + note.id() + " is already stored");
        }
    }

    /** Every alert of the authority: for the adapters that count. */
    synchronized List<Alert> all(AuthorityCode authority) {
        return alerts.values().stream().filter(a -> a.authority().equals(authority)).toList();
    }

    /** Every good practice note of the authority: for the adapters that count. */
    synchronized List<Note> notes(AuthorityCode authority) {
        return notes.values().stream().filter(n -> n.authority().equals(authority)).toList();
    }
}
