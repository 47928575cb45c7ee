package org.openiro.app;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.authority.port.in.SetUpAuthorityUseCase.SetUpAuthorityCommand;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.RegisterChildUseCase;
import org.openiro.care.port.in.RegisterChildUseCase.RegisterChildCommand;
import org.openiro.care.port.in.StartPeriodOfCareUseCase;
import org.openiro.care.port.in.StartPeriodOfCareUseCase.StartPeriodOfCareCommand;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's demo authority, {@code demo}, so a newcomer has something to look at. Loaded once, through
 * the same use cases the API calls; every child is invented.
 */
@Singleton
@Requires(property = "iro.demo.enabled", value = "true")
class DemoData {

    static final AuthorityCode DEMO = AuthorityCode.of("demo");
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final AuthorityRepository authorities;
    private final SetUpAuthorityUseCase setUp;
    private final RegisterChildUseCase register;
    private final StartPeriodOfCareUseCase startPeriodOfCare;
    private final Clock clock;

    DemoData(AuthorityRepository authorities, SetUpAuthorityUseCase setUp, RegisterChildUseCase register,
             StartPeriodOfCareUseCase startPeriodOfCare, Clock clock) {
        this.authorities = authorities;
        this.setUp = setUp;
        this.register = register;
        this.startPeriodOfCare = startPeriodOfCare;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (authorities.find(DEMO).isPresent()) {
            return;
        }
        setUp.setUp(new SetUpAuthorityCommand(DEMO, "Demo County Council", "statutory", null, 12_000));
        LocalDate today = LocalDate.now(clock);
        String[] ethnicities = {"WBRI", "WBRI", "MWBC", "WBRI", "AIND", "BAFR", "WBRI", "WOTH", "WBRI", "MOTH"};
        String[] placements = {"U4", "U6", "U3", "K2", "U6", "U1", "P1", "U6", "R1", "A4"};
        for (int i = 0; i < 10; i++) {
            ChildId id = ChildId.of("demo-" + (i + 1));
            LocalDate born = today.minusYears(1 + (i * 17) % 17).minusDays(i * 31L);
            register.register(new RegisterChildCommand(DEMO, id, new Child.Demographics(null, born,
                    i % 5 < 3 ? Gender.MALE : Gender.FEMALE, Ethnicity.of("ethnicity", ethnicities[i]), i == 5,
                    i == 8)));
            LocalDate start = today.minusDays(3L + i * 9L);
            startPeriodOfCare.start(new StartPeriodOfCareCommand(DEMO, id, start,
                    i % 3 == 0 ? LegalStatus.V2 : LegalStatus.C1, placements[i], i == 3, i % 4 != 0));
        }
        LOG.info("Loaded the demo authority 'demo' with 10 children");
    }

}
