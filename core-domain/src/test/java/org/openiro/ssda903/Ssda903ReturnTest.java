package org.openiro.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.DistanceFromHome;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.GridReference;
import org.openiro.children.LegalStatus;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.Postcode;
import org.openiro.children.PostcodeIndex;
import org.openiro.children.port.out.PostcodeDirectory;
import org.openiro.reviews.ParticipationCode;

/** A checked file set read as the service's records: episodes folded into periods of care, reviews by child. */
class Ssda903ReturnTest {

    private static Ssda903Return read(String header, String episodes, String reviews) {
        Ssda903Files files = TextRows.files(header, episodes, reviews);
        assertThat(Ssda903Check.check(files)).as("the files are good").isEmpty();
        return Ssda903Return.read(AuthorityCode.of("kent"), files, new DistanceFromHome(PostcodeDirectory.NONE));
    }

    private static Child child(Ssda903Return read, String id) {
        return read.children().stream().map(Ssda903Return.ImportedChild::child).filter(c -> c.id().value().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void continuing_episodes_are_one_period_with_a_placement_for_each_move() {
        Ssda903Return read = read(Ssda903CheckTest.GOOD_HEADER, Ssda903CheckTest.GOOD_EPISODES,
                Ssda903CheckTest.GOOD_REVIEWS);

        Child first = child(read, "1001");
        assertThat(first.demographics().gender()).isEqualTo(Gender.MALE);
        assertThat(first.demographics().ethnicity()).isEqualTo(Ethnicity.WBRI);
        assertThat(first.periods()).singleElement().satisfies(period -> {
            assertThat(period.start()).isEqualTo(LocalDate.of(2023, 5, 2));
            assertThat(period.isOpen()).as("X1 ends an episode, not care").isTrue();
            assertThat(period.startKnown()).isTrue();
            assertThat(period.legalStatuses()).extracting(s -> s.status()).containsExactly(LegalStatus.C2);
            assertThat(period.placements()).extracting(p -> p.type().code(), p -> p.start())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("U4", LocalDate.of(2023, 5, 2)),
                            org.assertj.core.groups.Tuple.tuple("R1", LocalDate.of(2023, 9, 1)));
            assertThat(period.placements().get(0).over20Miles()).as("no postcode directory: not known").isNull();
        });
        assertThat(read.children().stream().flatMap(c -> c.reviews().stream()).toList())
                .extracting(Ssda903Return.ImportedReview::participation)
                .containsExactly(ParticipationCode.PN1, ParticipationCode.PN3, ParticipationCode.PN0);
    }

    @Test
    void a_rec_other_than_x1_ends_care_and_rne_s_starts_it_again() {
        Ssda903Return read = read(Ssda903CheckTest.HEADER + "2001,2,01/01/2012,BAFR,,,\n",
                Ssda903CheckTest.EPISODES
                        + "2001,01/04/2023,S,C2,N1,U4,PR1,01/06/2023,X1,,,,\n"
                        + "2001,01/06/2023,L,E1,N1,U4,PR1,01/09/2023,E13,,,,\n"
                        + "2001,01/12/2023,S,V2,N1,U6,PR1,,,,,,\n",
                Ssda903CheckTest.REVIEWS);

        List<PeriodOfCare> periods = child(read, "2001").periods();
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).end()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(periods.get(0).endReason().code()).isEqualTo("E13");
        assertThat(periods.get(0).legalStatuses()).extracting(s -> s.status())
                .containsExactly(LegalStatus.C2, LegalStatus.E1);
        assertThat(periods.get(0).placements()).as("a change of legal status alone is no move").hasSize(1);
        assertThat(periods.get(1).start()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(periods.get(1).isOpen()).isTrue();
    }

    @Test
    void a_first_episode_that_continues_care_starts_a_period_whose_start_is_not_known() {
        Ssda903Return read = read(Ssda903CheckTest.HEADER + "3001,1,01/01/2010,WBRI,,,\n",
                Ssda903CheckTest.EPISODES + "3001,01/04/2023,P,C2,N1,U4,PR1,,,,,,\n", Ssda903CheckTest.REVIEWS);

        assertThat(child(read, "3001").periods()).singleElement()
                .satisfies(period -> assertThat(period.startKnown()).isFalse());
    }

    @Test
    void a_move_to_new_carers_is_a_new_placement_even_of_the_same_type_and_a_change_with_the_same_carers_is_not() {
        Ssda903Return read = read(Ssda903CheckTest.HEADER + "4001,1,01/01/2012,WBRI,,,\n",
                Ssda903CheckTest.EPISODES
                        + "4001,01/04/2023,S,C2,N1,U4,PR1,01/06/2023,X1,,,,\n"
                        + "4001,01/06/2023,P,C2,N1,U4,PR2,01/09/2023,X1,,,,\n"
                        + "4001,01/09/2023,T,C2,N1,U4,PR2,01/11/2023,X1,,,,\n"
                        + "4001,01/11/2023,U,E1,N1,A3,PR2,,,,,,\n",
                Ssda903CheckTest.REVIEWS);

        assertThat(child(read, "4001").periods()).singleElement().satisfies(period -> assertThat(period.placements())
                .as("P is a move to other foster carers; T with the same type changes nothing; U placed for adoption")
                .extracting(p -> p.type().code(), p -> p.start())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U4", LocalDate.of(2023, 4, 1)),
                        org.assertj.core.groups.Tuple.tuple("U4", LocalDate.of(2023, 6, 1)),
                        org.assertj.core.groups.Tuple.tuple("A3", LocalDate.of(2023, 11, 1))));
    }

    @Test
    void each_placement_is_as_far_from_home_as_the_postcodes_of_its_first_episode() {
        Ssda903Files files = TextRows.files(Ssda903CheckTest.HEADER
                + "5001,1,01/01/2012,WBRI,,,\n", Ssda903CheckTest.EPISODES
                + "5001,01/04/2023,S,C2,N1,U4,PR1,01/06/2023,X1,,AB1 2,AB1 3,\n"
                + "5001,01/06/2023,P,C2,N1,U4,PR2,01/09/2023,X1,,AB1 2,CD4 5,\n"
                + "5001,01/09/2023,L,E1,N1,U4,PR2,01/11/2023,X1,,AB1 2,AB1 3,\n"
                + "5001,01/11/2023,P,E1,N1,U6,PR3,,,,,CD4 5,\n",
                Ssda903CheckTest.REVIEWS);
        org.openiro.children.PostcodeIndex grid = PostcodeIndex.builder()
                .add(new Postcode("AB1", "2AA"), new GridReference(500_000,
                        200_000), true)
                .add(new Postcode("AB1", "3AA"), new GridReference(505_000,
                        200_000), true)
                .add(new Postcode("CD4", "5AA"), new GridReference(560_000,
                        200_000), true)
                .build();

        Ssda903Return read = Ssda903Return.read(AuthorityCode.of("kent"), files,
                new DistanceFromHome(grid));

        assertThat(child(read, "5001").periods()).singleElement().satisfies(period -> assertThat(period.placements())
                .as("5 km; 60 km (37 miles), kept through the change of legal status; no home postcode")
                .extracting(Placement::over20Miles).containsExactly(false, true, null));
    }
}
