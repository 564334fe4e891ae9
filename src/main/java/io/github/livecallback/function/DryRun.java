package io.github.livecallback.function;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.api.Violation;
import io.github.livecallback.signing.SignedHeaders;

/**
 * A dry run, asked for with {@code "DryRun": true} in the payload or the {@code X-Live-Dry-Run: true} header:
 * the request is validated, built and signed, and returned instead of sent. Secrets stay out of the answer: the
 * session token and {@code AuthKeyPrimary} are masked, while the hash and signature cover the real bytes.
 */
final class DryRun {

    static final String FIELD = "DryRun";

    private DryRun() {
    }

    static boolean requested(JsonNode payload, InvocationContext context) {
        return context.dryRunHeader() || (payload != null && payload.path(FIELD).asBoolean(false));
    }

    /** {@code DryRun} must be a boolean when given. */
    static Optional<Violation> check(JsonNode payload) {
        JsonNode flag = payload == null ? null : payload.get(FIELD);
        if (flag == null || flag.isNull() || flag.isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(FIELD, ErrorCodes.BIND_ERROR,
                ErrorCodes.BIND_ERROR_MESSAGE + ": DryRun must be a boolean"));
    }

    static JsonNode result(PreparedRequest prepared, CallbackScope request, ObjectMapper mapper) {
        Map<String, String> headers = new LinkedHashMap<>(prepared.headers());
        headers.computeIfPresent(SignedHeaders.X_SECURITY_TOKEN, (name, token) -> "****");
        String body = prepared.body();
        if (request instanceof UpdateCallbackRequest update && update.authKeyPrimary() != null) {
            body = body.replace(json(mapper, update.authKeyPrimary()),
                    json(mapper, AuthKeyMask.mask(update.authKeyPrimary())));
        }
        ObjectNode result = mapper.createObjectNode().put(FIELD, true);
        result.set("Request", mapper.valueToTree(
                new PreparedRequest(prepared.method(), prepared.url(), headers, body)));
        return result;
    }

    private static String json(ObjectMapper mapper, String text) {
        try {
            return mapper.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
