package org.openiro.quality;

import java.util.Objects;
import org.openiro.shared.InvalidInput;
import org.openiro.shared.LocalId;

/**
 * One question of a QA form or an audit: an id that stays with the question's meaning (an authority that changes
 * what a question asks gives it a new id, so that reports never pool two meanings), the words it is asked in, and its
 * scale.
 *
 * @param opensAlert answering {@code no} offers the IRO an alert raised with the child's social worker (yes-no only)
 */
public record Question(String id, String label, Scale scale, boolean opensAlert) {

    public static final int MAX_LABEL = 500;

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scale, "scale");
    }

    /** A question as a request writes it, each refusal naming its field under {@code field}. */
    public static Question of(String field, String id, String label, String scale, Boolean opensAlert) {
        LocalId.require(field + ".id", id);
        if (label == null || label.isBlank()) {
            throw new InvalidInput(field + ".label", "must not be blank");
        }
        if (label.length() > MAX_LABEL) {
            throw new InvalidInput(field + ".label", "must be at most " + MAX_LABEL + " characters");
        }
        Scale parsed = Scale.of(field + ".scale", scale);
        boolean alert = Boolean.TRUE.equals(opensAlert);
        if (alert && parsed != Scale.YES_NO) {
            throw new InvalidInput(field + ".opensAlert", "only a yes-no question's \"no\" can offer an alert");
        }
        return new Question(id, label.strip(), parsed, alert);
    }

    /** Whether this answer, given to this question, offers an alert. */
    public boolean offersAlert(String answer) {
        return opensAlert && "no".equals(answer);
    }
}
