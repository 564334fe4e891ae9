package io.github.livecallback.store;

import java.time.Duration;

/**
 * The final outcomes of events by idempotency key, so that an event delivered again is answered with what it got the
 * first time and no second call. The payload hash tells a true duplicate from a different change that reuses a key.
 * Every method may throw {@link StoreUnavailable}.
 */
public interface OutcomeStore {

    /**
     * Claims the key for this payload. A claim that is neither {@linkplain #complete completed} nor
     * {@linkplain #abandon abandoned} within {@code inFlightLease} lapses, so that a crashed instance does not block
     * the key's redelivery for longer.
     */
    Claim claim(String idempotencyKey, String payloadHash, Duration inFlightLease);

    /**
     * Stores the final outcome of a claimed key for {@code retention}. Left alone when the key was meanwhile claimed
     * for a different payload (this claim's lease had lapsed).
     */
    void complete(String idempotencyKey, String payloadHash, String outcome, Duration retention);

    /**
     * Gives an in-flight claim up without an outcome (the answer was not final, e.g. 429 or 5xx), so that a
     * redelivery is sent again. A completed key is left alone.
     */
    void abandon(String idempotencyKey, String payloadHash);

    /** What a claim found. */
    sealed interface Claim {
    }

    /** Nobody had the key: the caller owns it and must complete or abandon it. */
    record Claimed() implements Claim {
    }

    /** The same payload was already answered finally; {@code storedOutcome} is what {@link #complete} stored. */
    record Completed(String storedOutcome) implements Claim {
    }

    /** The key belongs to a different payload, in flight or completed. */
    record Conflict() implements Claim {
    }

    /** The same payload is still being sent by its first delivery. */
    record InFlight() implements Claim {
    }
}
