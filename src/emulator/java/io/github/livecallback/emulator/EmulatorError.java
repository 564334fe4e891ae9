package io.github.livecallback.emulator;

import java.util.Map;

/** An error answer of the emulated API: HTTP status, code, numeric code (gateway errors only) and message. */
final class EmulatorError extends RuntimeException {

    /** The numeric codes (CodeN) of the API gateway's errors, from the gateway's table; other codes have none. */
    static final Map<String, Integer> GATEWAY_CODE_N = Map.of(
            "MissingAuthenticationToken", 100003,
            "MissingRequestInfo", 100004,
            "MissingSignature", 100005,
            "InvalidTimestamp", 100006,
            "InvalidActionOrVersion", 100008,
            "InvalidAccessKey", 100009,
            "SignatureDoesNotMatch", 100010,
            "AccessDenied", 100013);

    /** The messages the seed documents give; the codes they list with "-" have none and are not here. */
    static final Map<String, String> DOCUMENTED_MESSAGES = Map.ofEntries(
            Map.entry("InvalidParam.BindError", "Request parameter error, please check input data"),
            Map.entry("InvalidParam.DomainAndApp", "domain and app exist can not exist at the same time"),
            Map.entry("RequestForbidden.AccountIDNotAllow", "this AccountID does not have permission to access the "
                    + "corresponding resource, please check the request parameters"),
            Map.entry("RequestForbidden.BillingStatus",
                    "Billing status is not available for the AccountID, please activate the service or recharge."),
            Map.entry("ResourceNotFound.VhostNotExist", "vhost not found"),
            Map.entry("InternalError", "an internal error occurred, please contact the administrator."),
            Map.entry("InternalError.DB",
                    "an internal error related to database occurred, please contact the administrator."),
            Map.entry("InternalServiceError", "an internal error occurred, please contact the administrator."),
            Map.entry("InternalServiceError.BadResponse",
                    "an internal error occurred, please contact the administrator."),
            Map.entry("InternalServiceTimeout", "Internal Service is timeout. please contact the administrator."));

    final int status;
    final String code;
    final Integer codeN;
    /** Seconds for a Retry-After header, or {@code null}. */
    final Integer retryAfter;

    EmulatorError(int status, String code, Integer codeN, String message) {
        this(status, code, codeN, message, null);
    }

    EmulatorError(int status, String code, Integer codeN, String message, Integer retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.codeN = codeN;
        this.retryAfter = retryAfter;
    }

    /** An error of the API gateway, with the CodeN its table gives the code. */
    static EmulatorError gateway(int status, String code, String message) {
        return new EmulatorError(status, code, GATEWAY_CODE_N.get(code), message);
    }

    static EmulatorError invalid(String code, String message) {
        return new EmulatorError(400, code, null, message);
    }
}
