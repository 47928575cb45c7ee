package org.openiro.persistence.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openiro.access.LocalUser;
import org.openiro.access.Role;
import org.openiro.access.port.out.LocalUserDirectory;

@Singleton
class JdbcLocalUserDirectory implements LocalUserDirectory {

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface LocalUserRows extends CrudRepository<LocalUserRow, String> {
    }

    private final LocalUserRows rows;

    JdbcLocalUserDirectory(LocalUserRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<LocalUser> find(String username) {
        return rows.findById(username).map(row -> new LocalUser(row.username(), row.passwordHash(),
                Arrays.stream(row.roles().split(",")).map(id -> Role.of(id).orElseThrow()).collect(Collectors.toSet()),
                // No authorities are stored as an empty text, which split() reads as one authority named "".
                Arrays.stream(row.authorities().split(",")).filter(code -> !code.isEmpty())
                        .collect(Collectors.toSet()),
                row.iroId(), row.socialWorkerId()));
    }

    @Override
    public boolean save(LocalUser user) {
        LocalUserRow row = new LocalUserRow(user.username(), user.passwordHash(),
                user.roles().stream().map(Role::id).sorted().collect(Collectors.joining(",")),
                user.authorities().stream().sorted().collect(Collectors.joining(",")),
                user.iroId(), user.socialWorkerId());
        if (rows.existsById(row.username())) {
            rows.update(row);
            return false;
        }
        rows.save(row);
        return true;
    }
}
