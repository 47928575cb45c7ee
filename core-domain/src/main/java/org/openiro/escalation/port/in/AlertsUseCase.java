package org.openiro.escalation.port.in;

import java.time.LocalDate;
import java.util.List;
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

    record Raise(LocalDate raisedOn, List<String> reasons, String stage, Person raisedWith, String description,
                 String outcomeSought, String partnerAgency, String theme) {
    }

    /** An alert as answered: the record, and what today makes of it. */
    record AlertView(Alert alert, boolean overTimescale, int ageWorkingDays) {
    }

    AlertView raise(AuthorityCode authority, ChildId child, Raise raise);

    AlertView respond(AuthorityCode authority, String alertId, Caller caller, LocalDate respondedOn, Person by,
                      String text);

    AlertView escalate(AuthorityCode authority, String alertId, String stage, Person raisedWith, LocalDate on,
                       String reason);

    AlertView resolve(AuthorityCode authority, String alertId, LocalDate resolvedOn, String outcome,
                      List<String> impact, String impactText);

    AlertView withdraw(AuthorityCode authority, String alertId, LocalDate on, String reason);

    AlertView referToCafcass(AuthorityCode authority, String alertId, LocalDate on, String note);

    AlertView takeLegalAdvice(AuthorityCode authority, String alertId, LocalDate on, String note);

    AlertView alert(AuthorityCode authority, String alertId);

    Page<AlertView> alerts(AuthorityCode authority, AlertFilter filter, Page.Request page);

    GoodPracticeNote recordGoodPractice(AuthorityCode authority, ChildId child, LocalDate on, String socialWorkerId,
                                        String team, String text);

    /** Finds late responses (once a stage) and alerts past the escalation limit (once each). */
    int scan();
}
