package io.github.livecallback.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.function.Supplier;

import io.restassured.response.Response;

/** Opening the Live API's circuit breaker in an end-to-end test: quick retries, then an upstream that always fails. */
public final class CircuitBreakers {

    public static final String CIRCUIT_OPEN = "UpstreamCircuitOpen";
    private static final int MOST_INVOCATIONS = 20;

    private CircuitBreakers() {
    }

    /** The configuration of a test profile: fast retries, and a breaker that half-opens {@code delayMillis} after it opened. */
    public static Map<String, String> openFor(long delayMillis) {
        return FastRetries.backoff(10, 5, 40,
                Map.of(FastRetries.ATTEMPTS_CONFIG + "circuit-breaker.delay", String.valueOf(delayMillis)));
    }

    /** How the breaker was opened: the invocations it took, and the one answered {@value #CIRCUIT_OPEN}. */
    public record Opened(int invocations, Response answer) {
    }

    /**
     * Makes every upstream request fail ({@link Emulator#chaos}) and invokes until an answer says the circuit is open;
     * fails the test if {@value #MOST_INVOCATIONS} invocations do not open it. The upstream keeps failing until the test
     * calms it.
     */
    public static Opened open(Supplier<Response> invocation) {
        Emulator.chaos(1.0, 0);
        int invocations = 0;
        Response answer;
        do {
            answer = invocation.get();
            invocations++;
        } while (!CIRCUIT_OPEN.equals(answer.path("ResponseMetadata.Error.Code")) && invocations < MOST_INVOCATIONS);
        assertEquals(CIRCUIT_OPEN, answer.path("ResponseMetadata.Error.Code"), answer.asString());
        return new Opened(invocations, answer);
    }
}
