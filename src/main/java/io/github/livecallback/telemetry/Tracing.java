package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;

/**
 * The tracer the function's spans come from. With an OTLP endpoint ({@link TelemetryConfig}) it is the OpenTelemetry
 * SDK's, exporting in batches over OTLP/HTTP; without one it is a no-op tracer and no part of the SDK is built, so an
 * instance without a collector pays nothing for tracing, at start or per call. Created with the first invocation.
 */
@ApplicationScoped
public class Tracing {

    private static final Logger LOG = Logger.getLogger(Tracing.class);
    private static final String INSTRUMENTATION_SCOPE = "io.github.livecallback";

    private final SdkTracerProvider exporting;
    private final Tracer tracer;

    public Tracing(TelemetryConfig config) {
        this.exporting = config.tracesUrl().map(url -> exportingTo(url, config)).orElse(null);
        this.tracer = exporting == null ? TracerProvider.noop().get(INSTRUMENTATION_SCOPE)
                : exporting.get(INSTRUMENTATION_SCOPE);
    }

    public Tracer tracer() {
        return tracer;
    }

    /** Exports the spans still waiting for their batch, so that the last invocations before a stop are seen. */
    @PreDestroy
    void flush() {
        if (exporting != null) {
            exporting.close();
        }
    }

    private static SdkTracerProvider exportingTo(URI url, TelemetryConfig config) {
        LOG.infof("Traces are exported over OTLP to %s", url);
        return SdkTracerProvider.builder()
                .setResource(OtlpHttp.resource(config))
                .setSampler(Sampler.parentBased(Sampler.traceIdRatioBased(config.tracesSamplerRatio())))
                .addSpanProcessor(BatchSpanProcessor.builder(new OtlpSpanExport(url, config))
                        .setScheduleDelay(Duration.ofMillis(config.spanExportDelayMillis())).build())
                .build();
    }
}
