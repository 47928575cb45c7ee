package org.openiro.escalation.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.GoodPracticeNote;
import org.openiro.shared.Page;

/** Alerts with every stage they went through, versioned, and good practice notes. */
public interface AlertRepository {

    /** The alert with its stages; empty when the authority has no such alert. */
    Optional<Alert> find(AuthorityCode authority, String alertId);

    /** Stores a new alert at the version it carries. */
    void insert(Alert alert);

    /** @throws org.openiro.shared.StaleVersion when it changed since it was read */
    Alert update(Alert alert);

    /**
     * The authority's alerts matching the filter (status, current stage, child; each null for any), newest raised
     * first, then by id.
     */
    Page<Alert> list(AuthorityCode authority, AlertFilter filter, Page.Request page);

    /**
     * As {@link #list}, ordered for following up: open and past its current stage's due date on {@code today} first,
     * then open or responded by that due date, then closed, newest first.
     *
     * @param onlyOverdue only those open and past their current stage's due date on {@code today}
     */
    Page<Alert> listOverdueFirst(AuthorityCode authority, AlertFilter filter, LocalDate today, boolean onlyOverdue,
                                 Page.Request page);

    /** Open alerts whose current stage is raised with this person, on children whose social worker they are. */
    List<Alert> awaitingResponseFrom(AuthorityCode authority, String socialWorkerId);

    /** Every alert, in every authority, not yet resolved or withdrawn: for the scan. */
    List<Alert> open();

    /** Stores a good practice note about the child. */
    void insert(AuthorityCode authority, ChildId child, GoodPracticeNote note);
}
