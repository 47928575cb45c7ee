package org.openiro.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openiro.shared.InvalidInput;

class PasswordsTest {

    @Test
    void a_password_is_kept_only_as_a_salted_hash_that_matches_it_alone() {
        String hash = Passwords.hash("correct horse battery");

        assertThat(hash).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$").doesNotContain("correct");
        assertThat(Passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(Passwords.matches("correct horse batterY", hash)).isFalse();
        assertThat(Passwords.hash("correct horse battery")).as("salted").isNotEqualTo(hash);
        assertThat(Passwords.matches("anything", "not-a-hash")).isFalse();
    }

    @Test
    void a_short_password_is_refused() {
        assertThatThrownBy(() -> Passwords.hash("short")).isInstanceOf(InvalidInput.class);
    }
}
