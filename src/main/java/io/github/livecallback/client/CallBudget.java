package io.github.livecallback.client;

import java.time.Duration;
import java.time.Instant;

/**
 * The time one call to the API may take, retries and waits included, and the earliest moment of its next attempt
 * (after a Retry-After). Every wait checks the deadline first, so that the invocation answers while the platform
 * still listens.
 */
public final class CallBudget {

    private final Instant deadline;
    private Instant notBefore;

    public CallBudget(Instant deadline) {
        this.deadline = deadline;
    }

    public Instant deadline() {
        return deadline;
    }

    /** The next attempt must not start before now plus this wait. */
    void delayNextAttempt(Duration wait) {
        notBefore = Instant.now().plus(wait);
    }

    /** Waits until a Retry-After has passed; {@code false} if that would be after the deadline. */
    boolean awaitRetryAfter() throws InterruptedException {
        return notBefore == null || sleepUntil(notBefore);
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
