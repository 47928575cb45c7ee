package org.openiro.reporting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.LadderStage;
import org.openiro.authority.Policy;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.escalation.Alert;
import org.openiro.reporting.port.out.ByPeriod;
import org.openiro.reporting.port.out.DisputeCounts;
import org.openiro.reporting.port.out.DisputeCounts.OpenAlert;
import org.openiro.reporting.port.out.ReviewCounts.Share;

/** reports.md, "Dispute resolution", figure by figure. */
final class DisputeSection {

    static final String SECTION = "dispute-resolution";

    /** Ages of the alerts open at the end, in working days: the limit is 20 by default. */
    private static final int[] AGE_BANDS = {5, 10, 20};

    private final DisputeCounts counts;
    private final WorkingDayCalendar calendar;

    DisputeSection(DisputeCounts counts, WorkingDayCalendar calendar) {
        this.counts = counts;
        this.calendar = calendar;
    }

    /** The figures of the period and of the previous period, the alerts' stages of both read in one pass. */
    ByPeriod<List<Figure>> figures(Authority authority, ReportPeriod period, ReportPeriod previous) {
        List<String> reasons = reasons(authority);
        ByPeriod<DisputeCounts.Alerts> alerts = counts.alerts(authority.code(), period, previous, reasons);
        ByPeriod<DisputeCounts.StageFigures> stages = counts.stages(authority.code(), period, previous);
        return new ByPeriod<>(figures(authority, period, alerts.current(), stages.current()),
                figures(authority, previous, alerts.previous(), stages.previous()));
    }

    private static List<String> reasons(Authority authority) {
        return authority.policy().escalation().reasons().stream().map(Policy.AlertReason::id).toList();
    }

    private List<Figure> figures(Authority authority, ReportPeriod period, DisputeCounts.Alerts alerts,
                                 DisputeCounts.StageFigures stageFigures) {
        AuthorityCode code = authority.code();
        List<Figure> figures = new ArrayList<>();
        List<String> reasons = reasons(authority);
        DisputeCounts.Raised raised = alerts.raised();
        figures.add(Figure.count(SECTION, "alerts-raised", null, raised.alerts()));
        figures.add(Figure.count(SECTION, "alerts-children", null, raised.children()));

        List<String> stages = stages(authority.policy());
        DisputeCounts.Stages stagesOfRaised = stageFigures.ofRaised();
        byStage(figures, "by-starting-stage", stages, stagesOfRaised.starting());
        byStage(figures, "by-highest-stage", stages, alerts.byHighestStage());
        byStage(figures, "stages-reached", stages, stagesOfRaised.reached());

        Map<String, Long> byReason = raised.byReason();
        for (String reason : reasons) {
            figures.add(Figure.count(SECTION, "by-reason", "reason:" + reason, byReason.getOrDefault(reason, 0L)));
        }

        Share resolved = alerts.resolved();
        figures.add(Figure.count(SECTION, "resolved", null, resolved.of()));
        figures.add(Figure.share(SECTION, "resolved-informally", null, resolved.met(), resolved.of(), null));
        Share responses = stageFigures.responses();
        figures.add(Figure.share(SECTION, "responses-in-timescale", null, responses.met(), responses.of(), null));

        List<OpenAlert> open = counts.openOn(code, period.to());
        figures.add(Figure.count(SECTION, "open-at-end", null, open.size()));
        long[] byAge = new long[AGE_BANDS.length + 1];
        for (OpenAlert alert : open) {
            int age = Math.max(0, calendar.workingDaysBetween(alert.raisedOn(), period.to()));
            int band = 0;
            while (band < AGE_BANDS.length && age > AGE_BANDS[band]) {
                band++;
            }
            byAge[band]++;
        }
        for (int band = 0; band <= AGE_BANDS.length; band++) {
            String label = band == 0 ? "0-" + AGE_BANDS[0] : band == AGE_BANDS.length ? "over-" + AGE_BANDS[band - 1]
                    : (AGE_BANDS[band - 1] + 1) + "-" + AGE_BANDS[band];
            figures.add(Figure.count(SECTION, "open-at-end", "working-days:" + label, byAge[band]));
        }
        figures.add(Figure.count(SECTION, "over-timescale-at-end", null, open.stream()
                .filter(a -> Alert.pastLimit(a.clockStart(), a.limitWorkingDays(), period.to(), calendar)).count()));

        DisputeCounts.Referred referred = alerts.referred();
        figures.add(Figure.count(SECTION, "cafcass-referrals", null, referred.cafcass()));
        figures.add(Figure.count(SECTION, "legal-advice", null, referred.legalAdvice()));
        DisputeCounts.PartnerEscalations partner = alerts.partnerEscalations();
        Map<String, Long> agencies = partner.byAgency();
        figures.add(Figure.count(SECTION, "partner-escalations", null,
                agencies.values().stream().mapToLong(Long::longValue).sum()));
        for (String agency : new TreeSet<>(Alert.AGENCIES)) {
            figures.add(Figure.count(SECTION, "partner-escalations", "agency:" + agency,
                    agencies.getOrDefault(agency, 0L)));
        }
        Map<String, Long> themes = partner.byTheme();
        for (String theme : new TreeSet<>(Alert.THEMES)) {
            figures.add(Figure.count(SECTION, "partner-escalations", "theme:" + theme, themes.getOrDefault(theme, 0L)));
        }
        figures.add(Figure.count(SECTION, "good-practice-notes", null, counts.goodPracticeNotes(code, period)));
        return figures;
    }

    /** The stages of the authority's ladder now; {@link #byStage} adds any an older ladder had that alerts used. */
    private static List<String> stages(Policy policy) {
        Set<String> stages = new LinkedHashSet<>();
        for (LadderStage stage : policy.escalation().ladder().stages()) {
            stages.add(stage.id());
        }
        return List.copyOf(stages);
    }

    private static void byStage(List<Figure> figures, String id, List<String> ladder, Map<String, Long> counts) {
        Set<String> stages = new LinkedHashSet<>(ladder);
        stages.addAll(new TreeSet<>(counts.keySet()));
        for (String stage : stages) {
            figures.add(Figure.count(SECTION, id, "stage:" + stage, counts.getOrDefault(stage, 0L)));
        }
    }
}
