package io.github.livecallback.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A collector that accepts OTLP over HTTP ({@code /v1/traces}, {@code /v1/metrics}, protobuf, gzip or not) on a free
 * loopback port, decodes what it receives with OpenTelemetry's own protocol classes and keeps it for the tests to
 * read. What the function exports goes through its real exporters to a real socket.
 */
public final class OtlpReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();
    private final List<Metric> metrics = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    public static OtlpReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            OtlpReceiver receiver = new OtlpReceiver(server);
            server.createContext("/v1/traces", exchange -> receiver.accept(exchange, body -> ExportTraceServiceRequest
                    .parseFrom(body).getResourceSpansList().forEach(resource -> resource.getScopeSpansList()
                            .forEach(scope -> receiver.spans.addAll(scope.getSpansList())))));
            server.createContext("/v1/metrics", exchange -> receiver.accept(exchange, body -> ExportMetricsServiceRequest
                    .parseFrom(body).getResourceMetricsList().forEach(resource -> resource.getScopeMetricsList()
                            .forEach(scope -> receiver.metrics.addAll(scope.getMetricsList())))));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Waits up to {@code timeout} for an exported span that {@code matches}. */
    public Span awaitSpan(Predicate<Span> matches, Duration timeout) throws InterruptedException {
        return await(() -> spans.stream().filter(matches).findFirst(), timeout, "span");
    }

    /** Every span exported so far of the trace {@code traceId}. */
    public List<Span> trace(com.google.protobuf.ByteString traceId) {
        return spans.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    /**
     * Waits up to {@code timeout} for the latest exported value of the counter or gauge {@code name} among the data
     * points whose attributes include {@code tags}, to satisfy {@code expected}; returns it.
     */
    public double awaitValue(String name, Map<String, String> tags, Predicate<Double> expected, Duration timeout)
            throws InterruptedException {
        return await(() -> latest(name, tags).filter(expected), timeout, "value of " + name + " " + tags);
    }

    /** The sum of the matching data points in the newest export of {@code name} that has any. */
    private Optional<Double> latest(String name, Map<String, String> tags) {
        for (int i = metrics.size() - 1; i >= 0; i--) {
            Metric metric = metrics.get(i);
            if (!metric.getName().equals(name)) {
                continue;
            }
            List<Double> matching = new java.util.ArrayList<>();
            if (metric.hasHistogram()) {
                metric.getHistogram().getDataPointsList().stream().filter(point -> includes(point.getAttributesList(),
                        tags)).forEach(point -> matching.add((double) point.getCount()));
            } else {
                (metric.hasSum() ? metric.getSum().getDataPointsList() : metric.getGauge().getDataPointsList())
                        .stream().filter(point -> includes(point.getAttributesList(), tags))
                        .forEach(point -> matching.add(point.hasAsDouble() ? point.getAsDouble() : point.getAsInt()));
            }
            if (!matching.isEmpty()) {
                return Optional.of(matching.stream().mapToDouble(Double::doubleValue).sum());
            }
        }
        return Optional.empty();
    }

    private static boolean includes(List<KeyValue> attributes, Map<String, String> tags) {
        return attributes(attributes).entrySet().containsAll(tags.entrySet());
    }

    public static Map<String, String> attributes(List<KeyValue> attributes) {
        return attributes.stream().collect(Collectors.toMap(KeyValue::getKey, kv -> text(kv.getValue())));
    }

    private static String text(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
        };
    }

    private static <T> T await(java.util.function.Supplier<Optional<T>> probe, Duration timeout, String what)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No " + what + " exported within " + timeout);
    }

    private interface Decoder {
        void decode(byte[] body) throws IOException;
    }

    private void accept(HttpExchange exchange, Decoder decoder) throws IOException {
        try (exchange) {
            InputStream in = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody())
                    : exchange.getRequestBody();
            decoder.decode(in.readAllBytes());
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, 0);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
