package org.openiro.voice;

import java.time.LocalDate;
import java.util.Set;

/** What a child, parent, carer or professional said about the IRO service; reviewed by managers each quarter. */
public record Feedback(String id, String from, LocalDate on, String childId, String iroId, Integer rating,
                       String text) {
    public static final Set<String> FROM = Set.of("child", "parent", "carer", "professional");
}
