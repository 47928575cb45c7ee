package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The ONS Postcode Directory the service is pointed at is checked when it starts. Reading it is the adapter's
 * (adapters-ssda903, {@code org.openiro.files.PostcodeFileTest}).
 */
class PostcodeFileTest {

    @Test
    void the_service_will_not_start_with_a_postcode_file_it_cannot_read() {
        assertThatThrownBy(() -> ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url",
                "jdbc:h2:mem:postcodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "iro.demo.enabled", false, "iro.postcodes.file", "/nowhere/onspd.csv"), "test").close())
                .hasStackTraceContaining("iro.postcodes.file: cannot read /nowhere/onspd.csv");
    }
}
