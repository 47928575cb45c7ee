package org.openiro.app.support;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * A route that fails as a bug would, quoting SQL and a class name in its exception, for the test that an internal
 * failure tells the client nothing of them. Only in a test context that asks for it, so the contract tests never see it.
 */
@Controller("/api/test-failure")
@Requires(property = FailingRoute.ENABLED, value = "true")
public class FailingRoute {

    public static final String ENABLED = "iro.test.failing-route";
    public static final String SECRET = "INSERT INTO good_practice_note (social_worker_id) VALUES (?) -- VARCHAR(36)";

    @Get
    String fail() {
        throw new IllegalStateException("org.h2.jdbc.JdbcSQLDataException: " + SECRET);
    }
}
