package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openiro.app.support.Api;
import org.openiro.app.support.TestAuthorities;
import org.openiro.calendar.WorkingDayCalendar;
import org.openiro.reviews.port.in.ScanReviewsUseCase;

/** The scan finds what a day brings, once each, however many scans run at the same moment. */
@MicronautTest(environments = "pg", transactional = false)
class ReviewScanTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    ScanReviewsUseCase scan;
    @Inject
    WorkingDayCalendar calendar;

    @SuppressWarnings("unchecked")
    private Map<String, Long> eventCounts(Api api, String authority) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) api.get("/api/authorities/" + authority
                + "/events?size=500").map().get("items");
        return items.stream().collect(Collectors.groupingBy(e -> {
            Map<String, Object> data = (Map<String, Object>) e.get("data");
            return e.get("type") + " " + data.get("childId") + " " + data.getOrDefault("deadline", "");
        }, Collectors.counting()));
    }

    @Test
    void two_scans_at_once_write_each_event_once() throws Exception {
        Api api = new Api(server.getURL(), json);
        String authority = TestAuthorities.fresh("scan");
        api.authority(authority);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        // Overdue: looked after since January 2024, no review held.
        api.child(authority, "LATE", "2012-01-01");
        api.episode(authority, "LATE", "2024-01-02");
        // Due soon: the 20th working day after care started is within the next 10 working days.
        LocalDate start = calendar.workingDaysBefore(today, 12);
        api.child(authority, "SOON", "2012-01-01");
        api.episode(authority, "SOON", start.toString());
        // Not due yet: care started today.
        api.child(authority, "NEW", "2012-01-01");
        api.episode(authority, "NEW", today.toString());
        // A review whose record and letter were never done, and whose report came late.
        api.child(authority, "HELD", "2012-01-01");
        api.episode(authority, "HELD", "2024-01-02");
        api.post("/api/authorities/" + authority + "/children/HELD/reviews", """
                {"meetingDates": ["%s"], "participation": {"code": "PN7"}, "socialWorkReportReceivedOn": "%s",
                 "recommendationsIssuedOn": "%s"}""".formatted(calendar.workingDaysBefore(today, 30),
                calendar.workingDaysBefore(today, 30), calendar.workingDaysBefore(today, 29)));

        // A review held with no social worker's report at all.
        api.child(authority, "NOREPORT", "2012-01-01");
        api.episode(authority, "NOREPORT", "2024-01-02");
        String noReport = (String) api.post("/api/authorities/" + authority + "/children/NOREPORT/reviews", """
                {"meetingDates": ["%s"], "participation": {"code": "PN7"}}"""
                .formatted(calendar.workingDaysBefore(today, 5))).at("id");

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> scanTogether(together));
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> scanTogether(together));
        first.get(60, TimeUnit.SECONDS);
        second.get(60, TimeUnit.SECONDS);
        scan.scan();

        Map<String, Long> counts = eventCounts(api, authority);
        assertThat(counts).containsEntry("org.openiro.review.overdue LATE ", 1L)
                .containsEntry("org.openiro.review.due-soon SOON ", 1L)
                .containsEntry("org.openiro.review.report-overdue HELD social-work-report", 1L)
                .containsEntry("org.openiro.review.deadline-missed HELD record", 1L)
                .containsEntry("org.openiro.review.deadline-missed HELD letter", 1L)
                .doesNotContainKey("org.openiro.review.deadline-missed HELD recommendations")
                .doesNotContainKey("org.openiro.review.due-soon NEW ")
                .doesNotContainKey("org.openiro.review.overdue NEW ")
                .containsEntry("org.openiro.review.report-overdue NOREPORT social-work-report", 1L);

        // The report arrives, late, after the scan told of it: still told once.
        api.send("PATCH", "/api/authorities/" + authority + "/children/NOREPORT/reviews/" + noReport,
                "{\"socialWorkReportReceivedOn\": \"" + calendar.workingDaysBefore(today, 1) + "\"}");
        scan.scan();
        assertThat(eventCounts(api, authority))
                .containsEntry("org.openiro.review.report-overdue NOREPORT social-work-report", 1L);
    }

    private int scanTogether(CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return scan.scan();
    }
}
