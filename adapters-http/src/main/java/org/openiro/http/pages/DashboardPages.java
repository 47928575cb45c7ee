package org.openiro.http.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.validation.Validated;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openiro.access.Action;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.escalation.AlertFilter;
import org.openiro.escalation.port.in.ViewAlertsUseCase;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.http.input.Id;
import org.openiro.http.reports.FinancialYear;
import org.openiro.http.security.Permits;
import org.openiro.reporting.ServiceReport;
import org.openiro.reporting.port.in.ServiceReportUseCase;
import org.openiro.shared.Page;
import org.openiro.workforce.IroCaseload;
import org.openiro.workforce.WorkItem;
import org.openiro.workforce.port.in.ViewIrosUseCase;
import org.openiro.workforce.port.in.WorklistUseCase;
import org.openiro.http.pages.DashboardRows.Due;
import org.openiro.http.pages.DashboardRows.Stage;

/**
 * {@code /authorities/{a}/dashboard}, a manager's home: the reviews due in the next 20 working days and overdue, the
 * deadlines missed after reviews, timeliness this financial year month by month, each IRO's caseload against their
 * band, and the open alerts by stage. Every figure comes from a use case the API already has (the team worklist of
 * the whole service, the service report, the caseloads, the alerts): none is counted a second way here.
 */
@Hidden
@Controller("/authorities/{authority}/dashboard")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
@Validated
class DashboardPages {

    /** Rows shown in a table before the page says how many more there are. */
    static final int ROWS = 25;
    /** How long the figures a manager sees may be old: a dashboard is reread often, and the service changes slowly. */
    static final Duration FRESH_FOR = Duration.ofSeconds(30);
    private static final Set<String> FOLLOW_UPS = Set.of("recommendations-due", "record-due", "letter-due");

    private final Pages pages;
    private final WorklistUseCase worklists;
    private final ViewIrosUseCase iros;
    private final ViewAlertsUseCase alerts;
    private final ServiceReportUseCase reports;
    /** Each authority's figures as last counted, and a lock per authority so that they are counted once at a time. */
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Object> counting = new ConcurrentHashMap<>();
    private final Clock clock;

    DashboardPages(Pages pages, WorklistUseCase worklists, ViewIrosUseCase iros, ViewAlertsUseCase alerts,
                   ServiceReportUseCase reports, Clock clock) {
        this.pages = pages;
        this.worklists = worklists;
        this.iros = iros;
        this.alerts = alerts;
        this.reports = reports;
        this.clock = clock;
    }

    @Get
    @Permits(Action.READ_DASHBOARD)
    HttpResponse<?> dashboard(@PathVariable @Id String authority, HttpRequest<?> request) {
        Snapshot snapshot = snapshot(AuthorityCode.of(authority), clock.instant());
        Map<String, Object> model = new HashMap<>(snapshot.model());
        model.put("freshFor", FRESH_FOR.toSeconds());
        model.put("countedAt", LocalTime.ofInstant(snapshot.countedAt(), clock.getZone()).truncatedTo(ChronoUnit.MINUTES));
        return pages.render("dashboard", pages.layout(request, authority, "Dashboard"), model, request);
    }

    /**
     * The figures as counted at most {@link #FRESH_FOR} ago (and today), or else counted now, once for everyone
     * asking at the same moment. A manager reads a dashboard as a picture of the service, not of this second; counting
     * the whole service's schedule and the year's reviews afresh for every look would cost each look 60 ms or more,
     * and with several managers looking at once, far more.
     */
    private Snapshot snapshot(AuthorityCode code, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        Snapshot kept = snapshots.get(code.value());
        if (kept != null && kept.freshAt(now, today)) {
            return kept;
        }
        synchronized (counting.computeIfAbsent(code.value(), k -> new Object())) {
            kept = snapshots.get(code.value());
            if (kept == null || !kept.freshAt(now, today)) {
                kept = new Snapshot(now, today, count(code, today));
                snapshots.put(code.value(), kept);
            }
            return kept;
        }
    }

    /** The dashboard's figures for one authority: the same for every manager and administrator who opens it. */
    record Snapshot(Instant countedAt, LocalDate day, Map<String, Object> model) {

        boolean freshAt(Instant now, LocalDate today) {
            return day.equals(today) && now.isBefore(countedAt.plus(FRESH_FOR));
        }
    }

    private Map<String, Object> count(AuthorityCode code, LocalDate today) {
        String authority = code.value();
        List<IroCaseload> caseloads = iros.caseloads(code);
        Map<ChildId, String> iroOf = new HashMap<>();
        caseloads.forEach(c -> {
            c.lookedAfter().forEach(child -> iroOf.put(child, c.iro().name()));
            c.careLeavers().forEach(child -> iroOf.putIfAbsent(child, c.iro().name()));
        });

        // The whole service's worklist: the team worklist with no team named.
        List<WorkItem> work = worklists.forTeam(code, null, null, new Page.Request(0, Page.MAX_SIZE)).items();
        Comparator<WorkItem> overdueFirst = Comparator.comparing((WorkItem w) -> !w.overdue())
                .thenComparing(WorkItem::dueDate).thenComparing(w -> w.childId().value());
        List<Due> reviews = work.stream().filter(w -> w.kind().equals("review-due")).sorted(overdueFirst)
                .map(w -> new Due(w, iroOf.getOrDefault(w.childId(), ""))).toList();
        List<Due> missed = work.stream().filter(w -> FOLLOW_UPS.contains(w.kind()) && w.overdue()).sorted(overdueFirst)
                .map(w -> new Due(w, iroOf.getOrDefault(w.childId(), ""))).toList();

        List<AlertView> open = alerts.alerts(code, new AlertFilter(null, null, null),
                        new Page.Request(0, Page.MAX_SIZE)).items().stream()
                .filter(a -> a.alert().resolution() == null && a.alert().withdrawal() == null)
                .sorted(Comparator.comparing((AlertView a) -> !a.overTimescale())
                        .thenComparing(a -> a.alert().raisedOn()))
                .toList();
        Map<String, int[]> byStage = new LinkedHashMap<>();
        for (AlertView a : open) {
            int[] counts = byStage.computeIfAbsent(currentStage(a), s -> new int[2]);
            counts[0]++;
            counts[1] += a.overTimescale() ? 1 : 0;
        }
        List<Stage> stages = new ArrayList<>();
        byStage.forEach((stage, counts) -> stages.add(new Stage(stage, counts[0], counts[1])));
        stages.sort(Comparator.comparing((Stage s) -> -s.overTimescale()).thenComparing(Stage::stage));

        // The whole financial year, so the report sets last financial year beside it month for month; the months
        // after this one are left off, having no reviews yet.
        ServiceReport report = reports.reviews(code, FinancialYear.containing(today));
        DashboardTimeliness timeliness = DashboardTimeliness.of(report, YearMonth.from(today));

        Map<String, Object> model = new HashMap<>();
        model.put("authority", authority);
        model.put("today", today);
        model.put("reviews", reviews);
        model.put("reviewsOverdue", reviews.stream().filter(d -> d.item().overdue()).count());
        model.put("missed", missed);
        model.put("caseloads", caseloads);
        model.put("alerts", open);
        model.put("stages", stages);
        model.put("timeliness", timeliness);
        model.put("rows", ROWS);
        return java.util.Collections.unmodifiableMap(model);
    }

    static String currentStage(AlertView a) {
        return a.alert().stages().get(a.alert().stages().size() - 1).stage();
    }
}
