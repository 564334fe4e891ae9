package io.github.livecallback.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.faulttolerance.Retry;

import io.github.livecallback.client.UpstreamAttempts;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The default retry policy with short delays and no circuit breaker, for tests that make many calls fail: each
 * retriable failure costs milliseconds instead of seconds, and a run of failures does not open the breaker for
 * the tests after it. Also proves that the policy is configurable.
 */
public class FastRetries implements QuarkusTestProfile {

    /** The first attempt and the default six retries. */
    public static final int ATTEMPTS = 7;
    /**
     * The prefix of the retry policy's settings: {@code quarkus.fault-tolerance."<class>/<method>".}, read from the
     * main class's method that carries {@code @Retry}, so that renaming either keeps this right.
     */
    public static final String ATTEMPTS_CONFIG = "quarkus.fault-tolerance.\"" + UpstreamAttempts.class.getName() + "/"
            + retriedMethod().getName() + "\".";

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

    private static Method retriedMethod() {
        Method[] retried = Arrays.stream(UpstreamAttempts.class.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Retry.class)).toArray(Method[]::new);
        if (retried.length != 1) {
            throw new IllegalStateException("expected one @Retry method in " + UpstreamAttempts.class.getName()
                    + ", found " + Arrays.toString(retried));
        }
        return retried[0];
    }
}
