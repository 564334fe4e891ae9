package io.github.livecallback.endtoend.observability;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.google.protobuf.ByteString;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.CircuitBreakers;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.OtlpReceiver;
import io.github.livecallback.testing.OtlpReceiverResource;
import io.github.livecallback.testing.Payloads;
import io.opentelemetry.proto.trace.v1.Span;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With an OTLP endpoint configured, the function exports a span per invocation with a child span per upstream
 * attempt, continuing the caller's trace, and pushes its meters: checked at a real OTLP/HTTP receiver for a
 * success, a retried 429, a validation refusal, a CloudEvent that carries its trace, and an open circuit.
 */
@QuarkusTest
@TestProfile(OtlpExportTest.QuickBreaker.class)
@WithTestResource(EmulatorResource.class)
@WithTestResource(OtlpReceiverResource.class)
@FreshEmulator
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OtlpExportTest {

    static final long BREAKER_DELAY_MILLIS = 3000;
    private static final Duration EXPORTED = Duration.ofSeconds(15);

    public static class QuickBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return CircuitBreakers.openFor(BREAKER_DELAY_MILLIS);
        }
    }

    @AfterEach
    void calmUpstream() {
        Emulator.chaos(0, 0);
    }

    @Test
    @Order(1)
    void successIsAnInvocationSpanInTheCallersTraceWithOneAttemptCarryingTheUpstreamRequestId() throws Exception {
        String traceId = newTraceId();
        String requestId = Invoke.json().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Payloads.update()).post("/updateCallback")
                .then().statusCode(200).extract().path("ResponseMetadata.RequestId");

        Span invocation = receiver().awaitSpan(named("UpdateCallback", traceId), EXPORTED);
        Map<String, String> attributes = OtlpReceiver.attributes(invocation.getAttributesList());
        assertEquals("ok", attributes.get("live.outcome"));
        assertEquals("200", attributes.get("live.status"));
        assertEquals("function", attributes.get("live.entry_point"));
        assertEquals(requestId, attributes.get("live.upstream.request_id"));

        List<Span> attempts = attemptsOf(invocation);
        assertEquals(1, attempts.size(), "one request sent");
        Map<String, String> attempt = OtlpReceiver.attributes(attempts.get(0).getAttributesList());
        assertEquals("2xx", attempt.get("live.result"));
        assertEquals(requestId, attempt.get("live.upstream.request_id"));

        assertTrue(receiver().awaitValue("live.callback.invocations", Map.of("live.action", "UpdateCallback",
                "live.entry_point", "function", "live.outcome", "ok"), count -> count >= 1, EXPORTED) >= 1);
        receiver().awaitValue("live.callback.upstream.attempts", Map.of("live.result", "2xx"), count -> count >= 1,
                EXPORTED);
        receiver().awaitValue("live.callback.quota.wait", Map.of(), count -> count >= 1, EXPORTED);
    }

    @Test
    @Order(2)
    void aRetried429IsTwoAttemptSpansAndCounted() throws Exception {
        Emulator.throttle(1, 0);
        String traceId = newTraceId();
        Invoke.json().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Payloads.update()).post("/updateCallback").then().statusCode(200);

        Span invocation = receiver().awaitSpan(named("UpdateCallback", traceId), EXPORTED);
        List<Span> attempts = attemptsOf(invocation);
        assertEquals(List.of("429", "2xx"), attempts.stream()
                .map(span -> OtlpReceiver.attributes(span.getAttributesList()).get("live.result")).toList());
        assertEquals("FlowLimitExceeded", OtlpReceiver.attributes(attempts.get(0).getAttributesList()).get("live.code"));
        assertEquals(List.of("1", "2"), attempts.stream()
                .map(span -> OtlpReceiver.attributes(span.getAttributesList()).get("live.attempt")).toList());
        System.out.printf("[otlp] %s %s%n", invocation.getName(), OtlpReceiver.attributes(invocation.getAttributesList()));
        attempts.forEach(attempt -> System.out.printf("[otlp]   %s %s%n", attempt.getName(),
                OtlpReceiver.attributes(attempt.getAttributesList())));

        receiver().awaitValue("live.callback.upstream.attempts", Map.of("live.result", "429",
                "live.code", "FlowLimitExceeded"), count -> count >= 1, EXPORTED);
        receiver().awaitValue("live.callback.upstream.retries", Map.of("live.action", "UpdateCallback"),
                count -> count >= 1, EXPORTED);
    }

    @Test
    @Order(3)
    void aValidationRefusalIsAnInvocationSpanWithoutAttempts() throws Exception {
        String traceId = newTraceId();
        Invoke.json().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body("{\"Vhost\":\"push.example.com\",\"MessageType\":\"nope\",\"CallbackDetailList\":[]}")
                .post("/updateCallback").then().statusCode(400);

        Span invocation = receiver().awaitSpan(named("UpdateCallback", traceId), EXPORTED);
        assertEquals("invalid", OtlpReceiver.attributes(invocation.getAttributesList()).get("live.outcome"));
        assertEquals("400", OtlpReceiver.attributes(invocation.getAttributesList()).get("live.status"));
        assertEquals(List.of(), attemptsOf(invocation), "nothing was sent");
        receiver().awaitValue("live.callback.invocations", Map.of("live.outcome", "invalid", "live.status", "400"),
                count -> count >= 1, EXPORTED);
    }

    @Test
    @Order(4)
    void aCloudEventContinuesTheTraceOfItsTraceparentAttribute() throws Exception {
        String traceId = newTraceId();
        var event = CloudEventBuilder.v1(CloudEvents.event(UUID.randomUUID().toString(), "live.callback.update",
                Payloads.update())).withExtension("traceparent", "00-" + traceId + "-b7ad6b7169203331-01").build();
        assertEquals(200, CloudEvents.send(event, CloudEvents.Mode.STRUCTURED).status());

        Span invocation = receiver().awaitSpan(named("UpdateCallback", traceId), EXPORTED);
        assertEquals("b7ad6b7169203331", HexFormat.of().formatHex(invocation.getParentSpanId().toByteArray()));
        assertEquals("cloudevent", OtlpReceiver.attributes(invocation.getAttributesList()).get("live.entry_point"));
        assertEquals(event.getId(), OtlpReceiver.attributes(invocation.getAttributesList()).get("cloudevents.event_id"));
    }

    @Test
    @Order(5)
    void anOpenCircuitIsAnErrorSpanADeferredAnswerAndAGauge() throws Exception {
        CircuitBreakers.open(() -> Invoke.json().body(Payloads.update()).post("/updateCallback"));
        String traceId = newTraceId();
        Invoke.json().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").body(Payloads.update())
                .post("/updateCallback").then().statusCode(503)
                .body("ResponseMetadata.Error.Code", equalTo("UpstreamCircuitOpen"));

        Span invocation = receiver().awaitSpan(named("UpdateCallback", traceId), EXPORTED);
        assertEquals(io.opentelemetry.proto.trace.v1.Status.StatusCode.STATUS_CODE_ERROR, invocation.getStatus().getCode());
        assertEquals("UpstreamCircuitOpen", OtlpReceiver.attributes(invocation.getAttributesList())
                .get("live.outcome"));
        assertEquals(List.of(), attemptsOf(invocation), "an open circuit sends nothing");
        receiver().awaitValue("live.callback.circuit.open", Map.of(), open -> open == 1, EXPORTED);
        receiver().awaitValue("live.callback.deferred", Map.of("live.code", "UpstreamCircuitOpen"),
                count -> count >= 1, EXPORTED);

        Emulator.chaos(0, 0);
        Thread.sleep(BREAKER_DELAY_MILLIS + 200);
        Invoke.json().body(Payloads.update()).post("/updateCallback").then()
                .body("ResponseMetadata.Error", equalTo(null));
        Invoke.json().body(Payloads.update()).post("/updateCallback").then().statusCode(200);
        receiver().awaitValue("live.callback.circuit.open", Map.of(), open -> open == 0, EXPORTED);
    }

    private static OtlpReceiver receiver() {
        return OtlpReceiverResource.receiver();
    }

    private static String newTraceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static java.util.function.Predicate<Span> named(String name, String traceId) {
        ByteString id = ByteString.copyFrom(HexFormat.of().parseHex(traceId));
        return span -> span.getName().equals(name) && span.getTraceId().equals(id);
    }

    /** The attempt spans under an invocation span, in the order they started. */
    private static List<Span> attemptsOf(Span invocation) throws InterruptedException {
        Thread.sleep(300);
        return receiver().trace(invocation.getTraceId()).stream()
                .filter(span -> span.getParentSpanId().equals(invocation.getSpanId()))
                .filter(span -> span.getName().startsWith("Live "))
                .sorted(Comparator.comparingLong(Span::getStartTimeUnixNano)).toList();
    }
}
