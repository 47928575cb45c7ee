package org.openiro.quality.port.out;

import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.AuditSummary;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.Findings;
import org.openiro.shared.Page;

/** Audits as drawn, and the findings recorded on them. */
public interface CaseAuditRepository {

    /** Stores an audit as drawn, with its sample and the footprint checks. */
    void insert(CaseAudit audit);

    /** The audit with every child's findings so far; empty when there is none. */
    Optional<CaseAudit> find(AuthorityCode authority, String auditId);

    /** Newest first; {@code auditor} null for every audit, else those with a child assigned to that IRO. */
    Page<AuditSummary> list(AuthorityCode authority, String auditor, Page.Request page);

    /**
     * Records the findings on a child of the audit; answers false, writing nothing, when that child's findings were
     * already recorded (by a concurrent request too).
     */
    boolean recordFindings(AuthorityCode authority, String auditId, ChildId child, Findings findings);
}
