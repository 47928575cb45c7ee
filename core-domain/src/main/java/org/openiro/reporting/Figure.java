package org.openiro.reporting;

/**
 * One figure of a report (reports.md, "Formats"). A share carries its numerator and denominator, and its value is
 * the share (0–1), or null when the denominator is 0; a count has neither.
 *
 * @param breakdown null for the whole figure, else {@code dimension:value} such as {@code code:PN3}
 * @param target the policy's target for this share, where one applies
 */
public record Figure(String section, String id, String breakdown, Double value, Long numerator, Long denominator,
                     Double target) {

    public static Figure count(String section, String id, String breakdown, long count) {
        return new Figure(section, id, breakdown, (double) count, null, null, null);
    }

    public static Figure share(String section, String id, String breakdown, long numerator, long denominator,
                               Double target) {
        Double value = denominator == 0 ? null : (double) numerator / denominator;
        return new Figure(section, id, breakdown, value, numerator, denominator, target);
    }
}
