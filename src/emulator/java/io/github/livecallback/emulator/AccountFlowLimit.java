package io.github.livecallback.emulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway's rate limit per account (per access key id): a request is refused when it would be the
 * (limit + 1)th accepted request within any sliding 1-second window of arrival times. Refused requests do not
 * count. Arrival times come from the handler threads, which may reach this check out of order; the check looks at
 * every window that holds the new arrival, so the accepted requests never exceed the limit in any window, whatever
 * the order.
 */
final class AccountFlowLimit {

    static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** Arrivals this much older than the newest are forgotten; far beyond any handler's delay. */
    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final int defaultRequestsPerSecond;
    private int requestsPerSecond;
    /** Accepted arrivals (System.nanoTime) per access key id, sorted. */
    private final Map<String, List<Long>> accepted = new HashMap<>();

    AccountFlowLimit(int defaultRequestsPerSecond) {
        this.defaultRequestsPerSecond = defaultRequestsPerSecond;
        this.requestsPerSecond = defaultRequestsPerSecond;
    }

    /** @return whether the request may proceed; if so it counts from now on */
    synchronized boolean admit(String accessKeyId, long arrivalNanos) {
        if (requestsPerSecond <= 0) {
            return true;
        }
        List<Long> arrivals = accepted.computeIfAbsent(accessKeyId, key -> new ArrayList<>());
        if (!arrivals.isEmpty()) {
            long newest = Math.max(arrivalNanos, arrivals.get(arrivals.size() - 1));
            arrivals.removeIf(arrival -> newest - arrival > KEEP_NANOS);
        }
        int at = firstAbove(arrivals, arrivalNanos);
        // The busiest window [start, start + 1 s) holding this arrival starts at an accepted arrival within the
        // second before it, or at this arrival itself: try each.
        for (int i = firstAtLeast(arrivals, arrivalNanos - WINDOW_NANOS + 1); i <= at; i++) {
            long start = i < at ? arrivals.get(i) : arrivalNanos;
            int inWindow = firstAtLeast(arrivals, start + WINDOW_NANOS) - firstAtLeast(arrivals, start);
            if (inWindow + 1 > requestsPerSecond) {
                return false;
            }
        }
        arrivals.add(at, arrivalNanos);
        return true;
    }

    synchronized int requestsPerSecond() {
        return requestsPerSecond;
    }

    /** @param limit most accepted requests per account in any second; 0 turns the limit off */
    synchronized void requestsPerSecond(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("RequestsPerSecond must be 0 (off) or more, not " + limit);
        }
        requestsPerSecond = limit;
    }

    /** Back to the profile's limit, with no arrivals remembered. */
    synchronized void reset() {
        requestsPerSecond = defaultRequestsPerSecond;
        accepted.clear();
    }

    /** The index of the first element greater than {@code value}. */
    private static int firstAbove(List<Long> sorted, long value) {
        return firstAtLeast(sorted, value + 1);
    }

    /** The index of the first element not less than {@code value}. */
    private static int firstAtLeast(List<Long> sorted, long value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted.get(middle) < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
