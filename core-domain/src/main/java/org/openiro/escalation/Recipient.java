package org.openiro.escalation;

/** Someone to tell about an alert: the person it is raised with, the child's social worker, the child's IRO. */
public record Recipient(String id, String role, String email) {
}
