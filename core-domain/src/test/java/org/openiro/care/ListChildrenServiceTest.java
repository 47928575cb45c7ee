package org.openiro.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openiro.authority.Authority;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.care.port.in.ListChildrenUseCase.Filter;
import org.openiro.care.port.out.ChildDirectory;
import org.openiro.children.ChildId;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

/** The search of the children list: by part of a name as typed, and an id only when the authority has that child. */
class ListChildrenServiceTest {

    private static final AuthorityCode KENT = AuthorityCode.of("kent");
    private static final Page.Request FIRST = new Page.Request(0, 50);

    private final ChildDirectory directory = mock(ChildDirectory.class);
    private final ListChildrenService service;

    ListChildrenServiceTest() {
        AuthorityRepository authorities = mock(AuthorityRepository.class);
        when(authorities.find(KENT)).thenReturn(Optional.of(new Authority(KENT, "Kent", Policy.statutory(), null)));
        UnitOfWork inPlace = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
        when(directory.list(any(), any(), any(), anyBoolean(), any(), any(), any()))
                .thenReturn(new Page<>(List.of(), 0, 50, 0));
        service = new ListChildrenService(authorities, directory, inPlace,
                Clock.fixed(Instant.parse("2025-04-07T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void part_of_a_name_is_sought_without_the_spaces_around_it() {
        service.list(KENT, new Filter(null, null, null, "  sAm "), FIRST);

        verify(directory).list(eq(KENT), isNull(), isNull(), eq(false), isNull(), eq("sAm"), eq(FIRST));
    }

    @Test
    void a_blank_name_lists_every_child() {
        service.list(KENT, new Filter(null, null, null, "   "), FIRST);

        verify(directory).list(eq(KENT), isNull(), isNull(), eq(false), isNull(), isNull(), eq(FIRST));
    }

    @Test
    void a_name_longer_than_any_the_register_keeps_is_refused() {
        assertThatThrownBy(() -> service.list(KENT, new Filter(null, null, null, "a".repeat(201)), FIRST))
                .isInstanceOf(InvalidInput.class);
        service.list(KENT, new Filter(null, null, null, "a".repeat(200)), FIRST);
        verify(directory).list(eq(KENT), isNull(), isNull(), eq(false), isNull(), eq("a".repeat(200)), eq(FIRST));
    }

    @Test
    void an_id_is_the_childs_only_when_the_authority_has_them() {
        when(directory.exists(KENT, ChildId.of("C1"))).thenReturn(true);

        assertThat(service.withId(KENT, " C1 ")).contains(ChildId.of("C1"));
        assertThat(service.withId(KENT, "C2")).isEmpty();
    }

    @Test
    void a_text_that_cannot_be_an_id_is_not_looked_up() {
        assertThat(service.withId(KENT, "Sam Smith")).isEmpty();
        assertThat(service.withId(KENT, "")).isEmpty();
        assertThat(service.withId(KENT, null)).isEmpty();
        verify(directory, never()).exists(any(), any());
    }
}
