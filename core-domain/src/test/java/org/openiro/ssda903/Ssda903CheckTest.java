package org.openiro.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Small hand-made SSDA903 file sets: one good, then each refusal the import makes, with its file, row and rule. */
class Ssda903CheckTest {

    static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n";
    static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
            + "PL_POST,URN\n";
    static final String REVIEWS = "CHILD,DOB,REVIEW,REVIEW_CODE\n";

    /** 2023/24: SEX is 1/2. Child 1 aged 8, in care from May 2023; child 2 born 2021 (PN0 under 4). */
    static final String GOOD_HEADER = HEADER
            + "1001,1,15/03/2015,WBRI,A123456789012,,\n"
            + "1002,2,01/06/2021,MWBC,,,\n";
    static final String GOOD_EPISODES = EPISODES
            + "1001,02/05/2023,S,C2,N1,U4,PR1,01/09/2023,X1,,AB1 2CD,EF3 4GH,SC123456\n"
            + "1001,01/09/2023,P,C2,N1,R1,PR2,,,CHILD,AB1 2CD,,SC654321\n"
            + "1002,10/07/2023,S,C1,N2,U6,PR1,,,,,,\n";
    static final String GOOD_REVIEWS = REVIEWS
            + "1001,15/03/2015,25/05/2023,PN1\n"
            + "1001,15/03/2015,20/08/2023,PN3\n"
            + "1002,01/06/2021,01/08/2023,PN0\n";

    private static List<ImportProblem> check(String header, String episodes, String reviews) {
        return Ssda903Check.check(TextRows.files(header, episodes, reviews));
    }

    @Test
    void a_good_file_set_has_no_problems() {
        assertThat(check(GOOD_HEADER, GOOD_EPISODES, GOOD_REVIEWS)).isEmpty();
    }

    @Test
    void every_problem_is_listed_not_only_the_first() {
        List<ImportProblem> problems = check(GOOD_HEADER.replace("WBRI", "XXXX").replace("01/06/2021", "31/02/2021"),
                GOOD_EPISODES.replace("U4", "Q9"), GOOD_REVIEWS.replace("PN3", "PN9"));

        assertThat(problems).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple("header.csv", 2, "ETHNIC"),
                        org.assertj.core.groups.Tuple.tuple("header.csv", 3, "DOB"),
                        org.assertj.core.groups.Tuple.tuple("episodes.csv", 2, "PLACE"),
                        org.assertj.core.groups.Tuple.tuple("reviews.csv", 3, "REVIEW_CODE"));
        assertThat(problems).filteredOn(p -> p.field().equals("DOB")).first().extracting(ImportProblem::message)
                .asString().contains("bad date '31/02/2021'", "dd/mm/yyyy");
    }

    @Test
    void a_missing_column_is_named_and_nothing_else_is_read() {
        List<ImportProblem> problems = check(GOOD_HEADER.replace("ETHNIC,", ""), GOOD_EPISODES, GOOD_REVIEWS);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("header.csv");
            assertThat(p.row()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("ETHNIC");
        });
    }

    @Nested
    class CodeListsByYear {

        @Test
        void sex_is_1_or_2_up_to_2023_24_and_m_f_u_from_2024_25() {
            assertThat(check(GOOD_HEADER.replace("1001,1,", "1001,M,"), GOOD_EPISODES, GOOD_REVIEWS))
                    .extracting(ImportProblem::field).containsExactly("SEX");
            String in2024to25 = GOOD_EPISODES.replace("10/07/2023", "10/07/2024");
            String reviews = GOOD_REVIEWS.replace("01/08/2023", "01/08/2024");
            assertThat(check(GOOD_HEADER.replace("1001,1,", "1001,M,").replace("1002,2,", "1002,F,"), in2024to25,
                    reviews)).isEmpty();
            assertThat(check(GOOD_HEADER, in2024to25, reviews)).extracting(ImportProblem::field)
                    .containsExactly("SEX", "SEX");
        }

        @Test
        void a_sex_wrong_for_the_year_is_told_in_its_rows_place_among_the_header_files_other_problems() {
            String header = GOOD_HEADER.replace("1001,1,", "1001,M,").replace("1002,2,", "1002,F,")
                    .replace("1001,M,15/03/2015", "1001,M,31/02/2015");

            assertThat(check(header, GOOD_EPISODES, GOOD_REVIEWS))
                    .extracting(p -> p.row() + " " + p.field()).containsExactly("2 SEX", "2 DOB", "3 SEX");
        }

        @Test
        void place_is_read_with_the_list_of_the_year_the_placement_starts() {
            String h5 = GOOD_EPISODES.replace("1002,10/07/2023,S,C1,N2,U6", "1002,10/07/2023,S,C1,N2,H5");
            assertThat(check(GOOD_HEADER, h5, GOOD_REVIEWS)).as("H5 in 2023/24").isEmpty();
            String h5In2025 = h5.replace("10/07/2023", "10/07/2025");
            assertThat(check(GOOD_HEADER.replace("1001,1,", "1001,F,").replace("1002,2,", "1002,F,"), h5In2025,
                    GOOD_REVIEWS.replace("01/08/2023,PN0", "01/08/2025,PN1"))).extracting(ImportProblem::field, ImportProblem::row)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("PLACE", 4));
            String z11In2025 = h5In2025.replace("H5", "Z11");
            assertThat(check(GOOD_HEADER.replace("1001,1,", "1001,F,").replace("1002,2,", "1002,F,"), z11In2025,
                    GOOD_REVIEWS.replace("01/08/2023,PN0", "01/08/2025,PN1"))).as("Z11 from 2025/26").isEmpty();
        }
    }

    @Nested
    class ReviewRules {

        private List<ImportProblem> reviews(String rows) {
            return check(GOOD_HEADER, GOOD_EPISODES, REVIEWS + rows);
        }

        @Test
        void rule_166_a_review_date_must_be_valid_and_not_blank() {
            assertThat(reviews("1001,15/03/2015,2023-05-25,PN1\n")).extracting(ImportProblem::rule, ImportProblem::row)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("166", 2));
        }

        @Test
        void rule_167_date_and_code_both_present_or_both_blank() {
            assertThat(reviews("1001,15/03/2015,25/05/2023,\n")).extracting(ImportProblem::rule)
                    .containsExactly("167");
            assertThat(reviews("1001,15/03/2015,,PN1\n")).extracting(ImportProblem::rule)
                    .containsExactly("167", "166");
        }

        @Test
        void rule_440_pn0_is_for_a_child_under_4_and_rule_441_the_others_for_a_child_of_4_or_more() {
            assertThat(reviews("1001,15/03/2015,25/05/2023,PN0\n")).extracting(ImportProblem::rule)
                    .containsExactly("440");
            assertThat(reviews("1002,01/06/2021,01/08/2023,PN1\n")).extracting(ImportProblem::rule)
                    .containsExactly("441");
            assertThat(check(GOOD_HEADER, GOOD_EPISODES.replace("10/07/2023", "10/07/2024"),
                    REVIEWS + "1002,01/06/2021,01/06/2025,PN0\n1002,01/06/2021,01/06/2025,PN1\n"))
                    .as("on the 4th birthday either is accepted (the second is a duplicate row)")
                    .extracting(ImportProblem::rule).containsOnlyNulls();
        }

        @Test
        void rule_399_no_reviews_for_a_child_looked_after_only_under_short_breaks() {
            List<ImportProblem> problems = check(GOOD_HEADER, GOOD_EPISODES.replace(",C1,N2,", ",V3,N2,"),
                    GOOD_REVIEWS);
            assertThat(problems).extracting(ImportProblem::rule, ImportProblem::row)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("399", 4));
        }

        @Test
        void rule_399_is_judged_by_collection_year_not_over_the_childs_whole_history() {
            // Child 1001 in care under C2 in 2022/23, then on short breaks (V3) in 2023/24.
            String episodes = EPISODES
                    + "1001,02/05/2022,S,C2,N1,U4,PR1,01/03/2023,E4A,,,,\n"
                    + "1001,12/01/2024,S,V3,N2,U4,PR1,15/01/2024,E8,,,,\n";
            List<ImportProblem> problems = check(GOOD_HEADER.replace("1002,2,01/06/2021,MWBC,,,\n", ""), episodes,
                    REVIEWS + "1001,15/03/2015,25/05/2022,PN1\n1001,15/03/2015,20/01/2024,PN1\n");

            assertThat(problems).as("the review of 2022/23 is a 903 review; that of 2023/24 a short-breaks child's")
                    .extracting(ImportProblem::rule, ImportProblem::row)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("399", 3));
        }

        @Test
        void rule_1012_a_review_for_a_child_with_no_episode() {
            List<ImportProblem> problems = check(GOOD_HEADER + "1003,1,01/01/2012,WBRI,,,\n", GOOD_EPISODES,
                    GOOD_REVIEWS + "1003,01/01/2012,01/08/2023,PN1\n");
            assertThat(problems).extracting(ImportProblem::rule).containsExactly("1012");
        }

        @Test
        void int08_a_review_child_missing_from_the_header_and_int17_a_date_of_birth_that_differs() {
            assertThat(reviews("9999,01/01/2012,01/08/2023,PN1\n")).extracting(ImportProblem::rule)
                    .containsExactly("INT08");
            assertThat(reviews("1001,16/03/2015,25/05/2023,PN1\n")).extracting(ImportProblem::rule)
                    .containsExactly("INT17");
        }

        @Test
        void a_review_before_care_started_and_a_duplicate_row_are_named_without_a_dfe_rule() {
            assertThat(reviews("1001,15/03/2015,01/05/2023,PN1\n")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("before the child came into care (02/05/2023)"));
            assertThat(reviews("1001,15/03/2015,25/05/2023,PN1\n1001,15/03/2015,25/05/2023,PN1\n")).singleElement()
                    .satisfies(p -> {
                        assertThat(p.row()).isEqualTo(3);
                        assertThat(p.message()).contains("duplicate row", "row 2");
                    });
        }
    }

    @Test
    void episodes_refer_to_known_children_and_end_after_they_start() {
        List<ImportProblem> problems = check(GOOD_HEADER, GOOD_EPISODES
                + "7777,01/01/2024,S,C2,N1,U4,PR1,,,,,,\n"
                + "1002,01/02/2024,S,C2,N1,U4,PR1,01/01/2024,E4A,,,,\n", GOOD_REVIEWS);
        assertThat(problems).extracting(ImportProblem::row, ImportProblem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "CHILD"),
                        org.assertj.core.groups.Tuple.tuple(6, "DEC"));
    }
}
