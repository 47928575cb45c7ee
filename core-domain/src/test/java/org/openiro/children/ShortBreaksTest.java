package org.openiro.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is on short breaks alone, judged over a window (DfE rule 399 by collection year; the report by its period). */
class ShortBreaksTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** In care under C2 until 1 March 2023, then a series of short breaks from January 2024. */
    private static final List<ShortBreaks.Episode> EPISODES = List.of(
            new ShortBreaks.Episode(d("2022-05-02"), d("2023-03-01"), false),
            new ShortBreaks.Episode(d("2024-01-12"), d("2024-01-15"), true),
            new ShortBreaks.Episode(d("2024-04-05"), null, true));

    @Test
    void rule_399_a_year_whose_every_episode_is_a_short_break_is_a_short_breaks_year_whatever_came_before() {
        assertThat(ShortBreaks.onlyShortBreaks(EPISODES, d("2022-04-01"), d("2023-03-31"))).as("2022/23").isFalse();
        assertThat(ShortBreaks.onlyShortBreaks(EPISODES, d("2023-04-01"), d("2024-03-31"))).as("2023/24").isTrue();
        assertThat(ShortBreaks.onlyShortBreaks(EPISODES, d("2024-04-01"), d("2025-03-31"))).as("2024/25").isTrue();
    }

    @Test
    void rule_399_an_episode_that_ended_on_the_first_day_of_the_window_is_in_it() {
        // The 903 return of a year holds an episode whose DEC is its first day.
        assertThat(ShortBreaks.onlyShortBreaks(EPISODES, d("2023-03-01"), d("2023-04-30"))).isFalse();
        assertThat(ShortBreaks.onlyShortBreaks(EPISODES, d("2023-03-02"), d("2023-04-30"))).isTrue();
    }

    @Test
    void reg_48_a_series_goes_on_while_each_break_starts_within_6_months_of_the_last_ones_end() {
        assertThat(ShortBreaks.seriesGoesOnUntil(d("2024-03-11"))).isEqualTo(d("2024-09-11"));
        assertThat(ShortBreaks.seriesGoesOnUntil(d("2024-08-31"))).as("the shorter month").isEqualTo(d("2025-02-28"));
    }
}
