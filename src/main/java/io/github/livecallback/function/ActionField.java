package io.github.livecallback.function;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.Violation;

/** The {@code "Action"} field that console test events and batch items name their action with. */
final class ActionField {

    static final String NAME = "Action";

    private ActionField() {
    }

    /** The action, or the violation that names the valid ones; {@code hint} ends the message. */
    static Resolved resolve(JsonNode payload, String path, String hint) {
        JsonNode value = payload == null ? null : payload.get(NAME);
        String valid = "{[" + String.join(", ", LiveAction.apiNames()) + "]}";
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
            return new Resolved(null, new Violation(path, ErrorCodes.EMPTY,
                    path + " is required: one of " + valid + hint));
        }
        return LiveAction.byApiName(value.asText())
                .map(action -> new Resolved(action, null))
                .orElseGet(() -> new Resolved(null, new Violation(path, ErrorCodes.OUT_OF_RANGE,
                        path + " should be one of " + valid + hint)));
    }

    /**
     * A payload sent to one function's own path that names another action: {@code "Action":"DeleteCallback"} posted
     * to {@code /updateCallback} is refused rather than read as the path says.
     */
    static Optional<Violation> contradicts(JsonNode payload, LiveAction action) {
        JsonNode value = payload == null || !payload.isObject() ? null : payload.get(NAME);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().equals(action.apiName()))) {
            return Optional.empty();
        }
        return Optional.of(new Violation(NAME, ErrorCodes.OUT_OF_RANGE, NAME + " should be one of {["
                + action.apiName() + "]}: this payload was sent to " + action.apiName() + ", and names "
                + value + "; send it to that action's function or to / instead"));
    }

    record Resolved(LiveAction action, Violation violation) {
        List<Violation> violations() {
            return violation == null ? List.of() : List.of(violation);
        }
    }
}
