package org.warledger.platform.rest;

import org.warledger.platform.failure.Refusal;

/** A request over a rate limit: answered 429 with {@code Retry-After}. */
public class TooManyRequests extends Refusal {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds, String detail) {
        super(Refusal.Reason.TOO_MANY_REQUESTS, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
