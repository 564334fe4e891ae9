package io.github.livecallback.endtoend.logging;

import static io.github.livecallback.testing.CloudEvents.Mode.BINARY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.logging.InvocationLog;
import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.LogCapture;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code live-callback.log-format=json}, every line of the console is one JSON object, and the invocation
 * lines carry their fields as JSON fields of their own type. Here the console's lines are those its filter and
 * pattern make of every record; {@link JsonLogIT} reads what the packaged function really printed.
 *
 * <p>One test, in this order: {@code coldStart} is true on the first invocation the function handles only.
 */
@QuarkusTest
@TestProfile(JsonLogTest.JsonLogs.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class JsonLogTest {

    /** The JSON log format, as veFaaS's run.sh and the Knative Service set it. */
    public static class JsonLogs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("live-callback.log-format", "json");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void everyConsoleLineIsOneJsonObjectAndInvocationFieldsKeepTheirTypes() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        String requestId;
        try (Console console = console()) {
            requestId = Invoke.json().header("traceparent", "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01")
                    .body(Payloads.update()).post("/updateCallback").then().statusCode(200)
                    .extract().path("ResponseMetadata.RequestId");
            Invoke.json().header("X-Faas-Request-Id", "faas-json-refusal").body("{\"Vhost\":7}")
                    .post("/describeCallback").then().statusCode(400);
            assertEquals(200, CloudEvents.send(CloudEvents.event("evt-json-log", "live.callback.describe",
                    Payloads.target(null, null)), BINARY).status());
            for (String line : console.lines(3)) {
                lines.add(parse(line));
            }
        }

        for (JsonNode line : lines) {
            Instant.parse(line.get("timestamp").textValue());
            for (String field : List.of("level", "logger", "thread", "message")) {
                assertTrue(line.get(field).isTextual(), field + " in " + line);
            }
            assertFalse(line.has("exception"), line.toString());
        }
        List<JsonNode> invocations = lines.stream()
                .filter(line -> line.get("logger").textValue().equals(InvocationLog.CATEGORY)).toList();
        assertEquals(3, invocations.size(), lines.toString());

        JsonNode success = invocations.get(0);
        assertEquals("INFO", success.get("level").textValue());
        assertEquals("UpdateCallback", success.get("action").textValue());
        assertEquals(Payloads.VHOST, success.get("vhost").textValue());
        assertEquals("live", success.get("app").textValue());
        assertEquals("push", success.get("messageType").textValue());
        assertEquals("ok", success.get("outcome").textValue());
        assertNumber(200, success.get("status"));
        assertEquals(requestId, success.get("requestId").textValue());
        assertTrue(success.get("correlationId").isTextual(), success.toString());
        assertTrue(success.get("durationMs").isIntegralNumber(), success.toString());
        assertNumber(1, success.get("attempts"));
        assertTrue(success.get("quotaWaitMs").isIntegralNumber(), success.toString());
        assertFalse(success.has("code"), "a success has no error code: " + success);
        assertFalse(success.has("eventId"), success.toString());
        assertTrue(success.get("coldStart").isBoolean() && success.get("coldStart").booleanValue(),
                "the first invocation the function handles: " + success);
        assertEquals(CALLERS_TRACE, success.get("traceId").textValue(), "the caller's trace: " + success);
        assertFalse(success.has("spanId"), "no span of its own while nothing is exported: " + success);

        JsonNode refusal = invocations.get(1);
        assertEquals("WARN", refusal.get("level").textValue());
        assertEquals("DescribeCallback", refusal.get("action").textValue());
        assertEquals("invalid", refusal.get("outcome").textValue());
        assertNumber(400, refusal.get("status"));
        assertTrue(refusal.get("code").isTextual() && !refusal.get("code").textValue().isEmpty(), refusal.toString());
        assertEquals("faas-json-refusal", refusal.get("correlationId").textValue());
        assertEquals("faas-json-refusal", refusal.get("requestId").textValue());
        assertFalse(refusal.has("vhost"), "a Vhost that is not a string is not bound: " + refusal);
        assertFalse(refusal.get("coldStart").booleanValue(), refusal.toString());
        assertFalse(refusal.has("traceId"), "no traceparent, no trace while nothing is exported: " + refusal);

        JsonNode event = invocations.get(2);
        assertEquals("DescribeCallback", event.get("action").textValue());
        assertNumber(200, event.get("status"));
        assertEquals("evt-json-log", event.get("eventId").textValue());
        assertEquals("/tests/live-callback", event.get("eventSource").textValue());
        assertEquals("live.callback.describe", event.get("eventType").textValue());
        assertEquals("*", event.get("app").textValue());
        assertFalse(event.get("coldStart").booleanValue(), event.toString());
        assertFalse(event.has("item"), event.toString());

        for (JsonNode invocation : invocations) {
            assertTrue(invocation.get("durationMs").isIntegralNumber(), invocation.toString());
            assertTrue(invocation.get("correlationId").isTextual(), invocation.toString());
            assertTrue(invocation.get("message").textValue().startsWith("action="), "the text line: " + invocation);
            assertFalse(invocation.get("message").textValue().contains("coldStart"), invocation.toString());
        }
    }

    /** The console's lines while open. */
    protected interface Console extends AutoCloseable {

        /** Every line written so far, once at least {@code invocations} invocation lines are among them. */
        List<String> lines(int invocations) throws Exception;

        @Override
        void close();
    }

    /** The lines the function's console filter and pattern make of every record logged in this JVM. */
    protected Console console() {
        LogCapture capture = LogCapture.console();
        return new Console() {
            @Override
            public List<String> lines(int invocations) {
                return capture.lines();
            }

            @Override
            public void close() {
                capture.close();
            }
        };
    }

    static JsonNode parse(String line) throws Exception {
        JsonNode json = MAPPER.readTree(line);
        assertTrue(json != null && json.isObject(), "not one JSON object: " + line);
        return json;
    }

    private static void assertNumber(int expected, JsonNode value) {
        assertTrue(value != null && value.isIntegralNumber(), "not a number: " + value);
        assertEquals(expected, value.intValue());
    }
}
