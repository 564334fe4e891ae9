package io.github.livecallback.api;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.config.LiveApiSettings;
import io.github.livecallback.config.VolcConfig;

/**
 * Builds error envelopes for failures this function detects itself, in the API's own shape. A configured region or
 * service that is not a name (refused at start) is not echoed: the edition's stands in.
 */
@ApplicationScoped
public class Envelopes {

    private final String version;
    private final String service;
    private final String region;

    public Envelopes(VolcConfig config) {
        this.version = config.live().version();
        this.service = LiveApiSettings.isName(config.live().service()) ? config.live().service()
                : config.live().edition().service();
        this.region = LiveApiSettings.isName(config.region()) ? config.region() : config.live().edition().region();
    }

    /** @param requestId this invocation's id, or {@code null} to let the caller fill it in */
    public LiveResponse error(String requestId, String action, String code, String message) {
        return error(requestId, action, ApiError.of(code, message));
    }

    /** An envelope that lists every violation; its code is theirs when they share one, else {@code InvalidParam}. */
    public LiveResponse invalid(String requestId, String action, List<Violation> violations) {
        String code = violations.stream().map(Violation::code).distinct().count() == 1
                ? violations.get(0).code()
                : ErrorCodes.INVALID_PARAM;
        String message = String.join("; ", violations.stream().map(Violation::message).toList());
        return error(requestId, action, new ApiError(null, code, message, violations));
    }

    /** An answer made here, not upstream: a dry run or a batch summary. */
    public LiveResponse success(String requestId, String action, JsonNode result) {
        return new LiveResponse(metadata(requestId, action, null), result);
    }

    public LiveResponse error(String requestId, String action, ApiError error) {
        return new LiveResponse(metadata(requestId, action, error), null);
    }

    private ResponseMetadata metadata(String requestId, String action, ApiError error) {
        return new ResponseMetadata(requestId, action, version, service, region, error);
    }
}
