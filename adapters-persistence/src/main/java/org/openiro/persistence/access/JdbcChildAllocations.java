package org.openiro.persistence.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Optional;
import org.openiro.access.port.out.ChildAllocations;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.persistence.escalation.JdbcAlertRepository;

/**
 * Asked on every request a social worker or an IRO makes about a child, so it reads indexed rows in one statement:
 * the child, their current IRO and their social worker.
 */
@Singleton
class JdbcChildAllocations implements ChildAllocations {

    /** Of the child's allocations the open one (there is one at most), the first recorded should there be two. */
    private static final String ALLOCATED = """
            SELECT (SELECT a.iro_id FROM iro_allocation a
                    WHERE a.authority = c.authority AND a.child_id = c.child_id AND a.held_to IS NULL
                    ORDER BY a.id LIMIT 1),
                   (SELECT s.social_worker_id FROM child_social_worker s
                    WHERE s.authority = c.authority AND s.child_id = c.child_id)
            FROM child c WHERE c.authority = ? AND c.child_id = ?""";

    private final JdbcOperations jdbc;
    private final JdbcAlertRepository.Alerts alerts;

    JdbcChildAllocations(JdbcOperations jdbc, JdbcAlertRepository.Alerts alerts) {
        this.jdbc = jdbc;
        this.alerts = alerts;
    }

    @Override
    public Optional<ChildId> childOfAlert(AuthorityCode authority, String alertId) {
        return alerts.findByIdAndAuthority(alertId, authority.value()).map(a -> ChildId.of(a.childId()));
    }

    @Override
    public Optional<Allocated> of(AuthorityCode authority, ChildId child) {
        return jdbc.prepareStatement(ALLOCATED, statement -> {
            statement.setString(1, authority.value());
            statement.setString(2, child.value());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(new Allocated(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        });
    }
}
