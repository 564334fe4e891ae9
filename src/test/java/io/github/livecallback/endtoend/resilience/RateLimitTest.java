package io.github.livecallback.endtoend.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Concurrently;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A burst of invocations stays within the account's quota of 10 requests per second, as the emulator sees it. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class RateLimitTest {

    private static final int BURST = 40;

    @Test
    void aBurstOfFortyNeverExceedsTenRequestsInAnySecond() {
        long started = System.nanoTime();

        List<HttpResponse<String>> answers = Concurrently.post("/updateCallback", BURST,
                i -> Payloads.update("burst" + i, "push", "https://fn.example.com/cb"));

        long millis = (System.nanoTime() - started) / 1_000_000;
        int most = Emulator.mostRequestsInAnyWindow(Duration.ofSeconds(1));
        System.out.printf("[rate limit] %d concurrent invocations: %d answered 200 in %d ms (%.1f/s); at most %d "
                + "upstream requests in any 1-second window%n", BURST,
                answers.stream().filter(answer -> answer.statusCode() == 200).count(), millis,
                BURST * 1000.0 / millis, most);
        assertTrue(answers.stream().allMatch(answer -> answer.statusCode() == 200), "every change waited its turn");
        assertEquals(BURST, Emulator.journal().size());
        assertTrue(most <= 10, "at most 10 in a second, saw " + most);
    }
}
