package org.openiro.app;

import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;
import org.openiro.http.security.EmbeddedDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default ({@code ./iro run}) has demo users whose passwords are in the README, so it listens on
 * 127.0.0.1 alone: reachable from the machine it runs on, not from the network. {@code MICRONAUT_SERVER_HOST}
 * ({@code 0.0.0.0} for every interface) says otherwise. Any other installation listens where Micronaut's settings say.
 */
@Singleton
class EmbeddedDefaultHost implements BeanCreatedEventListener<HttpServerConfiguration> {

    static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDefaultHost.class);

    private final Environment environment;

    EmbeddedDefaultHost(Environment environment) {
        this.environment = environment;
    }

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        HttpServerConfiguration configuration = event.getBean();
        if (EmbeddedDefault.is(environment) && configuration.getHost().isEmpty()) {
            configuration.setHost(LOOPBACK);
            LOG.info("The embedded default listens on {} only: set MICRONAUT_SERVER_HOST to open it to the network",
                    LOOPBACK);
        }
        return configuration;
    }
}
