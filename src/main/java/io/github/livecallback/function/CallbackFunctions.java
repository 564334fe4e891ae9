package io.github.livecallback.function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.http.ResponseStatus;
import io.quarkus.funqy.Context;
import io.quarkus.funqy.Funq;
import io.quarkus.funqy.knative.events.CloudEvent;

/**
 * The Funqy functions. One per API action, reachable as {@code POST /updateCallback}, {@code POST /deleteCallback}
 * and {@code POST /describeCallback} with the API's own JSON, and {@code POST /batch} for a list of changes.
 * {@code invoke} is exported as the root function ({@code quarkus.funqy.export}): it serves {@code POST /} (console
 * and CLI test events) and every CloudEvent, dispatched by type.
 *
 * <p>Payloads are taken as JSON rather than bound by Funqy, so that a field of the wrong type is reported by name,
 * together with every other violation.
 */
public class CallbackFunctions {

    private final EventDispatcher dispatcher;
    private final BatchInvoker batches;
    private final InvocationContexts contexts;
    private final ResponseStatus responseStatus;

    public CallbackFunctions(EventDispatcher dispatcher, BatchInvoker batches, InvocationContexts contexts,
            ResponseStatus responseStatus) {
        this.dispatcher = dispatcher;
        this.batches = batches;
        this.contexts = contexts;
        this.responseStatus = responseStatus;
    }

    @Funq
    public LiveResponse updateCallback(JsonNode payload) {
        return answer(dispatcher.single(LiveAction.UPDATE_CALLBACK, payload, contexts.current(null)));
    }

    @Funq
    public LiveResponse deleteCallback(JsonNode payload) {
        return answer(dispatcher.single(LiveAction.DELETE_CALLBACK, payload, contexts.current(null)));
    }

    @Funq
    public LiveResponse describeCallback(JsonNode payload) {
        return answer(dispatcher.single(LiveAction.DESCRIBE_CALLBACK, payload, contexts.current(null)));
    }

    @Funq
    public LiveResponse batch(JsonNode payload) {
        return answer(batches.run(payload, contexts.current(null)));
    }

    @Funq
    public LiveResponse invoke(JsonNode payload, @Context CloudEvent<?> event) {
        return answer(dispatcher.dispatch(payload, contexts.current(event), event));
    }

    private LiveResponse answer(Outcome outcome) {
        responseStatus.set(outcome.status(), outcome.retryAfter());
        return outcome.envelope();
    }
}
