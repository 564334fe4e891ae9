package io.github.livecallback.function;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.validation.Binding;
import io.github.livecallback.validation.CallbackRules;

/** The actions of the Live OpenAPI that this function performs, each with the rules of its payload. */
public enum LiveAction {

    UPDATE_CALLBACK("UpdateCallback", CallbackRules::bindUpdate),
    DELETE_CALLBACK("DeleteCallback", CallbackRules::bindTarget),
    DESCRIBE_CALLBACK("DescribeCallback", CallbackRules::bindTarget);

    private final String apiName;
    private final Function<JsonNode, Binding<? extends CallbackScope>> binder;

    LiveAction(String apiName, Function<JsonNode, Binding<? extends CallbackScope>> binder) {
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
        return binder.apply(payload);
    }
}
