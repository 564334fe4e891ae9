package io.github.livecallback.telemetry;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerProvider;

/**
 * The tracer the function's own spans come from: the OpenTelemetry SDK's while it exports, else a no-op one. Quarkus
 * keeps a recording SDK tracer even with {@code quarkus.otel.sdk.disabled=true} (it only stops exporting), so
 * without this every invocation would build spans that nobody receives.
 */
@ApplicationScoped
public class Tracing {

    private final Tracer tracer;

    public Tracing(Tracer sdkTracer, @ConfigProperty(name = OtlpSwitch.SDK_DISABLED) boolean sdkDisabled) {
        this.tracer = sdkDisabled ? TracerProvider.noop().get(Tracing.class.getPackageName()) : sdkTracer;
    }

    public Tracer tracer() {
        return tracer;
    }
}
