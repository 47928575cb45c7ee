package org.openiro.quality;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiro.access.Caller;
import org.openiro.access.Forbidden;
import org.openiro.access.Role;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.children.ChildId;
import org.openiro.events.port.out.EventOutbox;
import org.openiro.quality.port.in.RecordAuditFindingsUseCase;
import org.openiro.quality.port.out.CaseAuditRepository;
import org.openiro.shared.Conflict;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.NotFound;
import org.openiro.shared.UnitOfWork;
import org.openiro.quality.port.in.RecordAuditFindingsUseCase;

/** Records the auditor's findings on one child of an audit, once, and says so on the outbox. */
public final class RecordAuditFindings implements RecordAuditFindingsUseCase {

    private final AuthorityRepository authorities;
    private final CaseAuditRepository audits;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordAuditFindings(AuthorityRepository authorities, CaseAuditRepository audits, EventOutbox outbox,
                               UnitOfWork unitOfWork, Clock clock) {
        this.authorities = authorities;
        this.audits = audits;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public AuditedChild record(RecordAuditFindingsCommand command) {
        AuthorityCode code = command.authority();
        String auditId = command.auditId();
        ChildId childId = command.child();
        Caller caller = command.caller();
        Map<String, ?> answers = command.answers();
        String notes = command.notes();
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            CaseAudit audit = audits.find(code, auditId).orElseThrow(() -> new UnknownAudit(auditId));
            AuditedChild child = audit.child(childId).orElseThrow(() -> new NotFound("no child "
                    + childId.value() + " in audit " + auditId));
            if (!caller.has(Role.MANAGER) && !caller.iroIn(code).map(id -> id.equals(child.auditor())).orElse(false)) {
                throw new Forbidden("only the child's auditor, " + child.auditor() + ", or a manager may record"
                        + " findings on this child");
            }
            if (child.findings() != null) {
                throw new Conflict(null, "findings on this child are already recorded");
            }
            if (notes != null && notes.length() > QaForm.MAX_NOTES) {
                throw new InvalidInput("notes", "must be at most " + QaForm.MAX_NOTES + " characters");
            }
            Findings findings = new Findings(Answers.of("answers", audit.questions(), answers),
                    notes == null || notes.isBlank() ? null : notes, LocalDate.now(clock), caller.username());
            if (!audits.recordFindings(code, auditId, childId, findings)) {
                throw new Conflict(null, "findings on this child are already recorded");
            }
            AuditedChild done = child.withFindings(findings);
            outbox.append(List.of(QualityEvent.auditCompleted(audit, done)), clock.instant());
            return done;
        });
    }
}
