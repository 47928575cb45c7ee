package org.openiro.authority;

import org.openiro.shared.InvalidInput;

/**
 * The escalation ladders of domain.md, named after the seed reports' ladders, and {@code custom} for a ladder an
 * authority writes stage by stage.
 */
public enum EscalationPreset implements PolicyWord {
    STATUTORY("statutory"),
    SIX_STAGE("six-stage"),
    INFORMAL_FIRST("informal-first"),
    ANY_STAGE("any-stage"),
    TWO_LEVEL("two-level"),
    CUSTOM("custom");

    private final String word;

    EscalationPreset(String word) {
        this.word = word;
    }

    @Override
    public String word() {
        return word;
    }

    @Override
    public String toString() {
        return word;
    }

    /** Any ladder's name, {@code custom} included: what an alert or a stored policy says its ladder was. */
    public static EscalationPreset of(String word) {
        for (EscalationPreset preset : values()) {
            if (preset.word.equals(word)) {
                return preset;
            }
        }
        throw new InvalidInput("policy.escalationLadder.preset", "unknown escalation ladder " + word);
    }

    /** A preset an authority may choose ({@code custom} is not one: it is a ladder written out). */
    public static EscalationPreset chosen(String word) {
        for (EscalationPreset preset : values()) {
            if (preset != CUSTOM && preset.word.equals(word)) {
                return preset;
            }
        }
        java.util.TreeSet<String> presets = PolicyWord.words(EscalationPreset.class);
        presets.remove(CUSTOM.word);
        throw new InvalidInput("policy.escalationPreset", "unknown escalation preset " + word
                + "; one of " + String.join(", ", presets));
    }
}
