package io.github.livecallback.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of DeleteCallback and of DescribeCallback: which configurations to remove or read. An absent App means
 * every app of the Vhost; an absent MessageType means every message type.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallbackTarget(
        @JsonProperty("Vhost") String vhost,
        @JsonProperty("Domain") String domain,
        @JsonProperty("App") String app,
        @JsonProperty("MessageType") String messageType) implements CallbackScope {
}
