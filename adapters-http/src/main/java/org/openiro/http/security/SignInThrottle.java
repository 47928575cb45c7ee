package org.openiro.http.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins in a sliding window per username, per address and username, and per address alone, and
 * refuses the next attempt once one of them reaches its limit: first for {@code lockout}, then twice as long at each
 * further lockout of the same key, up to {@code maxLockout}. The address alone has a much higher limit, so that one
 * person cannot lock out an office that shares an address. Attempts still being checked count too, so a burst in
 * parallel gets no more guesses than one after another. A success clears the username's counts, not the address's.
 */
final class SignInThrottle {

    /** The limits; each count is of failures within {@code window}. */
    record Settings(int perUser, int perAddressAndUser, int perAddress, Duration window, Duration lockout,
                    Duration maxLockout) {
    }

    /** Beyond this many keys, idle ones are swept away, so a flood of made-up usernames cannot fill the memory. */
    private static final int SWEEP_ABOVE = 20_000;

    private final Settings settings;
    private final Map<String, Strikes> keys = new ConcurrentHashMap<>();

    SignInThrottle(Settings settings) {
        this.settings = settings;
    }

    /** One sign-in being checked: tell the throttle how it ended. */
    final class Attempt {
        private final List<Strikes> strikes;
        private final List<String> userKeys;

        private Attempt(List<Strikes> strikes, List<String> userKeys) {
            this.strikes = strikes;
            this.userKeys = userKeys;
        }

        void failed(Instant now) {
            for (Strikes s : strikes) {
                s.failed(now, settings);
            }
        }

        void succeeded() {
            for (Strikes s : strikes) {
                s.ended();
            }
            userKeys.forEach(keys::remove);
        }
    }

    /**
     * Begins an attempt, or refuses it.
     *
     * @throws SignInThrottled when any of its keys is locked, or has as many failures and attempts under way as its
     *                         limit allows
     */
    Attempt begin(String address, String username, Instant now) {
        if (keys.size() > SWEEP_ABOVE) {
            keys.entrySet().removeIf(entry -> entry.getValue().idle(now, settings));
        }
        String user = "user:" + username.toLowerCase(Locale.ROOT);
        String pair = "pair:" + address + " " + username.toLowerCase(Locale.ROOT);
        String addressKey = "address:" + address;
        List<Strikes> strikes = new ArrayList<>(3);
        strikes.add(keys.computeIfAbsent(user, k -> new Strikes(settings.perUser())));
        strikes.add(keys.computeIfAbsent(pair, k -> new Strikes(settings.perAddressAndUser())));
        strikes.add(keys.computeIfAbsent(addressKey, k -> new Strikes(settings.perAddress())));
        List<Strikes> begun = new ArrayList<>(3);
        for (Strikes s : strikes) {
            Optional<Duration> wait = s.begin(now, settings);
            if (wait.isPresent()) {
                begun.forEach(Strikes::ended);
                throw new SignInThrottled(wait.get());
            }
            begun.add(s);
        }
        return new Attempt(strikes, List.of(user, pair));
    }

    /** One key's recent failures, the attempts under way, and its lockout. */
    private static final class Strikes {
        private final int limit;
        private final ArrayDeque<Instant> failures = new ArrayDeque<>();
        private int underWay;
        private Instant lockedUntil = Instant.MIN;
        private int lockouts;
        private Instant lastFailure = Instant.MIN;

        Strikes(int limit) {
            this.limit = limit;
        }

        synchronized Optional<Duration> begin(Instant now, Settings settings) {
            if (now.isBefore(lockedUntil)) {
                return Optional.of(Duration.between(now, lockedUntil));
            }
            forgetOld(now, settings);
            if (failures.size() + underWay >= limit) {
                // Only attempts under way fill it: one of them will end within a second or so.
                return Optional.of(failures.size() >= limit ? settings.lockout() : Duration.ofSeconds(1));
            }
            underWay++;
            return Optional.empty();
        }

        synchronized void ended() {
            underWay = Math.max(0, underWay - 1);
        }

        synchronized void failed(Instant now, Settings settings) {
            underWay = Math.max(0, underWay - 1);
            forgetOld(now, settings);
            if (lockouts > 0 && lastFailure.plus(settings.maxLockout()).isBefore(now)) {
                lockouts = 0; // quiet for long enough: the next lockout starts short again
            }
            failures.addLast(now);
            lastFailure = now;
            if (failures.size() >= limit) {
                Duration lock = settings.lockout().multipliedBy(1L << Math.min(lockouts, 20));
                lockedUntil = now.plus(lock.compareTo(settings.maxLockout()) > 0 ? settings.maxLockout() : lock);
                lockouts++;
                failures.clear();
            }
        }

        synchronized boolean idle(Instant now, Settings settings) {
            forgetOld(now, settings);
            return failures.isEmpty() && underWay == 0 && !now.isBefore(lockedUntil)
                    && lastFailure.plus(settings.maxLockout()).isBefore(now);
        }

        private void forgetOld(Instant now, Settings settings) {
            Instant since = now.minus(settings.window());
            while (!failures.isEmpty() && !failures.peekFirst().isAfter(since)) {
                failures.removeFirst();
            }
        }
    }
}
