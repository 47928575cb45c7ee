package org.openiro.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.architecture.badexamples.domain.LeakyPolicy;
import org.openiro.architecture.badexamples.infrastructure.CleanInput;

/**
 * Each rule of {@link ArchitectureRules}, built by the same method {@link ArchitectureTest} uses on the service,
 * fails on the deliberately broken classes under {@code badexamples}, names the classes that break it, and leaves
 * the well-behaved ones alone. Asserting on the culprits matters: an {@link AssertionError} alone could also mean
 * "the rule found no classes to check".
 */
class ArchitectureRulesCatchBadExamplesTest {

    private static final String BAD = "org.openiro.architecture.badexamples";

    // --- rule 1 -----------------------------------------------------------------------------------------------

    @Test
    void domainDependsOnlyOnJdkFailsOnADomainClassUsingMicronaut() {
        ArchRule rule = ArchitectureRules.domainDependsOnlyOnJdk(BAD + ".domain");

        assertViolated(rule, badExamples("domain"),
                List.of(BAD + ".domain.LeakyPolicy", "io.micronaut.core.annotation.Introspected"),
                List.of("CleanValue"));
    }

    @Test
    void domainDependsOnlyOnJdkAcceptsRecordsEnumsAndSwitches() {
        JavaClasses clean = badExamples("domain").that(not(belongToAnyOf(LeakyPolicy.class)));

        assertThat(clean).isNotEmpty();
        assertThatCode(() -> ArchitectureRules.domainDependsOnlyOnJdk(BAD + ".domain").check(clean))
                .doesNotThrowAnyException();
    }

    @Test
    void libraryDependsOnlyOnTheDomainAndJdkFailsOnAnAdapterUsingMicronaut() {
        ArchRule rule = ArchitectureRules.libraryDependsOnlyOnTheDomainAndJdk(List.of(BAD + ".domain"),
                BAD + ".library");

        assertViolated(rule, badExamples("library"),
                List.of(BAD + ".library.FrameworkAdapter", "io.micronaut.core.annotation.Introspected"),
                List.of("PlainAdapter"));
    }

    @Test
    void domainUsesNoFilesThreadsOrSqlFailsOnDomainClassesReadingFilesStartingThreadsOrUsingJdbc() {
        ArchRule rule = ArchitectureRules.domainUsesNoFilesThreadsOrSql(BAD + ".infrastructure");

        assertViolated(rule, badExamples("infrastructure"),
                List.of(BAD + ".infrastructure.ReadsFiles", "java.nio.file.Files",
                        BAD + ".infrastructure.OpensFileStreams", "java.io.FileInputStream",
                        BAD + ".infrastructure.StartsThreads", "java.util.concurrent.ExecutorService",
                        "java.lang.Thread", BAD + ".infrastructure.WaitsOnFutures",
                        "java.util.concurrent.CompletableFuture", BAD + ".infrastructure.QueriesSql",
                        "java.sql.Connection"),
                List.of("CleanInput"));
    }

    @Test
    void domainUsesNoFilesThreadsOrSqlAcceptsClasspathResourcesStreamsHandedInAndAtomics() {
        JavaClasses clean = badExamples("infrastructure").that(belongToAnyOf(CleanInput.class));

        assertThat(clean).isNotEmpty();
        assertThatCode(() -> ArchitectureRules.domainUsesNoFilesThreadsOrSql(BAD + ".infrastructure").check(clean))
                .doesNotThrowAnyException();
        assertThatCode(() -> ArchitectureRules.domainDependsOnlyOnJdk(BAD + ".infrastructure").check(clean))
                .as("and rule 1 lets it be").doesNotThrowAnyException();
    }

    // --- rule 2 -----------------------------------------------------------------------------------------------

    @Test
    void adaptersDoNotDependOnEachOtherFailsOnTwoAdaptersCallingEachOther() {
        ArchRule rule = ArchitectureRules.adaptersDoNotDependOnEachOther(
                BAD + ".adapters.alpha", BAD + ".adapters.beta", BAD + ".adapters.gamma");

        assertViolated(rule, badExamples("adapters"),
                List.of(BAD + ".adapters.alpha.AlphaAdapter", BAD + ".adapters.beta.BetaAdapter"),
                List.of("GammaAdapter", "Wiring"));
    }

    @Test
    void adaptersDoNotDependOnEachOtherAcceptsAdaptersThatOnlyMeetInApp() {
        ArchRule rule = ArchitectureRules.adaptersDoNotDependOnEachOther(BAD + ".adapters.alpha", BAD + ".adapters.gamma");

        assertThatCode(() -> rule.check(badExamples("adapters"))).doesNotThrowAnyException();
    }

    @Test
    void nothingDependsOnAppFailsOnAnAdapterReachingIntoApp() {
        ArchRule rule = ArchitectureRules.nothingDependsOnApp(BAD + ".adapters.app",
                BAD + ".adapters.alpha", BAD + ".adapters.beta", BAD + ".adapters.gamma");

        assertViolated(rule, badExamples("adapters"),
                List.of(BAD + ".adapters.gamma.GammaAdapter", BAD + ".adapters.app.Wiring"),
                List.of("AlphaAdapter", "BetaAdapter"));
    }

    // --- rule 3 -----------------------------------------------------------------------------------------------

    @Test
    void controllersCallOnlyUseCasesFailsOnControllersUsingOutPortsServicesOrOtherAdapters() {
        ArchRule rule = ArchitectureRules.controllersCallOnlyUseCases(BAD + ".controllers.web", BAD + ".controllers.db");

        assertViolated(rule, badExamples("controllers"),
                List.of(BAD + ".controllers.web.RepositoryController", BAD + ".controllers.thing.port.out.ThingRepository",
                        BAD + ".controllers.web.ServiceController", BAD + ".controllers.thing.ViewThingService",
                        BAD + ".controllers.web.RowController", BAD + ".controllers.db.ThingRow"),
                List.of("GoodThingController"));
    }

    // --- rule 4 -----------------------------------------------------------------------------------------------

    @Test
    void featuresAreFreeOfCyclesFailsOnTwoFeaturesUsingEachOther() {
        ArchRule rule = ArchitectureRules.featuresAreFreeOfCycles(
                BAD + ".cycle.first", BAD + ".cycle.second", BAD + ".cycle.third");

        assertViolated(rule, badExamples("cycle"),
                List.of("Cycle detected", BAD + ".cycle.first.First", BAD + ".cycle.second.port.in.SecondUseCase"),
                List.of("Third"));
    }

    @Test
    void featuresAreFreeOfCyclesAcceptsOneWayDependencies() {
        ArchRule rule = ArchitectureRules.featuresAreFreeOfCycles(BAD + ".cycle.first", BAD + ".cycle.third");

        assertThatCode(() -> rule.check(badExamples("cycle"))).doesNotThrowAnyException();
    }

    // --- rule 5 -----------------------------------------------------------------------------------------------

    @Test
    void domainNeverSeesEntitiesOrDtosFailsOnDomainClassesUsingARowOrABody() {
        ArchRule rule = ArchitectureRules.domainNeverSeesEntitiesOrDtos(BAD + ".leak.web", BAD + ".leak.thing");

        assertViolated(rule, badExamples("leak"),
                List.of(BAD + ".leak.thing.RowAwareThing", BAD + ".leak.thing.BodyAwareThing",
                        BAD + ".leak.thing.port.out.RowReturningStore",
                        BAD + ".leak.db.ThingRow", BAD + ".leak.web.ThingBody"),
                List.of("CleanThing"));
    }

    @Test
    void outPortsNeverMentionEntitiesOrDtosFailsOnAnOutPortReturningRows() {
        ArchRule rule = ArchitectureRules.outPortsNeverMentionEntitiesOrDtos(BAD + ".leak.web", BAD + ".leak.thing");

        assertViolated(rule, badExamples("leak"),
                List.of(BAD + ".leak.thing.port.out.RowReturningStore", BAD + ".leak.db.ThingRow"),
                List.of("RowAwareThing", "BodyAwareThing", "CleanThing"));
    }

    // ---------------------------------------------------------------------------------------------------------

    // --- rule 6 -----------------------------------------------------------------------------------------------

    @Test
    void onlyTheCatalogueBuildsEventDataFailsOnAnEventBuildingItsOwnMap() {
        ArchRule rule = ArchitectureRules.onlyTheCatalogueBuildsEventData(BAD + ".events.catalogue",
                BAD + ".events.catalogue.Event", BAD + ".events");

        assertViolated(rule, badExamples("events"),
                List.of(BAD + ".events.feature.MapBuildingEvent", "java.util.LinkedHashMap"),
                List.of(BAD + ".events.feature.TypedEvent", BAD + ".events.catalogue.Catalogue"));
    }

    private static JavaClasses badExamples(String subpackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(new ArchitectureRules.IgnoreMicronautGenerated())
                .importPackages(BAD + "." + subpackage);
        assertThat(classes).as("bad examples in %s.%s", BAD, subpackage).isNotEmpty();
        return classes;
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes, List<String> culprits,
                                       List<String> innocents) {
        var failure = assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated");
        culprits.forEach(failure::hasMessageContaining);
        innocents.forEach(failure::hasMessageNotContaining);
    }
}
