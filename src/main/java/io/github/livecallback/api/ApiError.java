package io.github.livecallback.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * {@code ResponseMetadata.Error} of the API's error envelope. {@code Violations} is this function's addition: when
 * it refuses a payload it lists every rule the payload breaks, each with its field.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(
        @JsonProperty("CodeN") Integer codeN,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message,
        @JsonProperty("Violations") List<Violation> violations) {

    public static ApiError of(String code, String message) {
        return new ApiError(null, code, message, null);
    }
}
