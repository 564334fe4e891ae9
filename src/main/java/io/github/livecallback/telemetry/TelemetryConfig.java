package io.github.livecallback.telemetry;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Where the traces and metrics go: OpenTelemetry's own SDK settings, so that the variables every OpenTelemetry
 * SDK reads ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_SERVICE_NAME}, ...), and which an OpenTelemetry
 * operator or a platform injects, configure this function as they configure any other. Nothing is exported, and
 * nothing of the SDK is built, without an endpoint. Times are in milliseconds, as the OpenTelemetry specification
 * has them.
 */
@ConfigMapping(prefix = "otel")
public interface TelemetryConfig {

    /** Turns the export off even where an endpoint is set ({@code OTEL_SDK_DISABLED}). */
    @WithName("sdk.disabled")
    @WithDefault("false")
    boolean sdkDisabled();

    /** The {@code service.name} of every span and meter ({@code OTEL_SERVICE_NAME}). */
    @WithName("service.name")
    @WithDefault("live-callback-function")
    String serviceName();

    /** More resource attributes, {@code key=value,key=value} ({@code OTEL_RESOURCE_ATTRIBUTES}). */
    @WithName("resource.attributes")
    Optional<String> resourceAttributes();

    /**
     * Share of the traces kept when the caller's {@code traceparent} did not decide, from 0 to 1
     * ({@code OTEL_TRACES_SAMPLER_ARG}); a caller's sampling decision is always followed.
     */
    @WithName("traces.sampler.arg")
    @WithDefault("1.0")
    double tracesSamplerRatio();

    /** Milliseconds between two exports of the finished spans ({@code OTEL_BSP_SCHEDULE_DELAY}). */
    @WithName("bsp.schedule.delay")
    @WithDefault("5000")
    long spanExportDelayMillis();

    /** Milliseconds between two pushes of the meters ({@code OTEL_METRIC_EXPORT_INTERVAL}). */
    @WithName("metric.export.interval")
    @WithDefault("60000")
    long metricExportIntervalMillis();

    /** The OTLP exporter ({@code OTEL_EXPORTER_OTLP_*}). */
    @WithName("exporter.otlp")
    Otlp otlp();

    interface Otlp {

        /**
         * The collector's OTLP/HTTP base address, e.g. {@code http://otel-collector:4318}; traces go to its
         * {@code v1/traces} and meters to its {@code v1/metrics} ({@code OTEL_EXPORTER_OTLP_ENDPOINT}).
         */
        Optional<URI> endpoint();

        /** The full address for traces, used as given; it wins over the base address. */
        @WithName("traces.endpoint")
        Optional<URI> tracesEndpoint();

        /** The full address for meters, used as given; it wins over the base address. */
        @WithName("metrics.endpoint")
        Optional<URI> metricsEndpoint();

        /** Headers sent with every export, {@code key=value,key=value}: an API key, a tenant. */
        Optional<String> headers();

        /** Longest wait for one export, in milliseconds ({@code OTEL_EXPORTER_OTLP_TIMEOUT}). */
        @WithDefault("10000")
        long timeout();

        /**
         * Only {@code http/protobuf} is spoken; any other value turns the export off, with an error logged at
         * start, rather than sending OTLP/HTTP to a gRPC port ({@code OTEL_EXPORTER_OTLP_PROTOCOL}).
         */
        @WithDefault(HTTP_PROTOBUF)
        String protocol();
    }

    String HTTP_PROTOBUF = "http/protobuf";

    /** Why an endpoint that was given is not used, if it is not. */
    default Optional<String> unusedEndpoint() {
        boolean given = otlp().endpoint().isPresent() || otlp().tracesEndpoint().isPresent()
                || otlp().metricsEndpoint().isPresent();
        return given && !sdkDisabled() && !HTTP_PROTOBUF.equals(otlp().protocol())
                ? Optional.of("OTEL_EXPORTER_OTLP_PROTOCOL is " + otlp().protocol() + ", but only " + HTTP_PROTOBUF
                        + " is spoken: nothing is exported (set http/protobuf and the collector's port 4318)")
                : Optional.empty();
    }

    /** Where spans go, if anywhere. */
    default Optional<URI> tracesUrl() {
        return exportTo(otlp().tracesEndpoint(), "v1/traces");
    }

    /** Where meters go, if anywhere. */
    default Optional<URI> metricsUrl() {
        return exportTo(otlp().metricsEndpoint(), "v1/metrics");
    }

    /** The export headers, as OpenTelemetry lists them; values may be percent-encoded. */
    default Map<String, String> headers() {
        return pairs(otlp().headers());
    }

    /** The resource attributes: {@code service.name} and any others given. */
    default Map<String, String> resource() {
        Map<String, String> attributes = pairs(resourceAttributes());
        attributes.put("service.name", serviceName());
        return attributes;
    }

    private Optional<URI> exportTo(Optional<URI> signalEndpoint, String signalPath) {
        if (sdkDisabled() || !HTTP_PROTOBUF.equals(otlp().protocol())) {
            return Optional.empty();
        }
        return signalEndpoint.or(() -> otlp().endpoint().map(base -> {
            String address = base.toString();
            return URI.create(address.endsWith("/") ? address + signalPath : address + "/" + signalPath);
        }));
    }

    /**
     * Percent-decoding only: a {@code +} in a key (base64) stays a {@code +}, unlike in a form. A value that is not
     * valid percent-encoding is taken as written, so that a stray {@code %} cannot stop the function from starting.
     */
    private static String percentDecoded(String value) {
        try {
            return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return value;
        }
    }

    private static Map<String, String> pairs(Optional<String> list) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : list.orElse("").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                pairs.put(pair.substring(0, equals).trim(), percentDecoded(pair.substring(equals + 1).trim()));
            }
        }
        return pairs;
    }
}
