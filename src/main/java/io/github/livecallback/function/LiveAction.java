package io.github.livecallback.function;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.validation.Binding;
import io.github.livecallback.validation.CallbackRules;

/** The actions of the Live OpenAPI that this function performs, each with the rules of its payload. */
public enum LiveAction {

    UPDATE_CALLBACK(CallbackRules.UPDATE_CALLBACK, CallbackRules::bindUpdate),
    DELETE_CALLBACK(CallbackRules.DELETE_CALLBACK, CallbackRules::bindDelete),
    DESCRIBE_CALLBACK(CallbackRules.DESCRIBE_CALLBACK, CallbackRules::bindDescribe);

    /** Fields a payload may carry for this function, not for the API: they are read here and never sent. */
    private static final Set<String> INVOCATION_FIELDS = Set.of(InvocationReader.ACTION, InvocationReader.DRY_RUN);

    private final String apiName;
    private final BiFunction<JsonNode, Set<String>, Binding<? extends CallbackScope>> binder;

    LiveAction(String apiName, BiFunction<JsonNode, Set<String>, Binding<? extends CallbackScope>> binder) {
        this.apiName = apiName;
        this.binder = binder;
    }

    /** The value of the API's {@code Action} query parameter. */
    public String apiName() {
        return apiName;
    }

    /** The action an {@code "Action"} field names, such as {@code UpdateCallback}. */
    static Optional<LiveAction> byApiName(String name) {
        return Arrays.stream(values()).filter(action -> action.apiName.equals(name)).findFirst();
    }

    static List<String> apiNames() {
        return Arrays.stream(values()).map(LiveAction::apiName).toList();
    }

    Binding<? extends CallbackScope> bind(JsonNode payload) {
        return binder.apply(payload, INVOCATION_FIELDS);
    }
}
