package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Sends spans to a collector over OTLP/HTTP. The exporter is built in the span processor's thread when the first
 * batch leaves, not on the way of the first invocation.
 */
final class OtlpSpanExport implements SpanExporter {

    private final URI url;
    private final TelemetryConfig config;
    private SpanExporter built;

    OtlpSpanExport(URI url, TelemetryConfig config) {
        this.url = url;
        this.config = config;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return exporter().export(spans);
    }

    @Override
    public synchronized CompletableResultCode flush() {
        return built == null ? CompletableResultCode.ofSuccess() : built.flush();
    }

    @Override
    public synchronized CompletableResultCode shutdown() {
        return built == null ? CompletableResultCode.ofSuccess() : built.shutdown();
    }

    private synchronized SpanExporter exporter() {
        if (built == null) {
            built = OtlpHttpSpanExporter.builder()
                    .setEndpoint(url.toString())
                    .setTimeout(Duration.ofMillis(config.otlp().timeout()))
                    .setHeaders(config::headers)
                    .setComponentLoader(OtlpHttp.URL_CONNECTION)
                    .build();
        }
        return built;
    }
}
