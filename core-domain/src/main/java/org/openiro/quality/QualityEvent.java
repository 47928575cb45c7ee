package org.openiro.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.events.EventType;
import org.openiro.events.QualityTopicEvent;

/**
 * Quality assurance on {@code iro.quality}, keyed by the child: a QA form completed after a review, and an auditor's
 * findings on one child of an audit. Like every event, ids, dates and codes only: the notes stay behind the API.
 * What it looks like on the wire is the event catalogue's business.
 */
public record QualityEvent(EventType eventType, AuthorityCode authority, ChildId childId, String reviewId,
                           Integer templateVersion, String auditId, String auditKind, String auditor,
                           LocalDate completedOn, Map<String, Object> answers, List<Check> checks)
        implements QualityTopicEvent {

    public static QualityEvent qaCompleted(QaForm form) {
        return new QualityEvent(EventType.QA_COMPLETED, form.authority(), form.childId(), form.reviewId(),
                form.templateVersion(), null, null, null, form.completedOn(), form.answers().values(), List.of());
    }

    public static QualityEvent auditCompleted(CaseAudit audit, AuditedChild child) {
        // In the order of the checks (the audited child keeps them in an EnumMap), as events.md lists them.
        List<Check> checks = child.checks().entrySet().stream()
                .map(e -> new Check(e.getKey().id(), e.getValue().id())).toList();
        return new QualityEvent(EventType.AUDIT_COMPLETED, audit.authority(), child.childId(), null, null,
                audit.id(), audit.kind().id(), child.auditor(), child.findings().recordedOn(),
                child.findings().answers().values(), checks);
    }
}
