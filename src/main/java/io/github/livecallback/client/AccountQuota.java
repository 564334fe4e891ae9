package io.github.livecallback.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.livecallback.config.VolcConfig;

/**
 * The account's quota: Volcengine allows 10 requests per second per account (BytePlus 1), for every action, as
 * its gateway counts them on arrival. A request holds its place in the window from the moment it may be sent until one window
 * after its answer came back; a new request goes out only while fewer than the limit hold a place. The (N+1)th
 * request therefore leaves at least one window after the first one's answer, so it cannot arrive within the same
 * window as the first, however long either spent in queues, connection pools or the network on the way.
 *
 * <p>Why not SmallRye's {@code @RateLimit}: it refuses excess calls instead of queueing them, its rolling window
 * counts every refusal (so callers that wait and ask again keep it full), and it spaces the moments permits are
 * granted, not the moments requests arrive: a burst held back in the client arrived together and broke the quota.
 */
@ApplicationScoped
public class AccountQuota {

    /** Clocks that count whole milliseconds must still see a full window between requests. */
    private static final long CLOCK_MARGIN_NANOS = Duration.ofMillis(10).toNanos();

    private final int limit;
    private final long windowNanos;
    private final Deque<Long> answeredAt = new ArrayDeque<>();
    private int inFlight;

    public AccountQuota(VolcConfig config) {
        this.limit = config.live().quotaRequests();
        this.windowNanos = config.live().quota().window().toNanos() + CLOCK_MARGIN_NANOS;
    }

    /**
     * Waits for a place in the window, at most until the deadline.
     *
     * @return whether the request may be sent; if so, {@link #release()} must follow once it is answered or failed
     */
    public synchronized boolean acquire(Instant deadline) throws InterruptedException {
        while (true) {
            long now = System.nanoTime();
            while (!answeredAt.isEmpty() && answeredAt.peekFirst() <= now - windowNanos) {
                answeredAt.pollFirst();
            }
            if (answeredAt.size() + inFlight < limit) {
                inFlight++;
                return true;
            }
            long untilDeadline = Duration.between(Instant.now(), deadline).toNanos();
            if (untilDeadline <= 0) {
                return false;
            }
            long untilRoom = answeredAt.isEmpty() ? untilDeadline : answeredAt.peekFirst() + windowNanos - now;
            long waitNanos = Math.max(1, Math.min(untilRoom, untilDeadline));
            wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    public synchronized void release() {
        inFlight--;
        answeredAt.addLast(System.nanoTime());
        notifyAll();
    }
}
