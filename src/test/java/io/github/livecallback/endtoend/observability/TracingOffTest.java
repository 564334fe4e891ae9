package io.github.livecallback.endtoend.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.opentelemetry.api.trace.Span;
import io.github.livecallback.telemetry.Tracing;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Without an OTLP endpoint the OpenTelemetry SDK is off: spans record nothing, so an instance without a collector
 * neither keeps nor exports them.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TracingOffTest {

    @Inject
    Tracing tracing;

    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean sdkDisabled;

    @Test
    void spansRecordNothingWithoutAnEndpoint() {
        assertEquals(true, sdkDisabled);
        Span span = tracing.tracer().spanBuilder("probe").startSpan();
        try {
            assertFalse(span.isRecording(), "the function's spans record");
        } finally {
            span.end();
        }
    }
}
