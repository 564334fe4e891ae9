package io.github.livecallback.endtoend.resilience;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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

/**
 * Fault injection: transient upstream failures are retried until every change is applied; what a retry cannot
 * fix is sent once; a Retry-After is waited out. Prints its figures.
 */
@QuarkusTest
@TestProfile(TransientFailureTest.QuickRetriesAndQuota.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class TransientFailureTest {

    /**
     * Short backoff and a quota of 100 per second, so that hundreds of changes take seconds, not minutes; and twelve
     * retries: at a 30 % failure rate the default six leave one change in 4,600 failed after all seven attempts,
     * which across 300 changes failed one run in 15. Twelve leave one in six million.
     */
    public static class QuickRetriesAndQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return FastRetries.backoff(20, 10, 200, Map.of("volc.live.quota.requests", "100",
                    FastRetries.ATTEMPTS_CONFIG + "retry.max-retries", "12"));
        }
    }

    private static final int CHANGES = 300;

    @BeforeEach
    void fasterQuota() {
        Emulator.requestsPerSecond(100); // the quota this profile gives the function
    }

    @Test
    void everyChangeIsAppliedDespiteThirtyPercentTransientFailures() {
        Emulator.chaos(0.25, 0.05);
        long started = System.nanoTime();

        List<HttpResponse<String>> answers = Concurrently.post("/updateCallback", CHANGES,
                i -> Payloads.update("app" + i, "push", "https://fn.example.com/cb/" + i));

        long millis = (System.nanoTime() - started) / 1_000_000;
        List<Map<String, Object>> journal = Emulator.journal();
        long failed = journal.stream().filter(entry -> !"OK".equals(entry.get("outcome"))).count();
        long resets = journal.stream().filter(entry -> "RESET".equals(entry.get("outcome"))).count();
        System.out.printf("[transient faults] changes=%d answered200=%d upstreamRequests=%d injectedFailures=%d "
                + "(resets=%d, %.1f%%) retries=%d durationMs=%d%n", CHANGES,
                answers.stream().filter(answer -> answer.statusCode() == 200).count(), journal.size(), failed, resets,
                100.0 * failed / journal.size(), journal.size() - CHANGES, millis);

        assertTrue(answers.stream().allMatch(answer -> answer.statusCode() == 200),
                () -> answers.stream().filter(a -> a.statusCode() != 200).findFirst().map(HttpResponse::body).orElse(""));
        assertTrue(failed > CHANGES / 5, "the faults were injected: " + failed);
        Emulator.chaos(0, 0);
        Invoke.post("/describeCallback", Payloads.target(null, "push"))
                .statusCode(200)
                .body("Result.CallbackList", hasSize(CHANGES));
    }

    @Test
    void aNonRetriableErrorCausesExactlyOneUpstreamCall() {
        Emulator.fail(10, 403, "RequestForbidden");

        Invoke.post("/updateCallback", Payloads.update()).statusCode(403);

        System.out.printf("[non-retriable] 403 RequestForbidden -> upstreamRequests=%d%n", Emulator.journal().size());
        assertEquals(1, Emulator.journal().size());
    }

    @Test
    void aRetryAfterIsWaitedOut() {
        Emulator.throttle(1, 1);

        Invoke.post("/updateCallback", Payloads.update())
                .statusCode(200)
                .body("ResponseMetadata.Error", equalTo(null));

        List<Map<String, Object>> journal = Emulator.journal();
        long gap = ((Number) journal.get(1).get("receivedAt")).longValue()
                - ((Number) journal.get(0).get("receivedAt")).longValue();
        System.out.printf("[retry-after] 429 with Retry-After: 1 -> next attempt after %d ms%n", gap);
        assertTrue(gap >= 1000, "waited " + gap + " ms");
        assertTrue(!journal.get(0).get("xDate").equals(journal.get(1).get("xDate")), "each attempt is signed anew");
    }
}
