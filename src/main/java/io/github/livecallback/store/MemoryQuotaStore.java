package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The quota in this instance's memory: right for one instance, and lost on restart. */
public final class MemoryQuotaStore implements QuotaStore {

    private final Map<String, List<HeldPlace>> placesByAccount = new HashMap<>();

    @Override
    public synchronized Optional<QuotaPlace> acquire(String accessKeyId, int limit, Duration window, Instant deadline)
            throws InterruptedException {
        long windowNanos = window.plus(CLOCK_MARGIN).toNanos();
        while (true) {
            long now = System.nanoTime();
            List<HeldPlace> places = placesByAccount.computeIfAbsent(accessKeyId, account -> new ArrayList<>());
            places.removeIf(place -> place.expiresAt - now <= 0);
            long untilDeadline = Duration.between(Instant.now(), deadline).toNanos();
            if (places.size() < limit) {
                HeldPlace place = new HeldPlace(now + Math.max(0, untilDeadline) + windowNanos, windowNanos);
                places.add(place);
                return Optional.of(place);
            }
            if (untilDeadline <= 0) {
                return Optional.empty();
            }
            long untilRoom = places.stream().mapToLong(place -> place.expiresAt - now).min().orElse(untilDeadline);
            long waitNanos = Math.max(1, Math.min(untilRoom, untilDeadline));
            wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    private final class HeldPlace implements QuotaPlace {

        /** In flight: one window after the deadline, in case the answer is never reported; then one after it. */
        private long expiresAt;
        private final long windowNanos;
        private boolean released;

        private HeldPlace(long expiresAt, long windowNanos) {
            this.expiresAt = expiresAt;
            this.windowNanos = windowNanos;
        }

        @Override
        public void release() {
            synchronized (MemoryQuotaStore.this) {
                if (released) {
                    return;
                }
                released = true;
                expiresAt = System.nanoTime() + windowNanos;
                // A waiter sleeps until the earliest expiry it saw, which may be this place's in-flight one.
                MemoryQuotaStore.this.notifyAll();
            }
        }
    }
}
