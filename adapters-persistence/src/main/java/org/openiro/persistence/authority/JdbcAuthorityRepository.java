package org.openiro.persistence.authority;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.PolicyHistory;
import org.openiro.authority.port.out.AuthorityRepository;

/** An authority with its current policy on its row, and the policies it had before beside it. */
@Singleton
class JdbcAuthorityRepository implements AuthorityRepository {

    @MappedEntity("earlier_policy")
    record EarlierPolicyRow(@Id @GeneratedValue @Nullable Long id, String authority, @Nullable LocalDate effectiveFrom,
                            String policy) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface EarlierPolicies extends CrudRepository<EarlierPolicyRow, Long> {
        List<EarlierPolicyRow> findByAuthority(String authority);

        void deleteByAuthority(String authority);
    }

    private final AuthorityRowRepository rows;
    private final EarlierPolicies earlier;
    private final PolicyJson policies;
    private final Clock clock;

    JdbcAuthorityRepository(AuthorityRowRepository rows, EarlierPolicies earlier, PolicyJson policies, Clock clock) {
        this.rows = rows;
        this.earlier = earlier;
        this.policies = policies;
        this.clock = clock;
    }

    @Override
    public Optional<Authority> find(AuthorityCode code) {
        return rows.findById(code.value()).map(row -> new Authority(AuthorityCode.of(row.code()), row.name(),
                history(row), row.childPopulation()));
    }

    private PolicyHistory history(AuthorityRow row) {
        List<PolicyHistory.Version> versions = new ArrayList<>();
        if (row.policyFrom() != null) {
            earlier.findByAuthority(row.code()).stream()
                    .sorted(Comparator.comparing(EarlierPolicyRow::effectiveFrom,
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .forEach(e -> versions.add(new PolicyHistory.Version(e.effectiveFrom(), policies.read(e.policy()))));
        }
        versions.add(new PolicyHistory.Version(row.policyFrom(), policies.read(row.policy())));
        return new PolicyHistory(versions);
    }

    @Override
    public boolean save(Authority authority) {
        List<PolicyHistory.Version> versions = authority.policies().versions();
        PolicyHistory.Version current = versions.get(versions.size() - 1);
        AuthorityRow row = new AuthorityRow(authority.code().value(), authority.name(),
                policies.write(current.policy()), current.from(), authority.childPopulation(), clock.instant());
        boolean created = !rows.existsById(row.code());
        if (created) {
            rows.save(row);
        } else {
            rows.update(row);
            // Rare (an administrator's change), and a handful of rows: rewritten whole rather than diffed.
            earlier.deleteByAuthority(row.code());
        }
        for (PolicyHistory.Version version : versions.subList(0, versions.size() - 1)) {
            earlier.save(new EarlierPolicyRow(null, row.code(), version.from(), policies.write(version.policy())));
        }
        return created;
    }
}
