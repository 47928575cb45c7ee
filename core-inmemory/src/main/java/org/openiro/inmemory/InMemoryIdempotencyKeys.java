package org.openiro.inmemory;

import java.time.Instant;
import java.util.Map;
import org.openiro.access.port.out.IdempotencyKeys;
import org.openiro.authority.AuthorityCode;

/**
 * The answers given to requests with an idempotency key. Units of work run one at a time
 * ({@link InMemoryUnitOfWork}), so a key is never claimed by two at once and never answers {@link InFlight}; an
 * answer remembered in a unit of work that fails is forgotten with it.
 */
public final class InMemoryIdempotencyKeys extends Tables implements IdempotencyKeys {

    private record Kept(String fingerprint, Answer answer, Instant at) {
    }

    private record KeyOf(AuthorityCode authority, String user, String key) {
    }

    private final Map<KeyOf, Kept> answers = table();

    @Override
    public synchronized Claim claim(AuthorityCode authority, String user, String key, Instant answeredSince) {
        Kept kept = answers.get(new KeyOf(authority, user, key));
        if (kept == null || kept.at().isBefore(answeredSince)) {
            return new Fresh();
        }
        return new Answered(kept.fingerprint(), kept.answer());
    }

    @Override
    public synchronized void remember(AuthorityCode authority, String user, String key, String fingerprint,
                                      Answer answer, Instant at) {
        answers.put(new KeyOf(authority, user, key), new Kept(fingerprint, answer, at));
    }

    @Override
    public synchronized int forgetBefore(Instant before) {
        int before0 = answers.size();
        answers.values().removeIf(kept -> kept.at().isBefore(before));
        return before0 - answers.size();
    }
}
