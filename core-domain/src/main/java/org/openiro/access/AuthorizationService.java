package org.openiro.access;

import java.util.Optional;
import org.openiro.access.port.in.AuthorizeUseCase;
import org.openiro.access.port.out.ChildAllocations;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.UnknownAuthority;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.shared.UnitOfWork;
import org.openiro.children.ChildId;
import org.openiro.children.UnknownChild;

/**
 * The access rules. Another authority's data is invisible (404, never 403), so that nobody can learn which
 * authorities or children exist elsewhere; a social worker likewise sees only the children allocated to them.
 */
public final class AuthorizationService implements AuthorizeUseCase {

    private final ChildAllocations allocations;
    private final AuthorityRepository authorities;
    private final UnitOfWork unitOfWork;

    public AuthorizationService(ChildAllocations allocations, AuthorityRepository authorities, UnitOfWork unitOfWork) {
        this.allocations = allocations;
        this.authorities = authorities;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void authorize(Caller caller, AuthorityCode authority, Action action, Optional<ChildId> child) {
        if (!caller.belongsTo(authority)) {
            throw new UnknownAuthority(authority);
        }
        Optional<Role> permitted = action.roles().stream().filter(caller::has).findFirst();
        if (permitted.isEmpty()) {
            throw new Forbidden("the role" + (caller.roles().size() == 1 ? " " : "s ") + roleList(caller)
                    + " may not " + action.id().replace('-', ' '));
        }
        if (action == Action.SET_UP_AUTHORITY && !caller.belongsToEveryAuthority()
                && unitOfWork.inTransaction(() -> authorities.find(authority)).isEmpty()) {
            throw new Forbidden("only an administrator of every authority may create one");
        }
        if (child.isPresent() && action.childScope() != Action.ChildScope.NONE) {
            unitOfWork.run(() -> checkAllocation(caller, authority, action, child.get()));
        }
    }

    @Override
    public void authorizeOnAlert(Caller caller, AuthorityCode authority, Action action, String alertId) {
        if (!caller.belongsTo(authority)) {
            throw new UnknownAuthority(authority);
        }
        Optional<ChildId> child = unitOfWork.inTransaction(() -> allocations.childOfAlert(authority, alertId));
        authorize(caller, authority, action, child);
    }

    private void checkAllocation(Caller caller, AuthorityCode authority, Action action, ChildId child) {
        boolean unrestricted = action.roles().stream().filter(caller::has)
                .anyMatch(role -> !limitedToAllocated(role, action.childScope()));
        if (unrestricted) {
            return;
        }
        ChildAllocations.Allocated allocated = allocations.of(authority, child)
                .orElseThrow(() -> new UnknownChild(child));
        // Only the staff id the caller has in this authority counts: the same id in another is another person.
        if (action.childScope() == Action.ChildScope.SOCIAL_WORKER_ALLOCATED) {
            if (!caller.socialWorkerIn(authority).map(id -> id.equals(allocated.socialWorkerId())).orElse(false)) {
                throw new UnknownChild(child);
            }
        } else if (!caller.iroIn(authority).map(id -> id.equals(allocated.iroId())).orElse(false)) {
            throw new Forbidden("only the child's own IRO, or a manager, may do this");
        }
    }

    private static boolean limitedToAllocated(Role role, Action.ChildScope scope) {
        return scope == Action.ChildScope.SOCIAL_WORKER_ALLOCATED ? role == Role.SOCIAL_WORKER : role == Role.IRO;
    }

    private static String roleList(Caller caller) {
        return caller.roles().isEmpty() ? "(none)" : String.join(", ",
                caller.roles().stream().map(Role::id).sorted().toList());
    }
}
