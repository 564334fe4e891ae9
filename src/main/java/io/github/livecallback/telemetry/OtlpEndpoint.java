package io.github.livecallback.telemetry;

import java.util.Optional;

import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;

/**
 * Whether an operator gave an OTLP endpoint: a value from any configuration source but the extension's built-in
 * default ({@code http://localhost:4317}), which would otherwise make every instance export to a collector that is
 * not there. Defaults live in sources of negative ordinal (SmallRye's and Quarkus' default-value sources); every
 * source an operator writes to (properties files, environment, system properties) has a positive one.
 */
final class OtlpEndpoint {

    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";
    static final String METRICS_ENDPOINT = "quarkus.otel.exporter.otlp.metrics.endpoint";

    private OtlpEndpoint() {
    }

    /** The endpoint named by {@code property}, if an operator set it. */
    static Optional<String> given(ConfigSourceInterceptorContext context, String property) {
        return given(context.proceed(property));
    }

    static Optional<String> given(ConfigValue value) {
        return value == null || value.getValue() == null || value.getValue().isBlank()
                || value.getConfigSourceOrdinal() <= 0
                        ? Optional.empty()
                        : Optional.of(value.getValue().trim());
    }
}
