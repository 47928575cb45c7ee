package org.openiro.escalation;

/** Someone to tell about an alert: the person it is raised with, the child's social worker, the child's IRO. */
public record Recipient(String id, String role, String email) {

    /**
     * A role rather than a person, for a manager the service has no record of (a service manager, a head of
     * service): the notification service that consumes {@code iro.notifications} knows who holds the role.
     */
    public static Recipient holderOf(String role) {
        return new Recipient("role:" + role, role, null);
    }

    static Recipient of(Person person) {
        return new Recipient(person.id(), person.role().word(), person.email());
    }
}
