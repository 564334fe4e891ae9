package io.github.livecallback.function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.http.ResponseStatus;
import io.github.livecallback.logging.Correlation;
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

    private final InvocationReader reader;
    private final ChangeExecutor changes;
    private final BatchExecutor batches;
    private final Deduplication deduplication;
    private final ResponseStatus responseStatus;

    public CallbackFunctions(InvocationReader reader, ChangeExecutor changes, BatchExecutor batches,
            Deduplication deduplication, ResponseStatus responseStatus) {
        this.reader = reader;
        this.changes = changes;
        this.batches = batches;
        this.deduplication = deduplication;
        this.responseStatus = responseStatus;
    }

    @Funq
    public LiveResponse updateCallback(JsonNode payload) {
        return perform(reader.action(LiveAction.UPDATE_CALLBACK, payload));
    }

    @Funq
    public LiveResponse deleteCallback(JsonNode payload) {
        return perform(reader.action(LiveAction.DELETE_CALLBACK, payload));
    }

    @Funq
    public LiveResponse describeCallback(JsonNode payload) {
        return perform(reader.action(LiveAction.DESCRIBE_CALLBACK, payload));
    }

    @Funq
    public LiveResponse batch(JsonNode payload) {
        return perform(reader.batch(payload));
    }

    @Funq
    public LiveResponse invoke(JsonNode payload, @Context CloudEvent<?> event) {
        return perform(reader.root(payload, event));
    }

    /** Performs it with its correlation id in the MDC, so that every line logged meanwhile names it. */
    private LiveResponse perform(Invocation invocation) {
        try (Correlation correlation = Correlation.of(invocation.context().correlationId())) {
            Outcome outcome = deduplication.once(invocation, () -> invocation instanceof Invocation.Batch batch
                    ? batches.execute(batch)
                    : changes.execute((Invocation.Change) invocation));
            responseStatus.set(outcome.status(), outcome.retryAfter());
            return outcome.envelope();
        }
    }
}
