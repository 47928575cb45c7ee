package org.openiro.escalation;

/** {@code open} when raised or escalated, {@code responded} once the person at the current stage answered. */
public enum AlertStatus {
    OPEN("open"), RESPONDED("responded"), RESOLVED("resolved"), WITHDRAWN("withdrawn");

    private final String id;

    AlertStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean closed() {
        return this == RESOLVED || this == WITHDRAWN;
    }
}
