package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The account's quota, counted where every instance of the function sees it. A request holds its place in the window
 * from the moment it may be sent until one window after its answer came back; at most {@code limit} places are held
 * at once, so the (N+1)th request leaves at least one window after the first one's answer and cannot reach the
 * gateway within the same window. Places are counted per access key id: two functions signing with one account
 * share its quota, two accounts do not.
 *
 * <p>A place whose request never reports back (its instance crashed) frees itself one window after the deadline it
 * was acquired with.
 */
public interface QuotaStore {

    /** Clocks that count whole milliseconds must still see a full window between requests. */
    Duration CLOCK_MARGIN = Duration.ofMillis(10);

    /**
     * Waits for a place in the window, at most until the deadline.
     *
     * @return the place, which must be {@linkplain QuotaPlace#release() released} once the request is answered or
     *         failed; empty when no place came free before the deadline
     * @throws StoreUnavailable when the shared store cannot be asked
     */
    Optional<QuotaPlace> acquire(String accessKeyId, int limit, Duration window, Instant deadline)
            throws InterruptedException;
}
