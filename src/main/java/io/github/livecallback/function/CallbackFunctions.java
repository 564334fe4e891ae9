package io.github.livecallback.function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.LiveResponse;
import io.quarkus.funqy.Funq;

/**
 * The Funqy functions, one per API action, reachable as {@code POST /updateCallback}, {@code POST /deleteCallback}
 * and {@code POST /describeCallback} with the API's own JSON. The payload is taken as JSON rather than bound by
 * Funqy, so that a field of the wrong type is reported by name, together with every other violation.
 */
public class CallbackFunctions {

    private final CallbackInvoker invoker;

    public CallbackFunctions(CallbackInvoker invoker) {
        this.invoker = invoker;
    }

    @Funq
    public LiveResponse updateCallback(JsonNode payload) {
        return invoker.invoke(LiveAction.UPDATE_CALLBACK, payload);
    }

    @Funq
    public LiveResponse deleteCallback(JsonNode payload) {
        return invoker.invoke(LiveAction.DELETE_CALLBACK, payload);
    }

    @Funq
    public LiveResponse describeCallback(JsonNode payload) {
        return invoker.invoke(LiveAction.DESCRIBE_CALLBACK, payload);
    }
}
