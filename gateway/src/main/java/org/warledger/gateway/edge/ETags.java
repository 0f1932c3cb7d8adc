package org.warledger.gateway.edge;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Entity tags of GET answers (RFC 9110, section 8.8.3): the SHA-256 of the answer's bytes, and If-None-Match. */
final class ETags {

    private ETags() {
    }

    /** A strong entity tag of these bytes: the same answer has the same tag on every replica and after a restart. */
    static String of(ByteBuffer body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(body);
            byte[] digest = sha256.digest();
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether an If-None-Match header names this tag: {@code *}, or one of its comma-separated tags, compared weakly as
     * the RFC asks for If-None-Match ({@code W/} ignored). No header, or one that cannot be read, matches nothing.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
