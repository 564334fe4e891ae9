package io.github.livecallback.function;

import java.time.Duration;
import java.util.Optional;

import io.github.livecallback.api.LiveResponse;

/**
 * What one invocation ends with: the envelope to return, the HTTP status an event bus acts on, and a short word
 * for the log ({@code ok}, {@code invalid}, {@code misconfigured}, or the upstream error code), and when to try
 * again, for a retriable failure that knows.
 */
record Outcome(int status, LiveResponse envelope, String label, Optional<Duration> retryAfter) {

    Outcome(int status, LiveResponse envelope, String label) {
        this(status, envelope, label, Optional.empty());
    }

    /** A refusal of what was asked, with every violation in its envelope: nothing was sent. */
    static Outcome invalid(LiveResponse envelope) {
        return new Outcome(400, envelope, "invalid");
    }

    /** The API's error code of a failure ({@code ResponseMetadata.Error.Code}), or {@code null}. */
    String code() {
        return envelope.responseMetadata().error() == null ? null : envelope.responseMetadata().error().code();
    }

    boolean succeeded() {
        return status < 400;
    }

    /** Worth retrying as it is: a rate limit, an upstream failure, or a configuration that may get fixed. */
    boolean retriable() {
        return status == 429 || status >= 500;
    }
}
