package io.github.livecallback.emulator;

/** An error answer of the emulated API: HTTP status, code, numeric code (gateway errors only) and message. */
final class EmulatorError extends RuntimeException {

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

    static EmulatorError invalid(String code, String message) {
        return new EmulatorError(400, code, null, message);
    }
}
