package org.warledger.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * The local signing keys: made on first run, kept in .data/keys (never in the repository). The services and the gateway
 * verify tokens with the public key; the launcher signs local editor tokens with the private one. The keys folder is
 * 0700 and the private key 0600 from the moment they exist.
 */
final class Keys {

    /** What the apps require of every token ({@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences}). */
    static final String ISSUER = "warledger";
    static final String AUDIENCE = "warledger";
    private final Path folder;

    Keys(Path folder) {
        this.folder = folder;
    }

    Path publicKey() {
        return folder.resolve("public.pem");
    }

    Path privateKey() {
        return folder.resolve("private.pem");
    }

    /**
     * Makes the key pair if there is none yet; keys an earlier version left readable by others are narrowed to their
     * owner (the folder 0700, the private key 0600).
     */
    void ensure() {
        OwnerOnly.folder(folder);
        if (Files.exists(privateKey()) && Files.exists(publicKey())) {
            OwnerOnly.file(privateKey());
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            // The private key is written to a file created 0600 and then moved into place: it never exists with
            // wider permissions, nor half written.
            OwnerOnly.write(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An RS256 token with role editor for the audience warledger, for local use only. */
    String editorToken(Duration lifetime) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setAudience(AUDIENCE);
            claims.setSubject("local-editor");
            claims.setClaim("upn", "local-editor");
            claims.setStringListClaim("groups", "editor");
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(loadPrivateKey());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            jws.setHeader("typ", "JWT");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a token", e);
        }
    }

    private PrivateKey loadPrivateKey() {
        try {
            String body = Files.readString(privateKey()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new LauncherException("cannot read " + privateKey() + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new LauncherException(
                    privateKey() + " is not an RSA private key; delete .data/keys to make new keys");
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
