package io.github.livecallback.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A signed request as it would go on the wire, returned by a dry run instead of being sent. */
@RegisterForReflection
public record PreparedRequest(
        @JsonProperty("Method") String method,
        @JsonProperty("URL") String url,
        @JsonProperty("Headers") Map<String, String> headers,
        @JsonProperty("Body") String body) {
}
