package org.openiro.persistence;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.Child;
import org.openiro.children.ChildId;
import org.openiro.children.EndReason;
import org.openiro.children.Ethnicity;
import org.openiro.children.Gender;
import org.openiro.children.LegalStatus;
import org.openiro.children.LegalStatusSpell;
import org.openiro.children.PeriodOfCare;
import org.openiro.children.Placement;
import org.openiro.children.PlacementType;
import org.openiro.children.port.out.ChildRepository;
import org.openiro.persistence.ChildRepositories.ChildRows;
import org.openiro.persistence.ChildRepositories.LegalStatusRows;
import org.openiro.persistence.ChildRepositories.PeriodRows;
import org.openiro.persistence.ChildRepositories.PlacementRows;
import org.openiro.persistence.ChildRepositories.SocialWorkerRows;
import org.openiro.children.SocialWorker;

/**
 * A child and their care history. A save rewrites the child's periods of care, legal statuses and placements:
 * a child has a handful of them, and rewriting keeps the stored history exactly what the domain decided.
 */
@Singleton
class JdbcChildRepository implements ChildRepository {

    private final ChildRows children;
    private final PeriodRows periods;
    private final LegalStatusRows legalStatuses;
    private final PlacementRows placements;
    private final SocialWorkerRows socialWorkers;

    JdbcChildRepository(ChildRows children, PeriodRows periods, LegalStatusRows legalStatuses,
                        PlacementRows placements, SocialWorkerRows socialWorkers) {
        this.children = children;
        this.periods = periods;
        this.legalStatuses = legalStatuses;
        this.placements = placements;
        this.socialWorkers = socialWorkers;
    }

    @Override
    public Optional<Child> find(AuthorityCode authority, ChildId id) {
        return children.findByAuthorityAndChildId(authority.value(), id.value()).map(row -> toChild(row,
                periods.findByAuthorityAndChildIdOrderByStartDate(row.authority(), row.childId()),
                legalStatuses.findByAuthorityAndChildId(row.authority(), row.childId()),
                placements.findByAuthorityAndChildId(row.authority(), row.childId()),
                socialWorkers.findByAuthorityAndChildId(row.authority(), row.childId()).orElse(null)));
    }

    @Override
    public Optional<Child> findForChange(AuthorityCode authority, ChildId id) {
        return children.lock(authority.value(), id.value()).flatMap(row -> find(authority, id));
    }

    @Override
    public List<ChildId> idsOf(AuthorityCode authority) {
        return children.childIds(authority.value()).stream().map(ChildId::of).toList();
    }

    @Override
    public boolean save(Child child) {
        String authority = child.authority().value();
        String childId = child.id().value();
        Optional<ChildRow> existing = children.findByAuthorityAndChildId(authority, childId);
        Child.Demographics d = child.demographics();
        ChildRow row = new ChildRow(existing.map(ChildRow::id).orElse(null), authority, childId, d.name(),
                d.dateOfBirth(), d.gender().id(), d.ethnicity().name(), d.uasc(), d.disability());
        if (existing.isPresent()) {
            children.update(row);
            periods.deleteByAuthorityAndChildId(authority, childId);
        } else {
            children.save(row);
        }
        for (PeriodOfCare period : child.periods()) {
            PeriodOfCareRow saved = periods.save(new PeriodOfCareRow(null, authority, childId, period.start(),
                    period.end(), period.endReason() == null ? null : period.endReason().code(), period.startKnown()));
            legalStatuses.saveAll(period.legalStatuses().stream().map(s -> new LegalStatusRow(null, authority,
                    childId, saved.id(), s.from(), s.status().name(), s.status().isShortBreak())).toList());
            placements.saveAll(period.placements().stream().map(p -> new PlacementRow(null, authority, childId,
                    saved.id(), p.start(), p.type().code(), p.over20Miles(), p.planned())).toList());
        }
        child.socialWorker().ifPresent(sw -> {
            Long id = socialWorkers.findByAuthorityAndChildId(authority, childId).map(SocialWorkerRow::id).orElse(null);
            SocialWorker.Person tm = sw.teamManager();
            SocialWorkerRow swRow = new SocialWorkerRow(id, authority, childId, sw.id(), sw.name(), sw.email(),
                    sw.team(), tm == null ? null : tm.id(), tm == null ? null : tm.name(),
                    tm == null ? null : tm.email());
            if (id == null) {
                socialWorkers.save(swRow);
            } else {
                socialWorkers.update(swRow);
            }
        });
        return existing.isEmpty();
    }

    static Child toChild(ChildRow row, List<PeriodOfCareRow> periodRows, List<LegalStatusRow> statusRows,
                         List<PlacementRow> placementRows, SocialWorkerRow socialWorker) {
        Map<Long, List<LegalStatusRow>> statusesByPeriod = statusRows.stream()
                .collect(Collectors.groupingBy(LegalStatusRow::periodId));
        Map<Long, List<PlacementRow>> placementsByPeriod = placementRows.stream()
                .collect(Collectors.groupingBy(PlacementRow::periodId));
        List<PeriodOfCare> history = periodRows.stream().map(p -> new PeriodOfCare(p.startDate(), p.endDate(),
                p.endReason() == null ? null : new EndReason(p.endReason()), p.startKnown(),
                statusesByPeriod.getOrDefault(p.id(), List.of()).stream()
                        .map(s -> new LegalStatusSpell(s.fromDate(), LegalStatus.valueOf(s.code()))).toList(),
                placementsByPeriod.getOrDefault(p.id(), List.of()).stream()
                        .map(pl -> new Placement(pl.startDate(), new PlacementType(pl.type()), pl.over20Miles(),
                                pl.planned())).toList())).toList();
        return new Child(AuthorityCode.of(row.authority()), ChildId.of(row.childId()),
                new Child.Demographics(row.name(), row.dateOfBirth(), Gender.of("gender", row.gender()),
                        Ethnicity.valueOf(row.ethnicity()), row.uasc(), row.disability()),
                history, socialWorker == null ? null : toSocialWorker(socialWorker));
    }

    private static SocialWorker toSocialWorker(SocialWorkerRow row) {
        return new SocialWorker(row.socialWorkerId(), row.name(), row.email(), row.team(),
                row.teamManagerId() == null ? null
                        : new SocialWorker.Person(row.teamManagerId(), row.teamManagerName(), row.teamManagerEmail()));
    }
}
