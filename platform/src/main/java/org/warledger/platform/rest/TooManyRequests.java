package org.warledger.platform.rest;

/** A request over a rate limit: answered 429 with {@code Retry-After}. */
public class TooManyRequests extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRequests(long retryAfterSeconds, String detail) {
        super(429, detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
