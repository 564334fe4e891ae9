package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.registry.otlp.OtlpConfig;
import io.micrometer.registry.otlp.OtlpMeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Pushes the function's meters over OTLP/HTTP beside its traces, when an OTLP endpoint is configured
 * ({@link TelemetryConfig#metricsUrl()}), every {@code OTEL_METRIC_EXPORT_INTERVAL} milliseconds. Without an endpoint
 * nothing is created, and the meters are only scraped from {@code /q/metrics}.
 */
@ApplicationScoped
public class OtlpMetricsExport {

    private static final Logger LOG = Logger.getLogger(OtlpMetricsExport.class);

    private OtlpMeterRegistry pushing;

    void start(@Observes StartupEvent started, MeterRegistry root, TelemetryConfig config) {
        Optional<URI> url = config.metricsUrl();
        if (url.isEmpty() || !(root instanceof CompositeMeterRegistry composite)) {
            return;
        }
        Duration step = Duration.ofMillis(config.metricExportIntervalMillis());
        pushing = new OtlpMeterRegistry(new PushTo(url.get().toString(), step, config.headers(), config.resource()),
                Clock.SYSTEM);
        composite.add(pushing);
        LOG.infof("Metrics are pushed over OTLP to %s every %s", url.get(), step);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (pushing != null) {
            pushing.close();
        }
    }

    private record PushTo(String url, Duration step, Map<String, String> headers,
            Map<String, String> resourceAttributes) implements OtlpConfig {

        @Override
        public String get(String key) {
            return null;
        }
    }
}
