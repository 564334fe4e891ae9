package io.github.livecallback.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The parameter checks of the real API, as its documentation and error codes describe them, with the codes the
 * function uses for the same rules. Like the real API it stops at the first problem; the function under test is
 * expected to have caught all of them before sending. Like the real API it ignores fields it does not know, reads
 * an empty string or a JSON null as an absent field (the DeleteCallback example sends {@code "Domain":""}), and
 * accepts any {@code AuthKeyPrimary} string.
 *
 * <p>Messages follow the documents' formats: {@code %s is required}, {@code %s format error},
 * {@code %s should be one of {[%s]}}, {@code %s should be between %d and %d}.
 */
final class UpstreamRules {

    static final List<String> MESSAGE_TYPES = List.of("push", "push_end", "snapshot", "record", "audit_snapshot");
    static final int APP_MAX_LENGTH = 30;
    /** The official SDK's model: "1 to 100 characters"; counted in code points. */
    static final int URL_MAX_LENGTH = 100;
    private static final Pattern APP = Pattern.compile("[A-Za-z0-9_.-]+");
    /** A DNS name: labels of 1 to 63 letters, digits and '-', joined by dots, 253 characters at most. */
    private static final Pattern HOST_NAME = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9-]{1,63}\\.)*[A-Za-z0-9-]{1,63}");
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");
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
            if (!detail.isObject() || (detail.has("URL") && !JsonType.STRING.accepts(detail.get("URL")))
                    || (detail.has("CallbackType") && !JsonType.STRING.accepts(detail.get("CallbackType")))) {
                throw bindError();
            }
        }
        if (text(body, "MessageType") == null) {
            throw EmulatorError.invalid("InvalidParam.Empty", "MessageType is required");
        }
        checkScope(body, false);
        checkMessageType(body);
        JsonNode transcode = body.get("TranscodeCallback");
        if (transcode != null && !transcode.isNull()
                && !(transcode.canConvertToInt() && (transcode.intValue() == 0 || transcode.intValue() == 1))) {
            throw EmulatorError.invalid("InvalidParam.OutOfRange", "TranscodeCallback should be one of {[0 1]}");
        }
        JsonNode details = body.path("CallbackDetailList");
        if (details.isEmpty()) {
            // Missing, null or []: the published page marks the list required and states no minimum item count.
            throw EmulatorError.invalid("InvalidParam.Empty", "CallbackDetailList is required");
        }
        for (JsonNode detail : details) {
            checkDetail(detail);
        }
        if (body.path("AuthEnable").asBoolean(false) && text(body, "AuthKeyPrimary") == null) {
            throw EmulatorError.invalid("InvalidParam.Empty", "AuthKeyPrimary is required");
        }
    }

    /** The fields of DeleteCallback. */
    static void checkDelete(JsonNode body) {
        checkTypes(body, TARGET_FIELDS);
        checkScope(body, false);
        checkMessageType(body);
    }

    /** The fields of DescribeCallback, which, unlike the others, takes App with Domain (the SDK examples send it). */
    static void checkDescribe(JsonNode body) {
        checkTypes(body, TARGET_FIELDS);
        checkScope(body, true);
        checkMessageType(body);
    }

    private static void checkScope(JsonNode body, boolean appWithDomain) {
        String vhost = text(body, "Vhost");
        String domain = text(body, "Domain");
        String app = text(body, "App");
        if (vhost == null && domain == null) {
            // The documents name no code for this case: InvalidParam.Empty is theirs for a missing parameter.
            throw EmulatorError.invalid("InvalidParam.Empty", "Vhost or Domain is required");
        }
        if (vhost != null && domain != null) {
            // The documents name no code for this case ("give exactly one"): the generic InvalidParam.
            throw EmulatorError.invalid("InvalidParam", "Vhost and Domain can not exist at the same time");
        }
        for (String name : new String[] { vhost, domain }) {
            // The documents give Vhost and Domain no rule; both are DNS names, as the gateway's routing needs them.
            if (name != null && !HOST_NAME.matcher(name).matches()) {
                throw EmulatorError.invalid("InvalidParam.Format", (name == vhost ? "Vhost" : "Domain")
                        + " format error");
            }
        }
        if (domain != null && app != null && !appWithDomain) {
            throw EmulatorError.invalid("InvalidParam.DomainAndApp",
                    "domain and app exist can not exist at the same time");
        }
        if (app != null) {
            if (app.codePointCount(0, app.length()) > APP_MAX_LENGTH) {
                throw EmulatorError.invalid("InvalidParam.OutOfRange",
                        "App should be between 1 and " + APP_MAX_LENGTH);
            }
            if (!APP.matcher(app).matches()) {
                throw EmulatorError.invalid("InvalidParam.Format", "App format error");
            }
        }
    }

    private static void checkMessageType(JsonNode body) {
        String messageType = text(body, "MessageType");
        if (messageType != null && !MESSAGE_TYPES.contains(messageType)) {
            throw EmulatorError.invalid("InvalidParam.OutOfRange",
                    "MessageType should be one of {[" + String.join(" ", MESSAGE_TYPES) + "]}");
        }
    }

    private static void checkDetail(JsonNode detail) {
        String callbackType = text(detail, "CallbackType");
        if (callbackType == null) {
            throw EmulatorError.invalid("InvalidParam.Empty", "CallbackType is required");
        }
        // The document: "can be set to HTTP" (HTTP and HTTPS receivers); its examples send "http": any letter case.
        if (!callbackType.toLowerCase(Locale.ROOT).equals("http")) {
            throw EmulatorError.invalid("InvalidParam.OutOfRange", "CallbackType should be one of {[http]}");
        }
        String url = text(detail, "URL");
        if (url == null) {
            throw EmulatorError.invalid("InvalidParam.Empty", "URL is required");
        }
        if (url.codePointCount(0, url.length()) > URL_MAX_LENGTH) {
            throw EmulatorError.invalid("InvalidParam.OutOfRange", "URL should be between 1 and " + URL_MAX_LENGTH);
        }
        if (!isCallbackUrl(url)) {
            throw EmulatorError.invalid("InvalidParam.Format", "URL format error");
        }
    }

    /**
     * An absolute http or https URL (scheme in any letter case) with a host, and nothing invisible: no whitespace,
     * no ISO control character, no Unicode format character (zero-width characters, bidi marks). Anything else a
     * real URL may hold passes: {@code _} in a host, internationalised host names, <code>&#123;</code>,
     * <code>|</code> or <code>%</code> in the path or query. The port is not examined.
     */
    static boolean isCallbackUrl(String url) {
        if (url.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return false;
        }
        int colon = url.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String scheme = url.substring(0, colon);
        if (!SCHEME.matcher(scheme).matches()) {
            return false;
        }
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        if (!lowerScheme.equals("http") && !lowerScheme.equals("https")) {
            return false;
        }
        String rest = url.substring(colon + 1);
        if (!rest.startsWith("//")) {
            return false;
        }
        String authority = rest.substring(2).split("[/?#]", 2)[0];
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host;
        if (hostAndPort.startsWith("[")) {
            int close = hostAndPort.indexOf(']');
            host = close < 0 ? "" : hostAndPort.substring(1, close);
        } else {
            int port = hostAndPort.indexOf(':');
            host = port < 0 ? hostAndPort : hostAndPort.substring(0, port);
        }
        return !host.isEmpty();
    }

    /** A string field, with an empty string read as absent as the API's own examples do. */
    static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || !value.isTextual() || value.textValue().isEmpty() ? null : value.textValue();
    }

    private static void checkTypes(JsonNode body, Map<String, JsonType> fields) {
        if (body == null || !body.isObject()) {
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
