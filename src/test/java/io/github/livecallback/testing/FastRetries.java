package io.github.livecallback.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The default retry policy with short delays and no circuit breaker, for tests that make many calls fail: each
 * retriable failure costs milliseconds instead of seconds, and a run of failures does not open the breaker for
 * the tests after it. Also proves that the policy is configurable.
 */
public class FastRetries implements QuarkusTestProfile {

    /** The first attempt and the default six retries. */
    public static final int ATTEMPTS = 7;
    public static final String ATTEMPTS_CONFIG = "quarkus.fault-tolerance.\"io.github.livecallback.client.UpstreamAttempts/send\".";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                ATTEMPTS_CONFIG + "retry.delay", "10",
                ATTEMPTS_CONFIG + "retry.jitter", "5",
                ATTEMPTS_CONFIG + "exponential-backoff.max-delay", "40",
                ATTEMPTS_CONFIG + "circuit-breaker.enabled", "false");
    }
}
