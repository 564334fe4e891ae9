package io.github.livecallback.endtoend.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.HostileUpstream;
import io.github.livecallback.testing.HostileUpstream.Behaviour;
import io.github.livecallback.testing.PackagedFunction;
import io.github.livecallback.testing.Payloads;
import io.restassured.path.json.JsonPath;

/**
 * The packaged function (jar, or native with {@code -Dnative}) against an upstream that hangs, drips, floods,
 * answers garbage, an endless Retry-After or a redirect, with veFaaS's {@code _FAAS_FUNC_TIMEOUT=6} and a quota of
 * one request per second: every invocation is answered within 6 s of being sent, never with a 500, and a caller
 * who disconnects frees its quota place at once. Prints the times and the memory it measured. The timeout is short
 * (veFaaS's default is 30 s) because every case here lasts until the deadline it leaves: 3 s, after the 3 s margin.
 */
class HostileUpstreamIT {

    private static final Duration PLATFORM_TIMEOUT = Duration.ofSeconds(6);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HostileUpstream upstream;
    private static PackagedFunction function;

    @BeforeAll
    static void start() throws Exception {
        upstream = HostileUpstream.start(Behaviour.HANG);
        function = PackagedFunction.start(Map.of("VOLC_LIVE_ENDPOINT", upstream.endpoint().toString(),
                "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(), "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey(),
                "_FAAS_FUNC_TIMEOUT", String.valueOf(PLATFORM_TIMEOUT.toSeconds()), "VOLC_LIVE_QUOTA_REQUESTS", "1"));
    }

    @AfterAll
    static void stop() throws Exception {
        function.output().lines().filter(line -> line.contains("status=500") || line.contains("ERROR [") && !line.contains("invocation]") || line.startsWith("\t") || line.contains("Exception"))
                .limit(40).forEach(line -> System.out.println("[function] " + line));
        assertTrue(function.output().lines().noneMatch(line -> line.contains("failed unexpectedly")),
                "an invocation failed unexpectedly (a 500)");
        function.close();
        upstream.close();
    }

    @ParameterizedTest
    @CsvSource({ "HANG, 504, InternalServiceTimeout", "DRIP, 504, InternalServiceTimeout",
            "INVALID_JSON, 502, InternalServiceError.BadResponse", "ENDLESS_RETRY_AFTER, 429, FlowLimitExceeded",
            "REDIRECT, 502, InternalServiceError.BadResponse" })
    void everyInvocationIsAnsweredBeforeThePlatformsTimeout(Behaviour behaviour, int status, String code)
            throws Exception {
        upstream.behave(behaviour);
        long sent = System.nanoTime();

        HttpResponse<String> answer = update();

        long millis = Duration.ofNanos(System.nanoTime() - sent).toMillis();
        System.out.printf("[hostile upstream] %s: %d %s after %d ms%n", behaviour, answer.statusCode(),
                code(answer), millis);
        assertTrue(millis < PLATFORM_TIMEOUT.toMillis(), behaviour + " answered after " + millis + " ms");
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals(code, code(answer), answer.body());
        if (status == 429) {
            assertEquals("300", answer.headers().firstValue("Retry-After").orElseThrow(), "capped, not passed on");
        }
        if (behaviour == Behaviour.HANG || behaviour == Behaviour.DRIP) {
            HostileUpstream.Connection last = upstream.connections().get(upstream.connections().size() - 1);
            long answeredAt = System.currentTimeMillis();
            while (last.closedAt() == 0 && System.currentTimeMillis() - answeredAt < 2_000) {
                Thread.sleep(10);
            }
            assertTrue(last.closedAt() != 0, "the attempt in flight at the deadline was not cut off");
        }
    }

    @Test
    void aQueueOfInvocationsBehindAHangingUpstreamIsAnsweredInTimeToo() {
        upstream.behave(Behaviour.HANG);
        long sent = System.nanoTime();

        List<Integer> statuses = IntStream.range(0, 20).mapToObj(i -> send(Payloads.update("live" + i, "push",
                "https://fn.example.com/" + i))).toList().stream().map(CompletableFuture::join)
                .map(HttpResponse::statusCode).toList();

        long millis = Duration.ofNanos(System.nanoTime() - sent).toMillis();
        System.out.printf("[hostile upstream] 20 at once behind HANG: statuses %s, all answered after %d ms%n",
                new java.util.TreeMap<>(statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                        java.util.stream.Collectors.counting()))), millis);
        assertTrue(millis < PLATFORM_TIMEOUT.toMillis(), "answered after " + millis + " ms");
        assertTrue(statuses.stream().allMatch(s -> s == 503 || s == 504), statuses.toString());
    }

    @Test
    void fourHugeAnswersAtOnceAreCutOffWithoutFillingTheMemory() throws Exception {
        upstream.behave(Behaviour.HUGE);
        long before = residentKibibytes();

        List<HttpResponse<String>> answers = IntStream.range(0, 4)
                .mapToObj(i -> send(Payloads.update("live" + i, "push", "https://fn.example.com/" + i))).toList()
                .stream().map(CompletableFuture::join).toList();

        long after = residentKibibytes();
        System.out.printf("[hostile upstream] 4 x 100 MB answers: statuses %s, resident memory %d MB before, %d MB "
                + "after%n", answers.stream().map(HttpResponse::statusCode).toList(), before / 1024, after / 1024);
        for (HttpResponse<String> answer : answers) {
            assertTrue(List.of(502, 503, 504).contains(answer.statusCode()), answer.body());
        }
        assertEquals("InternalServiceError.BadResponse", code(answers.stream()
                .filter(answer -> answer.statusCode() == 502).findFirst().orElseThrow()), "cut off, not read");
        assertTrue(after - before < 200 * 1024, "resident memory grew by " + (after - before) / 1024 + " MB");
    }

    @Test
    void aCallerWhoDisconnectsFreesItsQuotaPlaceAtOnce() throws Exception {
        upstream.behave(Behaviour.HANG);
        int before = upstream.connections().size();
        long disconnectedAt;
        try (Socket caller = new Socket("127.0.0.1", function.uri("/").getPort())) {
            byte[] body = Payloads.update("live", "push", "https://fn.example.com/a").getBytes(StandardCharsets.UTF_8);
            caller.getOutputStream().write(("POST /updateCallback HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            caller.getOutputStream().write(body);
            awaitConnections(before + 1);
            disconnectedAt = System.currentTimeMillis();
        }

        CompletableFuture<HttpResponse<String>> next = send(Payloads.update("live", "push", "https://fn.example.com/b"));
        awaitConnections(before + 2);

        long freedAfter = upstream.connections().get(before + 1).arrivedAt() - disconnectedAt;
        System.out.printf("[hostile upstream] the next request reached the upstream %d ms after the first caller "
                + "disconnected (quota: 1 per second)%n", freedAfter);
        assertTrue(freedAfter < 2_500, "the quota place was held " + freedAfter + " ms after the caller left");
        next.join();
    }

    private static void awaitConnections(int count) throws InterruptedException {
        long until = System.currentTimeMillis() + PLATFORM_TIMEOUT.toMillis();
        while (upstream.connections().size() < count) {
            assertTrue(System.currentTimeMillis() < until, "no request reached the upstream");
            Thread.sleep(10);
        }
    }

    private static HttpResponse<String> update() {
        return send(Payloads.update()).join();
    }

    private static CompletableFuture<HttpResponse<String>> send(String body) {
        return HTTP.sendAsync(HttpRequest.newBuilder(function.uri("/updateCallback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String code(HttpResponse<String> answer) {
        return JsonPath.from(answer.body()).getString("ResponseMetadata.Error.Code");
    }

    private static long residentKibibytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/" + function.pid() + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElseThrow();
    }
}
