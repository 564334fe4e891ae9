package io.github.livecallback.api;

/** The API's error codes that this function produces itself, and the few it adds where the API has none. */
public final class ErrorCodes {

    public static final String INVALID_PARAM = "InvalidParam";
    public static final String BIND_ERROR = "InvalidParam.BindError";
    public static final String FORMAT = "InvalidParam.Format";
    public static final String OUT_OF_RANGE = "InvalidParam.OutOfRange";
    public static final String DOMAIN_AND_APP = "InvalidParam.DomainAndApp";
    public static final String EMPTY = "InvalidParam.Empty";
    public static final String INVALID_ACTION_OR_VERSION = "InvalidActionOrVersion";
    public static final String MISSING_AUTHENTICATION_TOKEN = "MissingAuthenticationToken";
    public static final String MISSING_REQUEST_INFO = "MissingRequestInfo";
    public static final String COMMON_ERR = "CommonErr";
    public static final String INTERNAL_ERROR = "InternalError";
    public static final String INTERNAL_SERVICE_ERROR = "InternalServiceError";
    public static final String BAD_RESPONSE = "InternalServiceError.BadResponse";
    public static final String SERVICE_TIMEOUT = "InternalServiceTimeout";
    /** Not an API code: the function itself lacks credentials or has an unsafe endpoint. */
    public static final String FUNCTION_MISCONFIGURED = "FunctionMisconfigured";
    /** Not an API code: not sent because the invocation's deadline would pass first; deliver again later. */
    public static final String DEADLINE_EXCEEDED = "FunctionDeadlineExceeded";
    /** Not an API code: not sent because the circuit breaker is open after sustained upstream failures. */
    public static final String CIRCUIT_OPEN = "UpstreamCircuitOpen";
    /** Not an API code: the caller's bearer token is not the configured inbound token. */
    public static final String INVALID_AUTHENTICATION_TOKEN = "InvalidAuthenticationToken";
    /** Not an API code: the upstream could not be reached (connection refused, reset, DNS). */
    public static final String SERVICE_UNREACHABLE = "InternalServiceError.Unreachable";
    /** Not an API code: the shared store (Redis) that quota, duplicates and order are kept in did not answer. */
    public static final String STORE_UNAVAILABLE = "SharedStoreUnavailable";
    /** Not an API code: an idempotency key already answered, or in flight, for a different payload. */
    public static final String IDEMPOTENCY_KEY_REUSED = "IdempotencyKeyReused";
    /** Not an API code: the same event is still being performed by an earlier delivery. */
    public static final String EVENT_IN_PROGRESS = "EventInProgress";

    public static final String BIND_ERROR_MESSAGE = "Request parameter error, please check input data";

    private ErrorCodes() {
    }
}
