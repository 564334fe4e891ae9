package io.github.livecallback.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time of the newest change applied to each configuration key, so that an event delivered late does not undo a
 * newer one. Check and record under the scope's {@linkplain #lock lock}, so that two instances cannot both find
 * themselves newest. Times are kept to the microsecond. Every method may throw {@link StoreUnavailable}.
 */
public interface ChangeOrder {

    /** Added to a lock's lease beyond its deadline, for the release to arrive after a request that just made it. */
    Duration LEASE_MARGIN = Duration.ofSeconds(1);

    /**
     * Waits until no other change of the scope is under way, at most until the deadline.
     *
     * @return the lock, to be closed once the change is recorded or given up; empty when the deadline passed first
     */
    Optional<ScopeLock> lock(String scope, Instant deadline) throws InterruptedException;

    /** The newest recorded time of a key that overlaps {@code key}, if it is strictly after {@code time}. */
    Optional<Instant> newerChange(ChangeKey key, Instant time);

    /** Remembers that a change of {@code key} made at {@code time} was applied, unless a newer one of it was. */
    void record(ChangeKey key, Instant time);
}
