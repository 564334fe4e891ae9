package io.github.livecallback.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The time one call to the API may take, retries and waits included, whether it may be retried at all, the
 * earliest moment of its next attempt (after a Retry-After) and how its last attempt failed. Every wait checks the
 * deadline first, so that the invocation answers while the platform still listens.
 *
 * <p>Mutable because SmallRye's {@code @Retry} calls the sender again with the same arguments: what the attempts so
 * far learned (a Retry-After, the last failure) can only travel in one of them.
 */
public final class CallBudget {

    private final CallLimits limits;
    private final Instant deadline;
    private final boolean retries;
    private final UpstreamTally tally;
    private Instant notBefore;
    private UpstreamFailure.Retriable lastFailure;

    private CallBudget(CallLimits limits, boolean retries, UpstreamTally tally) {
        this.limits = limits;
        this.deadline = limits.deadline();
        this.retries = retries;
        this.tally = tally;
    }

    /** A call retried, when it fails retriably, until the deadline. */
    static CallBudget retried(CallLimits limits, UpstreamTally tally) {
        return new CallBudget(limits, true, tally);
    }

    /** A call of one attempt: its failure is the answer. */
    static CallBudget singleAttempt(CallLimits limits, UpstreamTally tally) {
        return new CallBudget(limits, false, tally);
    }

    /** Where this call's attempts and quota waits are counted, together with the change's other calls. */
    UpstreamTally tally() {
        return tally;
    }

    CallLimits limits() {
        return limits;
    }

    Instant deadline() {
        return deadline;
    }

    /** Records an attempt's failure, whose Retry-After, if any, the next attempt waits out. */
    UpstreamFailure.Retriable attemptFailed(UpstreamFailure.Retriable failure) {
        lastFailure = failure;
        failure.retryAfter().ifPresent(wait -> notBefore = Instant.now().plus(wait));
        return failure;
    }

    /** How the last attempt failed; empty before the first attempt. */
    Optional<UpstreamFailure.Retriable> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** Waits until a Retry-After has passed; {@code false} if that would be after the deadline. */
    boolean awaitRetryAfter() throws InterruptedException {
        return notBefore == null || sleepUntil(notBefore);
    }

    /** Whether another attempt may follow a failed one. */
    boolean retries() {
        return retries;
    }

    boolean expired() {
        return !Instant.now().isBefore(deadline);
    }

    private boolean sleepUntil(Instant moment) throws InterruptedException {
        if (moment.isAfter(deadline)) {
            return false;
        }
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
        return true;
    }
}
