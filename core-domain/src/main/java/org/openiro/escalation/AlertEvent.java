package org.openiro.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiro.authority.AuthorityCode;
import org.openiro.children.ChildId;
import org.openiro.children.ChildEvent;
import org.openiro.events.Topics;

/** A step in an alert's life, on {@code iro.alerts} keyed by the child (events.md). */
public record AlertEvent(String type, Alert alert, String uniqueKeyValue) implements ChildEvent {

    public static AlertEvent of(String type, Alert alert) {
        return new AlertEvent(type, alert, null);
    }

    /** Found by the scan, once: keyed by the alert (and its stage, for a late response). */
    public static AlertEvent found(String type, Alert alert, String key) {
        return new AlertEvent(type, alert, type + ":" + alert.authority().value() + ":" + alert.id() + ":" + key);
    }

    @Override
    public String topic() {
        return Topics.ALERTS;
    }

    @Override
    public AuthorityCode authority() {
        return alert.authority();
    }




    @Override
    public Map<String, Object> data() {
        StageRaising current = alert.current();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", alert.authority().value());
        data.put("childId", alert.childId().value());
        data.put("alertId", alert.id());
        data.put("stage", current.stage());
        data.put("reasons", List.copyOf(alert.reasons()));
        Map<String, Object> raisedWith = new LinkedHashMap<>();
        raisedWith.put("id", current.raisedWith().id());
        raisedWith.put("role", current.raisedWith().role());
        data.put("raisedWith", raisedWith);
        data.put("dueBy", current.dueBy().toString());
        return data;
    }

    @Override
    public ChildId childId() {
        return alert.childId();
    }
}
