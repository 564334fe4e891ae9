package io.github.livecallback.endtoend.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.CircuitBreakers;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Health;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The upstream fails until the circuit breaker opens (as in CircuitBreakerTest): readiness is DOWN while it is open,
 * UP again once it half-opens by itself, and the breaker closes on the next successful calls.
 */
@QuarkusTest
@TestProfile(CircuitOpenHealthTest.SlowToHalfOpen.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class CircuitOpenHealthTest {

    /** Long enough that the readiness check right after the breaker opens is sure to find it open. */
    static final long BREAKER_DELAY_MILLIS = 3000;

    public static class SlowToHalfOpen implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return CircuitBreakers.openFor(BREAKER_DELAY_MILLIS);
        }
    }

    @Test
    void notReadyWhileTheCircuitIsOpenReadyOnceItHalfOpens() {
        assertEquals(200, Health.ready().statusCode());
        CircuitBreakers.open(CircuitOpenHealthTest::update);

        Response open = Health.ready();
        assertEquals(503, open.statusCode(), open.asString());
        assertEquals("DOWN", Health.check(open, "live-api-circuit").get("status"));
        assertEquals("open", Health.data(open, "live-api-circuit", "state"));
        String reason = (String) Health.data(open, "live-api-circuit", "reason");
        assertTrue(reason.contains("circuit breaker is open") && reason.contains(BREAKER_DELAY_MILLIS + " ms"), reason);
        assertEquals("UP", Health.check(open, "configuration").get("status"));

        Emulator.chaos(0, 0);
        Response halfOpen = Health.readyOnceIt(ready -> ready.statusCode() == 200,
                Duration.ofMillis(BREAKER_DELAY_MILLIS * 3));
        assertEquals(200, halfOpen.statusCode(), halfOpen.asString());
        assertEquals("half-open", Health.data(halfOpen, "live-api-circuit", "state"),
                "ready again without a call: traffic must come back for the trial calls");

        assertEquals(200, update().statusCode());
        assertEquals(200, update().statusCode());
        assertEquals("closed", Health.data(Health.ready(), "live-api-circuit", "state"));
    }

    private static Response update() {
        return Invoke.json().body(Payloads.update()).when().post("/updateCallback");
    }
}
