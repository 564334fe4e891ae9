package io.github.livecallback.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Payloads of the functions' tests, in the API's own JSON. */
public final class Payloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final String VHOST = "push.example.com";
    public static final String AUTH_KEY = "1622194197-0-0-5552e4e20387c6dc18afce9f6a";
    /** A push domain of {@link #VHOST} that the emulator knows. */
    public static final String PUSH_DOMAIN = "rtmp.push.example.com";
    /** The callback URL of {@link #update()}. */
    public static final String CALLBACK_URL = "https://fn.example.com/cb";

    /** The plain valid update that most tests send: App {@code live}, MessageType {@code push}, one HTTP callback. */
    public static String update() {
        return update("live", "push", CALLBACK_URL);
    }

    public static String update(String app, String messageType, String url) {
        return """
                {"Vhost":"%s","App":"%s","MessageType":"%s","TranscodeCallback":0,
                 "CallbackDetailList":[{"CallbackType":"http","URL":"%s"}]}""".formatted(VHOST, app, messageType, url);
    }

    public static String updateWithAuth(String app, String messageType, String url) {
        return """
                {"Vhost":"%s","App":"%s","MessageType":"%s","AuthEnable":true,"AuthKeyPrimary":"%s",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"%s"}]}"""
                .formatted(VHOST, app, messageType, AUTH_KEY, url);
    }

    /** An update of the push domain {@link #PUSH_DOMAIN} (no App: a Domain update takes none). */
    public static String updateDomain(String messageType, String url) {
        return """
                {"Domain":"%s","MessageType":"%s",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"%s"}]}""".formatted(PUSH_DOMAIN, messageType, url);
    }

    public static String target(String app, String messageType) {
        StringBuilder json = new StringBuilder("{\"Vhost\":\"" + VHOST + "\"");
        if (app != null) {
            json.append(",\"App\":\"").append(app).append('"');
        }
        if (messageType != null) {
            json.append(",\"MessageType\":\"").append(messageType).append('"');
        }
        return json.append('}').toString();
    }

    /** {@code text} as a JSON string, quoted and escaped, for payloads that carry odd characters. */
    public static String quoted(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Payloads() {
    }
}
