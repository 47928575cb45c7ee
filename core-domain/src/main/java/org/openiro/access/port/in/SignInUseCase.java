package org.openiro.access.port.in;

import org.openiro.access.Caller;

/** A local user signs in with their password. */
public interface SignInUseCase {

    /** @throws SignInRefused for an unknown user or a wrong password alike, so neither can be told apart */
    Caller signIn(String username, String password);

    /** The one refusal of a sign-in, the same whatever was wrong. */
    class SignInRefused extends RuntimeException {
        public SignInRefused() {
            super("unknown username or wrong password");
        }
    }
}
