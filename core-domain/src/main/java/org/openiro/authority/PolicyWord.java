package org.openiro.authority;

import java.util.Arrays;
import java.util.TreeSet;
import org.openiro.shared.InvalidInput;

/**
 * A policy setting that is one of a few words. Each constant carries the word the API, the stored policy and the
 * pages use ({@code "first-after-18"}), so the word is written in one place and the code reads the constant.
 */
public interface PolicyWord {

    /** The word the API and the stored policy use for this value. */
    String word();

    /**
     * The value {@code word} names, or a refusal naming {@code field} and every word it could have been.
     */
    static <E extends Enum<E> & PolicyWord> E of(Class<E> type, String word, String field) {
        for (E value : type.getEnumConstants()) {
            if (value.word().equals(word)) {
                return value;
            }
        }
        throw new InvalidInput(field, "must be one of " + String.join(", ", words(type)));
    }

    /** The words of {@code type}, sorted, as a refusal lists them. */
    static <E extends Enum<E> & PolicyWord> TreeSet<String> words(Class<E> type) {
        return new TreeSet<>(Arrays.stream(type.getEnumConstants()).map(PolicyWord::word).toList());
    }
}
