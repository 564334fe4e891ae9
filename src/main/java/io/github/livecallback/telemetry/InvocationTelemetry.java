package io.github.livecallback.telemetry;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * A span and a count per invocation. The span continues the caller's trace: the HTTP {@code traceparent} header, or
 * else the CloudEvent's {@code traceparent} extension attribute (CloudEvents distributed tracing), which an event bus
 * carries from the event's producer.
 */
@ApplicationScoped
public class InvocationTelemetry {

    static final String INVOCATIONS = "live.callback.invocations";
    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<String> TRACEPARENT_ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private final Tracer tracer;
    private final MeterRegistry registry;

    public InvocationTelemetry(Tracing tracing, MeterRegistry registry) {
        this.tracer = tracing.tracer();
        this.registry = registry;
    }

    /**
     * Starts the invocation's span; the caller closes it once answered.
     *
     * @param entryPoint how it came: {@code function}, {@code console} or {@code cloudevent}
     * @param traceparent the W3C {@code traceparent} the invocation came with (header or CloudEvent attribute), or
     *        {@code null}: the span then starts a trace
     */
    public Observed start(String action, String entryPoint, String traceparent) {
        Context parent = traceparent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, TRACEPARENT_ONLY);
        Span span = tracer.spanBuilder(action).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAttribute(Attributes.ACTION, action)
                .setAttribute(Attributes.ENTRY_POINT, entryPoint)
                .startSpan();
        return new Observed(action, entryPoint, span, span.makeCurrent());
    }

    /** An invocation being handled; its span is current until it is closed. */
    public final class Observed implements AutoCloseable {

        private final String action;
        private final String entryPoint;
        private final Span span;
        private final Scope scope;

        private Observed(String action, String entryPoint, Span span, Scope scope) {
            this.action = action;
            this.entryPoint = entryPoint;
            this.span = span;
            this.scope = scope;
        }

        /** The trace the invocation belongs to (the caller's, or one it starts), or {@code null} where none. */
        public String traceId() {
            return span.getSpanContext().isValid() ? span.getSpanContext().getTraceId() : null;
        }

        /** The invocation span's id while it is exported, else {@code null}: a no-op span has no id of its own. */
        public String spanId() {
            return span.isRecording() ? span.getSpanContext().getSpanId() : null;
        }

        /** The ids that find this invocation in the logs and at the event's producer. */
        public void identify(String correlationId, String eventId) {
            span.setAttribute(Attributes.CORRELATION_ID, correlationId);
            if (eventId != null) {
                span.setAttribute(Attributes.EVENT_ID, eventId);
            }
        }

        /**
         * @param outcome the log's word for it: {@code ok}, {@code invalid}, an error code ...
         * @param requestId the answer's RequestId: the upstream's when it came from there
         */
        public void answered(int status, String outcome, String requestId) {
            Counter.builder(INVOCATIONS).description("Invocations answered, by action, entry point and outcome")
                    .tag(Attributes.ACTION, action).tag(Attributes.ENTRY_POINT, entryPoint)
                    .tag(Attributes.OUTCOME, outcome).tag(Attributes.STATUS, Integer.toString(status))
                    .register(registry).increment();
            span.setAttribute(Attributes.STATUS, status);
            span.setAttribute(Attributes.OUTCOME, outcome);
            if (requestId != null) {
                span.setAttribute(Attributes.UPSTREAM_REQUEST_ID, requestId);
            }
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR, outcome);
            }
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
