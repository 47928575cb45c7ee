package org.openiro.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.http.annotation.Controller;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of architecture.md ("Rules the architecture tests enforce"), written once as methods that take the
 * packages they govern. {@link ArchitectureTest} applies them to the service's real packages;
 * {@link ArchitectureRulesCatchBadExamplesTest} applies the very same methods to the deliberately broken classes
 * under {@code badexamples}, so a rule that could never fail would be noticed.
 *
 * <p>Package arguments are full package names ({@code org.openiro.children}); a rule always covers a package's
 * subpackages too ({@code org.openiro.children.port.out}).
 */
final class ArchitectureRules {

    static final String BASE = "org.openiro";

    /** The feature packages of core-domain. A new one must be added here ({@link #everyClassLivesInAKnownPackage}). */
    static final List<String> DOMAIN = Stream.of("shared", "calendar", "authority", "access", "audit", "children", "care", "reviews", "voice", "reporting", "workforce", "escalation",
            "events", "ssda903", "quality").map(feature -> BASE + "." + feature).toList();

    static final String PERSISTENCE = BASE + ".persistence";
    static final String KAFKA = BASE + ".kafka";
    static final String HTTP = BASE + ".http";
    /** adapters-ssda903: the DfE's files and the postcode directory, read; the threads work runs on. */
    static final String FILES = BASE + ".files";
    static final List<String> ADAPTERS = List.of(PERSISTENCE, KAFKA, HTTP, FILES);
    static final String APP = BASE + ".app";
    /** The core as a library: its in-memory adapters (core-inmemory) and the worked example that uses them. */
    static final List<String> LIBRARY = List.of(BASE + ".inmemory", BASE + ".example");

    /** Use cases, the ports the outside world calls. */
    static final String IN_PORTS = "..port.in..";
    /** What the domain needs from outside: repositories, the outbox, the clock. */
    static final String OUT_PORTS = "..port.out..";

    private ArchitectureRules() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 1: core-domain depends only on the JDK.

    static ArchRule domainDependsOnlyOnJdk(String... domainPackages) {
        String[] domain = trees(domainPackages);
        return classes().that().resideInAnyPackage(domain)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        Stream.concat(Stream.of("java..", "javax.crypto.."), Arrays.stream(domain)).toArray(String[]::new))
                .because("core-domain is plain Java 17: it may use the JDK (java.*, and javax.crypto for password"
                        + " hashing) and itself, and nothing else"
                        + " (architecture.md, rule 1)")
                .allowEmptyShould(false);
    }

    /**
     * The core as a library (issue 20 item 7): the in-memory adapters and the worked example use core-domain and the
     * JDK, nothing else, so that another authority's system can take them without the service's framework.
     */
    static ArchRule libraryDependsOnlyOnTheDomainAndJdk(List<String> domainPackages, String... libraryPackages) {
        String[] library = trees(libraryPackages);
        return classes().that().resideInAnyPackage(library)
                .should().onlyDependOnClassesThat().resideInAnyPackage(Stream.of(Stream.of("java.."),
                        Arrays.stream(trees(domainPackages.toArray(String[]::new))), Arrays.stream(library))
                        .flatMap(s -> s).toArray(String[]::new))
                .because("core-inmemory and the worked example are the core as a library: they may use core-domain,"
                        + " the JDK and themselves, and nothing else (docs/library.md)")
                .allowEmptyShould(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 1a: core-domain opens no files, starts no threads and speaks no SQL, though each is in the JDK (issue 20).

    static ArchRule domainUsesNoFilesThreadsOrSql(String... domainPackages) {
        return noClasses().that().resideInAnyPackage(trees(domainPackages))
                .should().dependOnClassesThat(filesThreadsOrSql())
                .because("files, threads and SQL are the adapters' (adapters-ssda903 reads the files and runs the"
                        + " threads, behind the ports Ssda903Reader and Background; adapters-persistence the SQL);"
                        + " the domain may still read a resource of its own classpath (architecture.md, rule 1)")
                .allowEmptyShould(false);
    }

    /**
     * {@code java.io}'s file classes ({@code File}, {@code FileInputStream}, {@code FileReader}, ...),
     * {@code java.nio.file}, threads and what runs work on them ({@code Thread}, executors, thread factories, fork/join
     * pools, {@code CompletableFuture} and the other futures, {@code Timer}), {@code java.sql} and {@code javax.sql}.
     * The rest of {@code java.util.concurrent} (atomics, concurrent maps, locks) is not a thread and stays allowed.
     */
    static DescribedPredicate<JavaClass> filesThreadsOrSql() {
        return DescribedPredicate.describe("are files (java.io.File*, java.nio.file), threads or executors,"
                + " or SQL (java.sql, javax.sql)", javaClass -> {
                    String pkg = javaClass.getPackageName();
                    String name = javaClass.getName();
                    String simple = name.substring(name.lastIndexOf('.') + 1);
                    return pkg.equals("java.io") && simple.startsWith("File")
                            || inTree(pkg, "java.nio.file") || inTree(pkg, "java.sql") || inTree(pkg, "javax.sql")
                            || name.equals("java.lang.Thread") || name.startsWith("java.lang.Thread$")
                            || name.equals("java.lang.ThreadGroup") || name.startsWith("java.util.Timer")
                            || pkg.equals("java.util.concurrent") && THREADS.matcher(simple).matches();
                });
    }

    /** The parts of java.util.concurrent that are threads or run work on them. */
    private static final Pattern THREADS = Pattern.compile(
            ".*Executor.*|.*Executors|.*Thread.*|ForkJoin.*|.*Future.*|Completion.*|CountedCompleter|RecursiveTask"
                    + "|RecursiveAction");

    private static boolean inTree(String pkg, String tree) {
        return pkg.equals(tree) || pkg.startsWith(tree + ".");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 2: adapters do not depend on each other; only app wires them, and nothing depends on app.

    static ArchRule adaptersDoNotDependOnEachOther(String... adapterPackages) {
        return slices().assignedFrom(eachPackageIsASlice("adapters", adapterPackages))
                .should().notDependOnEachOther()
                .because("adapters only meet in app, which wires them (architecture.md, rule 2)")
                .allowEmptyShould(false);
    }

    static ArchRule nothingDependsOnApp(String appPackage, String... otherPackages) {
        return noClasses().that().resideInAnyPackage(trees(otherPackages))
                .should().dependOnClassesThat().resideInAPackage(tree(appPackage))
                .because("app is the outermost ring: it knows every module and no module knows it"
                        + " (architecture.md, rule 2)")
                .allowEmptyShould(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 3: controllers call use cases (in-ports), never out-ports, other adapters or the services behind the
    // use cases.

    static ArchRule controllersCallOnlyUseCases(String httpPackage, String... otherAdapterPackages) {
        return noClasses().that(controllersIn(httpPackage))
                .should().dependOnClassesThat().resideInAnyPackage(concat(OUT_PORTS, trees(otherAdapterPackages)))
                .orShould().dependOnClassesThat(implementAUseCase())
                .because("a controller calls a use case (an in-port) and maps domain types;"
                        + " repositories and other out-ports are the use case's business (architecture.md, rule 3)")
                .allowEmptyShould(false);
    }

    static DescribedPredicate<JavaClass> controllersIn(String httpPackage) {
        PackageMatcher http = PackageMatcher.of(tree(httpPackage));
        return DescribedPredicate.describe("are controllers in " + tree(httpPackage),
                javaClass -> http.matches(javaClass.getPackageName()) && javaClass.isAnnotatedWith(Controller.class));
    }

    /** Concrete classes behind an in-port: calling one directly bypasses the use case's interface. */
    static DescribedPredicate<JavaClass> implementAUseCase() {
        PackageMatcher inPorts = PackageMatcher.of(IN_PORTS);
        return DescribedPredicate.describe("implement a use case (an interface in " + IN_PORTS + ")",
                javaClass -> !javaClass.isInterface() && javaClass.getAllRawInterfaces().stream()
                        .anyMatch(implemented -> inPorts.matches(implemented.getPackageName())));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 4: no cycles between the feature packages of core-domain.

    static ArchRule featuresAreFreeOfCycles(String... featurePackages) {
        return slices().assignedFrom(eachPackageIsASlice("features", featurePackages))
                .should().beFreeOfCycles()
                .because("each feature of core-domain may use others, but never in a circle (architecture.md, rule 4)")
                .allowEmptyShould(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 5: persistence entities and HTTP DTOs never leak into core-domain.

    static ArchRule domainNeverSeesEntitiesOrDtos(String httpPackage, String... domainPackages) {
        return noClasses().that().resideInAnyPackage(trees(domainPackages))
                .should().dependOnClassesThat(persistenceEntities().or(httpDtos(httpPackage)))
                .because("rows and request/response bodies are the adapters' own shapes (architecture.md, rule 5)")
                .allowEmptyShould(false);
    }

    static ArchRule outPortsNeverMentionEntitiesOrDtos(String httpPackage, String... domainPackages) {
        return noClasses().that().resideInAnyPackage(trees(domainPackages)).and().resideInAPackage(OUT_PORTS)
                .should().dependOnClassesThat(persistenceEntities().or(httpDtos(httpPackage)))
                .because("an out-port speaks in domain types; the adapter maps them to its rows"
                        + " (architecture.md, rule 5)")
                .allowEmptyShould(false);
    }

    static DescribedPredicate<JavaClass> persistenceEntities() {
        return annotatedWith(MappedEntity.class).as("are persistence entities (@MappedEntity)").forSubtype();
    }

    static DescribedPredicate<JavaClass> httpDtos(String httpPackage) {
        PackageMatcher http = PackageMatcher.of(tree(httpPackage));
        return DescribedPredicate.describe("are HTTP DTOs (@Serdeable in " + tree(httpPackage) + ")",
                javaClass -> http.matches(javaClass.getPackageName()) && javaClass.isAnnotatedWith(Serdeable.class));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Rule 6: one event catalogue (issue 20 item 4). Outside the events package, no event builds its own data.

    /** The Map methods that make or fill a map; reading one (an event's answers, a footprint's checks) is fine. */
    private static final java.util.Set<String> MAP_BUILDERS = java.util.Set.of("put", "putAll", "putIfAbsent",
            "of", "ofEntries", "copyOf", "entry", "compute", "computeIfAbsent", "merge");

    static ArchRule onlyTheCatalogueBuildsEventData(String eventsPackage, String eventType,
                                                    String... domainPackages) {
        return noClasses().that().resideInAnyPackage(trees(domainPackages))
                .and().resideOutsideOfPackage(tree(eventsPackage))
                .and().areAssignableTo(eventType)
                .should().callConstructorWhere(DescribedPredicate.describe("a Map is made",
                        call -> call.getTargetOwner().isAssignableTo(java.util.Map.class)))
                .orShould().callMethodWhere(DescribedPredicate.describe("a Map is made or filled",
                        call -> call.getTargetOwner().isAssignableTo(java.util.Map.class)
                                && MAP_BUILDERS.contains(call.getName())))
                .because("an event says which type it is and what it tells; its data map is the event catalogue's"
                        + " to build (events.EventCatalogue), so the JSON on Kafka and /events has one author"
                        + " (issue 20 item 4)")
                .allowEmptyShould(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Guard: every class of the service is in a package the rules above know about.

    static ArchRule everyClassLivesInAKnownPackage(String basePackage, List<String> knownPackages) {
        return classes().that().resideInAPackage(tree(basePackage))
                .should().resideInAnyPackage(trees(knownPackages.toArray(String[]::new)))
                .because("the rules name their packages; a new feature or adapter package must be added to"
                        + " ArchitectureRules so that the rules cover it")
                .allowEmptyShould(false);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Importing.

    /**
     * Leaves out the classes Micronaut's annotation processors generate next to ours: bean definitions and
     * introspections, whose file names start with {@code $} ({@code $ChildRow$Introspection},
     * {@code $AuthoritiesController$Definition}), and AOP proxies, whose names end in {@code $Intercepted}
     * ({@code AuthorityRowRepository$Intercepted}). Our own nested classes ({@code Policy$Targets}, the records
     * nested in controllers) are kept: {@link ArchitectureTest} checks that what is left out is exactly what
     * Micronaut marks {@code @Generated}.
     */
    static final class IgnoreMicronautGenerated implements ImportOption {

        private static final Pattern GENERATED = Pattern.compile(".*/\\$[^/]*\\.class$|.*\\$Intercepted\\.class$");

        @Override
        public boolean includes(Location location) {
            return !location.matches(GENERATED);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Puts each class in the slice of the given package it lives in (subpackages included), or in none. */
    private static SliceAssignment eachPackageIsASlice(String what, String... packages) {
        List<String> ordered = Arrays.asList(packages);
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                return ordered.stream()
                        .filter(pkg -> name.equals(pkg) || name.startsWith(pkg + "."))
                        .findFirst()
                        .map(SliceIdentifier::of)
                        .orElseGet(SliceIdentifier::ignore);
            }

            @Override
            public String getDescription() {
                return what + " " + ordered;
            }
        };
    }

    static String tree(String pkg) {
        return pkg + "..";
    }

    static String[] trees(String... packages) {
        return Arrays.stream(packages).map(ArchitectureRules::tree).toArray(String[]::new);
    }

    private static String[] concat(String first, String... rest) {
        return Stream.concat(Stream.of(first), Arrays.stream(rest)).toArray(String[]::new);
    }
}
