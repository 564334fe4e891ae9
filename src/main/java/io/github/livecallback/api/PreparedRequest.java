package io.github.livecallback.api;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A signed request as it would go on the wire, with the canonical request and string to sign its signature was
 * computed from: what a dry run shows instead of sending it.
 */
@RegisterForReflection
public record PreparedRequest(
        @JsonProperty("Method") String method,
        @JsonProperty("URL") String url,
        @JsonProperty("Headers") Map<String, String> headers,
        @JsonProperty("Body") String body,
        @JsonProperty("CanonicalRequest") String canonicalRequest,
        @JsonProperty("StringToSign") String stringToSign) {
}
