package org.openiro.persistence;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.openiro.access.port.out.ChildAllocations;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.persistence.ChildRepositories.ChildRows;
import org.openiro.persistence.ChildRepositories.SocialWorkerRows;

/** Asked on every request a social worker or an IRO makes about a child, so it reads indexed rows, no more. */
@Singleton
class JdbcChildAllocations implements ChildAllocations {

    private final ChildRows children;
    private final SocialWorkerRows socialWorkers;
    private final JdbcWorkforceRepository.Allocations iroAllocations;
    private final JdbcAlertRepository.Alerts alerts;

    JdbcChildAllocations(ChildRows children, SocialWorkerRows socialWorkers,
                         JdbcWorkforceRepository.Allocations iroAllocations, JdbcAlertRepository.Alerts alerts) {
        this.children = children;
        this.socialWorkers = socialWorkers;
        this.iroAllocations = iroAllocations;
        this.alerts = alerts;
    }

    @Override
    public Optional<ChildId> childOfAlert(AuthorityCode authority, String alertId) {
        return alerts.findByIdAndAuthority(alertId, authority.value()).map(a -> ChildId.of(a.childId()));
    }

    @Override
    public Optional<Allocated> of(AuthorityCode authority, ChildId child) {
        return children.findByAuthorityAndChildId(authority.value(), child.value()).map(row -> new Allocated(
                iroAllocations.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                        .filter(a -> a.heldTo() == null).map(JdbcWorkforceRepository.AllocationRow::iroId)
                        .findFirst().orElse(null),
                socialWorkers.findByAuthorityAndChildId(authority.value(), child.value())
                        .map(SocialWorkerRow::socialWorkerId).orElse(null)));
    }
}
