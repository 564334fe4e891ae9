package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.emulator.SignedApi.Answer;
import io.github.livecallback.signing.Credentials;

/**
 * The gateway's rate limit: 10 requests per second per account (Volcengine). The 11th accepted request within any
 * 1-second window of arrivals is refused with 429 AccountFlowLimitExceeded and Retry-After: 1; refused requests do
 * not count; the limit can be changed or lifted through the control API, and a reset restores it.
 */
class EmulatorRateLimitTest {

    private static final String DESCRIBE = "{\"Vhost\":\"push.example.com\"}";
    /** Between the first request of a burst and the others, so that a later window can hold all but the first. */
    private static final long GAP_MILLIS = 300;

    @RegisterExtension
    static final RunningEmulator EMULATOR = new RunningEmulator();

    /** Warms up the client and the server, so that a burst of requests fits well within a second. */
    @BeforeAll
    static void warmUp() {
        EMULATOR.emulator().requestsPerSecond(0);
        for (int i = 0; i < 50; i++) {
            EMULATOR.api().call("DescribeCallback", DESCRIBE);
        }
    }

    @Test
    void theEleventhRequestWithinASecondIsRefusedAndATwelfthAfterTheWindowIsAccepted() throws Exception {
        List<Answer> answers = new ArrayList<>();
        answers.add(EMULATOR.api().call("DescribeCallback", DESCRIBE));
        Thread.sleep(GAP_MILLIS);
        for (int i = 1; i < 11; i++) {
            answers.add(EMULATOR.api().call("DescribeCallback", DESCRIBE));
        }
        long firstArrival = arrivalsWithinOneSecond(11).get(0);

        for (int i = 0; i < 10; i++) {
            assertEquals(200, answers.get(i).status(), answers.get(i)::toString);
        }
        assertFlowLimitExceeded(answers.get(10), 10);
        JsonNode refused = journal().get(10);
        assertEquals("AccountFlowLimitExceeded", refused.path("outcome").asText());
        assertEquals(429, refused.path("status").asInt());
        assertEquals(EmulatorAccount.DEMO.accessKeyId(), refused.path("accessKeyId").asText());

        sleepUntil(firstArrival + 1_000 + GAP_MILLIS / 3);
        Answer twelfth = EMULATOR.api().call("DescribeCallback", DESCRIBE);

        // The first request has left its window; nine accepted requests remain in it, and the refused one does not
        // count.
        assertEquals(200, twelfth.status(), twelfth::toString);
    }

    @Test
    void elevenConcurrentRequestsMeetExactlyOneRefusal() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(11);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> futures = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return EMULATOR.api().call("DescribeCallback", DESCRIBE);
                }));
            }
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> future : futures) {
                answers.add(future.get());
            }
            arrivalsWithinOneSecond(11);

            assertEquals(10, answers.stream().filter(answer -> answer.status() == 200).count(), answers::toString);
            assertFlowLimitExceeded(answers.stream().filter(answer -> answer.status() != 200).findFirst()
                    .orElseThrow(), 10);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refusedRequestsDoNotCount() throws Exception {
        EMULATOR.api().call("DescribeCallback", DESCRIBE);
        Thread.sleep(GAP_MILLIS);
        for (int i = 1; i < 15; i++) {
            EMULATOR.api().call("DescribeCallback", DESCRIBE);
        }
        List<Long> arrivals = arrivalsWithinOneSecond(15);
        assertEquals(5, journal().findValues("outcome").stream()
                .filter(outcome -> outcome.asText().equals("AccountFlowLimitExceeded")).count());

        sleepUntil(arrivals.get(0) + 1_000 + GAP_MILLIS / 3);

        // In its window: nine accepted and five refused requests; the first accepted one has left it.
        Answer answer = EMULATOR.api().call("DescribeCallback", DESCRIBE);
        assertEquals(200, answer.status(), answer::toString);
    }

    @Test
    void eachAccountHasItsOwnLimit() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(200, EMULATOR.api().call("DescribeCallback", DESCRIBE).status());
        }
        EmulatorAccount sts = EmulatorAccount.STS;
        SignedApi other = new SignedApi(EMULATOR.emulator().endpoint(), "cn-north-1", "live",
                new Credentials(sts.accessKeyId(), sts.secretKey(), Optional.of(sts.sessionToken())));

        Answer answer = other.call("DescribeCallback", DESCRIBE);

        assertEquals(200, answer.status(), answer::toString);
        assertEquals(429, EMULATOR.api().call("DescribeCallback", DESCRIBE).status());
        arrivalsWithinOneSecond(12);
    }

    @Test
    void theControlApiLiftsAndChangesTheLimitUntilAReset() {
        assertEquals(10, limits().path("RequestsPerSecond").asInt());
        assertEquals("VOLCENGINE", limits().path("Profile").asText());

        assertEquals(204, SignedApi.control(EMULATOR.emulator(), "limits", "{\"RequestsPerSecond\":0}").status());
        assertEquals(0, limits().path("RequestsPerSecond").asInt());
        for (int i = 0; i < 30; i++) {
            Answer answer = EMULATOR.api().call("DescribeCallback", DESCRIBE);
            assertEquals(200, answer.status(), answer::toString);
        }

        assertEquals(204, SignedApi.control(EMULATOR.emulator(), "limits", "{\"RequestsPerSecond\":2}").status());
        assertEquals(200, EMULATOR.api().call("DescribeCallback", DESCRIBE).status());
        assertEquals(200, EMULATOR.api().call("DescribeCallback", DESCRIBE).status());
        assertFlowLimitExceeded(EMULATOR.api().call("DescribeCallback", DESCRIBE), 2);

        assertEquals(400, SignedApi.control(EMULATOR.emulator(), "limits", "{\"RequestsPerSecond\":-1}").status());
        assertEquals(400, SignedApi.control(EMULATOR.emulator(), "limits", "{\"RequestsPerSecond\":\"many\"}").status());
        assertEquals(2, EMULATOR.emulator().requestsPerSecond());

        assertEquals(204, SignedApi.control(EMULATOR.emulator(), "reset", "{}").status());
        assertEquals(10, EMULATOR.emulator().requestsPerSecond());
    }

    @Test
    void theJavaApiChangesTheLimitToo() {
        EMULATOR.emulator().requestsPerSecond(1);

        assertEquals(1, limits().path("RequestsPerSecond").asInt());
        assertEquals(200, EMULATOR.api().call("DescribeCallback", DESCRIBE).status());
        assertFlowLimitExceeded(EMULATOR.api().call("DescribeCallback", DESCRIBE), 1);
    }

    static void assertFlowLimitExceeded(Answer answer, int limit) {
        assertEquals(429, answer.status(), answer::toString);
        assertEquals("AccountFlowLimitExceeded", answer.code(), answer::toString);
        assertTrue(answer.message().contains("at most " + limit + " requests per second"), answer::toString);
        assertEquals(Optional.of("1"), answer.headers().firstValue("Retry-After"));
    }

    private static JsonNode limits() {
        Answer answer = SignedApi.control(EMULATOR.emulator(), "limits", null);
        assertEquals(200, answer.status(), answer::toString);
        return answer.json();
    }

    private static JsonNode journal() {
        return SignedApi.control(EMULATOR.emulator(), "journal", null).json();
    }

    /** The journal's arrival times, checked to be this many and to fit within one second: the test's premise. */
    private static List<Long> arrivalsWithinOneSecond(int expected) {
        List<Long> arrivals = new ArrayList<>();
        journal().forEach(entry -> arrivals.add(entry.path("receivedAt").asLong()));
        arrivals.sort(null);
        assertEquals(expected, arrivals.size());
        assertTrue(arrivals.get(arrivals.size() - 1) - arrivals.get(0) < 1000,
                "the requests did not arrive within one second: " + arrivals);
        return arrivals;
    }

    private static void sleepUntil(long epochMillis) throws InterruptedException {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
