package org.openiro.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Tokens as the embedded default signs them, minted with the test secret of application-test.yml. */
public final class Tokens {

    public static final String SECRET = "test-secret-that-is-at-least-thirty-two-bytes-long";

    private Tokens() {
    }

    /** An administrator and manager of every authority: what the tests use unless they test access itself. */
    public static String superuser() {
        return mint("test-admin", List.of("admin", "manager"), List.of("*"), null, null);
    }

    public static String mint(String username, List<String> roles, List<String> authorities, String iroId,
                              String socialWorkerId) {
        return mint(username, roles, authorities, iroId, socialWorkerId, SECRET, Instant.now().plusSeconds(3600));
    }

    public static String mint(String username, List<String> roles, List<String> authorities, String iroId,
                              String socialWorkerId, String secret, Instant expires) {
        return mint(username, roles, authorities, iroId, socialWorkerId, secret, Instant.now(), expires);
    }

    /** A token issued at {@code issued}; null for one that does not say when it was issued. */
    public static String mint(String username, List<String> roles, List<String> authorities, String iroId,
                              String socialWorkerId, String secret, Instant issued, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(username)
                .issueTime(issued == null ? null : Date.from(issued))
                .expirationTime(Date.from(expires)).claim("roles", roles).claim("authorities", authorities);
        if (iroId != null) {
            claims.claim("iroId", iroId);
        }
        if (socialWorkerId != null) {
            claims.claim("socialWorkerId", socialWorkerId);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
