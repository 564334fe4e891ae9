package io.github.livecallback.endtoend.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.testing.FastRetries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@link SecretHygieneTest} with the JSON log format: every console line is one JSON object, and no secret is in any
 * of its values once JSON's escapes are undone either.
 */
@QuarkusTest
@TestProfile(SecretHygieneJsonTest.JsonLogsFastRetries.class)
class SecretHygieneJsonTest extends SecretHygieneTest {

    /** {@link FastRetries} with {@code live-callback.log-format=json}. */
    public static class JsonLogsFastRetries extends FastRetries {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("live-callback.log-format", "json");
            return overrides;
        }
    }

    @Override
    protected void checkConsoleLine(String line, List<String> secrets) throws Exception {
        JsonNode json = JsonLogTest.parse(line);
        for (String value : values(json, new ArrayList<>())) {
            for (String secret : secrets) {
                assertFalse(value.contains(secret), "a JSON field leaks a secret: " + line);
            }
        }
    }

    private static List<String> values(JsonNode node, List<String> values) {
        if (node.isContainerNode()) {
            node.forEach(child -> values(child, values));
            node.fieldNames().forEachRemaining(values::add);
        } else {
            values.add(node.asText());
        }
        return values;
    }
}
