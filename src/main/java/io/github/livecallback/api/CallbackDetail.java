package io.github.livecallback.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One receiver of callback messages. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackDetail(
        @JsonProperty("CallbackType") String callbackType,
        @JsonProperty("URL") String url) {
}
