package io.github.livecallback.telemetry;

/** How one request to the Live OpenAPI ended, as the attempts metric and span name it. */
public enum AttemptResult {
    /** Answered with success. */
    SUCCESS("2xx"),
    /** Refused for good: the request, the credentials or the account must change first. */
    CLIENT_ERROR("4xx"),
    /** Refused by the account's rate limit. */
    THROTTLED("429"),
    /** The API failed or answered something unreadable. */
    SERVER_ERROR("5xx"),
    /** No answer: the connection could not be made or was reset. */
    RESET("reset"),
    /** No answer before the invocation's deadline or the client's timeout. */
    TIMEOUT("timeout"),
    /** Given up because the caller went away. */
    CANCELLED("cancelled");

    private final String label;

    AttemptResult(String label) {
        this.label = label;
    }

    /** The value of the {@code result} tag and span attribute. */
    public String label() {
        return label;
    }
}
