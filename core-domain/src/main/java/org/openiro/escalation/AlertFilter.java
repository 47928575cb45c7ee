package org.openiro.escalation;

/** Which alerts to list: by status, current stage, child; each null for any. */
public record AlertFilter(String status, String stage, String childId) {
}
