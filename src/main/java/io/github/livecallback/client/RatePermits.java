package io.github.livecallback.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.faulttolerance.api.RateLimit;
import io.smallrye.faulttolerance.api.RateLimitType;

/**
 * The account's quota: Volcengine allows 10 requests per second per account, for every action. One permit every
 * 110 ms keeps every one-second span, not only aligned ones, at 10 requests or fewer, with room for network
 * jitter. For a quota of N per second set
 * {@code quarkus.fault-tolerance."io.github.livecallback.client.RatePermits/acquire".rate-limit.window} to
 * 1100/N ms.
 *
 * <p>A smooth window, because it is the one that does not count refused calls: {@link UpstreamAttempts} waits and
 * asks again, and a window that counted each refusal would stay full for as long as callers wait.
 */
@ApplicationScoped
public class RatePermits {

    /** @throws io.smallrye.faulttolerance.api.RateLimitException when the window is full, saying how long to wait */
    @RateLimit(value = 1, window = 110, windowUnit = ChronoUnit.MILLIS, type = RateLimitType.SMOOTH)
    public void acquire() {
        // The permit is the point: the call itself does nothing.
    }
}
