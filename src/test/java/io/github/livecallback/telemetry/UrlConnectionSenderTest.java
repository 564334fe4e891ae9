package io.github.livecallback.telemetry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.exporter.internal.http.HttpSender;
import io.opentelemetry.exporter.internal.http.HttpSenderConfig;
import io.opentelemetry.exporter.internal.marshal.Marshaler;
import io.opentelemetry.exporter.internal.otlp.traces.TraceRequestMarshaler;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/** One real OTLP/HTTP exchange per case, against an HTTP server in the test. */
class UrlConnectionSenderTest {

    private HttpServer collector;
    private final AtomicReference<Headers> receivedHeaders = new AtomicReference<>();
    private final AtomicReference<byte[]> receivedBody = new AtomicReference<>();
    private volatile int answerStatus = 200;
    private volatile String answerBody = "";

    @BeforeEach
    void startCollector() throws IOException {
        collector = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        collector.createContext("/v1/traces", exchange -> {
            receivedHeaders.set(exchange.getRequestHeaders());
            receivedBody.set(exchange.getRequestBody().readAllBytes());
            byte[] answer = answerBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answerStatus, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        collector.start();
    }

    @AfterEach
    void stopCollector() {
        collector.stop(0);
    }

    @Test
    void postsTheMarshalledSpansWithTheirContentTypeAndTheConfiguredHeaders() throws IOException {
        Marshaler export = oneSpan();
        Outcome outcome = send(export, "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces");

        assertNull(outcome.error);
        assertEquals(200, outcome.response.statusCode());
        assertEquals("application/x-protobuf", receivedHeaders.get().getFirst("Content-Type"));
        assertEquals("live", receivedHeaders.get().getFirst("Tenant"));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        export.writeBinaryTo(expected);
        assertArrayEquals(expected.toByteArray(), receivedBody.get());
    }

    @Test
    void aRefusalReachesTheExporterWithItsStatusAndBody() throws IOException {
        answerStatus = 400;
        answerBody = "bad batch";
        Outcome outcome = send(oneSpan(), "http://127.0.0.1:" + collector.getAddress().getPort() + "/v1/traces");

        assertNull(outcome.error);
        assertEquals(400, outcome.response.statusCode());
        assertEquals("bad batch", new String(outcome.response.responseBody(), StandardCharsets.UTF_8));
    }

    @Test
    void anAbsentCollectorIsAnError() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        Outcome outcome = send(oneSpan(), "http://127.0.0.1:" + closed + "/v1/traces");

        assertNull(outcome.response);
        assertNotNull(outcome.error);
        assertInstanceOf(ConnectException.class, outcome.error);
    }

    private static Outcome send(Marshaler export, String endpoint) {
        HttpSender sender = new UrlConnectionSender(HttpSenderConfig.create(endpoint, null, false,
                "application/x-protobuf", TimeUnit.SECONDS.toNanos(5), TimeUnit.SECONDS.toNanos(2),
                () -> Map.of("tenant", List.of("live")), null, null, null, null, null));
        Outcome outcome = new Outcome();
        sender.send(export, export.getBinarySerializedSize(), response -> outcome.response = response,
                error -> outcome.error = error);
        return outcome;
    }

    private static Marshaler oneSpan() {
        List<SpanData> finished = new ArrayList<>();
        try (SdkTracerProvider tracing = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(new SpanExporter() {
                    @Override
                    public CompletableResultCode export(Collection<SpanData> spans) {
                        finished.addAll(spans);
                        return CompletableResultCode.ofSuccess();
                    }

                    @Override
                    public CompletableResultCode flush() {
                        return CompletableResultCode.ofSuccess();
                    }

                    @Override
                    public CompletableResultCode shutdown() {
                        return CompletableResultCode.ofSuccess();
                    }
                })).build()) {
            tracing.get("test").spanBuilder("UpdateCallback").startSpan().end();
        }
        return TraceRequestMarshaler.create(finished);
    }

    private static final class Outcome {
        HttpSender.Response response;
        Throwable error;
    }
}
