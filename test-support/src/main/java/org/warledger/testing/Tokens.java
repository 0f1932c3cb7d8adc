package org.warledger.testing;

import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * RS256 tokens for tests, signed with a key pair made for this test JVM. {@link JwtKeysResource} hands the public half
 * to the application under test, so tokens are verified exactly as in production.
 */
public final class Tokens {

    public static final String ISSUER = "warledger";
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
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(groups)).expiresIn(3600)
                .sign(KEYS.getPrivate());
    }

    /** A token signed by a key the application does not trust. */
    public static String forged() {
        return Jwt.issuer(ISSUER).subject("mallory").groups("editor").expiresIn(3600).sign(generate().getPrivate());
    }

    public static String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
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
