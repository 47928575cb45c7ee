package org.openiro.persistence.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The usual split of database roles (docs/postgresql-roles.sql): Flyway migrates as the role that owns the schema
 * ({@code FLYWAY_USER}, {@code FLYWAY_PASSWORD}, and {@code FLYWAY_URL} when not the service's own database URL),
 * and the service runs as a role that owns nothing, so it can neither drop the audit trail's guards nor change its
 * rows. Unset, Flyway migrates over the service's own connection, as the embedded default does.
 *
 * <p>Micronaut's own {@code flyway.datasources.default.url}/{@code user}/{@code password} migrate as another role
 * too, but then also run Flyway again over the service's connection, which needs the runtime role to read the
 * schema history; this replaces the connection instead, so Flyway runs once, as the owner.
 */
@Singleton
@Named("default")
class FlywayOwner implements FlywayConfigurationCustomizer {

    private static final Logger LOG = LoggerFactory.getLogger(FlywayOwner.class);

    private final String url;
    private final String user;
    private final String password;

    FlywayOwner(@Value("${iro.flyway.url:}") String url, @Value("${datasources.default.url:}") String serviceUrl,
                @Value("${iro.flyway.user:}") String user, @Value("${iro.flyway.password:}") String password) {
        this.url = url.isBlank() ? serviceUrl : url;
        this.user = user;
        this.password = password;
    }

    @Override
    public String getName() {
        return "default";
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        if (user.isBlank()) {
            return;
        }
        LOG.info("Migrating the database as {}, the role that owns its schema", user);
        configuration.dataSource(url, user, password);
    }
}
