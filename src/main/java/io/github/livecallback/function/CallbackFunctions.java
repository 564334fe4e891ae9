package io.github.livecallback.function;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.http.ResponseStatus;
import io.github.livecallback.logging.Correlation;
import io.github.livecallback.telemetry.InvocationTelemetry;
import io.quarkus.funqy.Context;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;

/**
 * The Funqy functions. One per API action, reachable as {@code POST /updateCallback}, {@code POST /deleteCallback}
 * and {@code POST /describeCallback} with the API's own JSON, and {@code POST /batch} for a list of changes.
 * {@code invoke} is exported as the root function ({@code quarkus.funqy.export}): it serves {@code POST /} (console
 * and CLI test events) and every CloudEvent, dispatched by type.
 *
 * <p>Every entry point is read into the same {@link Invocation} ({@link InvocationReader}) and performed the same
 * way ({@link ChangeExecutor}, {@link BatchExecutor}), once however often the event is delivered
 * ({@link Deduplication}). Payloads are taken as JSON rather than bound by Funqy, so
 * that a field of the wrong type is reported by name, together with every other violation.
 */
public class CallbackFunctions {

    /** Entry points, as the invocations metric and span tell them apart. */
    private static final String FUNCTION = "function";
    private static final String CONSOLE = "console";
    private static final String CLOUD_EVENT = "cloudevent";
    /** The span's name and the metric's action of an invocation that named no action that exists. */
    private static final String UNNAMED = "unknown";

    private final InvocationReader reader;
    private final ChangeExecutor changes;
    private final BatchExecutor batches;
    private final Deduplication deduplication;
    private final ResponseStatus responseStatus;
    private final InvocationTelemetry telemetry;

    public CallbackFunctions(InvocationReader reader, ChangeExecutor changes, BatchExecutor batches,
            Deduplication deduplication, ResponseStatus responseStatus, InvocationTelemetry telemetry) {
        this.reader = reader;
        this.changes = changes;
        this.batches = batches;
        this.deduplication = deduplication;
        this.responseStatus = responseStatus;
        this.telemetry = telemetry;
    }

    @Funq
    public LiveResponse updateCallback(JsonNode payload) {
        return perform(reader.action(LiveAction.UPDATE_CALLBACK, payload), FUNCTION);
    }

    @Funq
    public LiveResponse deleteCallback(JsonNode payload) {
        return perform(reader.action(LiveAction.DELETE_CALLBACK, payload), FUNCTION);
    }

    @Funq
    public LiveResponse describeCallback(JsonNode payload) {
        return perform(reader.action(LiveAction.DESCRIBE_CALLBACK, payload), FUNCTION);
    }

    @Funq
    public LiveResponse batch(JsonNode payload) {
        return perform(reader.batch(payload), FUNCTION);
    }

    @Funq
    public LiveResponse invoke(JsonNode payload, @Context CloudEvent<?> event) {
        return perform(reader.root(payload, event), event == null ? CONSOLE : CLOUD_EVENT);
    }

    /**
     * Performs it inside its span, with its ids in the MDC, so that every line logged meanwhile names them.
     */
    private LiveResponse perform(Invocation invocation, String entryPoint) {
        InvocationContext context = invocation.context();
        try (InvocationTelemetry.Observed observed = telemetry.start(
                Objects.requireNonNullElse(invocation.actionName(), UNNAMED), entryPoint,
                context.delivery().traceparent());
                Correlation correlation = Correlation.of(context.correlationId(), observed.traceId(),
                        observed.spanId())) {
            observed.identify(context.correlationId(), context.delivery().eventId());
            Outcome outcome = deduplication.once(invocation, () -> invocation instanceof Invocation.Batch batch
                    ? batches.execute(batch)
                    : changes.execute((Invocation.Change) invocation));
            observed.answered(outcome.status(), outcome.label(), outcome.envelope().responseMetadata().requestId());
            responseStatus.set(outcome.status(), outcome.retryAfter());
            return outcome.envelope();
        }
    }
}
