package io.github.livecallback.endtoend.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.github.livecallback.testing.PackagedFunction;
import io.github.livecallback.testing.Payloads;
import io.restassured.path.json.JsonPath;

/**
 * The packaged function started with each configuration a careless operator or an attacker could give it: one clear
 * line at start, every invocation answered 500 FunctionMisconfigured, nothing sent, and the secret or password in
 * the bad value neither in the output nor in an answer. And connections that never finish a request are closed.
 */
class HostileConfigurationIT {

    private static final String PASSWORD = "hunter2-in-the-url";
    private static final String TOKEN = "STS-token-part";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LiveApiEmulator emulator;

    @BeforeAll
    static void startEmulator() throws Exception {
        emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VOLC_LIVE_ENDPOINT | {emulator}/?Action=DeleteCallback | remove the query (?...)",
            "VOLC_LIVE_ENDPOINT | {emulator}/v2 | remove the path",
            "VOLC_LIVE_ENDPOINT | http://user:" + PASSWORD + "@{host} | remove the user information",
            "VOLC_SESSION_TOKEN | " + TOKEN + "{newline}X-Injected: 1 | VOLC_SESSION_TOKEN contains whitespace",
            "VOLC_REGION | cn-north-1/evil | VOLC_REGION must be letters, digits and '-' only",
            "VOLC_REGION | cn-north-1{newline}outcome=ok | VOLC_REGION must be letters, digits and '-' only",
            "VOLC_LIVE_SERVICE | 'live ' | VOLC_LIVE_SERVICE must be letters, digits and '-' only",
            "LIVE_CALLBACK_INBOUND_TOKEN | '   ' | LIVE_CALLBACK_INBOUND_TOKEN is set but blank" })
    void aBadSettingIsReportedAtStartAndAnswersEveryInvocationWithoutSendingAnything(String variable, String value,
            String problem) throws Exception {
        Map<String, String> environment = new HashMap<>(Map.of("VOLC_LIVE_ENDPOINT", emulator.endpoint().toString(),
                "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(), "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey()));
        environment.put(variable, value.replace("{emulator}", emulator.endpoint().toString())
                .replace("{host}", emulator.endpoint().getAuthority()).replace("{newline}", "\n"));
        int journalBefore = journal().size();
        try (PackagedFunction function = PackagedFunction.start(environment)) {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(function.uri("/updateCallback"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Payloads.update()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String output = function.output();

            assertEquals(500, answer.statusCode(), answer.body());
            assertEquals("FunctionMisconfigured", JsonPath.from(answer.body()).getString("ResponseMetadata.Error.Code"));
            assertTrue(JsonPath.from(answer.body()).getString("ResponseMetadata.Error.Message").contains(problem),
                    answer.body());
            List<String> startLines = output.lines().filter(line -> line.contains(problem)).toList();
            assertFalse(startLines.isEmpty(), "no line at start names the problem:\n" + output);
            for (String secret : List.of(PASSWORD, TOKEN, "X-Injected", "outcome=ok")) {
                assertFalse(output.contains(secret), secret + " is in the output:\n" + output);
                assertFalse(answer.body().contains(secret), secret + " is in the answer: " + answer.body());
            }
        }
        assertEquals(journalBefore, journal().size(), "nothing may be sent");
    }

    @Test
    void aConnectionThatNeverFinishesItsRequestIsClosed() throws Exception {
        try (PackagedFunction function = PackagedFunction.start(Map.of("VOLC_LIVE_ENDPOINT",
                emulator.endpoint().toString(), "QUARKUS_HTTP_IDLE_TIMEOUT", "1s"));
                Socket slow = new Socket("127.0.0.1", function.uri("/").getPort())) {
            slow.getOutputStream().write("POST /updateCallback HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                    .getBytes(StandardCharsets.US_ASCII));
            slow.setSoTimeout(10_000);
            long started = System.currentTimeMillis();
            InputStream in = slow.getInputStream();
            while (in.read() != -1) {
                // whatever the function answers before it closes the connection
            }
            long heldMillis = System.currentTimeMillis() - started;
            System.out.printf("[hostile callers] an unfinished request's connection was closed after %d ms "
                    + "(quarkus.http.idle-timeout=1s for the test; 30s by default)%n", heldMillis);
            assertTrue(heldMillis < 5_000, "held for " + heldMillis + " ms");
        }
    }

    private static List<Object> journal() throws Exception {
        return JsonPath.from(HTTP.send(HttpRequest.newBuilder(emulator.endpoint().resolve("/_emulator/journal")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).getList("$");
    }
}
