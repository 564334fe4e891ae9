package io.github.livecallback.testing;

import java.util.HashMap;
import java.util.Map;

import io.github.livecallback.client.RetryingSender;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The default retry policy with short delays and no circuit breaker, for tests that make many calls fail: each
 * retriable failure costs milliseconds instead of seconds, and a run of failures does not open the breaker for
 * the tests after it. Also proves that the policy is configurable.
 */
public class FastRetries implements QuarkusTestProfile {

    /** The first attempt and the default six retries. */
    public static final int ATTEMPTS = 7;
    public static final String ATTEMPTS_CONFIG = RetryingSender.CONFIG;

    @Override
    public Map<String, String> getConfigOverrides() {
        return backoff(10, 5, 40, Map.of(ATTEMPTS_CONFIG + "circuit-breaker.enabled", "false"));
    }

    /** {@link #backoff(int, int, int)} and other settings: what a test profile of its own gives. */
    public static Map<String, String> backoff(int delay, int jitter, int maxDelay, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(backoff(delay, jitter, maxDelay));
        overrides.putAll(more);
        return overrides;
    }

    /** The retry policy's first delay, its jitter and the backoff's cap, in milliseconds. */
    public static Map<String, String> backoff(int delay, int jitter, int maxDelay) {
        return Map.of(
                ATTEMPTS_CONFIG + "retry.delay", String.valueOf(delay),
                ATTEMPTS_CONFIG + "retry.jitter", String.valueOf(jitter),
                ATTEMPTS_CONFIG + "exponential-backoff.max-delay", String.valueOf(maxDelay));
    }
}
