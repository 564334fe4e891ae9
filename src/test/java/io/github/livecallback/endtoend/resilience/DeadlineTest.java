package io.github.livecallback.endtoend.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Concurrently;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FastRetries;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** An invocation answers within its deadline, with a retriable status for what it could not send in time. */
@QuarkusTest
@TestProfile(DeadlineTest.ShortDeadline.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class DeadlineTest {

    static final long DEADLINE_MILLIS = 2000;

    /** veFaaS's 5-second timeout less the 3-second margin: a 2-second deadline. */
    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return FastRetries.backoff(300, 100, 400, Map.of("live-callback.platform-timeout", "5",
                    FastRetries.ATTEMPTS_CONFIG + "circuit-breaker.enabled", "false"));
        }
    }

    @Test
    void retriesStopAtTheDeadline() {
        Emulator.chaos(1.0, 0);
        long started = System.nanoTime();

        Response answer = Invoke.json()
                .body(Payloads.update()).when().post("/updateCallback");

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("[deadline] persistent failure: answered %d %s after %d ms and %d upstream requests "
                + "(deadline %d ms)%n", answer.statusCode(), answer.path("ResponseMetadata.Error.Code"), millis,
                Emulator.journal().size(), DEADLINE_MILLIS);
        assertTrue(List.of(429, 502, 503, 504).contains(answer.statusCode()), "retriable: " + answer.statusCode());
        assertNotEquals("FunctionDeadlineExceeded", answer.path("ResponseMetadata.Error.Code"),
                "requests were sent: the answer is the last one's failure, not 'not sent'");
        assertTrue(millis < DEADLINE_MILLIS + 600, "answered in " + millis + " ms");
    }

    @Test
    void callsThatWouldWaitForTheQuotaPastTheDeadlineAreDeferred() {
        long started = System.nanoTime();
        List<HttpResponse<String>> answers = Concurrently.post("/describeCallback", 40,
                i -> Payloads.target("app" + i, null));
        long millis = (System.nanoTime() - started) / 1_000_000;

        long ok = answers.stream().filter(answer -> answer.statusCode() == 200).count();
        long deferred = answers.stream().filter(answer -> answer.statusCode() == 503
                && answer.body().contains("FunctionDeadlineExceeded")).count();
        // Sent close to the deadline on a busy machine, an answer may not be back in time: a truthful 504, not a 200.
        long unanswered = answers.stream().filter(answer -> answer.statusCode() == 504
                && answer.body().contains("InternalServiceTimeout")).count();
        System.out.printf("[deadline] 40 concurrent calls at 10/s with a %d ms deadline: %d sent, %d deferred with 503, "
                + "%d sent but not answered in time, all answered in %d ms%n", DEADLINE_MILLIS, ok, deferred,
                unanswered, millis);
        assertEquals(40, ok + deferred + unanswered);
        assertTrue(ok >= 15 && deferred >= 15, ok + " sent, " + deferred + " deferred");
        assertTrue(unanswered <= 3, unanswered + " sent but not answered in time");
        assertEquals(ok + unanswered, Emulator.journal().size());
        assertTrue(millis < DEADLINE_MILLIS + 1000, "answered in " + millis + " ms");
    }
}
