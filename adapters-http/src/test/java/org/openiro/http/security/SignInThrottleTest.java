package org.openiro.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves: limits, backing off, and who is not affected. */
class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(new SignInThrottle.Settings(5, 5, 100,
            Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofHours(1)));
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    private void fail(String address, String username) {
        throttle.begin(address, username, now).failed(now);
        now = now.plusSeconds(1);
    }

    @Test
    void five_failures_in_five_minutes_lock_the_username_for_a_minute_then_twice_as_long_each_time() {
        for (int i = 0; i < 5; i++) {
            fail("10.0.0.1", "jo");
        }
        SignInThrottled first = catchThrowableOfType(() -> throttle.begin("10.0.0.2", "JO", now),
                SignInThrottled.class);
        assertThat(first).as("the username from anywhere, in any case").isNotNull();
        assertThat(first.retryAfter()).isBetween(Duration.ofSeconds(50), Duration.ofMinutes(1));

        now = now.plusSeconds(61);
        for (int i = 0; i < 5; i++) {
            fail("10.0.0.1", "jo");
        }
        SignInThrottled second = catchThrowableOfType(() -> throttle.begin("10.0.0.1", "jo", now),
                SignInThrottled.class);
        assertThat(second.retryAfter()).as("backing off").isGreaterThan(Duration.ofSeconds(110));

        now = now.plus(Duration.ofMinutes(3));
        for (int i = 0; i < 5; i++) {
            fail("10.0.0.1", "jo");
        }
        assertThat(catchThrowableOfType(() -> throttle.begin("10.0.0.1", "jo", now), SignInThrottled.class)
                .retryAfter()).isGreaterThan(Duration.ofSeconds(230));
    }

    @Test
    void failures_spread_over_more_than_the_window_never_lock() {
        for (int i = 0; i < 20; i++) {
            fail("10.0.0.1", "sam");
            now = now.plusSeconds(75);
        }
        throttle.begin("10.0.0.1", "sam", now).succeeded();
    }

    @Test
    void one_users_lockout_leaves_everyone_else_at_the_same_address_alone() {
        for (int i = 0; i < 5; i++) {
            fail("10.0.0.1", "jo");
        }
        assertThatThrownBy(() -> throttle.begin("10.0.0.1", "jo", now)).isInstanceOf(SignInThrottled.class);
        throttle.begin("10.0.0.1", "sam", now).succeeded();
    }

    @Test
    void the_address_alone_is_locked_only_at_a_hundred_failures() {
        for (int i = 0; i < 99; i++) {
            fail("10.0.0.9", "user-" + i);
        }
        throttle.begin("10.0.0.9", "someone", now).succeeded();
        fail("10.0.0.9", "user-99");
        assertThatThrownBy(() -> throttle.begin("10.0.0.9", "someone-else", now)).isInstanceOf(SignInThrottled.class);
        throttle.begin("10.0.0.10", "someone-else", now).succeeded();
    }

    @Test
    void a_success_clears_the_usernames_failures() {
        for (int i = 0; i < 4; i++) {
            fail("10.0.0.1", "jo");
        }
        throttle.begin("10.0.0.1", "jo", now).succeeded();
        for (int i = 0; i < 4; i++) {
            fail("10.0.0.1", "jo");
        }
        throttle.begin("10.0.0.1", "jo", now).succeeded();
    }

    @Test
    void attempts_under_way_count_so_a_parallel_burst_gets_no_more_guesses() {
        for (int i = 0; i < 5; i++) {
            throttle.begin("10.0.0.1", "jo", now); // five checks under way, none finished
        }
        SignInThrottled sixth = catchThrowableOfType(() -> throttle.begin("10.0.0.1", "jo", now),
                SignInThrottled.class);
        assertThat(sixth).isNotNull();
        assertThat(sixth.retryAfterSeconds()).isEqualTo(1);
    }
}
