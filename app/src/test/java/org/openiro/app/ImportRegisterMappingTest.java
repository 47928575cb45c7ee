package org.openiro.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openiro.app.support.TestAuthorities;
import org.openiro.app.support.TestServices;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.in.SetUpAuthorityUseCase;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.reviews.Advocacy;
import org.openiro.reviews.Consultation;
import org.openiro.reviews.DueDates;
import org.openiro.reviews.Meetings;
import org.openiro.reviews.NextReview;
import org.openiro.reviews.Participation;
import org.openiro.reviews.ParticipationCode;
import org.openiro.reviews.Review;
import org.openiro.reviews.ReviewBasis;
import org.openiro.reviews.ReviewFacts;
import org.openiro.reviews.ReviewKind;
import org.openiro.reviews.ReviewTiming;
import org.openiro.shared.StaleVersion;
import org.openiro.shared.UnitOfWork;
import org.openiro.ssda903.port.out.ImportRegister;

/**
 * The import's register (issue 20 item 6) writes each row from named columns; what it writes it reads back the same,
 * every field, nulls included, on PostgreSQL (COPY, ids taken first) and on the embedded H2 (INSERTs, ids given back).
 */
class ImportRegisterMappingTest {

    private static Map<String, Object> database(String which) {
        return which.equals("h2")
                ? Map.of("datasources.default.url", "jdbc:h2:mem:register-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "datasources.default.username", "sa")
                : TestServices.postgres(TestServices.POSTGRES_URL);
    }

    /** Two periods (one ended, its start not known), each with a legal status spell or two and placements. */
    private static Child child(AuthorityCode authority, String id, Child.Demographics demographics) {
        PeriodOfCare ended = new PeriodOfCare(LocalDate.of(2019, 2, 1), LocalDate.of(2020, 6, 30), new EndReason("E13"),
                false, List.of(new LegalStatusSpell(LocalDate.of(2019, 2, 1), LegalStatus.V3),
                        new LegalStatusSpell(LocalDate.of(2019, 9, 1), LegalStatus.C2)),
                List.of(new Placement(LocalDate.of(2019, 2, 1), new PlacementType("U4"), true, null)));
        PeriodOfCare open = new PeriodOfCare(LocalDate.of(2023, 12, 15), null, null, true,
                List.of(new LegalStatusSpell(LocalDate.of(2023, 12, 15), LegalStatus.C1)),
                List.of(new Placement(LocalDate.of(2023, 12, 15), new PlacementType("U6"), null, null),
                        new Placement(LocalDate.of(2024, 3, 1), new PlacementType("R1"), false, null)));
        return Child.fromReturn(authority, ChildId.of(id), demographics, List.of(ended, open));
    }

    /** A review with every column filled. */
    private static Review full(AuthorityCode authority, ChildId child) {
        return new Review(UUID.randomUUID().toString(), authority, child, ReviewKind.CLA,
                Meetings.on(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 24)), true, null,
                new Participation(ParticipationCode.PN1, Set.of("attended-in-person", "advocate"), "part"), true,
                new Advocacy("has-advocate", "instructed", "Coram Voice"),
                List.of(new Consultation("carer", true, true), new Consultation("parent", true, false)),
                new ReviewFacts(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 29), LocalDate.of(2024, 2, 12),
                        LocalDate.of(2024, 2, 20), true),
                null, 0);
    }

    /** A review as the import makes one: a meeting and a participation code, the rest not known. */
    private static Review imported(AuthorityCode authority, ChildId child) {
        return new Review(UUID.randomUUID().toString(), authority, child, ReviewKind.CLA,
                Meetings.on(LocalDate.of(2024, 7, 9)), true, null, new Participation(ParticipationCode.PN6, null, null),
                null, null, List.of(), ReviewFacts.NOT_RECORDED, null, 0);
    }

    private static Review timed(Review review, ReviewTiming timing) {
        return new Review(review.id(), review.authority(), review.childId(), review.kind(), review.meetings(),
                review.seriesComplete(), review.bookingId(), review.participation(), review.attended(),
                review.advocacy(), review.consultation(), review.facts(), timing, review.version());
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void what_the_register_writes_it_reads_back_field_for_field(String which) {
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(database(which)), "test")) {
            AuthorityCode authority = AuthorityCode.of(TestAuthorities.fresh("register"));
            context.getBean(SetUpAuthorityUseCase.class).setUp(new SetUpAuthorityUseCase.SetUpAuthorityCommand(
                    authority, "Register Borough", "statutory", null, null));
            ImportRegister register = context.getBean(ImportRegister.class);
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
            Child child = child(authority, "R1", new Child.Demographics(null, LocalDate.of(2012, 5, 1), Gender.FEMALE,
                    Ethnicity.MWBC, true, false));
            Review full = timed(full(authority, child.id()), new ReviewTiming(null, LocalDate.of(2024, 1, 12), 3,
                    ReviewBasis.AFTER_REVIEW, false, new DueDates(LocalDate.of(2024, 1, 7), LocalDate.of(2024, 1, 29),
                            LocalDate.of(2024, 2, 13), LocalDate.of(2024, 2, 23))));
            Review plain = imported(authority, child.id());
            NextReview next = new NextReview(LocalDate.of(2025, 1, 9), 4, ReviewBasis.AFTER_REVIEW,
                    LocalDate.of(2024, 10, 9));

            unitOfWork.inTransaction(() -> {
                register.write(authority, new ImportRegister.Changes(List.of(child), List.of(), List.of(full, plain),
                        List.of(), Map.of(child.id(), Optional.of(next))));
                return null;
            });
            ImportRegister.StoredCase stored = read(unitOfWork, register, authority, child.id());

            assertThat(stored.child().demographics()).isEqualTo(child.demographics());
            assertThat(stored.child().periods()).isEqualTo(child.periods());
            assertThat(stored.reviews()).containsExactlyInAnyOrder(withTimingOf(full, stored), plain);
            assertThat(stored.next()).contains(next);

            // A later return changes the child's demographics and history, a review's code, and the next review.
            Child changed = child(authority, "R1", new Child.Demographics(null, LocalDate.of(2012, 5, 2), Gender.MALE,
                    Ethnicity.WBRI, false, false));
            Review recoded = new Review(plain.id(), authority, child.id(), plain.kind(), plain.meetings(), true, null,
                    new Participation(ParticipationCode.PN3, null, null), null, null, List.of(),
                    ReviewFacts.NOT_RECORDED, null, 0);
            unitOfWork.inTransaction(() -> {
                register.write(authority, new ImportRegister.Changes(List.of(), List.of(changed), List.of(),
                        List.of(recoded), Map.of(child.id(), Optional.empty())));
                return null;
            });
            ImportRegister.StoredCase again = read(unitOfWork, register, authority, child.id());

            assertThat(again.child().demographics()).isEqualTo(changed.demographics());
            assertThat(again.child().periods()).as("rewritten, not doubled").isEqualTo(changed.periods());
            assertThat(again.reviews()).filteredOn(r -> r.id().equals(plain.id())).singleElement().satisfies(r -> {
                assertThat(r.participation().code()).isEqualTo(ParticipationCode.PN3);
                assertThat(r.version()).as("an update moves the version on").isEqualTo(1);
            });
            assertThat(again.next()).as("none due: the next review's columns cleared").isEmpty();
            assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
                register.write(authority, new ImportRegister.Changes(List.of(), List.of(), List.of(),
                        List.of(recoded), Map.of()));
                return null;
            })).as("the version read is no longer the one stored").isInstanceOf(StaleVersion.class);
        }
    }

    /**
     * A batch made ready on another thread, as the import makes the next batch while one is written (issue 23, sixth
     * step), writes what {@code write} writes: on PostgreSQL the rows are then COPY streams made ahead, each period's
     * id put into its row and its legal statuses' and placements' when the write takes the ids; enough children for
     * every table to go by COPY.
     */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"postgresql", "h2"})
    void a_batch_made_ready_on_another_thread_is_written_as_it_would_be_directly(String which) throws Exception {
        try (ApplicationContext context = ApplicationContext.run(new HashMap<>(database(which)), "test")) {
            AuthorityCode authority = AuthorityCode.of(TestAuthorities.fresh("ready"));
            context.getBean(SetUpAuthorityUseCase.class).setUp(new SetUpAuthorityUseCase.SetUpAuthorityCommand(
                    authority, "Ready Borough", "statutory", null, null));
            ImportRegister register = context.getBean(ImportRegister.class);
            UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
            List<Child> children = new java.util.ArrayList<>();
            List<Review> reviews = new java.util.ArrayList<>();
            Map<ChildId, Optional<NextReview>> next = new HashMap<>();
            for (int i = 0; i < 120; i++) {
                Child child = child(authority, "B" + i, new Child.Demographics(null, LocalDate.of(2012, 5, 1)
                        .plusDays(i), i % 2 == 0 ? Gender.FEMALE : Gender.MALE, Ethnicity.WBRI, i % 3 == 0, false));
                children.add(child);
                reviews.add(imported(authority, child.id()));
                next.put(child.id(), i % 4 == 0 ? Optional.empty() : Optional.of(new NextReview(
                        LocalDate.of(2025, 1, 9).plusDays(i), 3, ReviewBasis.AFTER_REVIEW,
                        LocalDate.of(2024, 10, 9).plusDays(i))));
            }
            ImportRegister.Changes changes = new ImportRegister.Changes(children, List.of(), reviews, List.of(), next);

            unitOfWork.inTransaction(() -> {
                // As the import does: the batch's children looked up first, on the unit of work's connection.
                assertThat(register.lockCases(authority, children.stream().map(Child::id).toList())).isEmpty();
                java.util.concurrent.atomic.AtomicReference<ImportRegister.Prepared> ready =
                        new java.util.concurrent.atomic.AtomicReference<>();
                Thread making = new Thread(() -> ready.set(register.prepare(authority, changes)), "ready");
                making.start();
                try {
                    making.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                register.write(authority, ready.get());
                return null;
            });

            Map<ChildId, ImportRegister.StoredCase> stored = unitOfWork.inTransaction(() -> register.lockCases(
                    authority, children.stream().map(Child::id).toList()));
            assertThat(stored).hasSize(children.size());
            for (int i = 0; i < children.size(); i++) {
                Child child = children.get(i);
                ImportRegister.StoredCase read = stored.get(child.id());
                assertThat(read.child().demographics()).isEqualTo(child.demographics());
                assertThat(read.child().periods()).as("each period with its own statuses and placements")
                        .isEqualTo(child.periods());
                assertThat(read.reviews()).containsExactly(reviews.get(i));
                assertThat(read.next()).isEqualTo(next.get(child.id()));
            }
        }
    }

    private static ImportRegister.StoredCase read(UnitOfWork unitOfWork, ImportRegister register,
                                                  AuthorityCode authority, ChildId child) {
        return unitOfWork.inTransaction(() -> register.lockCases(authority, List.of(child)).get(child));
    }

    /**
     * The review as written, with the timing as read: a stored timing carries the review's id, which the row does not
     * hold apart from the review's own.
     */
    private static Review withTimingOf(Review written, ImportRegister.StoredCase stored) {
        ReviewTiming read = stored.reviews().stream().filter(r -> r.id().equals(written.id())).findFirst()
                .map(Review::timing).orElseThrow();
        ReviewTiming t = written.timing();
        assertThat(new ReviewTiming(read.reviewId(), t.dueDate(), t.sequence(), t.basis(), t.inTimescale(), t.owed()))
                .isEqualTo(read);
        return timed(written, read);
    }
}
