package io.github.livecallback.client;

import java.time.Duration;
import java.util.Optional;

import io.github.livecallback.api.LiveResponse;

/**
 * The Live OpenAPI answered with an error, could not be reached, or could not be called in time. Carries the error
 * envelope to return (with the upstream RequestId when there is one) and the HTTP status that tells an event bus
 * what to do with the event.
 */
public abstract class UpstreamFailure extends RuntimeException {

    private final int status;
    private final transient LiveResponse envelope;
    private final Duration retryAfter;

    protected UpstreamFailure(int status, LiveResponse envelope, Duration retryAfter) {
        super(envelope.responseMetadata().error().code() + ": " + envelope.responseMetadata().error().message(), null,
                false, false);
        this.status = status;
        this.envelope = envelope;
        this.retryAfter = retryAfter;
    }

    /** The status this function answers with. */
    public int status() {
        return status;
    }

    public LiveResponse envelope() {
        return envelope;
    }

    public String code() {
        return envelope.responseMetadata().error().code();
    }

    /** How long to wait before trying again, when the upstream or the circuit breaker says so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A later attempt may succeed: 429, 5xx, CommonErr, timeouts and connection failures. Retried here. */
    public static final class Retriable extends UpstreamFailure {
        public Retriable(int status, LiveResponse envelope) {
            this(status, envelope, null);
        }

        public Retriable(int status, LiveResponse envelope, Duration retryAfter) {
            super(status, envelope, retryAfter);
        }
    }

    /** The same request will fail again: fix the request, the credentials or the account first. */
    public static final class Permanent extends UpstreamFailure {
        public Permanent(int status, LiveResponse envelope) {
            super(status, envelope, null);
        }
    }

    /**
     * Not tried (again) now, so worth delivering again later: the invocation's deadline would pass (waiting for the
     * rate limit, a Retry-After or the next attempt), or the circuit breaker is open. After failed attempts it
     * carries the last one's status and envelope. Not retried here.
     */
    public static final class Deferred extends UpstreamFailure {
        public Deferred(int status, LiveResponse envelope, Duration retryAfter) {
            super(status, envelope, retryAfter);
        }
    }
}
