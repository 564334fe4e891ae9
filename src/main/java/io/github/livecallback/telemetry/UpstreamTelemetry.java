package io.github.livecallback.telemetry;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * What the calls to the Live OpenAPI tell an operator: a span and a count per attempt, with its result and the
 * upstream RequestId; the time spent waiting for the account's quota; and the answers deferred to a later
 * delivery (deadline, circuit open, store down) by their error code.
 */
@ApplicationScoped
public class UpstreamTelemetry {

    static final String ATTEMPTS = "live.callback.upstream.attempts";
    static final String RETRIES = "live.callback.upstream.retries";
    static final String QUOTA_WAIT = "live.callback.quota.wait";
    static final String DEFERRED = "live.callback.deferred";
    static final String CIRCUIT_OPEN = "live.callback.circuit.open";

    private final Tracer tracer;
    private final MeterRegistry registry;
    private final Timer quotaWait;

    public UpstreamTelemetry(Tracing tracing, MeterRegistry registry) {
        this.tracer = tracing.tracer();
        this.registry = registry;
        this.quotaWait = Timer.builder(QUOTA_WAIT)
                .description("Time a request waited for a place in the account's quota before it was sent")
                .register(registry);
    }

    /** Starts the span of the {@code number}th request sent for a change; the caller closes it. */
    public Attempt attempt(String action, int number) {
        Span span = tracer.spanBuilder("Live " + action).setSpanKind(SpanKind.CLIENT)
                .setAttribute(Attributes.ACTION, action)
                .setAttribute(Attributes.ATTEMPT, number)
                .startSpan();
        if (number > 1) {
            registry.counter(RETRIES, Attributes.ACTION, action).increment();
        }
        return new Attempt(action, span, span.makeCurrent());
    }

    /** Shows whether the circuit breaker in front of the API is open (1) or not (0). */
    public void watchCircuit(BooleanSupplier open) {
        Gauge.builder(CIRCUIT_OPEN, () -> open.getAsBoolean() ? 1 : 0)
                .description("1 while the circuit breaker is open and calls are answered 503 without being sent")
                .register(registry);
    }

    public void quotaWaited(Duration wait) {
        quotaWait.record(wait);
    }

    /** Counts an answer that tells the caller to deliver the event again later, without a further attempt. */
    public void deferred(String action, String code) {
        Counter.builder(DEFERRED).description("Answers deferred to a later delivery, by error code")
                .tag(Attributes.ACTION, action).tag(Attributes.CODE, code).register(registry).increment();
    }

    /** One request in flight: its span is current until it is closed, so that the HTTP client's work nests in it. */
    public final class Attempt implements AutoCloseable {

        private final String action;
        private final Span span;
        private final Scope scope;

        private Attempt(String action, Span span, Scope scope) {
            this.action = action;
            this.span = span;
            this.scope = scope;
        }

        /**
         * @param status the HTTP status this function answers for it (a timeout is 504)
         * @param code the API error code, {@code null} on success
         * @param requestId the upstream RequestId, when it answered
         */
        public void ended(AttemptResult result, int status, String code, String requestId) {
            Counter.builder(ATTEMPTS).description("Requests sent to the Live OpenAPI, by result")
                    .tag(Attributes.ACTION, action).tag(Attributes.RESULT, result.label())
                    .tag(Attributes.CODE, code == null ? Attributes.NONE : code)
                    .register(registry).increment();
            span.setAttribute(Attributes.RESULT, result.label());
            span.setAttribute(Attributes.HTTP_STATUS, status);
            if (code != null) {
                span.setAttribute(Attributes.CODE, code);
            }
            if (requestId != null) {
                span.setAttribute(Attributes.UPSTREAM_REQUEST_ID, requestId);
            }
            if (result != AttemptResult.SUCCESS) {
                span.setStatus(StatusCode.ERROR, result.label() + (code == null ? "" : " " + code));
            }
        }

        @Override
        public void close() {
            scope.close();
            span.end();
        }
    }
}
