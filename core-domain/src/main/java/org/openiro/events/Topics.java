package org.openiro.events;

/** The Kafka topics of events.md, before any per-environment prefix. */
public final class Topics {
    public static final String ALERTS = "iro.alerts";
    public static final String REVIEWS = "iro.reviews";
    public static final String NOTIFICATIONS = "iro.notifications";
    /** QA forms completed and audits' findings (issue 24). */
    public static final String QUALITY = "iro.quality";

    private Topics() {
    }
}
