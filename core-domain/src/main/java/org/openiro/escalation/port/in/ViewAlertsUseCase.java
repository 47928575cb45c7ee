package org.openiro.escalation.port.in;

import java.util.List;
import org.openiro.authority.AuthorityCode;
import org.openiro.escalation.AlertFilter;
import org.openiro.shared.Page;

/** Reads alerts, each answered with what today makes of it. */
public interface ViewAlertsUseCase {

    /** The alert as it stands today; {@link org.openiro.escalation.UnknownAlert} when there is none. */
    AlertView alert(AuthorityCode authority, String alertId);

    /** The authority's alerts matching the filter, newest raised first. */
    Page<AlertView> alerts(AuthorityCode authority, AlertFilter filter, Page.Request page);

    /**
     * The alerts an IRO service follows up: those whose response is overdue first, then the rest still open by when
     * their response is due, then the closed ones, newest first.
     *
     * @param onlyOverdue only the alerts whose current stage's response is overdue today
     */
    Page<AlertView> alertsOverdueFirst(AuthorityCode authority, AlertFilter filter, boolean onlyOverdue,
                                       Page.Request page);

    /**
     * What a social worker has to answer: the open alerts raised with them at their current stage, on the children
     * allocated to them, the soonest due first. An alert on a child no longer theirs is not shown to them.
     */
    List<AlertView> awaitingResponseFrom(AuthorityCode authority, String socialWorkerId);
}
