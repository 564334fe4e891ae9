package io.github.livecallback.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Outcomes in this instance's memory: duplicates are recognised only when they reach the same instance. */
public final class MemoryOutcomeStore implements OutcomeStore {

    /** Expired entries of keys never asked for again are swept this often, so a busy day does not pile up. */
    private static final long SWEEP_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    /**
     * Most outcomes kept: the oldest go first. A flood of distinct events (refusals cost no quota) must not grow a
     * 128 MB function without end; a duplicate of an evicted event is performed again, which every change, a full
     * replace or a delete, allows.
     */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long lastSweep = System.nanoTime();

    private record Entry(String payloadHash, String outcome, long expiresAt) {

        boolean completed() {
            return outcome != null;
        }
    }

    @Override
    public synchronized Claim claim(String idempotencyKey, String payloadHash, Duration inFlightLease) {
        long now = System.nanoTime();
        sweepExpired(now);
        Entry entry = liveEntry(idempotencyKey, now);
        if (entry == null) {
            entries.put(idempotencyKey, new Entry(payloadHash, null, now + inFlightLease.toNanos()));
            return new Claimed();
        }
        if (!entry.payloadHash().equals(payloadHash)) {
            return new Conflict();
        }
        return entry.completed() ? new Completed(entry.outcome()) : new InFlight();
    }

    @Override
    public synchronized void complete(String idempotencyKey, String payloadHash, String outcome, Duration retention) {
        long now = System.nanoTime();
        Entry entry = liveEntry(idempotencyKey, now);
        if (entry == null || entry.payloadHash().equals(payloadHash)) {
            entries.put(idempotencyKey, new Entry(payloadHash, outcome, now + retention.toNanos()));
        }
    }

    @Override
    public synchronized void abandon(String idempotencyKey, String payloadHash) {
        Entry entry = liveEntry(idempotencyKey, System.nanoTime());
        if (entry != null && !entry.completed() && entry.payloadHash().equals(payloadHash)) {
            entries.remove(idempotencyKey);
        }
    }

    private Entry liveEntry(String idempotencyKey, long now) {
        Entry entry = entries.get(idempotencyKey);
        if (entry != null && entry.expiresAt() - now <= 0) {
            entries.remove(idempotencyKey);
            return null;
        }
        return entry;
    }

    private void sweepExpired(long now) {
        if (now - lastSweep < SWEEP_INTERVAL_NANOS) {
            return;
        }
        lastSweep = now;
        entries.values().removeIf(entry -> entry.expiresAt() - now <= 0);
    }
}
