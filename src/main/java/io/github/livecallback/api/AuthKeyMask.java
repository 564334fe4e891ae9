package io.github.livecallback.api;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Masks the callback signing keys in DescribeCallback results: {@code AuthKeyPrimary}, and {@code AuthKeySecond}
 * that older API models return. The keys sign callback messages, so they should not travel on to event logs and
 * dead-letter queues. The last four characters stay, enough to tell keys apart.
 *
 * <p>The mask must never become a key: UpdateCallback replaces the whole configuration, so a Describe answer pasted
 * back into an update would sign every callback with {@code ****abcd}. {@link #isMask} lets validation refuse it.
 */
public final class AuthKeyMask {

    public static final String PRIMARY = "AuthKeyPrimary";
    static final List<String> FIELDS = List.of(PRIMARY, "AuthKeySecond");
    private static final String STARS = "****";
    private static final int VISIBLE = 4;
    private static final int SHORTEST_PARTLY_SHOWN = 12;
    private static final Pattern MASKED = Pattern.compile("\\*{4}(.{" + VISIBLE + "})?", Pattern.DOTALL);

    private AuthKeyMask() {
    }

    /** The result with every key field masked, wherever it is: Describe's items, or any other action's result. */
    public static JsonNode apply(JsonNode result) {
        if (result == null || !result.isContainerNode()) {
            return result;
        }
        JsonNode masked = result.deepCopy();
        maskWithin(masked);
        return masked;
    }

    private static void maskWithin(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (String field : FIELDS) {
                if (object.hasNonNull(field) && object.get(field).isTextual()) {
                    object.put(field, mask(object.get(field).textValue()));
                }
            }
        }
        node.forEach(AuthKeyMask::maskWithin);
    }

    public static String mask(String key) {
        if (key.isEmpty()) {
            return key;
        }
        return key.length() < SHORTEST_PARTLY_SHOWN ? STARS : STARS + key.substring(key.length() - VISIBLE);
    }

    /** Whether this value has the form {@link #mask} gives a key: four stars, then nothing or four characters. */
    public static boolean isMask(String value) {
        return MASKED.matcher(value).matches();
    }
}
