package org.openiro.persistence;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;

@Singleton
class JdbcAuthorityRepository implements AuthorityRepository {

    private final AuthorityRowRepository rows;
    private final PolicyJson policies;
    private final Clock clock;

    JdbcAuthorityRepository(AuthorityRowRepository rows, PolicyJson policies, Clock clock) {
        this.rows = rows;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public Optional<Authority> find(AuthorityCode code) {
        return rows.findById(code.value()).map(row -> new Authority(AuthorityCode.of(row.code()), row.name(),
                policies.read(row.policy()), row.childPopulation()));
    }

    @Override
    public boolean save(Authority authority) {
        AuthorityRow row = new AuthorityRow(authority.code().value(), authority.name(),
                policies.write(authority.policy()), authority.childPopulation(), clock.instant());
        if (rows.existsById(row.code())) {
            rows.update(row);
            return false;
        }
        rows.save(row);
        return true;
    }
}
