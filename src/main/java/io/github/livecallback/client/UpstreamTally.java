package io.github.livecallback.client;

import java.time.Duration;

/**
 * What one change cost upstream: how many requests were sent for it, and how long they waited for a place in the
 * account's quota. Kept by the change's executor across its calls (a delete that is verified makes two) and written
 * into its log line.
 *
 * <p>One change is performed on one thread at a time; the tally is not shared between changes.
 */
public final class UpstreamTally {

    private int attempts;
    private Duration quotaWait = Duration.ZERO;

    /** Requests sent, retries included. */
    public int attempts() {
        return attempts;
    }

    /** Time spent waiting for a place in the account's quota, over every attempt. */
    public Duration quotaWait() {
        return quotaWait;
    }

    int attemptSent() {
        return ++attempts;
    }

    void waitedForQuota(Duration wait) {
        quotaWait = quotaWait.plus(wait);
    }
}
