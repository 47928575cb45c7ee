package org.openiro.inmemory;

import java.util.Optional;
import org.openiro.access.port.out.ChildAllocations;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.SocialWorker;
import org.openiro.escalation.Alert;
import org.openiro.workforce.IroAllocation;

/** Who holds a child now, read from the children, the workforce and the alerts kept in memory. */
public final class InMemoryChildAllocations implements ChildAllocations {

    private final InMemoryChildRepository children;
    private final InMemoryWorkforceRepository workforce;
    private final InMemoryAlertRepository alerts;

    public InMemoryChildAllocations(InMemoryChildRepository children, InMemoryWorkforceRepository workforce,
                                    InMemoryAlertRepository alerts) {
        this.children = children;
        this.workforce = workforce;
        this.alerts = alerts;
    }

    @Override
    public Optional<Allocated> of(AuthorityCode authority, ChildId child) {
        return children.find(authority, child).map(c -> new Allocated(
                workforce.allocations(authority, child).stream().filter(a -> a.to() == null).findFirst()
                        .map(IroAllocation::iroId).orElse(null),
                c.socialWorker().map(SocialWorker::id).orElse(null)));
    }

    @Override
    public Optional<ChildId> childOfAlert(AuthorityCode authority, String alertId) {
        return alerts.find(authority, alertId).map(Alert::childId);
    }
}
