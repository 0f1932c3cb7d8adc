package org.warledger.platform.idempotency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.warledger.platform.failure.Refusal;
import org.warledger.platform.failure.Violation;

/**
 * The value of an {@code Idempotency-Key} header, and the digests that identify a keyed request: its scope (who sent
 * the key for which method and path) and its fingerprint (what was sent).
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 200;
    private static final String RULE = "must be 1 to " + MAX_LENGTH + " printable ASCII characters";

    private IdempotencyKey() {
    }

    /** The key the request sent, or a 400 refusal that names the header. */
    public static String parse(List<String> values) {
        if (values.size() != 1) {
            throw refused("must be sent once; this request sends it " + values.size() + " times");
        }
        String key = values.get(0);
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw refused(RULE + "; this one has " + (key == null ? 0 : key.length()));
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw refused(RULE + "; character " + (i + 1) + " is not");
            }
        }
        return key;
    }

    private static Refusal refused(String message) {
        return new Refusal(Refusal.Reason.INVALID, HEADER + ": " + message,
                List.of(new Violation(HEADER, "header", message)));
    }

    /** One key of one caller for one method and path: the row's identity. */
    public static byte[] scope(String caller, String method, String path, String key) {
        MessageDigest digest = sha256();
        for (String part : new String[] { caller, method, path, key }) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return digest.digest();
    }

    /** What the request asks for: its query and body, so that a key reused for another request is told apart. */
    public static byte[] fingerprint(String rawQuery, byte[] body) {
        MessageDigest digest = sha256();
        byte[] query = (rawQuery == null ? "" : rawQuery).getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(query.length).array());
        digest.update(query);
        digest.update(body);
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
