package org.openiro.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import org.openiro.access.LocalUser;
import org.openiro.access.Passwords;
import org.openiro.access.Role;
import org.openiro.access.port.out.LocalUserDirectory;
import org.openiro.http.security.EmbeddedDefault;
import org.openiro.shared.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One demo user per role (api.md, "Who may do what"), whose passwords are their usernames. They exist only in the
 * embedded default: on the embedded default's own H2 file ({@link EmbeddedDefault}), with the demo enabled and no
 * identity provider configured.
 */
@Singleton
@Requires(property = "iro.demo.enabled", value = "true")
@Requires(missingProperty = "micronaut.security.token.jwt.signatures.jwks.idp.url")
class DemoUsers {

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    static final List<LocalUser> USERS = List.of(
            user("admin", Set.of(Role.ADMIN, Role.MANAGER), "*", null, null),
            user("manager", Set.of(Role.MANAGER), "demo", null, null),
            user("iro", Set.of(Role.IRO), "demo", "iro-1", null),
            user("social-worker", Set.of(Role.SOCIAL_WORKER), "demo", null, "sw-1"),
            user("viewer", Set.of(Role.VIEWER), "demo", null, null));

    private final LocalUserDirectory directory;
    private final UnitOfWork unitOfWork;
    private final boolean embeddedDefault;

    DemoUsers(LocalUserDirectory directory, UnitOfWork unitOfWork, Environment environment) {
        this.directory = directory;
        this.unitOfWork = unitOfWork;
        this.embeddedDefault = EmbeddedDefault.is(environment);
    }

    private static LocalUser user(String name, Set<Role> roles, String authority, String iroId, String swId) {
        return new LocalUser(name, "unset", roles, Set.of(authority), iroId, swId);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!embeddedDefault) {
            // Passwords anyone can read in the README: never on a database that could hold real children.
            LOG.info("Demo users are created only on the embedded default's own H2 file ({})",
                    EmbeddedDefault.DATABASE_URL);
            return;
        }
        for (LocalUser demo : USERS) {
            unitOfWork.run(() -> {
                if (directory.find(demo.username()).isEmpty()) {
                    directory.save(new LocalUser(demo.username(), Passwords.hashDemoPassword(demo.username()),
                            demo.roles(), demo.authorities(), demo.iroId(), demo.socialWorkerId()));
                }
            });
        }
    }
}
