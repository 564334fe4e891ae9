package io.github.livecallback.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The body of UpdateCallback, exactly as it is sent upstream. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateCallbackRequest(
        @JsonProperty("Vhost") String vhost,
        @JsonProperty("Domain") String domain,
        @JsonProperty("App") String app,
        @JsonProperty("MessageType") String messageType,
        @JsonProperty("TranscodeCallback") Integer transcodeCallback,
        @JsonProperty("CallbackDetailList") List<CallbackDetail> callbackDetailList,
        @JsonProperty("AuthEnable") Boolean authEnable,
        @JsonProperty("AuthKeyPrimary") String authKeyPrimary) implements CallbackScope {

    @Override
    public String toString() {
        return "UpdateCallbackRequest[" + describe() + ", transcodeCallback=" + transcodeCallback
                + ", callbackDetailList=" + callbackDetailList + ", authEnable=" + authEnable
                + (authKeyPrimary == null ? "" : ", authKeyPrimary=****") + "]";
    }
}
