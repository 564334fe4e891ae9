package io.github.livecallback.endtoend.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.CircuitBreakers;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Sustained upstream failure opens the breaker, which then answers at once, and closes again by itself. */
@QuarkusTest
@TestProfile(CircuitBreakerTest.QuickBreaker.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class CircuitBreakerTest {

    /** Long enough that five invocations right after the breaker opens find it open, even on a busy machine. */
    static final long BREAKER_DELAY_MILLIS = 3000;

    public static class QuickBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return CircuitBreakers.openFor(BREAKER_DELAY_MILLIS);
        }
    }

    @Test
    void opensOnSustainedFailureAnswersFastAndRecovers() throws InterruptedException {
        CircuitBreakers.Opened opened = CircuitBreakers.open(CircuitBreakerTest::update);
        int invocations = opened.invocations();
        Response answer = opened.answer();
        int upstreamWhenOpened = Emulator.journal().size();
        assertEquals(503, answer.statusCode());
        assertEquals(String.valueOf(BREAKER_DELAY_MILLIS / 1000), answer.header("Retry-After"),
                "come back when the breaker tries again");

        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Response fast = update();
            assertEquals(503, fast.statusCode());
            assertEquals("UpstreamCircuitOpen", fast.path("ResponseMetadata.Error.Code"));
        }
        long openMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(upstreamWhenOpened, Emulator.journal().size(), "an open breaker sends nothing");

        Emulator.chaos(0, 0);
        Thread.sleep(BREAKER_DELAY_MILLIS + 200);
        long recovering = System.nanoTime();
        assertEquals(200, update().statusCode());
        assertEquals(200, update().statusCode());
        System.out.printf("[circuit breaker] opened after %d invocations / %d upstream requests at 100%% failure; "
                + "5 invocations while open took %d ms with 0 upstream requests; closed again %d ms after the "
                + "upstream recovered (delay %d ms)%n", invocations, upstreamWhenOpened, openMillis,
                BREAKER_DELAY_MILLIS + 200 + (System.nanoTime() - recovering) / 1_000_000, BREAKER_DELAY_MILLIS);
        assertTrue(openMillis < 1000, "answers fast while open: " + openMillis + " ms");
    }

    private static Response update() {
        return Invoke.json().body(Payloads.update())
                .when().post("/updateCallback");
    }
}
