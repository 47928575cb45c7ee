package org.openiro.authority;

import org.openiro.shared.InvalidInput;

/** The policy presets of domain.md: the statutory rules and the four seed authorities' variations. */
public enum PolicyPreset implements PolicyWord {
    STATUTORY("statutory"),
    COUNTY_A("county-a"),
    BOROUGH_B("borough-b"),
    UNITARY_C("unitary-c"),
    CITY_D("city-d");

    private final String word;

    PolicyPreset(String word) {
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

    /** The preset named {@code word}; {@code statutory} when none is named. */
    public static PolicyPreset of(String word) {
        if (word == null) {
            return STATUTORY;
        }
        for (PolicyPreset preset : values()) {
            if (preset.word.equals(word)) {
                return preset;
            }
        }
        throw new InvalidInput("policy.preset", "unknown preset " + word + "; one of "
                + String.join(", ", PolicyWord.words(PolicyPreset.class)));
    }
}
