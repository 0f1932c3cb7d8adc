package org.warledger.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;

/** Verifies a launcher token as the apps do: signature with the public key, issuer, audience, iat and expiry. */
final class Tokens {

    private Tokens() {
    }

    static JwtClaims verify(String token, Path publicKey, String audience) throws InvalidJwtException {
        return new JwtConsumerBuilder().setVerificationKey(read(publicKey)).setExpectedIssuer("warledger")
                .setExpectedAudience(audience).setRequireIssuedAt().setRequireExpirationTime().setRequireSubject()
                .build().processToClaims(token);
    }

    private static PublicKey read(Path pem) {
        try {
            String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new AssertionError("cannot read the public key " + pem, e);
        }
    }
}
