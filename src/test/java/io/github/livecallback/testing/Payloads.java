package io.github.livecallback.testing;

/** Payloads of the functions' tests, in the API's own JSON. */
public final class Payloads {

    public static final String VHOST = "push.example.com";
    public static final String AUTH_KEY = "1622194197-0-0-5552e4e20387c6dc18afce9f6a";

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

    private Payloads() {
    }
}
