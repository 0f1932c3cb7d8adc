package org.warledger.platform.idempotency;

/** The answer given to the first request with a key, as it is replayed to a repeat of that request. */
public record StoredAnswer(byte[] fingerprint, int status, String location, String etag, String contentType,
        byte[] body) {
}
