package io.github.livecallback.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.AuthKeyMask;
import io.github.livecallback.api.CallbackDetail;
import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.api.Violation;

/**
 * The documented rules of UpdateCallback, DeleteCallback and DescribeCallback, checked before anything is sent.
 * Every violation of a payload is reported, each naming its field, with the API's own code and message format.
 * Where the documents name no code for a rule, the comment beside it says so; the emulator and the JSON Schemas in
 * {@code deployment/schemas/} use the same codes and limits (RuleAgreementTest holds the three together).
 */
public final class CallbackRules {

    public static final String UPDATE_CALLBACK = "UpdateCallback";
    public static final String DELETE_CALLBACK = "DeleteCallback";
    public static final String DESCRIBE_CALLBACK = "DescribeCallback";
    /** The message types of the API, in the order the documentation lists them. */
    public static final List<String> MESSAGE_TYPES = List.of("push", "push_end", "snapshot", "record",
            "audit_snapshot");
    /** The document: "can be set to HTTP"; every example sends {@code http}, which is what is sent. */
    public static final String CALLBACK_TYPE = "http";
    public static final List<Integer> TRANSCODE_CALLBACK_VALUES = List.of(0, 1);
    public static final int APP_MAX_LENGTH = 30;
    private static final Pattern APP_CHARACTERS = Pattern.compile("[A-Za-z0-9_.-]+");
    /** A DNS name: labels of 1 to 63 letters, digits and '-', joined by dots, 253 characters at most. */
    public static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)([A-Za-z0-9-]{1,63}\\.)*[A-Za-z0-9-]{1,63}");

    private CallbackRules() {
    }

    /** @param alsoAccepted fields the invocation itself reads (its Action, DryRun), not sent to the API */
    public static Binding<UpdateCallbackRequest> bindUpdate(JsonNode payload, Set<String> alsoAccepted) {
        List<Violation> violations = new ArrayList<>();
        PayloadReader reader = PayloadReader.of(payload, UPDATE_CALLBACK, violations);
        List<PayloadReader> detailReaders = new ArrayList<>();
        UpdateCallbackRequest read = new UpdateCallbackRequest(
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
                reader.text(AuthKeyMask.PRIMARY));
        if (!reader.hasObject()) {
            return new Binding<>(read, List.copyOf(violations));
        }
        reader.refuseUnreadFields(alsoAccepted);
        checkScope(reader, read.vhost(), read.domain(), read.app(), false, violations);
        checkMessageType(reader, read.messageType(), true, violations);
        if (read.transcodeCallback() != null && !TRANSCODE_CALLBACK_VALUES.contains(read.transcodeCallback())) {
            violations.add(oneOf("TranscodeCallback", TRANSCODE_CALLBACK_VALUES));
        }
        List<CallbackDetail> details = checkCallbackDetails(reader, read.callbackDetailList(), detailReaders,
                violations);
        checkAuthKey(reader, read, violations);
        return new Binding<>(new UpdateCallbackRequest(read.vhost(), read.domain(), read.app(), read.messageType(),
                read.transcodeCallback(), details, read.authEnable(), read.authKeyPrimary()),
                List.copyOf(violations));
    }

    /** DeleteCallback: Domain and App are not allowed together, as for UpdateCallback. */
    public static Binding<CallbackTarget> bindDelete(JsonNode payload, Set<String> alsoAccepted) {
        return bindTarget(payload, DELETE_CALLBACK, false, alsoAccepted);
    }

    /** DescribeCallback: the same fields, and Domain with App is allowed (the official SDK's examples send it). */
    public static Binding<CallbackTarget> bindDescribe(JsonNode payload, Set<String> alsoAccepted) {
        return bindTarget(payload, DESCRIBE_CALLBACK, true, alsoAccepted);
    }

    private static Binding<CallbackTarget> bindTarget(JsonNode payload, String action, boolean domainWithApp,
            Set<String> alsoAccepted) {
        List<Violation> violations = new ArrayList<>();
        PayloadReader reader = PayloadReader.of(payload, action, violations);
        CallbackTarget target = new CallbackTarget(
                reader.text("Vhost"),
                reader.text("Domain"),
                reader.text("App"),
                reader.text("MessageType"));
        if (reader.hasObject()) {
            reader.refuseUnreadFields(alsoAccepted);
            checkScope(reader, target.vhost(), target.domain(), target.app(), domainWithApp, violations);
            checkMessageType(reader, target.messageType(), false, violations);
        }
        return new Binding<>(target, List.copyOf(violations));
    }

    private static void checkScope(PayloadReader reader, String vhost, String domain, String app,
            boolean domainWithApp, List<Violation> violations) {
        if (vhost == null && domain == null && !reader.bindFailed("Vhost") && !reader.bindFailed("Domain")) {
            // The documents say "give exactly one of Vhost and Domain" and name no code: Empty, as for other
            // missing fields.
            violations.add(empty("Vhost", "Vhost or Domain is required"));
        }
        if (vhost != null && domain != null) {
            // No code named for this either: the generic InvalidParam.
            violations.add(new Violation("Domain", ErrorCodes.INVALID_PARAM,
                    "Vhost and Domain can not exist at the same time, give exactly one of them"));
        }
        checkHostName("Vhost", vhost, violations);
        checkHostName("Domain", domain, violations);
        if (domain != null && app != null && !domainWithApp) {
            violations.add(new Violation("App", ErrorCodes.DOMAIN_AND_APP,
                    "domain and app exist can not exist at the same time"));
        }
        if (app != null) {
            if (app.length() > APP_MAX_LENGTH) {
                violations.add(between("App", 1, APP_MAX_LENGTH));
            }
            if (!APP_CHARACTERS.matcher(app).matches()) {
                violations.add(new Violation("App", ErrorCodes.FORMAT,
                        "App format error: only letters, digits, '_', '-' and '.' are allowed"));
            }
        }
    }

    /**
     * The documents give Vhost and Domain no character rule, but both are DNS names, and anything else (a space, a
     * line break, an invisible character) could only ever reach the wrong target or a log line.
     */
    private static void checkHostName(String field, String name, List<Violation> violations) {
        if (name != null && !HOST_NAME.matcher(name).matches()) {
            violations.add(new Violation(field, ErrorCodes.FORMAT, field + " format error: a host name is expected, "
                    + "labels of letters, digits and '-' joined by '.', at most 253 characters"));
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

    /** @return the details as they are sent: the callback type spelt as the API's examples spell it */
    private static List<CallbackDetail> checkCallbackDetails(PayloadReader reader, List<CallbackDetail> details,
            List<PayloadReader> detailReaders, List<Violation> violations) {
        if (details == null) {
            if (!reader.bindFailed("CallbackDetailList")) {
                violations.add(empty("CallbackDetailList", "CallbackDetailList is required"));
            }
            return null;
        }
        if (details.isEmpty()) {
            violations.add(empty("CallbackDetailList", "CallbackDetailList is required: give at least one receiver"));
        }
        List<CallbackDetail> sent = new ArrayList<>(details.size());
        int read = 0;
        for (CallbackDetail detail : details) {
            if (detail != null) {
                checkDetail(detailReaders.get(read++), detail, violations);
                sent.add(new CallbackDetail(detail.callbackType() == null ? null
                        : detail.callbackType().toLowerCase(Locale.ROOT), detail.url()));
            }
        }
        return sent;
    }

    private static void checkDetail(PayloadReader reader, CallbackDetail detail, List<Violation> violations) {
        String typePath = reader.path("CallbackType");
        String urlPath = reader.path("URL");
        if (detail.callbackType() == null) {
            if (!reader.bindFailed("CallbackType")) {
                violations.add(empty(typePath, typePath + " is required"));
            }
        } else if (!CALLBACK_TYPE.equalsIgnoreCase(detail.callbackType())) {
            violations.add(oneOf(typePath, List.of(CALLBACK_TYPE)));
        }
        if (detail.url() == null) {
            if (!reader.bindFailed("URL")) {
                violations.add(empty(urlPath, urlPath + " is required"));
            }
            return;
        }
        if (CallbackUrl.tooLong(detail.url())) {
            violations.add(between(urlPath, 1, CallbackUrl.MAX_LENGTH));
        }
        CallbackUrl.formatProblem(detail.url()).ifPresent(problem -> violations.add(new Violation(urlPath,
                ErrorCodes.FORMAT, urlPath + " format error: " + problem)));
    }

    private static void checkAuthKey(PayloadReader reader, UpdateCallbackRequest request, List<Violation> violations) {
        String key = request.authKeyPrimary();
        if (Boolean.TRUE.equals(request.authEnable()) && key == null && !reader.bindFailed(AuthKeyMask.PRIMARY)) {
            violations.add(empty(AuthKeyMask.PRIMARY, "AuthKeyPrimary is required when AuthEnable is true"));
        }
        if (key != null && key.codePoints().anyMatch(CallbackUrl::isInvisible)) {
            violations.add(new Violation(AuthKeyMask.PRIMARY, ErrorCodes.FORMAT, "AuthKeyPrimary format error: "
                    + "it contains whitespace, a control character or an invisible formatting character"));
        }
        if (key != null && AuthKeyMask.isMask(key)) {
            // The API would take the mask as the new key: UpdateCallback replaces the whole configuration.
            violations.add(new Violation(AuthKeyMask.PRIMARY, ErrorCodes.FORMAT, "AuthKeyPrimary format error: "
                    + "the value is the masked key that DescribeCallback shows, not a key; send the real key"));
        }
    }

    private static Violation empty(String field, String message) {
        return new Violation(field, ErrorCodes.EMPTY, message);
    }

    private static Violation between(String field, int least, int most) {
        return new Violation(field, ErrorCodes.OUT_OF_RANGE,
                field + " should be between " + least + " and " + most + " characters long");
    }

    private static Violation oneOf(String field, List<?> allowed) {
        return new Violation(field, ErrorCodes.OUT_OF_RANGE, field + " should be one of {"
                + allowed.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))
                + "}");
    }
}
