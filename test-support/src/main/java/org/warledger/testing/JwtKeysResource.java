package org.warledger.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the application under test the public key of {@link Tokens}, through the standard MicroProfile JWT settings.
 */
public class JwtKeysResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path key = Files.createTempFile("warledger-test-jwt", ".pem");
            key.toFile().deleteOnExit();
            Files.writeString(key, Tokens.publicKeyPem());
            return Map.of("mp.jwt.verify.publickey.location", key.toUri().toString(), "mp.jwt.verify.issuer",
                    Tokens.ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The key file is removed when the JVM exits.
    }
}
