package org.openiro.escalation;

import java.util.List;
import java.util.Optional;
import org.openiro.authority.Authority;
import org.openiro.authority.Policy;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.escalation.port.in.AlertView;
import org.openiro.escalation.port.in.RaiseAlertCommand;
import org.openiro.escalation.port.in.RaiseAlertUseCase;
import org.openiro.escalation.port.in.RaiseDriftAlertCommand;
import org.openiro.escalation.port.in.RaiseDriftAlertUseCase;
import org.openiro.escalation.port.out.AlertPeople;
import org.openiro.escalation.port.out.AlertRepository;
import org.openiro.shared.UnitOfWork;

/**
 * Drift found at a midway review opens an informal alert at the ladder's first stage, with the person on record for
 * its role, raised as the IRO would raise it. Whether someone is on record is decided before anything is written: a
 * refusal thrown inside the midway review's transaction, even if caught, would mark it rollback-only and lose the
 * midway review.
 */
public final class RaiseDriftAlert implements RaiseDriftAlertUseCase {

    private final AlertRecords records;
    private final PeopleOnRecord onRecord;
    private final RaiseAlertUseCase raise;
    private final UnitOfWork unitOfWork;

    public RaiseDriftAlert(AuthorityRepository authorities, AlertRepository alerts, AlertPeople people,
                           RaiseAlertUseCase raise, UnitOfWork unitOfWork) {
        this.records = new AlertRecords(authorities, alerts);
        this.onRecord = new PeopleOnRecord(people);
        this.raise = raise;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<AlertView> raise(RaiseDriftAlertCommand drift) {
        return unitOfWork.inTransaction(() -> {
            Authority authority = records.authority(drift.authority());
            String firstStage = authority.policy().escalation().ladder().stages().get(0).id();
            Optional<Person> with = onRecord.at(authority, drift.child(), firstStage);
            if (with.isEmpty()) {
                return Optional.empty();
            }
            List<String> reasons = authority.policy().escalation().reasons().stream().map(Policy.AlertReason::id).toList();
            String reason = reasons.contains("plan-not-implemented") ? "plan-not-implemented"
                    : reasons.contains("other") ? "other" : reasons.get(0);
            return Optional.of(raise.raise(new RaiseAlertCommand(drift.authority(), drift.child(), drift.on(),
                    List.of(reason), firstStage, with.get(), "Drift identified at the midway review", null, null,
                    null)));
        });
    }
}
