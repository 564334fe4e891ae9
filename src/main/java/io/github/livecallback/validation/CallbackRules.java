package io.github.livecallback.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.CallbackDetail;
import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.api.Violation;

/**
 * The documented rules of UpdateCallback, DeleteCallback and DescribeCallback, checked before anything is sent.
 * Every violation of a payload is reported, each naming its field, with the API's own code and message format.
 */
public final class CallbackRules {

    /** The message types of the API, in the order the documentation lists them. */
    public static final List<String> MESSAGE_TYPES = List.of("push", "push_end", "snapshot", "record",
            "audit_snapshot");
    public static final List<String> CALLBACK_TYPES = List.of("http");
    public static final List<Integer> TRANSCODE_CALLBACK_VALUES = List.of(0, 1);
    public static final int APP_MAX_LENGTH = 30;
    private static final Pattern APP_CHARACTERS = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Set<String> URL_SCHEMES = Set.of("http", "https");

    private CallbackRules() {
    }

    public static Binding<UpdateCallbackRequest> bindUpdate(JsonNode payload) {
        List<Violation> violations = new ArrayList<>();
        PayloadReader reader = PayloadReader.of(payload, violations);
        List<PayloadReader> detailReaders = new ArrayList<>();
        UpdateCallbackRequest request = new UpdateCallbackRequest(
                reader.text("Vhost"),
                reader.text("Domain"),
                reader.text("App"),
                reader.text("MessageType"),
                reader.integer("TranscodeCallback"),
                reader.objects("CallbackDetailList", detail -> {
                    detailReaders.add(detail);
                    return new CallbackDetail(detail.text("CallbackType"), detail.text("URL"));
                }),
                reader.bool("AuthEnable"),
                reader.text("AuthKeyPrimary"));
        if (reader.hasObject()) {
            checkScope(reader, request.vhost(), request.domain(), request.app(), violations);
            checkMessageType(reader, request.messageType(), true, violations);
            if (request.transcodeCallback() != null
                    && !TRANSCODE_CALLBACK_VALUES.contains(request.transcodeCallback())) {
                violations.add(oneOf("TranscodeCallback", TRANSCODE_CALLBACK_VALUES));
            }
            checkCallbackDetails(reader, request.callbackDetailList(), detailReaders, violations);
            if (Boolean.TRUE.equals(request.authEnable()) && request.authKeyPrimary() == null
                    && !reader.bindFailed("AuthKeyPrimary")) {
                violations.add(empty("AuthKeyPrimary", "AuthKeyPrimary is required when AuthEnable is true"));
            }
        }
        return new Binding<>(request, List.copyOf(violations));
    }

    /** DeleteCallback and DescribeCallback take the same fields under the same rules. */
    public static Binding<CallbackTarget> bindTarget(JsonNode payload) {
        List<Violation> violations = new ArrayList<>();
        PayloadReader reader = PayloadReader.of(payload, violations);
        CallbackTarget target = new CallbackTarget(
                reader.text("Vhost"),
                reader.text("Domain"),
                reader.text("App"),
                reader.text("MessageType"));
        if (reader.hasObject()) {
            checkScope(reader, target.vhost(), target.domain(), target.app(), violations);
            checkMessageType(reader, target.messageType(), false, violations);
        }
        return new Binding<>(target, List.copyOf(violations));
    }

    private static void checkScope(PayloadReader reader, String vhost, String domain, String app,
            List<Violation> violations) {
        if (vhost == null && domain == null && !reader.bindFailed("Vhost") && !reader.bindFailed("Domain")) {
            violations.add(empty("Vhost", "Vhost or Domain is required"));
        }
        if (vhost != null && domain != null) {
            violations.add(new Violation("Domain", ErrorCodes.INVALID_PARAM,
                    "Vhost and Domain can not exist at the same time, give exactly one of them"));
        }
        if (domain != null && app != null) {
            violations.add(new Violation("App", ErrorCodes.DOMAIN_AND_APP,
                    "domain and app exist can not exist at the same time"));
        }
        if (app != null) {
            if (app.length() > APP_MAX_LENGTH) {
                violations.add(new Violation("App", ErrorCodes.OUT_OF_RANGE,
                        "App should be between 1 and " + APP_MAX_LENGTH + " characters long"));
            }
            if (!APP_CHARACTERS.matcher(app).matches()) {
                violations.add(new Violation("App", ErrorCodes.FORMAT,
                        "App format error: only letters, digits, '_', '-' and '.' are allowed"));
            }
        }
    }

    private static void checkMessageType(PayloadReader reader, String messageType, boolean required,
            List<Violation> violations) {
        if (messageType == null) {
            if (required && !reader.bindFailed("MessageType")) {
                violations.add(empty("MessageType", "MessageType is required"));
            }
        } else if (!MESSAGE_TYPES.contains(messageType)) {
            violations.add(oneOf("MessageType", MESSAGE_TYPES));
        }
    }

    private static void checkCallbackDetails(PayloadReader reader, List<CallbackDetail> details,
            List<PayloadReader> detailReaders, List<Violation> violations) {
        if (details == null) {
            if (!reader.bindFailed("CallbackDetailList")) {
                violations.add(empty("CallbackDetailList", "CallbackDetailList is required"));
            }
            return;
        }
        if (details.isEmpty()) {
            violations.add(empty("CallbackDetailList", "CallbackDetailList is required: give at least one receiver"));
        }
        int read = 0;
        for (CallbackDetail detail : details) {
            if (detail != null) {
                checkDetail(detailReaders.get(read++), detail, violations);
            }
        }
    }

    private static void checkDetail(PayloadReader reader, CallbackDetail detail, List<Violation> violations) {
        String typePath = reader.path("CallbackType");
        String urlPath = reader.path("URL");
        if (detail.callbackType() == null) {
            if (!reader.bindFailed("CallbackType")) {
                violations.add(empty(typePath, typePath + " is required"));
            }
        } else if (!CALLBACK_TYPES.contains(detail.callbackType())) {
            violations.add(oneOf(typePath, CALLBACK_TYPES));
        }
        if (detail.url() == null) {
            if (!reader.bindFailed("URL")) {
                violations.add(empty(urlPath, urlPath + " is required"));
            }
        } else if (!isHttpUrl(detail.url())) {
            violations.add(new Violation(urlPath, ErrorCodes.FORMAT,
                    urlPath + " format error: an absolute http:// or https:// URL with a host is required"));
        }
    }

    static boolean isHttpUrl(String url) {
        if (url.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.getScheme() != null && URL_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Violation empty(String field, String message) {
        return new Violation(field, ErrorCodes.EMPTY, message);
    }

    private static Violation oneOf(String field, List<?> allowed) {
        return new Violation(field, ErrorCodes.OUT_OF_RANGE, field + " should be one of {"
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))
                + "}");
    }
}
