package io.github.livecallback.telemetry;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Turns the OpenTelemetry SDK on only when an OTLP endpoint is configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT}
 * or its traces variant): without one, {@code quarkus.otel.sdk.disabled} defaults to {@code true}, every span is a
 * no-op and no exporter thread starts, so an instance without a collector pays nothing at start or per call. An
 * explicit {@code quarkus.otel.sdk.disabled} still wins.
 */
public class OtlpSwitch implements ConfigSourceInterceptor {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || OtlpEndpoint.given(value).isPresent()) {
            return value;
        }
        boolean endpointGiven = OtlpEndpoint.given(context, OtlpEndpoint.ENDPOINT).isPresent()
                || OtlpEndpoint.given(context, OtlpEndpoint.TRACES_ENDPOINT).isPresent();
        return ConfigValue.builder().withName(name).withValue(Boolean.toString(!endpointGiven))
                .withConfigSourceName(OtlpSwitch.class.getSimpleName()).withConfigSourceOrdinal(Integer.MIN_VALUE + 1)
                .build();
    }
}
