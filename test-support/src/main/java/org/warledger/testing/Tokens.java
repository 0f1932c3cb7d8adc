package org.warledger.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * RS256 tokens for tests, signed with a key pair made for this test JVM. {@link JwtKeysResource} hands the public half
 * to the application under test, so tokens are verified exactly as in production: issuer, audience, signature, age.
 */
public final class Tokens {

    public static final String ISSUER = "warledger";
    public static final String AUDIENCE = "warledger";
    private static final KeyPair KEYS = generate();

    private Tokens() {
    }

    public static String editor() {
        return token("alice", "editor");
    }

    public static String reader() {
        return token("bob", "reader");
    }

    public static String token(String subject, String... groups) {
        return claims(subject, groups).sign(KEYS.getPrivate());
    }

    /** A token signed by a key the application does not trust. */
    public static String forged() {
        return claims("mallory", "editor").sign(generate().getPrivate());
    }

    /** An editor token for another audience. */
    public static String otherAudience() {
        return Jwt.issuer(ISSUER).audience("someone-else").subject("alice").groups("editor").expiresIn(3600)
                .sign(KEYS.getPrivate());
    }

    /** An editor token without any audience. */
    public static String noAudience() {
        return Jwt.issuer(ISSUER).subject("alice").groups("editor").expiresIn(3600).sign(KEYS.getPrivate());
    }

    /** An editor token issued {@code seconds} from now (negative: in the past), valid for an hour after that. */
    public static String issuedIn(long seconds) {
        Instant issued = Instant.now().plusSeconds(seconds);
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("alice").groups("editor").issuedAt(issued)
                .expiresAt(issued.plusSeconds(3600)).sign(KEYS.getPrivate());
    }

    /** An editor token with no {@code sub} (and no {@code upn} or {@code preferred_username} to fall back on). */
    public static String withoutSubject() {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).groups("editor").expiresIn(3600).sign(KEYS.getPrivate());
    }

    /** An editor token for alice with the claims as {@code adjust} leaves them, signed with the trusted key. */
    public static String editorWith(java.util.function.UnaryOperator<JwtClaimsBuilder> adjust) {
        return adjust.apply(claims("alice", "editor")).sign(KEYS.getPrivate());
    }

    public static String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    private static JwtClaimsBuilder claims(String subject, String... groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(groups))
                .expiresIn(3600);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
