package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Change times and scope locks in this instance's memory: order is kept among the events this instance sees. */
public final class MemoryChangeOrder implements ChangeOrder {

    private final long retentionNanos;
    private final Map<String, Map<ChangeKey, Recorded>> recordedByScope = new HashMap<>();
    private final Map<String, Holder> holders = new HashMap<>();

    private record Recorded(Instant time, long expiresAt) {
    }

    private record Holder(Object owner, long expiresAt) {
    }

    public MemoryChangeOrder(Duration retention) {
        this.retentionNanos = retention.toNanos();
    }

    @Override
    public synchronized Optional<ScopeLock> lock(String scope, Instant deadline) throws InterruptedException {
        Object owner = new Object();
        while (true) {
            long now = System.nanoTime();
            Holder holder = holders.get(scope);
            long untilDeadline = Duration.between(Instant.now(), deadline).toNanos();
            if (holder == null || holder.expiresAt() - now <= 0) {
                long lease = Math.max(0, untilDeadline) + LEASE_MARGIN.toNanos();
                holders.put(scope, new Holder(owner, now + lease));
                return Optional.of(() -> unlock(scope, owner));
            }
            if (untilDeadline <= 0) {
                return Optional.empty();
            }
            long waitNanos = Math.max(1, Math.min(holder.expiresAt() - now, untilDeadline));
            wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
    }

    private synchronized void unlock(String scope, Object owner) {
        Holder holder = holders.get(scope);
        if (holder != null && holder.owner() == owner) {
            holders.remove(scope);
            notifyAll();
        }
    }

    @Override
    public synchronized Optional<Instant> newerChange(ChangeKey key, Instant time) {
        Map<ChangeKey, Recorded> recorded = liveRecords(key.scope());
        Instant asStored = time.truncatedTo(ChronoUnit.MICROS);
        if (recorded.isEmpty()) {
            // Asking about a scope must not make this instance remember it.
            recordedByScope.remove(key.scope());
        }
        return recorded.entrySet().stream()
                .filter(entry -> entry.getKey().overlaps(key))
                .map(entry -> entry.getValue().time())
                .filter(recordedTime -> recordedTime.isAfter(asStored))
                .max(Instant::compareTo);
    }

    @Override
    public synchronized void record(ChangeKey key, Instant time) {
        Map<ChangeKey, Recorded> recorded = liveRecords(key.scope());
        Instant asStored = time.truncatedTo(ChronoUnit.MICROS);
        Recorded previous = recorded.get(key);
        Instant newest = previous != null && previous.time().isAfter(asStored) ? previous.time() : asStored;
        recorded.put(key, new Recorded(newest, System.nanoTime() + retentionNanos));
    }

    private Map<ChangeKey, Recorded> liveRecords(String scope) {
        long now = System.nanoTime();
        Map<ChangeKey, Recorded> recorded = recordedByScope.computeIfAbsent(scope, s -> new HashMap<>());
        recorded.values().removeIf(entry -> entry.expiresAt() - now <= 0);
        return recorded;
    }
}
