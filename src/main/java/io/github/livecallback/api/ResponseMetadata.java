package io.github.livecallback.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {@code ResponseMetadata} of the API's envelope; {@code Error} is present on failure only. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResponseMetadata(
        @JsonProperty("RequestId") String requestId,
        @JsonProperty("Action") String action,
        @JsonProperty("Version") String version,
        @JsonProperty("Service") String service,
        @JsonProperty("Region") String region,
        @JsonProperty("Error") ApiError error) {

    public ResponseMetadata withRequestId(String id) {
        return new ResponseMetadata(id, action, version, service, region, error);
    }

    /** This metadata with another error, or none. */
    public ResponseMetadata withError(ApiError newError) {
        return new ResponseMetadata(requestId, action, version, service, region, newError);
    }
}
