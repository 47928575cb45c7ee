package org.openiro.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiro.architecture.ArchitectureRules.ADAPTERS;
import static org.openiro.architecture.ArchitectureRules.APP;
import static org.openiro.architecture.ArchitectureRules.BASE;
import static org.openiro.architecture.ArchitectureRules.DOMAIN;
import static org.openiro.architecture.ArchitectureRules.FILES;
import static org.openiro.architecture.ArchitectureRules.HTTP;
import static org.openiro.architecture.ArchitectureRules.KAFKA;
import static org.openiro.architecture.ArchitectureRules.LIBRARY;
import static org.openiro.architecture.ArchitectureRules.PERSISTENCE;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.micronaut.core.annotation.Generated;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules of architecture.md, checked against the service's own classes (all modules, main code only). */
class ArchitectureTest {

    private static final String[] DOMAIN_PACKAGES = DOMAIN.toArray(String[]::new);
    private static final String[] ADAPTER_PACKAGES = ADAPTERS.toArray(String[]::new);

    /** Imported once for the whole class: main code of every module, without Micronaut's generated classes. */
    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(new ArchitectureRules.IgnoreMicronautGenerated())
            .importPackages(BASE);

    // --- the import itself: the rules below must not pass because they saw nothing ----------------------------

    @Test
    void theImportHoldsEveryModule() {
        assertThat(SERVICE.size()).as("classes imported from %s", BASE).isGreaterThanOrEqualTo(50);
        Stream.of(DOMAIN, ADAPTERS, List.of(APP), LIBRARY).flatMap(List::stream).forEach(pkg ->
                assertThat(SERVICE.stream().filter(c -> isIn(c, pkg)))
                        .as("classes imported from %s", pkg).isNotEmpty());
        assertThat(SERVICE.stream().filter(c -> isIn(c, BASE + ".architecture")))
                .as("test classes, including the bad examples, are not part of the service").isEmpty();
    }

    @Test
    void onlyMicronautsGeneratedClassesAreLeftOut() {
        JavaClasses everything = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
        Set<String> generated = everything.stream().filter(c -> c.isAnnotatedWith(Generated.class))
                .map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> leftOut = everything.stream().map(JavaClass::getName)
                .filter(name -> !SERVICE.contain(name)).collect(Collectors.toSet());

        assertThat(generated).as("Micronaut's generated classes exist, so the filter is exercised").isNotEmpty();
        assertThat(leftOut).as("classes the import leaves out are exactly those Micronaut marks @Generated")
                .isEqualTo(generated);
        assertThat(SERVICE.stream().filter(JavaClass::isNestedClass))
                .as("our own nested classes (records in controllers, Policy's parts, ...) are kept").isNotEmpty();
    }

    @Test
    void everyClassLivesInAKnownPackage() {
        ArchitectureRules.everyClassLivesInAKnownPackage(BASE,
                Stream.of(DOMAIN, ADAPTERS, List.of(APP), LIBRARY).flatMap(List::stream).toList()).check(SERVICE);
    }

    // --- rule 1 -----------------------------------------------------------------------------------------------

    @Test
    void coreDomainDependsOnlyOnTheJdk() {
        ArchitectureRules.domainDependsOnlyOnJdk(DOMAIN_PACKAGES).check(SERVICE);
    }

    @Test
    void theLibraryDependsOnlyOnTheDomainAndTheJdk() {
        ArchitectureRules.libraryDependsOnlyOnTheDomainAndJdk(DOMAIN, LIBRARY.toArray(String[]::new)).check(SERVICE);
    }

    @Test
    void coreDomainOpensNoFilesStartsNoThreadsAndSpeaksNoSql() {
        ArchitectureRules.domainUsesNoFilesThreadsOrSql(DOMAIN_PACKAGES).check(SERVICE);
    }

    // --- rule 2 -----------------------------------------------------------------------------------------------

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(ADAPTER_PACKAGES).check(SERVICE);
    }

    @Test
    void neitherAdaptersNorTheDomainDependOnApp() {
        String[] everythingButApp = Stream.concat(DOMAIN.stream(), ADAPTERS.stream()).toArray(String[]::new);
        ArchitectureRules.nothingDependsOnApp(APP, everythingButApp).check(SERVICE);
    }

    // --- rule 3 -----------------------------------------------------------------------------------------------

    @Test
    void controllersCallUseCasesNeverOutPortsOrOtherAdapters() {
        ArchitectureRules.controllersCallOnlyUseCases(HTTP, PERSISTENCE, KAFKA, FILES).check(SERVICE);
    }

    // --- rule 4 -----------------------------------------------------------------------------------------------

    @Test
    void coreDomainFeaturesHaveNoCycles() {
        ArchitectureRules.featuresAreFreeOfCycles(DOMAIN_PACKAGES).check(SERVICE);
    }

    // --- rule 5 -----------------------------------------------------------------------------------------------

    @Test
    void persistenceEntitiesAndHttpDtosNeverReachTheDomain() {
        ArchitectureRules.domainNeverSeesEntitiesOrDtos(HTTP, DOMAIN_PACKAGES).check(SERVICE);
    }

    @Test
    void outPortsNeverMentionPersistenceEntitiesOrHttpDtos() {
        ArchitectureRules.outPortsNeverMentionEntitiesOrDtos(HTTP, DOMAIN_PACKAGES).check(SERVICE);
    }

    // --- rule 6 -----------------------------------------------------------------------------------------------

    @Test
    void onlyTheEventCatalogueBuildsEventData() {
        ArchitectureRules.onlyTheCatalogueBuildsEventData(BASE + ".events", BASE + ".events.DomainEvent",
                DOMAIN_PACKAGES).check(SERVICE);
    }

    private static boolean isIn(JavaClass javaClass, String pkg) {
        return javaClass.getPackageName().equals(pkg) || javaClass.getPackageName().startsWith(pkg + ".");
    }
}
