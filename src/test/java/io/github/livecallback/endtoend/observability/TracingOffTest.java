package io.github.livecallback.endtoend.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.opentelemetry.api.trace.Span;
import io.github.livecallback.telemetry.TelemetryConfig;
import io.github.livecallback.telemetry.Tracing;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Without an OTLP endpoint there is no OpenTelemetry SDK: spans record nothing, so an instance without a collector
 * neither keeps nor exports them.
 */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class TracingOffTest {

    @Inject
    Tracing tracing;

    @Inject
    TelemetryConfig config;

    @Test
    void spansRecordNothingWithoutAnEndpoint() {
        assertEquals(Optional.empty(), config.tracesUrl());
        Span span = tracing.tracer().spanBuilder("probe").startSpan();
        try {
            assertFalse(span.isRecording(), "the function's spans record");
        } finally {
            span.end();
        }
    }
}
