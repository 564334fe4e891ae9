package io.github.livecallback.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The API's response envelope, which every function returns: the upstream answer as it came (the result is kept
 * as JSON so that fields Volcengine adds pass through), or an error envelope of the same shape.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LiveResponse(
        @JsonProperty("ResponseMetadata") ResponseMetadata responseMetadata,
        @JsonProperty("Result") JsonNode result) {

    public boolean failed() {
        return responseMetadata != null && responseMetadata.error() != null;
    }

    /** This envelope, with the given id where it has none (an error found before or without an upstream answer). */
    public LiveResponse withRequestIdIfMissing(String id) {
        if (responseMetadata == null || responseMetadata.requestId() != null) {
            return this;
        }
        return new LiveResponse(responseMetadata.withRequestId(id), result);
    }

    public LiveResponse withResult(JsonNode newResult) {
        return new LiveResponse(responseMetadata, newResult);
    }
}
