package io.github.livecallback.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.Violation;

/**
 * Reads typed fields out of a JSON payload and records an {@code InvalidParam.BindError} for each field of the
 * wrong JSON type, instead of stopping at the first one as data binding would. An empty string counts as absent,
 * as in the API's own examples ({@code "Domain": ""}). It remembers which fields were read, so that every other
 * field can be refused: a misspelt field dropped in silence would send a change the caller did not ask for.
 */
final class PayloadReader {

    private final JsonNode payload;
    private final String pathPrefix;
    private final String owner;
    private final List<Violation> violations;
    private final Set<String> read = new LinkedHashSet<>();

    private PayloadReader(JsonNode payload, String pathPrefix, String owner, List<Violation> violations) {
        this.payload = payload;
        this.pathPrefix = pathPrefix;
        this.owner = owner;
        this.violations = violations;
    }

    /**
     * A reader of the top-level payload; a payload that is not a JSON object is itself a bind error.
     *
     * @param owner what the fields belong to, for messages: the action's name
     */
    static PayloadReader of(JsonNode payload, String owner, List<Violation> violations) {
        if (payload == null || payload.isNull() || payload.isMissingNode()) {
            violations.add(new Violation("body", ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": the request body is empty, a JSON object is expected"));
        } else if (!payload.isObject()) {
            violations.add(new Violation("body", ErrorCodes.BIND_ERROR, ErrorCodes.BIND_ERROR_MESSAGE
                    + ": the request body must be a JSON object, not " + describe(payload.getNodeType())));
        }
        return new PayloadReader(payload, "", owner, violations);
    }

    /**
     * Records an {@code InvalidParam} for every field of the object that was not read and is not one of
     * {@code alsoAccepted}, suggesting the field that was probably meant.
     */
    void refuseUnreadFields(Set<String> alsoAccepted) {
        if (hasObject()) {
            violations.addAll(FieldNames.unknown(payload, pathPrefix, owner, read, alsoAccepted));
        }
    }

    String path(String field) {
        return pathPrefix + field;
    }

    String text(String field) {
        String value = read(field, JsonNode::isTextual, "a string", JsonNode::textValue);
        return value == null || value.isEmpty() ? null : value;
    }

    Integer integer(String field) {
        return read(field, value -> value.isIntegralNumber() && value.canConvertToInt(), "an integer",
                JsonNode::intValue);
    }

    Boolean bool(String field) {
        return read(field, JsonNode::isBoolean, "a boolean", JsonNode::booleanValue);
    }

    private <T> T read(String field, Predicate<JsonNode> accepts, String expected, Function<JsonNode, T> convert) {
        JsonNode value = present(field);
        if (value == null) {
            return null;
        }
        return accepts.test(value) ? convert.apply(value) : bindError(field, expected, value);
    }

    boolean hasObject() {
        return payload != null && payload.isObject();
    }

    /** Whether the field was given with the wrong JSON type, so that it is not also reported as missing. */
    boolean bindFailed(String field) {
        String path = path(field);
        return violations.stream().anyMatch(v -> v.field().equals(path) && v.code().equals(ErrorCodes.BIND_ERROR));
    }

    /**
     * Reads an array of objects, each with a reader whose paths are prefixed by {@code Field[i].}; an element that is
     * not an object is a bind error and stands as {@code null} in the list.
     */
    <T> List<T> objects(String field, Function<PayloadReader, T> element) {
        JsonNode value = present(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            return bindError(field, "an array", value);
        }
        List<T> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            String elementPath = path(field) + "[" + i + "]";
            JsonNode item = value.get(i);
            if (!item.isObject()) {
                violations.add(new Violation(elementPath, ErrorCodes.BIND_ERROR, ErrorCodes.BIND_ERROR_MESSAGE + ": "
                        + elementPath + " must be an object, not " + describe(item.getNodeType())));
                elements.add(null);
                continue;
            }
            PayloadReader itemReader = new PayloadReader(item, elementPath + ".", "a " + field + " item", violations);
            elements.add(element.apply(itemReader));
            itemReader.refuseUnreadFields(Set.of());
        }
        return elements;
    }

    private JsonNode present(String field) {
        read.add(field);
        if (payload == null || !payload.isObject()) {
            return null;
        }
        JsonNode value = payload.get(field);
        return value == null || value.isNull() ? null : value;
    }

    private <T> T bindError(String field, String expected, JsonNode actual) {
        violations.add(new Violation(path(field), ErrorCodes.BIND_ERROR, ErrorCodes.BIND_ERROR_MESSAGE + ": "
                + path(field) + " must be " + expected + ", not " + describe(actual.getNodeType())));
        return null;
    }

    private static String describe(JsonNodeType type) {
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> type.name().toLowerCase(Locale.ROOT);
        };
    }
}
