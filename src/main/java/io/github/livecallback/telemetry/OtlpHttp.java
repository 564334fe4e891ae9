package io.github.livecallback.telemetry;

import java.util.List;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.exporter.internal.http.HttpSenderProvider;
import io.opentelemetry.sdk.resources.Resource;

/** What the span export and the meter export share: how they send, and the resource they describe. */
final class OtlpHttp {

    /**
     * OpenTelemetry's exporters find their HTTP client through the service loader; the native executable does not
     * scan service files, and the client they are to use is this function's own ({@link UrlConnectionSender}).
     */
    static final ComponentLoader URL_CONNECTION = new ComponentLoader() {

        private final ComponentLoader services = ComponentLoader.forClassLoader(OtlpHttp.class.getClassLoader());
        private final HttpSenderProvider sender = UrlConnectionSender::new;

        @Override
        public <T> Iterable<T> load(Class<T> spi) {
            return spi == HttpSenderProvider.class ? List.of(spi.cast(sender)) : services.load(spi);
        }
    };

    private OtlpHttp() {
    }

    /** The SDK's own attributes, {@code service.name} and the operator's {@code OTEL_RESOURCE_ATTRIBUTES}. */
    static Resource resource(TelemetryConfig config) {
        AttributesBuilder attributes = Attributes.builder();
        config.resource().forEach(attributes::put);
        return Resource.getDefault().merge(Resource.create(attributes.build()));
    }
}
