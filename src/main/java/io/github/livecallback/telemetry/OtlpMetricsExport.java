package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.registry.otlp.OtlpConfig;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.SmallRyeConfig;

/**
 * Pushes the function's meters over OTLP/HTTP beside its traces, when an OTLP endpoint is configured: to
 * {@code quarkus.otel.exporter.otlp.metrics.endpoint} if given, else to the endpoint ({@code /v1/metrics} added to an
 * address without a path), every
 * {@code quarkus.otel.metric.export.interval}, with {@code quarkus.otel.exporter.otlp.headers}. Without an
 * endpoint nothing is created, and the meters are only scraped from {@code /q/metrics}.
 */
@ApplicationScoped
public class OtlpMetricsExport {

    private static final Logger LOG = Logger.getLogger(OtlpMetricsExport.class);
    private static final String INTERVAL = "quarkus.otel.metric.export.interval";
    private static final String HEADERS = "quarkus.otel.exporter.otlp.headers";

    private OtlpMeterRegistry pushing;

    void start(@Observes StartupEvent started, MeterRegistry root, Config config) {
        SmallRyeConfig smallRye = config.unwrap(SmallRyeConfig.class);
        Optional<String> url = OtlpEndpoint.given(smallRye.getConfigValue(OtlpEndpoint.METRICS_ENDPOINT))
                .or(() -> OtlpEndpoint.given(smallRye.getConfigValue(OtlpEndpoint.ENDPOINT)))
                .map(OtlpMetricsExport::metricsUrl);
        if (url.isEmpty() || !(root instanceof CompositeMeterRegistry composite)) {
            return;
        }
        Duration step = config.getOptionalValue(INTERVAL, Duration.class).orElse(Duration.ofMinutes(1));
        Map<String, String> headers = config.getOptionalValue(HEADERS, String.class).map(OtlpMetricsExport::headers)
                .orElse(Map.of());
        pushing = new OtlpMeterRegistry(new PushTo(url.get(), step, headers,
                config.getOptionalValue("quarkus.otel.service.name", String.class).orElse("live-callback-function")),
                Clock.SYSTEM);
        composite.add(pushing);
        LOG.infof("Metrics are pushed over OTLP to %s every %s", url.get(), step);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (pushing != null) {
            pushing.close();
        }
    }

    /** A collector's address without a path gets OTLP/HTTP's metrics path, as Quarkus gives traces theirs. */
    static String metricsUrl(String endpoint) {
        String path = URI.create(endpoint).getPath();
        return path == null || path.isEmpty() || path.equals("/") ? endpoint.replaceAll("/+$", "") + "/v1/metrics"
                : endpoint;
    }

    /** {@code key=value,key=value}, as OpenTelemetry's own {@code OTEL_EXPORTER_OTLP_HEADERS}. */
    static Map<String, String> headers(String list) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (String pair : list.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                headers.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return headers;
    }

    private record PushTo(String url, Duration step, Map<String, String> headers, String serviceName)
            implements OtlpConfig {

        @Override
        public String get(String key) {
            return null;
        }

        @Override
        public Map<String, String> resourceAttributes() {
            return Map.of("service.name", serviceName);
        }
    }
}
