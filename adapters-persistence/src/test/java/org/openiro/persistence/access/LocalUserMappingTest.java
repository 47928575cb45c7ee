package org.openiro.persistence.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.access.LocalUser;
import org.openiro.access.Role;
import org.openiro.access.port.out.LocalUserDirectory;
import org.openiro.persistence.Database;

/**
 * A local user written and read back, on H2 and PostgreSQL, is the user written (LocalUserRow): every role, many
 * authorities, the longest username and hash, and the optional ids null.
 */
class LocalUserMappingTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_user_with_every_role_reads_back_equal(Database db) {
        LocalUserDirectory users = db.bean(LocalUserDirectory.class);
        String username = (Database.fresh("u") + ".@_-" + "x".repeat(64)).substring(0, 64);
        LocalUser user = new LocalUser(username, db.longest("local_user", "password_hash"), Set.of(Role.values()),
                Set.of(Database.fresh("a"), Database.fresh("b"), "c".repeat(36)), "i".repeat(36), "s".repeat(36));

        db.inTransaction(() -> users.save(user));

        assertThat(db.inTransaction(() -> users.find(username))).contains(user);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void a_user_with_the_optional_fields_null_reads_back_equal(Database db) {
        LocalUserDirectory users = db.bean(LocalUserDirectory.class);
        LocalUser user = new LocalUser(Database.fresh("v"), "h", Set.of(Role.VIEWER), Set.of(), null, null);

        db.inTransaction(() -> users.save(user));

        assertThat(db.inTransaction(() -> users.find(user.username()))).contains(user);
    }
}
