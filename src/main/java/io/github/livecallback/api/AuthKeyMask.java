package io.github.livecallback.function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks {@code AuthKeyPrimary} in DescribeCallback results: the key signs callback messages, so it should not
 * travel on to event logs and dead-letter queues. The last four characters stay, enough to tell keys apart.
 */
final class AuthKeyMask {

    static final String FIELD = "AuthKeyPrimary";
    private static final int VISIBLE = 4;
    private static final int SHORTEST_PARTLY_SHOWN = 12;

    private AuthKeyMask() {
    }

    static JsonNode apply(JsonNode result) {
        if (result == null || !result.has("CallbackList") || !result.get("CallbackList").isArray()) {
            return result;
        }
        JsonNode masked = result.deepCopy();
        for (JsonNode item : masked.get("CallbackList")) {
            if (item instanceof ObjectNode callback && callback.hasNonNull(FIELD)) {
                callback.put(FIELD, mask(callback.get(FIELD).asText()));
            }
        }
        return masked;
    }

    static String mask(String key) {
        if (key.isEmpty()) {
            return key;
        }
        return key.length() < SHORTEST_PARTLY_SHOWN ? "****" : "****" + key.substring(key.length() - VISIBLE);
    }
}
