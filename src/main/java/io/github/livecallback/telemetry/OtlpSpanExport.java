package io.github.livecallback.telemetry;

import java.net.URI;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.sender.jdk.internal.JdkHttpSenderProvider;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Sends spans to a collector over OTLP/HTTP. The exporter is built in the span processor's thread when the first
 * batch leaves: its HTTP client (the JDK's, which sets up TLS as it is created) would otherwise be built on the way
 * of the first invocation.
 */
final class OtlpSpanExport implements SpanExporter {

    /**
     * The exporter finds its HTTP client through the service loader; the native executable does not scan service
     * files, so it is handed the JDK's HTTP client directly (the only one on the class path).
     */
    private static final ComponentLoader JDK_HTTP_CLIENT = new ComponentLoader() {

        private final ComponentLoader services = ComponentLoader.forClassLoader(OtlpSpanExport.class.getClassLoader());

        @Override
        public <T> Iterable<T> load(Class<T> spi) {
            Object jdkClient = new JdkHttpSenderProvider();
            return spi.isInstance(jdkClient) ? List.of(spi.cast(jdkClient)) : services.load(spi);
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
                    .setComponentLoader(JDK_HTTP_CLIENT)
                    .build();
        }
        return built;
    }
}
