package org.openiro.persistence.workforce;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.workforce.Iro;
import org.openiro.workforce.IroAllocation;
import org.openiro.workforce.port.out.WorkforceRepository;

@Singleton
public class JdbcWorkforceRepository implements WorkforceRepository {

    @MappedEntity("iro")
    public record IroRow(@Id @GeneratedValue @Nullable Long id, String authority, String iroId, String name,
                  @Nullable String email, double fte, String employment, @Nullable String team, String duties,
                  @Nullable String specialisms, LocalDate worksFrom, @Nullable LocalDate worksTo) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Iros extends CrudRepository<IroRow, Long> {
        List<IroRow> findByAuthority(String authority);

        Optional<IroRow> findByAuthorityAndIroId(String authority, String iroId);
    }

    @MappedEntity("iro_allocation")
    public record AllocationRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, String iroId,
                         LocalDate heldFrom, @Nullable LocalDate heldTo, @Nullable String reason) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    public interface Allocations extends CrudRepository<AllocationRow, Long> {
        List<AllocationRow> findByAuthorityAndChildId(String authority, String childId);

        List<AllocationRow> findByAuthorityAndHeldToIsNull(String authority);

        void deleteByAuthorityAndChildId(String authority, String childId);
    }

    @MappedEntity("sibling_group")
    record SiblingRow(@Id @GeneratedValue @Nullable Long id, String authority, String childId, String groupId) {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface Siblings extends CrudRepository<SiblingRow, Long> {
        Optional<SiblingRow> findByAuthorityAndChildId(String authority, String childId);

        List<SiblingRow> findByAuthority(String authority);
    }

    private final Iros iros;
    private final Allocations allocations;
    private final Siblings siblings;

    JdbcWorkforceRepository(Iros iros, Allocations allocations, Siblings siblings) {
        this.iros = iros;
        this.allocations = allocations;
        this.siblings = siblings;
    }

    @Override
    public List<Iro> iros(AuthorityCode authority) {
        return iros.findByAuthority(authority.value()).stream().map(JdbcWorkforceRepository::toIro).toList();
    }

    @Override
    public Optional<Iro> iro(AuthorityCode authority, String iroId) {
        return iros.findByAuthorityAndIroId(authority.value(), iroId).map(JdbcWorkforceRepository::toIro);
    }

    @Override
    public boolean save(AuthorityCode authority, Iro iro) {
        Optional<IroRow> existing = iros.findByAuthorityAndIroId(authority.value(), iro.id());
        IroRow row = new IroRow(existing.map(IroRow::id).orElse(null), authority.value(), iro.id(), iro.name(),
                iro.email(), iro.fte(), iro.employment(), iro.team(), join(iro.duties()), join(iro.specialisms()),
                iro.from(), iro.to());
        if (existing.isPresent()) {
            iros.update(row);
            return false;
        }
        iros.save(row);
        return true;
    }

    private static String join(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(","));
    }

    private static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(joined.split(",")));
    }

    private static Iro toIro(IroRow row) {
        return new Iro(row.iroId(), row.name(), row.email(), row.fte(), row.employment(), row.team(),
                split(row.duties()), split(row.specialisms()), row.worksFrom(), row.worksTo());
    }

    @Override
    public List<IroAllocation> allocations(AuthorityCode authority, ChildId child) {
        return allocations.findByAuthorityAndChildId(authority.value(), child.value()).stream()
                .sorted(Comparator.comparing(AllocationRow::heldFrom).thenComparing(AllocationRow::id))
                .map(a -> new IroAllocation(a.iroId(), a.heldFrom(), a.heldTo(), a.reason())).toList();
    }

    @Override
    public void saveAllocations(AuthorityCode authority, ChildId child, List<IroAllocation> history) {
        allocations.deleteByAuthorityAndChildId(authority.value(), child.value());
        allocations.saveAll(history.stream().map(a -> new AllocationRow(null, authority.value(), child.value(),
                a.iroId(), a.from(), a.to(), a.reason())).toList());
    }

    @Override
    public Map<ChildId, String> currentAllocations(AuthorityCode authority) {
        Map<ChildId, String> current = new HashMap<>();
        allocations.findByAuthorityAndHeldToIsNull(authority.value())
                .forEach(a -> current.put(ChildId.of(a.childId()), a.iroId()));
        return current;
    }

    @Override
    public Optional<String> siblingGroup(AuthorityCode authority, ChildId child) {
        return siblings.findByAuthorityAndChildId(authority.value(), child.value()).map(SiblingRow::groupId);
    }

    @Override
    public void saveSiblingGroup(AuthorityCode authority, ChildId child, String groupId) {
        Optional<SiblingRow> existing = siblings.findByAuthorityAndChildId(authority.value(), child.value());
        SiblingRow row = new SiblingRow(existing.map(SiblingRow::id).orElse(null), authority.value(), child.value(),
                groupId);
        if (existing.isPresent()) {
            siblings.update(row);
        } else {
            siblings.save(row);
        }
    }

    @Override
    public Map<String, List<ChildId>> siblingGroups(AuthorityCode authority) {
        Map<String, List<ChildId>> groups = new TreeMap<>();
        siblings.findByAuthority(authority.value()).forEach(s -> groups.computeIfAbsent(s.groupId(),
                k -> new java.util.ArrayList<>()).add(ChildId.of(s.childId())));
        return groups;
    }
}
