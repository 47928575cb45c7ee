package org.openiro.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.quality.AuditSummary;
import org.openiro.quality.AuditedChild;
import org.openiro.quality.CaseAudit;
import org.openiro.quality.Findings;
import org.openiro.quality.port.out.CaseAuditRepository;
import org.openiro.shared.Page;

/** Audits as drawn, newest drawn first; a child's findings are recorded once. */
public final class InMemoryCaseAuditRepository extends Tables implements CaseAuditRepository {

    private final Map<Key, CaseAudit> audits = table();

    @Override
    public synchronized void insert(CaseAudit audit) {
        if (audits.putIfAbsent(Key.of(audit.authority(), audit.id()), audit) != null) {
            throw new IllegalStateException("audit " + audit.id() + " is already stored");
        }
    }

    @Override
    public synchronized Optional<CaseAudit> find(AuthorityCode authority, String auditId) {
        return Optional.ofNullable(audits.get(Key.of(authority, auditId)));
    }

    @Override
    public synchronized Page<AuditSummary> list(AuthorityCode authority, String auditor, Page.Request page) {
        List<AuditSummary> matching = audits.values().stream().filter(a -> a.authority().equals(authority))
                .filter(a -> auditor == null || a.children().stream().anyMatch(c -> auditor.equals(c.auditor())))
                .sorted(Comparator.comparing(CaseAudit::drawnOn).reversed()
                        .thenComparing(Comparator.comparing(CaseAudit::on).reversed())
                        .thenComparing(CaseAudit::id))
                .map(a -> new AuditSummary(a.id(), a.kind(), a.title(), a.on(), a.cohortSize(), a.children().size(),
                        a.done(), a.drawnOn())).toList();
        return InMemoryPages.page(matching, page);
    }

    @Override
    public synchronized boolean recordFindings(AuthorityCode authority, String auditId, ChildId child,
                                               Findings findings) {
        CaseAudit audit = audits.get(Key.of(authority, auditId));
        if (audit == null) {
            return false;
        }
        List<AuditedChild> children = new ArrayList<>(audit.children());
        for (int i = 0; i < children.size(); i++) {
            AuditedChild audited = children.get(i);
            if (audited.childId().equals(child)) {
                if (audited.findings() != null) {
                    return false;
                }
                children.set(i, audited.withFindings(findings));
                CaseAudit a = audit;
                audits.put(Key.of(authority, auditId), new CaseAudit(a.id(), a.authority(), a.kind(), a.title(),
                        a.on(), a.cohort(), a.cohortSize(), a.sampleSize(), a.seed(), a.questions(), a.auditors(),
                        children, a.drawnOn(), a.drawnBy()));
                return true;
            }
        }
        return false;
    }
}
