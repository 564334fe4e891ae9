package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.internal.http.HttpSenderProvider;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Sends spans to a collector over OTLP/HTTP. The exporter is built in the span processor's thread when the first
 * batch leaves, not on the way of the first invocation.
 */
final class OtlpSpanExport implements SpanExporter {

    /**
     * The exporter finds its HTTP client through the service loader; the native executable does not scan service
     * files, and the client it is to use is this function's own ({@link UrlConnectionSender}).
     */
    private static final ComponentLoader URL_CONNECTION = new ComponentLoader() {

        private final ComponentLoader services = ComponentLoader.forClassLoader(OtlpSpanExport.class.getClassLoader());
        private final HttpSenderProvider sender = UrlConnectionSender::new;

        @Override
        public <T> Iterable<T> load(Class<T> spi) {
            return spi == HttpSenderProvider.class ? List.of(spi.cast(sender)) : services.load(spi);
        }
    };

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
                    .setComponentLoader(URL_CONNECTION)
                    .build();
        }
        return built;
    }
}
