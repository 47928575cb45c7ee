package org.openiro.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy.ClockStarts;
import org.openiro.escalation.Alert;
import org.openiro.escalation.StageRaising;
import org.openiro.reporting.ReportPeriod;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.ReviewCounts.Share;

/** "Dispute resolution", counted over the alerts and good practice notes kept in memory. */
public final class InMemoryDisputeCounts implements DisputeCounts {

    private final InMemoryAlertRepository alerts;

    public InMemoryDisputeCounts(InMemoryAlertRepository alerts) {
        this.alerts = alerts;
    }

    /** The IRO's own alerts (not partner escalations). */
    private List<Alert> own(AuthorityCode authority) {
        return alerts.all(authority).stream().filter(a -> a.partnerAgency() == null).toList();
    }

    private List<Alert> raisedIn(AuthorityCode authority, ReportPeriod period) {
        return own(authority).stream().filter(a -> Histories.in(a.raisedOn(), period)).toList();
    }

    public Share raised(AuthorityCode authority, ReportPeriod period) {
        List<Alert> raised = raisedIn(authority, period);
        return new Share(raised.size(), raised.stream().map(Alert::childId).distinct().count());
    }

    public Map<String, Long> byStartingStage(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        raisedIn(authority, period).forEach(a -> counts.merge(a.stages().get(0).stage(), 1L, Long::sum));
        return counts;
    }

    public Map<String, Long> byHighestStage(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        raisedIn(authority, period).forEach(a -> counts.merge(a.current().stage(), 1L, Long::sum));
        return counts;
    }

    public Map<String, Long> stagesReached(AuthorityCode authority, ReportPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        raisedIn(authority, period).forEach(a -> a.stages().stream().map(StageRaising::stage).distinct()
                .forEach(stage -> counts.merge(stage, 1L, Long::sum)));
        return counts;
    }

    public Map<String, Long> byReason(AuthorityCode authority, ReportPeriod period, List<String> reasons) {
        Map<String, Long> counts = new HashMap<>();
        List<Alert> raised = raisedIn(authority, period);
        for (String reason : reasons) {
            counts.put(reason, raised.stream().filter(a -> a.reasons().contains(reason)).count());
        }
        return counts;
    }

    public Share resolved(AuthorityCode authority, ReportPeriod period) {
        List<Alert> resolved = own(authority).stream()
                .filter(a -> a.resolution() != null && Histories.in(a.resolution().resolvedOn(), period)).toList();
        return new Share(resolved.size(), resolved.stream().filter(a -> a.current().stage().equals("informal"))
                .count());
    }

    @Override
    public Share responsesInTimescale(AuthorityCode authority, ReportPeriod period) {
        List<StageRaising> due = own(authority).stream().flatMap(a -> a.stages().stream())
                .filter(s -> Histories.in(s.dueBy(), period)).toList();
        return new Share(due.size(), due.stream().filter(StageRaising::answeredInTimescale).count());
    }

    @Override
    public List<OpenAlert> openOn(AuthorityCode authority, LocalDate day) {
        List<OpenAlert> open = new ArrayList<>();
        for (Alert a : own(authority)) {
            if (a.raisedOn().isAfter(day)
                    || a.resolution() != null && !a.resolution().resolvedOn().isAfter(day)
                    || a.withdrawal() != null && !a.withdrawal().on().isAfter(day)) {
                continue;
            }
            LocalDate clock = a.clockStarts() == ClockStarts.FIRST_RAISED ? a.raisedOn() : a.stages().stream()
                    .filter(s -> !s.stage().equals("informal") && !s.on().isAfter(day)).map(StageRaising::on)
                    .min(LocalDate::compareTo).orElse(null);
            open.add(new OpenAlert(a.raisedOn(), clock, a.limitWorkingDays()));
        }
        return open;
    }

    public long cafcassReferrals(AuthorityCode authority, ReportPeriod period) {
        return alerts.all(authority).stream()
                .filter(a -> a.cafcassReferral() != null && Histories.in(a.cafcassReferral().on(), period)).count();
    }

    public long legalAdvice(AuthorityCode authority, ReportPeriod period) {
        return alerts.all(authority).stream()
                .filter(a -> a.legalAdvice() != null && Histories.in(a.legalAdvice().on(), period)).count();
    }

    private Map<String, Long> partner(AuthorityCode authority, ReportPeriod period,
                                      java.util.function.Function<Alert, String> by) {
        Map<String, Long> counts = new HashMap<>();
        alerts.all(authority).stream().filter(a -> a.partnerAgency() != null && Histories.in(a.raisedOn(), period))
                .forEach(a -> counts.merge(by.apply(a), 1L, Long::sum));
        return counts;
    }

    public Map<String, Long> partnerEscalationsByAgency(AuthorityCode authority, ReportPeriod period) {
        return partner(authority, period, Alert::partnerAgency);
    }

    public Map<String, Long> partnerEscalationsByTheme(AuthorityCode authority, ReportPeriod period) {
        return partner(authority, period, Alert::theme);
    }

    @Override
    public long goodPracticeNotes(AuthorityCode authority, ReportPeriod period) {
        return alerts.notes(authority).stream().filter(n -> Histories.in(n.note().on(), period)).count();
    }

    /** The alerts raised, their children and their reasons, as the counts above give them. */
    public Raised raised(AuthorityCode authority, ReportPeriod period, List<String> reasons) {
        Share raised = raised(authority, period);
        return new Raised(raised.of(), raised.met(), byReason(authority, period, reasons));
    }

    @Override
    public Stages stagesOfRaised(AuthorityCode authority, ReportPeriod period) {
        return new Stages(byStartingStage(authority, period), stagesReached(authority, period));
    }

    public Referred referred(AuthorityCode authority, ReportPeriod period) {
        return new Referred(cafcassReferrals(authority, period), legalAdvice(authority, period));
    }

    public PartnerEscalations partnerEscalations(AuthorityCode authority, ReportPeriod period) {
        return new PartnerEscalations(partnerEscalationsByAgency(authority, period),
                partnerEscalationsByTheme(authority, period));
    }

    @Override
    public Alerts alerts(AuthorityCode authority, ReportPeriod period, List<String> reasons) {
        return new Alerts(raised(authority, period, reasons), byHighestStage(authority, period),
                resolved(authority, period), referred(authority, period), partnerEscalations(authority, period));
    }
}
