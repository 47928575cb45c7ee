package org.openiro.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * A token whose staff ids are those of each authority named (but {@code *}), as {@code iroIds} /
     * {@code socialWorkerIds} claims: the shape the service signs (issue 19).
     */
    public static String mint(String username, List<String> roles, List<String> authorities, String iroId,
                              String socialWorkerId, String secret, Instant expires) {
        return mint(username, roles, authorities, iroId, socialWorkerId, secret, Instant.now(), expires);
    }

    /** A token issued at {@code issued}; null for one that does not say when it was issued. */
    public static String mint(String username, List<String> roles, List<String> authorities, String iroId,
                              String socialWorkerId, String secret, Instant issued, Instant expires) {
        JWTClaimsSet.Builder claims = base(username, roles, authorities, expires)
                .issueTime(issued == null ? null : Date.from(issued));
        if (iroId != null) {
            claims.claim("iroIds", perAuthority(authorities, iroId));
        }
        if (socialWorkerId != null) {
            claims.claim("socialWorkerIds", perAuthority(authorities, socialWorkerId));
        }
        return sign(claims, secret);
    }

    /** A token with the given staff ids per authority. */
    public static String mintPerAuthority(String username, List<String> roles, List<String> authorities,
                                          Map<String, String> iroIds, Map<String, String> socialWorkerIds) {
        return sign(base(username, roles, authorities, Instant.now().plusSeconds(3600)).claim("iroIds", iroIds)
                .claim("socialWorkerIds", socialWorkerIds), SECRET);
    }

    /** A token with flat {@code iroId} / {@code socialWorkerId} claims, as an identity provider may send them. */
    public static String mintFlat(String username, List<String> roles, List<String> authorities, String iroId,
                                  String socialWorkerId) {
        JWTClaimsSet.Builder claims = base(username, roles, authorities, Instant.now().plusSeconds(3600));
        if (iroId != null) {
            claims.claim("iroId", iroId);
        }
        if (socialWorkerId != null) {
            claims.claim("socialWorkerId", socialWorkerId);
        }
        return sign(claims, SECRET);
    }

    /** A token signed with the test secret, of exactly these claims. */
    public static String mintClaims(JWTClaimsSet claims) {
        return sign(new JWTClaimsSet.Builder(claims), SECRET);
    }

    private static JWTClaimsSet.Builder base(String username, List<String> roles, List<String> authorities,
                                             Instant expires) {
        return new JWTClaimsSet.Builder().subject(username).issueTime(new Date())
                .expirationTime(Date.from(expires)).claim("roles", roles).claim("authorities", authorities);
    }

    private static Map<String, Object> perAuthority(List<String> authorities, String id) {
        Map<String, Object> ids = new LinkedHashMap<>();
        authorities.stream().filter(a -> !a.equals("*")).forEach(a -> ids.put(a, id));
        return ids;
    }

    private static String sign(JWTClaimsSet.Builder claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
            jwt.sign(new MACSigner(secret.getBytes()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
