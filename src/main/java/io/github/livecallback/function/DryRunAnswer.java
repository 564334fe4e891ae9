package io.github.livecallback.function;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.livecallback.api.AuthKeyMask;
import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.signing.SignedHeaders;

/**
 * The answer of a dry run (asked for with {@code "DryRun": true} in the payload or the {@code X-Live-Dry-Run: true}
 * header): the request is validated, built and signed, and shown instead of sent: method, URL, headers, body, canonical
 * request and string to sign. Nothing in the answer authorizes anything: the signature is redacted (a signed request
 * replayed within 15 minutes would do what it says, and a dry-run describe would read the unmasked keys), and so
 * are the session token and {@code AuthKeyPrimary}; the hashes shown still cover the real bytes. An operator may
 * show real signatures with {@code live-callback.dry-run-reveals-signature}, to debug against their own account.
 */
final class DryRunAnswer {

    static final String REDACTED = "****";
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[0-9a-f]+");
    private static final Pattern TOKEN_LINE = Pattern.compile("^(x-security-token:).*$", Pattern.MULTILINE);

    private DryRunAnswer() {
    }

    static JsonNode result(PreparedRequest prepared, CallbackScope request, boolean revealSignature,
            ObjectMapper mapper) {
        Map<String, String> headers = new LinkedHashMap<>(prepared.headers());
        headers.computeIfPresent(SignedHeaders.X_SECURITY_TOKEN, (name, token) -> REDACTED);
        if (!revealSignature) {
            headers.computeIfPresent(SignedHeaders.AUTHORIZATION,
                    (name, authorization) -> SIGNATURE.matcher(authorization).replaceAll("$1" + REDACTED));
        }
        String canonicalRequest = TOKEN_LINE.matcher(prepared.canonicalRequest()).replaceAll("$1" + REDACTED);
        String body = prepared.body();
        if (request instanceof UpdateCallbackRequest update && update.authKeyPrimary() != null) {
            body = body.replace(json(mapper, update.authKeyPrimary()),
                    json(mapper, AuthKeyMask.mask(update.authKeyPrimary())));
        }
        ObjectNode result = mapper.createObjectNode().put(InvocationReader.DRY_RUN, true);
        result.set("Request", mapper.valueToTree(new PreparedRequest(prepared.method(), prepared.url(), headers, body,
                canonicalRequest, prepared.stringToSign())));
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
