package org.openiro.persistence.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.PolicyHistory;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.calendar.SupportedDates;
import org.openiro.persistence.Database;

/**
 * An authority written and read back, on H2 and PostgreSQL, is the authority written: its row (AuthorityRow), its
 * current policy as JSON (PolicyJson) and the earlier policies beside it, effective from the supported calendar's
 * ends; the name at its column's length, the child population at its largest and null.
 */
class AuthorityMappingTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void an_authority_with_a_policy_history_reads_back_equal(Database db) {
        AuthorityRepository authorities = db.bean(AuthorityRepository.class);
        Policy statutory = Policy.statutory();
        Authority authority = new Authority(AuthorityCode.of(Database.fresh("map")), db.longest("authority", "name"),
                new PolicyHistory(List.of(new PolicyHistory.Version(null, statutory),
                        new PolicyHistory.Version(SupportedDates.FIRST, statutory),
                        new PolicyHistory.Version(SupportedDates.LAST, statutory))),
                Integer.MAX_VALUE);

        assertThat(db.inTransaction(() -> authorities.save(authority))).isTrue();

        assertThat(db.inTransaction(() -> authorities.find(authority.code()))).contains(authority);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void an_authority_without_a_population_or_history_reads_back_equal(Database db) {
        AuthorityRepository authorities = db.bean(AuthorityRepository.class);
        Authority authority = new Authority(AuthorityCode.of(Database.fresh("map")), "A", Policy.statutory(), null);

        db.inTransaction(() -> authorities.save(authority));

        assertThat(db.inTransaction(() -> authorities.find(authority.code()))).contains(authority);
    }
}
