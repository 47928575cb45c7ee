package org.openiro.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.openiro.access.port.out.ChildAllocations;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.shared.NotFound;
import org.openiro.shared.UnitOfWork;

@ExtendWith(MockitoExtension.class)
class AuthorizationServiceTest {

    private static final AuthorityCode KENT = AuthorityCode.of("kent");
    private static final ChildId CHILD = ChildId.of("C1");

    @Mock
    ChildAllocations allocations;
    @Mock
    AuthorityRepository authorities;

    private final UnitOfWork direct = new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private AuthorizationService service() {
        return new AuthorizationService(allocations, authorities, direct);
    }

    private static Caller caller(Role role, String authority, String iroId, String socialWorkerId) {
        return new Caller("someone", Set.of(role), Set.of(authority),
                iroId == null ? Map.of() : Map.of(authority, iroId),
                socialWorkerId == null ? Map.of() : Map.of(authority, socialWorkerId));
    }

    @Test
    void another_authoritys_data_is_not_found_whatever_the_role() {
        Caller surreyAdmin = caller(Role.ADMIN, "surrey", null, null);

        assertThatThrownBy(() -> service().authorize(surreyAdmin, KENT, Action.READ_AUTHORITY, Optional.empty()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_role_that_may_not_act_is_forbidden_where_it_can_see() {
        assertThatThrownBy(() -> service().authorize(caller(Role.VIEWER, "kent", null, null), KENT,
                Action.READ_CHILD, Optional.of(CHILD))).isInstanceOf(Forbidden.class).hasMessageContaining("viewer");
    }

    @Test
    void the_dashboard_is_for_the_services_managers_and_administrators_only() {
        for (Role role : new Role[] {Role.MANAGER, Role.ADMIN}) {
            assertThatCode(() -> service().authorize(caller(role, "kent", null, null), KENT, Action.READ_DASHBOARD,
                    Optional.empty())).as(role.name()).doesNotThrowAnyException();
        }
        for (Role role : new Role[] {Role.IRO, Role.SOCIAL_WORKER, Role.VIEWER}) {
            assertThatThrownBy(() -> service().authorize(caller(role, "kent", "iro-1", null), KENT,
                    Action.READ_DASHBOARD, Optional.empty())).as(role.name()).isInstanceOf(Forbidden.class);
        }
    }

    @Test
    void a_social_worker_sees_only_the_children_allocated_to_them_and_others_do_not_exist_for_them() {
        when(allocations.of(KENT, CHILD)).thenReturn(Optional.of(new ChildAllocations.Allocated(null, "sw-1")));

        assertThatCode(() -> service().authorize(caller(Role.SOCIAL_WORKER, "kent", null, "sw-1"), KENT,
                Action.READ_CHILD, Optional.of(CHILD))).doesNotThrowAnyException();
        assertThatThrownBy(() -> service().authorize(caller(Role.SOCIAL_WORKER, "kent", null, "sw-2"), KENT,
                Action.READ_CHILD, Optional.of(CHILD))).isInstanceOf(NotFound.class);
    }

    @Test
    void a_social_worker_reads_an_alert_only_on_their_own_child_and_never_the_authoritys_list() {
        when(allocations.childOfAlert(KENT, "A1")).thenReturn(Optional.of(CHILD));
        when(allocations.of(KENT, CHILD)).thenReturn(Optional.of(new ChildAllocations.Allocated(null, "sw-1")));

        assertThatCode(() -> service().authorizeOnAlert(caller(Role.SOCIAL_WORKER, "kent", null, "sw-1"), KENT,
                Action.READ_ALERT, "A1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> service().authorizeOnAlert(caller(Role.SOCIAL_WORKER, "kent", null, "sw-2"), KENT,
                Action.READ_ALERT, "A1")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service().authorize(caller(Role.SOCIAL_WORKER, "kent", null, "sw-1"), KENT,
                Action.READ_ALERTS, Optional.empty())).isInstanceOf(Forbidden.class);
    }

    @Test
    void an_iro_writes_casework_only_for_their_own_children_and_a_manager_for_any() {
        when(allocations.of(KENT, CHILD)).thenReturn(Optional.of(new ChildAllocations.Allocated("iro-1", null)));

        assertThatCode(() -> service().authorize(caller(Role.IRO, "kent", "iro-1", null), KENT,
                Action.WRITE_CASEWORK, Optional.of(CHILD))).doesNotThrowAnyException();
        assertThatThrownBy(() -> service().authorize(caller(Role.IRO, "kent", "iro-2", null), KENT,
                Action.WRITE_CASEWORK, Optional.of(CHILD))).isInstanceOf(Forbidden.class);
        assertThatCode(() -> service().authorize(caller(Role.MANAGER, "kent", null, null), KENT,
                Action.WRITE_CASEWORK, Optional.of(CHILD))).doesNotThrowAnyException();
    }

    @Test
    void only_an_administrator_of_every_authority_creates_one() {
        when(authorities.find(KENT)).thenReturn(Optional.empty());
        Caller kentAdmin = caller(Role.ADMIN, "kent", null, null);
        Caller everywhere = new Caller("root", Set.of(Role.ADMIN), Set.of(Caller.ALL_AUTHORITIES), null, null);

        assertThatThrownBy(() -> service().authorize(kentAdmin, KENT, Action.SET_UP_AUTHORITY, Optional.empty()))
                .isInstanceOf(Forbidden.class);
        assertThatCode(() -> service().authorize(everywhere, KENT, Action.SET_UP_AUTHORITY, Optional.empty()))
                .doesNotThrowAnyException();

        when(authorities.find(KENT)).thenReturn(Optional.of(new Authority(KENT, "Kent", Policy.statutory(), null)));
        assertThatCode(() -> service().authorize(kentAdmin, KENT, Action.SET_UP_AUTHORITY, Optional.empty()))
                .as("an administrator of it changes it").doesNotThrowAnyException();
    }

    @Test
    void a_staff_id_of_another_authority_grants_no_staff_rights_here() {
        AuthorityCode surrey = AuthorityCode.of("surrey");
        when(allocations.of(surrey, CHILD)).thenReturn(Optional.of(new ChildAllocations.Allocated("iro-9", "sw-9")));
        Caller socialWorker = new Caller("someone", Set.of(Role.SOCIAL_WORKER), Set.of("kent", "surrey"), Map.of(),
                Map.of("kent", "sw-9"));
        Caller iro = new Caller("someone", Set.of(Role.IRO), Set.of("kent", "surrey"), Map.of("kent", "iro-9"),
                Map.of());

        assertThatThrownBy(() -> service().authorize(socialWorker, surrey, Action.READ_CHILD, Optional.of(CHILD)))
                .as("surrey's sw-9 is someone else").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service().authorize(iro, surrey, Action.WRITE_CASEWORK, Optional.of(CHILD)))
                .as("surrey's iro-9 is someone else").isInstanceOf(Forbidden.class);
    }
}
