package io.github.livecallback.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One broken rule of a payload: the field (a JSON path such as {@code CallbackDetailList[1].URL}), code, message. */
@RegisterForReflection
public record Violation(
        @JsonProperty("Field") String field,
        @JsonProperty("Code") String code,
        @JsonProperty("Message") String message) {
}
