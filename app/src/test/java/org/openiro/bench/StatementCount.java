package org.openiro.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import org.openiro.app.support.ServiceProcess;

/**
 * {@code review-write}'s "statements a review", counted at the JDBC driver ({@link CountingDriver}): once the timed
 * load is over and its service stopped, the same service (the same beans and settings, in this JVM) on the same
 * database, with its datasource pointed at the counting driver, records reviews one after another; the statements
 * sent while it does, divided by the reviews recorded. Counted apart from the timed load so that counting costs the
 * figure nothing. {@code BEGIN} and {@code COMMIT} are not counted (see {@link CountingDriver}). Beside the
 * statements, what PostgreSQL did for the same reviews: tuples, buffers, WAL, index entries ({@link PostgresWork}).
 *
 * <p>System properties: {@code bench.countReviews} (200, after 20 not counted).
 */
final class StatementCount {

    private static final int NOT_COUNTED = 20;

    private final int reviews = Integer.getInteger("bench.countReviews", 200);

    /** The statements a review, averaged over {@code bench.countReviews} reviews; prints the commonest. */
    double perReview(BenchDatabase database, ReviewWriting load, HttpClient http) throws Exception {
        CountingDriver.register();
        Map<String, Object> properties = database.serviceProperties();
        properties.put("datasources.default.url", CountingDriver.url(database.url()));
        properties.put("datasources.default.driver-class-name", CountingDriver.class.getName());
        properties.put("iro.jwt.secret", ServiceProcess.SECRET);
        properties.put("micronaut.server.port", -1);
        PostgresWork work = new PostgresWork(database);
        PostgresWork.Snapshot before;
        double perReview;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
            URI base = server.getURI();
            record(load, http, base, 0, NOT_COUNTED);
            before = work.before();
            CountingDriver.reset();
            record(load, http, base, NOT_COUNTED, reviews);
            Map<String, Long> counts = CountingDriver.counts();
            long total = CountingDriver.total();
            perReview = (double) total / reviews;
            System.out.printf("%nstatements sent to PostgreSQL, counted at the JDBC driver while %d reviews were "
                    + "recorded one after another (BEGIN and COMMIT not counted): %,d, %.1f a review%n", reviews,
                    total, perReview);
            counts.forEach((sql, n) -> System.out.printf("  %5.2f a review  %s%n", (double) n / reviews,
                    CountingDriver.shortly(sql)));
        }
        work.print(before, work.after(), reviews);
        return perReview;
    }

    private static void record(ReviewWriting load, HttpClient http, URI base, int from, int count) throws Exception {
        for (int i = from; i < from + count; i++) {
            HttpResponse<String> answer = http.send(load.review(base, i % load.children),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("a review answered " + answer.statusCode() + ": " + answer.body());
            }
        }
    }
}
