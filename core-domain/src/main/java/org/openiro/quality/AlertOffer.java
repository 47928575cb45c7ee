package org.openiro.quality;

import java.util.List;
import org.openiro.children.SocialWorker;

/**
 * An alert the service offers, and does not raise: the form answered {@code no} to questions the template marks as
 * opening one. The IRO raises it (with reasons and words of their own) through the dispute resolution process.
 *
 * @param questions     the questions answered {@code no}
 * @param socialWorker  the child's social worker, whom it would be raised with; null when none is on record
 */
public record AlertOffer(List<String> questions, SocialWorker socialWorker) {
    public AlertOffer {
        questions = List.copyOf(questions);
    }
}
