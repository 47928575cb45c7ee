package org.openiro.escalation;

import org.openiro.shared.Conflict;

/**
 * Where an alert is in the dispute resolution process, and which steps each place allows:
 *
 * <pre>
 *   OPEN ──respond──▶ RESPONDED ──escalate──▶ OPEN
 *   OPEN ──escalate─▶ OPEN
 *   OPEN, RESPONDED ──resolve──▶ RESOLVED      (closed)
 *   OPEN, RESPONDED ──withdraw─▶ WITHDRAWN     (closed)
 *   OPEN, RESPONDED ──Cafcass referral, legal advice──▶ as it was
 * </pre>
 *
 * A closed alert takes no step at all. {@link Alert}'s transitions ask here before they change anything.
 */
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

    /** The person at the current stage answers once; after that the IRO escalates or resolves. */
    AlertStatus respond(String currentStage) {
        requireOpen();
        if (this == RESPONDED) {
            throw new Conflict(null, "the " + currentStage + " raising was already answered; escalate or resolve");
        }
        return RESPONDED;
    }

    /** Answered or not, an open alert may go up its ladder; its new person's answer is then awaited. */
    AlertStatus escalate() {
        requireOpen();
        return OPEN;
    }

    AlertStatus resolve() {
        requireOpen();
        return RESOLVED;
    }

    AlertStatus withdraw() {
        requireOpen();
        return WITHDRAWN;
    }

    /** A dated fact (a Cafcass referral, legal advice) leaves the alert where it was. */
    AlertStatus recordFact() {
        requireOpen();
        return this;
    }

    private void requireOpen() {
        if (closed()) {
            throw new Conflict(null, "the alert is " + id + ": nothing more is written to it");
        }
    }
}
