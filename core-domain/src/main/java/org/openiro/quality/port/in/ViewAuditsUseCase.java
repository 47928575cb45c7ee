package org.openiro.quality.port.in;

import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.quality.AnswerTally;
import org.openiro.quality.AuditSummary;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.FootprintCheck;
import org.openiro.shared.Page;

/** Audits and their progress. */
public interface ViewAuditsUseCase {

    /**
     * An audit with what its findings add up to so far.
     *
     * @param answers each question's answers over the findings recorded
     * @param checks  for a footprint audit, how each check came out over the sample
     */
    record AuditView(CaseAudit audit, List<AnswerTally> answers,
                     Map<FootprintCheck, Map<FootprintCheck.Result, Long>> checks) {
    }

    /** The audit with its findings so far; {@link org.openiro.quality.UnknownAudit} when there is none. */
    AuditView audit(AuthorityCode authority, String auditId);

    /** Newest first; {@code auditor} (an IRO id, or null) keeps the audits with a child assigned to them. */
    Page<AuditSummary> audits(AuthorityCode authority, String auditor, Page.Request page);
}
