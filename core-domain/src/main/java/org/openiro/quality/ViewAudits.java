package org.openiro.quality;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.authority.port.out.AuthorityRepository;
import org.openiro.quality.FootprintCheck.Result;
import org.openiro.quality.port.in.ViewAuditsUseCase;
import org.openiro.quality.port.out.CaseAuditRepository;
import org.openiro.shared.Page;
import org.openiro.shared.UnitOfWork;

/** Reads audits and their progress. */
public final class ViewAudits implements ViewAuditsUseCase {

    private final AuthorityRepository authorities;
    private final CaseAuditRepository audits;
    private final UnitOfWork unitOfWork;

    public ViewAudits(AuthorityRepository authorities, CaseAuditRepository audits, UnitOfWork unitOfWork) {
        this.authorities = authorities;
        this.audits = audits;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AuditView audit(AuthorityCode code, String auditId) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            return view(audits.find(code, auditId).orElseThrow(() -> new UnknownAudit(auditId)));
        });
    }

    @Override
    public Page<AuditSummary> audits(AuthorityCode code, String auditor, Page.Request page) {
        return unitOfWork.inTransaction(() -> {
            authorities.require(code);
            return audits.list(code, auditor, page);
        });
    }

    /** The audit with what its findings add up to so far (also what drawing it answers). */
    static AuditView view(CaseAudit audit) {
        List<Answers> given = audit.children().stream().filter(c -> c.findings() != null)
                .map(c -> c.findings().answers()).toList();
        Map<FootprintCheck, Map<Result, Long>> checks = new EnumMap<>(FootprintCheck.class);
        if (audit.kind() == AuditKind.FOOTPRINT) {
            for (FootprintCheck check : FootprintCheck.values()) {
                Map<Result, Long> counts = new LinkedHashMap<>();
                for (Result result : Result.values()) {
                    counts.put(result, audit.children().stream().filter(c -> c.checks().get(check) == result)
                            .count());
                }
                checks.put(check, counts);
            }
        }
        return new AuditView(audit, AnswerTally.of(audit.questions(), given), checks);
    }
}
