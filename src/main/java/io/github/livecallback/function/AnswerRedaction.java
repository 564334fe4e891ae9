package io.github.livecallback.function;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.github.livecallback.api.ApiError;
import io.github.livecallback.api.AuthKeyMask;
import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.client.InvocationCredentials;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.config.LiveApiSettings;
import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.signing.Credentials;

/**
 * The last look at every answer of a change before it leaves: the API's answers are relayed, and an upstream error
 * message that echoes what it was sent (a session token, a key) would carry it on to event logs and dead letters.
 * Every value equal to a secret the function knows (the configured and the invocation's secret key and session
 * token, the inbound token, the request's AuthKeyPrimary) is replaced, in the result and in the error message, and
 * the callback keys are masked wherever they stand (unless {@code volc.live.reveal-auth-key}).
 */
@ApplicationScoped
public class AnswerRedaction {

    static final String REDACTED = "****";
    /** Shorter values are not secrets worth replacing everywhere they happen to occur. */
    private static final int SHORTEST_SECRET = 6;

    private final Set<String> configured = new LinkedHashSet<>();
    private final InvocationCredentials credentials;
    private final boolean revealAuthKey;

    public AnswerRedaction(LiveApiSettings settings, FunctionConfig function, InvocationCredentials credentials,
            VolcConfig config) {
        settings.credentials().ifPresent(configuredCredentials -> add(configured, configuredCredentials));
        function.inboundToken().map(String::trim).ifPresent(configured::add);
        this.credentials = credentials;
        this.revealAuthKey = config.live().revealAuthKey();
    }

    Outcome applied(Outcome outcome, CallbackScope request) {
        return new Outcome(outcome.status(), apply(outcome.envelope(), request), outcome.label(), outcome.retryAfter());
    }

    LiveResponse apply(LiveResponse answer, CallbackScope request) {
        Set<String> secrets = new LinkedHashSet<>(configured);
        credentials.find().ifPresent(used -> add(secrets, used));
        if (request instanceof UpdateCallbackRequest update && update.authKeyPrimary() != null) {
            secrets.add(update.authKeyPrimary());
        }
        secrets.removeIf(secret -> secret.length() < SHORTEST_SECRET);
        JsonNode result = answer.result() == null ? null : replaced(answer.result().deepCopy(), secrets);
        LiveResponse redacted = new LiveResponse(answer.responseMetadata(),
                revealAuthKey ? result : AuthKeyMask.apply(result));
        ApiError error = answer.responseMetadata() == null ? null : answer.responseMetadata().error();
        if (error == null || error.message() == null) {
            return redacted;
        }
        return new LiveResponse(redacted.responseMetadata().withError(new ApiError(error.codeN(), error.code(),
                replaced(error.message(), secrets), error.violations())), redacted.result());
    }

    private static void add(Set<String> secrets, Credentials used) {
        secrets.add(used.secretAccessKey());
        used.sessionToken().ifPresent(secrets::add);
    }

    private static JsonNode replaced(JsonNode node, Set<String> secrets) {
        if (node.isTextual()) {
            return TextNode.valueOf(replaced(node.textValue(), secrets));
        }
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> object.set(name, replaced(object.get(name), secrets)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaced(array.get(i), secrets));
            }
        }
        return node;
    }

    private static String replaced(String text, Set<String> secrets) {
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, REDACTED);
        }
        return result;
    }
}
