package org.openiro.quality;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.events.ChildEvent;
import org.openiro.children.ChildId;
import org.openiro.events.Topics;

/**
 * Quality assurance on {@code iro.quality}, keyed by the child: a QA form completed after a review, and an auditor's
 * findings on one child of an audit. Like every event, ids, dates and codes only: the notes stay behind the API.
 */
public record QualityEvent(String type, AuthorityCode authority, ChildId childId, Map<String, Object> details)
        implements ChildEvent {

    public static QualityEvent qaCompleted(QaForm form) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reviewId", form.reviewId());
        details.put("templateVersion", form.templateVersion());
        details.put("completedOn", form.completedOn().toString());
        details.put("answers", form.answers().values());
        return new QualityEvent("qa.completed", form.authority(), form.childId(), details);
    }

    public static QualityEvent auditCompleted(CaseAudit audit, AuditedChild child) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("auditId", audit.id());
        details.put("kind", audit.kind().id());
        details.put("auditor", child.auditor());
        details.put("completedOn", child.findings().recordedOn().toString());
        details.put("answers", child.findings().answers().values());
        if (!child.checks().isEmpty()) {
            Map<String, Object> checks = new LinkedHashMap<>();
            child.checks().forEach((check, result) -> checks.put(check.id(), result.id()));
            details.put("checks", checks);
        }
        return new QualityEvent("audit.completed", audit.authority(), child.childId(), details);
    }

    @Override
    public String topic() {
        return Topics.QUALITY;
    }

    @Override
    public String uniqueKeyValue() {
        return null;
    }

    @Override
    public Map<String, Object> data() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", authority.value());
        data.put("childId", childId.value());
        data.putAll(details);
        return data;
    }
}
