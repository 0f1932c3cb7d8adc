package org.warledger.gateway.client;

/**
 * The fault-tolerance settings the service clients share, as annotation values (each can be overridden per method
 * through MicroProfile Fault Tolerance config).
 */
final class FaultTolerance {

    /** A read answers within 2 s, or the field fails naming the service. */
    static final long READ_TIMEOUT = 2000;
    /** A write gets longer: it commits, and a slow commit is still a commit. */
    static final long WRITE_TIMEOUT = 10000;
    /** A read's breaker opens when half of the last 20 calls failed, and lets a call through again after 5 s. */
    static final int VOLUME = 20;
    static final double RATIO = 0.5;
    static final long DELAY = 5000;
    /** Calls in flight per method. */
    static final int CONCURRENT = 64;

    private FaultTolerance() {
    }
}
