package org.openiro.escalation.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openiro.access.Caller;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.Alert;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.GoodPracticeNote;
import org.openiro.escalation.Person;
import org.openiro.shared.Page;

/** The dispute resolution process: the IRO raises and escalates, the person raised with answers. */
public interface AlertsUseCase {

    /**
     * What the IRO raises: the day, the authority's reasons, the ladder's stage to start at, the person raised with,
     * what is wrong and what should happen; a partner escalation also names the agency and theme.
     */
    record Raise(LocalDate raisedOn, List<String> reasons, String stage, Person raisedWith, String description,
                 String outcomeSought, String partnerAgency, String theme) {
    }

    /**
     * An alert as answered: the record, and what today makes of it.
     *
     * @param stagesOverdue for each of the alert's stages, in order, whether its person ran out of time
     */
    record AlertView(Alert alert, boolean overTimescale, int ageWorkingDays, List<Boolean> stagesOverdue) {
    }

    /** Raises an alert for the child under the authority's policy of the day, and tells the person raised with. */
    AlertView raise(AuthorityCode authority, ChildId child, Raise raise);

    /**
     * Drift found at a midway review: an informal alert at the ladder's first stage with the person on record for
     * its role, or none when nobody is on record (the IRO then raises it by hand, naming the person).
     */
    Optional<AlertView> raiseForDrift(AuthorityCode authority, ChildId child, LocalDate on);

    // Each change below is made against {@code expectedVersion} (the request's If-Match), or null for whatever is
    // stored; a version no longer current is refused with StaleVersion and nothing changes.

    /**
     * The person the alert is with answers at its current stage; a social worker answers only an alert raised with
     * them, and in their own name.
     */
    AlertView respond(AuthorityCode authority, String alertId, Caller caller, LocalDate respondedOn, Person by,
                      String text,
                    Long expectedVersion);

    /** Raises the alert to a higher stage of its ladder with a new person, whose answer is then due. */
    AlertView escalate(AuthorityCode authority, String alertId, String stage, Person raisedWith, LocalDate on,
                       String reason,
                    Long expectedVersion);

    /** Resolves the alert with its outcome and impact; nothing more is written to it afterwards. */
    AlertView resolve(AuthorityCode authority, String alertId, LocalDate resolvedOn, String outcome,
                      List<String> impact, String impactText,
                    Long expectedVersion);

    /** Withdraws the alert, with the reason; nothing more is written to it afterwards. */
    AlertView withdraw(AuthorityCode authority, String alertId, LocalDate on, String reason,
                    Long expectedVersion);

    /** Records that the IRO referred the child's case to Cafcass. */
    AlertView referToCafcass(AuthorityCode authority, String alertId, LocalDate on, String note,
                    Long expectedVersion);

    /** Records that the IRO took independent legal advice. */
    AlertView takeLegalAdvice(AuthorityCode authority, String alertId, LocalDate on, String note,
                    Long expectedVersion);

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

    /** Records good practice the IRO noticed in the child's care. */
    GoodPracticeNote recordGoodPractice(AuthorityCode authority, ChildId child, LocalDate on, String socialWorkerId,
                                        String team, String text);

    /** Finds late responses (once a stage) and alerts past the escalation limit (once each). */
    int scan();
}
