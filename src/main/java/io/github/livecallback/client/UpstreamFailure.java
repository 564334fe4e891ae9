package io.github.livecallback.client;

import io.github.livecallback.api.LiveResponse;

/**
 * The Live OpenAPI answered with an error, or could not be reached. Carries the error envelope to return (with the
 * upstream RequestId when there is one) and the HTTP status that tells an event bus what to do with the event.
 */
public abstract class UpstreamFailure extends RuntimeException {

    private final int status;
    private final transient LiveResponse envelope;

    protected UpstreamFailure(int status, LiveResponse envelope) {
        super(envelope.responseMetadata().error().code() + ": " + envelope.responseMetadata().error().message(), null,
                false, false);
        this.status = status;
        this.envelope = envelope;
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

    /** A later attempt may succeed: 429, 5xx, CommonErr, timeouts and connection failures. */
    public static final class Retriable extends UpstreamFailure {
        public Retriable(int status, LiveResponse envelope) {
            super(status, envelope);
        }
    }

    /** The same request will fail again: fix the request, the credentials or the account first. */
    public static final class Permanent extends UpstreamFailure {
        public Permanent(int status, LiveResponse envelope) {
            super(status, envelope);
        }
    }
}
