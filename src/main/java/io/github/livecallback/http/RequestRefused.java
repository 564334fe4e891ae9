package io.github.livecallback.http;

/** A request this function refuses before any function runs; {@link RouteFailureHandler} answers it. */
final class RequestRefused extends RuntimeException {

    final int status;
    final String code;

    RequestRefused(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }
}
