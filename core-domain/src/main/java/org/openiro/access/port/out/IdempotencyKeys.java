package org.openiro.access.port.out;

import java.time.Duration;
import java.time.Instant;
import org.openiro.authority.AuthorityCode;

/**
 * The answers given to requests sent with an {@code Idempotency-Key}, per authority and user, so that a client that
 * lost an answer and sends the request again gets the first answer back instead of a second change (issue 22). Used
 * inside the unit of work of the request itself: the answer is kept with the change, or not at all.
 */
public interface IdempotencyKeys {

    /** How long a first answer is given again. */
    Duration KEPT_FOR = Duration.ofHours(24);

    /** An answer as it was given: its status, the headers a client acts on, and its JSON body. */
    record Answer(int status, String location, String etag, String body) {
    }

    /** What the key stands for when a request comes with it. */
    sealed interface Claim permits Fresh, InFlight, Answered {
    }

    /** Never used, or its answer is older than asked: the request runs, and this unit of work holds the key. */
    record Fresh() implements Claim {
    }

    /** Another request with the key is running now. */
    record InFlight() implements Claim {
    }

    /** Answered already, to a request with this fingerprint. */
    record Answered(String fingerprint, Answer answer) implements Claim {
    }

    /**
     * Holds the key until the unit of work ends, unless another request holds it.
     *
     * @param answeredSince answers kept before this are forgotten
     */
    Claim claim(AuthorityCode authority, String user, String key, Instant answeredSince);

    /** Keeps the answer with the unit of work's change. */
    void remember(AuthorityCode authority, String user, String key, String fingerprint, Answer answer, Instant at);

    /** Forgets answers kept before {@code before}; answers how many. */
    int forgetBefore(Instant before);
}
