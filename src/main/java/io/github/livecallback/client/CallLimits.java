package io.github.livecallback.client;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * How long the caller of an invocation waits, and whether it still does: waits, retries and attempts in flight end at
 * the deadline or as soon as the caller has gone.
 *
 * @param deadline when the answer is due, counted from the request's arrival
 * @param callerGone completes when the caller disconnects (or the answer has been sent)
 */
public record CallLimits(Instant deadline, CompletionStage<Void> callerGone) {

    /** Limits for work that no connection waits for, such as a benchmark's direct call. */
    public static CallLimits until(Instant deadline) {
        return new CallLimits(deadline, new CompletableFuture<>());
    }
}
