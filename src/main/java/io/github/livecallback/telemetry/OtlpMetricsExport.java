package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.instrumentation.micrometer.v1_5.OpenTelemetryMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Pushes the function's meters over OTLP/HTTP beside its traces, when an OTLP endpoint is configured
 * ({@link TelemetryConfig#metricsUrl()}), every {@code OTEL_METRIC_EXPORT_INTERVAL} milliseconds: the Micrometer
 * meters are bridged into OpenTelemetry's meter SDK, whose exporter is the one the spans use. Without an endpoint
 * nothing is created, and the meters are only scraped from {@code /q/metrics}.
 */
@ApplicationScoped
public class OtlpMetricsExport {

    private static final Logger LOG = Logger.getLogger(OtlpMetricsExport.class);

    private SdkMeterProvider pushing;

    void start(@Observes StartupEvent started, MeterRegistry root, TelemetryConfig config) {
        config.unusedEndpoint().ifPresent(LOG::error);
        Optional<URI> url = config.metricsUrl();
        if (url.isEmpty() || !(root instanceof CompositeMeterRegistry composite)) {
            return;
        }
        Duration interval = Duration.ofMillis(config.metricExportIntervalMillis());
        pushing = SdkMeterProvider.builder()
                .setResource(OtlpHttp.resource(config))
                .registerMetricReader(PeriodicMetricReader.builder(OtlpHttpMetricExporter.builder()
                        .setEndpoint(url.get().toString())
                        .setTimeout(Duration.ofMillis(config.otlp().timeout()))
                        .setHeaders(config::headers)
                        .setComponentLoader(OtlpHttp.URL_CONNECTION)
                        .build()).setInterval(interval).build())
                .build();
        composite.add(OpenTelemetryMeterRegistry.builder(OpenTelemetrySdk.builder().setMeterProvider(pushing).build())
                .build());
        LOG.infof("Metrics are pushed over OTLP to %s every %s", url.get(), interval);
    }

    /** Pushes what was counted since the last push, so that the last invocations before a stop are seen. */
    void stop(@Observes ShutdownEvent stopping) {
        if (pushing != null) {
            pushing.close();
        }
    }
}
