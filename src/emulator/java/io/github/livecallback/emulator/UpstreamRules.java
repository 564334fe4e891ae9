package io.github.livecallback.emulator;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parameter checks of the real API, as its documentation and error codes describe them. Like the real API it
 * stops at the first problem; the function under test is expected to have caught all of them before sending.
 */
final class UpstreamRules {

    private static final Set<String> MESSAGE_TYPES = Set.of("push", "push_end", "snapshot", "record",
            "audit_snapshot");
    private static final Pattern APP = Pattern.compile("[A-Za-z0-9_.-]{1,30}");
    private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s/?#]+[^\\s]*", Pattern.CASE_INSENSITIVE);
    private static final Map<String, JsonType> UPDATE_FIELDS = Map.of(
            "Vhost", JsonType.STRING, "Domain", JsonType.STRING, "App", JsonType.STRING,
            "MessageType", JsonType.STRING, "TranscodeCallback", JsonType.INTEGER,
            "CallbackDetailList", JsonType.ARRAY, "AuthEnable", JsonType.BOOLEAN, "AuthKeyPrimary", JsonType.STRING);
    private static final Map<String, JsonType> TARGET_FIELDS = Map.of(
            "Vhost", JsonType.STRING, "Domain", JsonType.STRING, "App", JsonType.STRING,
            "MessageType", JsonType.STRING);

    private enum JsonType {
        STRING, INTEGER, BOOLEAN, ARRAY;

        boolean accepts(JsonNode value) {
            return value.isNull() || switch (this) {
                case STRING -> value.isTextual();
                case INTEGER -> value.isIntegralNumber();
                case BOOLEAN -> value.isBoolean();
                case ARRAY -> value.isArray();
            };
        }
    }

    private UpstreamRules() {
    }

    static void checkUpdate(JsonNode body) {
        checkTypes(body, UPDATE_FIELDS);
        for (JsonNode detail : body.path("CallbackDetailList")) {
            if (!detail.isObject() || !JsonType.STRING.accepts(detail.path("URL"))
                    || !JsonType.STRING.accepts(detail.path("CallbackType"))) {
                throw bindError();
            }
        }
        String messageType = text(body, "MessageType");
        if (messageType == null) {
            throw EmulatorError.invalid("InvalidParam.Empty", "MessageType is required");
        }
        checkTarget(body, false);
        int transcode = body.path("TranscodeCallback").asInt(0);
        if (transcode != 0 && transcode != 1) {
            throw EmulatorError.invalid("InvalidParam.OutOfRange", "TranscodeCallback should be one of {[0 1]}");
        }
        JsonNode details = body.path("CallbackDetailList");
        if (details.isEmpty()) {
            throw EmulatorError.invalid("InvalidParam.Empty", "CallbackDetailList is required");
        }
        for (JsonNode detail : details) {
            if (!"http".equals(text(detail, "CallbackType"))) {
                throw EmulatorError.invalid("InvalidParam.OutOfRange", "CallbackType should be one of {[http]}");
            }
            String url = text(detail, "URL");
            if (url == null || !HTTP_URL.matcher(url).matches()) {
                throw EmulatorError.invalid("InvalidParam.Format", "URL format error");
            }
        }
        if (body.path("AuthEnable").asBoolean(false) && text(body, "AuthKeyPrimary") == null) {
            throw EmulatorError.invalid("InvalidParam.Empty", "AuthKeyPrimary is required");
        }
    }

    /** The fields of DeleteCallback. */
    static void checkDelete(JsonNode body) {
        checkTarget(body, false);
    }

    /** The fields of DescribeCallback, which, unlike the others, takes App with Domain (the SDK examples send it). */
    static void checkDescribe(JsonNode body) {
        checkTarget(body, true);
    }

    private static void checkTarget(JsonNode body, boolean appWithDomain) {
        checkTypes(body, TARGET_FIELDS);
        String vhost = text(body, "Vhost");
        String domain = text(body, "Domain");
        String app = text(body, "App");
        String messageType = text(body, "MessageType");
        if ((vhost == null) == (domain == null)) {
            throw EmulatorError.invalid("InvalidParam", "exactly one of Vhost and Domain is required");
        }
        if (domain != null && app != null && !appWithDomain) {
            throw EmulatorError.invalid("InvalidParam.DomainAndApp",
                    "domain and app exist can not exist at the same time");
        }
        if (app != null && !APP.matcher(app).matches()) {
            throw EmulatorError.invalid("InvalidParam.Format", "App format error");
        }
        if (messageType != null && !MESSAGE_TYPES.contains(messageType)) {
            throw EmulatorError.invalid("InvalidParam.OutOfRange",
                    "MessageType should be one of {[push push_end snapshot record audit_snapshot]}");
        }
    }

    /** A string field, with an empty string read as absent as the API's own examples do. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.textValue().isEmpty() ? null : value.textValue();
    }

    private static void checkTypes(JsonNode body, Map<String, JsonType> fields) {
        if (!body.isObject()) {
            throw bindError();
        }
        fields.forEach((field, type) -> {
            if (body.has(field) && !type.accepts(body.get(field))) {
                throw bindError();
            }
        });
    }

    private static EmulatorError bindError() {
        return EmulatorError.invalid("InvalidParam.BindError", "Request parameter error, please check input data");
    }
}
