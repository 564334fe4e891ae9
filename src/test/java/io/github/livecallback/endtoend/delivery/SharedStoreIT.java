package io.github.livecallback.endtoend.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.EmulatorProfile;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.github.livecallback.http.DeliveryHeaders;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.PackagedFunction;
import io.github.livecallback.testing.Payloads;
import io.github.livecallback.testing.TestRedis;

/**
 * Three instances of the packaged function (the jar, or the native executable with {@code -Dnative}) sharing one
 * real Redis, against the emulator with its gateway's limit of 10 requests per second on: the quota holds across
 * instances, a redelivered event is sent once whichever instance gets it, a late event does not undo a newer one,
 * and a Redis that goes away makes the function answer 503 until it is back, without a restart.
 */
class SharedStoreIT {

    private static final int INSTANCES = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(160);
    private static final HttpClient HTTP = HttpClient.newBuilder().executor(THREADS).build();

    private static LiveApiEmulator emulator;
    private static TestRedis redis;
    private static final List<PackagedFunction> functions = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts(), EmulatorProfile.VOLCENGINE);
        System.setProperty(EmulatorResource.URL_PROPERTY, emulator.endpoint().toString());
        redis = TestRedis.started();
        for (int i = 0; i < INSTANCES; i++) {
            functions.add(PackagedFunction.start(Map.of("VOLC_LIVE_ENDPOINT", emulator.endpoint().toString(),
                    "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(),
                    "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey(),
                    "QUARKUS_REDIS_HOSTS", redis.url(),
                    // Three functions, Redis, the emulator and this test share two cores: a command that waits for
                    // a core longer than the default second is not what these tests are about.
                    "LIVE_CALLBACK_STORE_COMMAND_TIMEOUT", "5s")));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (PackagedFunction function : functions) {
            function.close();
        }
        THREADS.shutdownNow();
        redis.close();
        emulator.close();
    }

    @BeforeEach
    void reset() {
        Emulator.reset();
    }

    @Test
    void oneQuotaHoldsAcrossInstances() {
        int changes = 60;
        long started = System.nanoTime();

        List<HttpResponse<String>> answers = all(changes, i -> post(i, "/updateCallback",
                Payloads.update("quota-" + i, "push", Payloads.CALLBACK_URL), Map.of()));

        double seconds = (System.nanoTime() - started) / 1e9;
        List<Map<String, Object>> journal = Emulator.journal();
        long refusedByGateway = journal.stream().filter(entry -> ((Number) entry.get("status")).intValue() == 429)
                .count();
        long applied = answers.stream().filter(answer -> answer.statusCode() == 200).count();
        double perSecond = (journal.size() - 1) / spanSeconds(journal);
        System.out.printf("[shared store] %d changes at once over %d instances, one Redis: %d applied, %d refused "
                + "by the gateway, %.1f requests/s upstream (quota 10/s), all answered in %.1f s%n", changes,
                INSTANCES, applied, refusedByGateway, perSecond, seconds);
        assertEquals(0, refusedByGateway, "requests over the account's quota");
        assertEquals(changes, applied, "not applied: " + answers.stream().filter(answer -> answer.statusCode() != 200)
                .map(answer -> answer.statusCode() + " " + code(answer)).distinct().toList());
        assertTrue(perSecond >= 9.0, "throughput " + perSecond + "/s is not within 10 % of the quota");
    }

    @Test
    void aRedeliveredEventIsSentOnceWhicheverInstanceGetsIt() {
        int events = 30;
        List<HttpResponse<String>> answers = all(events * 2, i -> post(i, "/",
                Payloads.update("redelivered-" + (i / 2), "push", Payloads.CALLBACK_URL),
                cloudEventHeaders("redelivered-" + (i / 2))));

        answers.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        assertEquals(events, Emulator.journal().size(), "one upstream request per event, not per delivery");
    }

    @Test
    void aLateEventDoesNotUndoANewerOneOnAnotherInstance() {
        int keys = 20;
        Instant newer = Instant.now();
        all(keys, i -> post(i, "/updateCallback", Payloads.update("order-" + i, "push", "https://fn.example.com/new"),
                Map.of(DeliveryHeaders.CHANGE_TIME, newer.toString())));

        List<HttpResponse<String>> late = all(keys, i -> post(i + 1, "/updateCallback",
                Payloads.update("order-" + i, "push", "https://fn.example.com/old"),
                Map.of(DeliveryHeaders.CHANGE_TIME, newer.minusSeconds(5).toString())));

        late.forEach(answer -> assertTrue(answer.body().contains("\"Skipped\":\"Stale\""), answer.body()));
        for (int i = 0; i < keys; i++) {
            assertEquals("https://fn.example.com/new", urlOf("order-" + i));
        }
    }

    @Test
    void aVhostDeletedOnOneInstanceStaysDeletedWhenAnOlderUpdateReachesAnother() {
        String vhost = "push.live.example.com";
        Instant deletedAt = Instant.now();
        String update = Payloads.update("late", "push", "https://fn.example.com/late").replace(Payloads.VHOST, vhost);
        post(0, "/updateCallback", update, Map.of(DeliveryHeaders.CHANGE_TIME, deletedAt.minusSeconds(60).toString()));
        HttpResponse<String> deleted = post(1, "/deleteCallback", "{\"Vhost\":\"" + vhost + "\"}",
                Map.of(DeliveryHeaders.CHANGE_TIME, deletedAt.toString()));

        HttpResponse<String> late = post(2, "/updateCallback", update,
                Map.of(DeliveryHeaders.CHANGE_TIME, deletedAt.minusSeconds(10).toString()));

        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(late.body().contains("\"Skipped\":\"Stale\""), late.body());
        assertEquals(1, Emulator.journal().stream().filter(entry -> "UpdateCallback".equals(entry.get("action")))
                .count(), "the late update was not sent");
    }

    @Test
    void withRedisGoneNothingIsSentAndEverythingLandsOnceItIsBack() {
        int before = 5;
        int held = 10;
        Instant madeAt = Instant.now();
        IntFunction<HttpResponse<String>> change = i -> post(i, "/updateCallback",
                Payloads.update("outage-" + i, "push", "https://fn.example.com/outage"),
                Map.of(DeliveryHeaders.CHANGE_TIME, madeAt.toString(), DeliveryHeaders.IDEMPOTENCY_KEY, "outage-" + i));

        List<HttpResponse<String>> applied = all(before, change);
        redis.stop();
        List<HttpResponse<String>> during;
        int sentDuring;
        try {
            during = all(held * 2, i -> change.apply(before + i % held));
            sentDuring = Emulator.journal().size() - before;
        } finally {
            redis.start();
        }
        List<HttpResponse<String>> redelivered = all(held, i -> change.apply(before + i));

        applied.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        during.forEach(answer -> assertEquals(503, answer.statusCode(), answer.body()));
        during.forEach(answer -> assertTrue(answer.headers().firstValue("Retry-After").isPresent()));
        assertEquals(0, sentDuring, "nothing is sent while the store is away");
        redelivered.forEach(answer -> assertEquals(200, answer.statusCode(), answer.body()));
        for (int i = 0; i < before + held; i++) {
            assertEquals("https://fn.example.com/outage", urlOf("outage-" + i));
        }
        System.out.printf("[shared store] Redis stopped: all %d changes answered 503 with Retry-After, none sent; "
                + "restarted: all %d redelivered changes applied, no function restarted%n", during.size(),
                redelivered.size());
    }

    private static HttpResponse<String> post(int instance, String path, String body, Map<String, String> headers) {
        URI uri = functions.get(instance % INSTANCES).uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<HttpResponse<String>> all(int count, IntFunction<HttpResponse<String>> call) {
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            calls.add(CompletableFuture.supplyAsync(() -> call.apply(index), THREADS));
        }
        return calls.stream().map(CompletableFuture::join).toList();
    }

    private static Map<String, String> cloudEventHeaders(String id) {
        return Map.of("ce-id", id, "ce-source", "/tests/shared-store", "ce-specversion", "1.0",
                "ce-type", "live.callback.update");
    }

    private static String urlOf(String app) {
        HttpResponse<String> described = post(0, "/describeCallback", Payloads.target(app, null), Map.of());
        try {
            JsonNode answer = MAPPER.readTree(described.body());
            return answer.at("/Result/CallbackList/0/CallbackDetailList/0/URL").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(described.body(), e);
        }
    }

    private static String code(HttpResponse<String> answer) {
        try {
            return MAPPER.readTree(answer.body()).at("/ResponseMetadata/Error/Message").asText();
        } catch (java.io.IOException e) {
            return answer.body();
        }
    }

    private static double spanSeconds(List<Map<String, Object>> journal) {
        long first = journal.stream().mapToLong(entry -> ((Number) entry.get("receivedAt")).longValue()).min()
                .orElse(0);
        long last = journal.stream().mapToLong(entry -> ((Number) entry.get("receivedAt")).longValue()).max()
                .orElse(0);
        return Math.max(0.001, (last - first) / 1000.0);
    }
}
