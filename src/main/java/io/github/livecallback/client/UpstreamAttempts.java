package io.github.livecallback.client;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Sends one serialized request, attempt after attempt. Each attempt waits for a Retry-After and for room in the
 * account's quota ({@link AccountQuota}), within the call's budget, then is signed anew by the client's filter.
 *
 * <ul>
 * <li>Retry: retriable failures only (429, 5xx, CommonErr, timeouts, connection failures), with exponential
 * backoff and jitter; never a 4xx.</li>
 * <li>Circuit breaker: opens when most of the recent attempts failed, then answers at once, until a trial attempt
 * after its delay succeeds.</li>
 * </ul>
 * Every threshold is configurable under {@code quarkus.fault-tolerance."io.github.livecallback.client.UpstreamAttempts/send"}.
 */
@ApplicationScoped
public class UpstreamAttempts {

    /** Prefix of the configuration of {@link #send}'s fault tolerance. */
    static final String CONFIG = "quarkus.fault-tolerance.\"io.github.livecallback.client.UpstreamAttempts/send\".";
    /** The circuit breaker's delay below, as the text a configuration default needs. */
    static final String BREAKER_DELAY_MILLIS = "10000";
    /** The Retry-After of an answer given up at the deadline. */
    private static final Duration COME_BACK_AFTER = Duration.ofSeconds(1);

    private final LiveOpenApi api;
    private final AccountQuota quota;
    private final ObjectMapper mapper;
    private final Envelopes envelopes;

    public UpstreamAttempts(LiveOpenApi api, AccountQuota quota, ObjectMapper mapper, Envelopes envelopes) {
        this.api = api;
        this.quota = quota;
        this.mapper = mapper;
        this.envelopes = envelopes;
    }

    @Retry(maxRetries = 6, delay = 200, jitter = 100, maxDuration = 120, durationUnit = ChronoUnit.SECONDS,
            retryOn = UpstreamFailure.Retriable.class,
            abortOn = { UpstreamFailure.Permanent.class, UpstreamFailure.Deferred.class, FunctionMisconfigured.class,
                    CircuitBreakerOpenException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.8, delay = 10_000, successThreshold = 2,
            failOn = UpstreamFailure.Retriable.class)
    public LiveResponse send(String action, String version, byte[] body, CallBudget budget) {
        awaitTurn(action, budget);
        try (Response response = api.call(action, version, body)) {
            byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return UpstreamAnswers.read(action, response.getStatus(), answer, response.getHeaderString("Retry-After"),
                    mapper, envelopes);
        } catch (ProcessingException e) {
            throw budget.attemptFailed(UpstreamAnswers.unreachable(action, e, envelopes));
        } catch (UpstreamFailure.Retriable failure) {
            throw budget.attemptFailed(failure);
        } finally {
            quota.release();
        }
    }

    private void awaitTurn(String action, CallBudget budget) {
        try {
            if (!budget.retries() && budget.lastFailure().isPresent()) {
                throw deferred(action, "this call is not retried", budget);
            }
            if (budget.expired()) {
                throw deferred(action, "this invocation's deadline has passed", budget);
            }
            if (!budget.awaitRetryAfter()) {
                throw deferred(action, "the upstream's Retry-After ends after this invocation's deadline", budget);
            }
            if (!quota.acquire(budget.deadline())) {
                throw deferred(action, "the account's rate limit has no room before this invocation's deadline",
                        budget);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw deferred(action, "the invocation was interrupted", budget);
        }
    }

    /**
     * No further attempt. After failed attempts the answer is the last one's failure, which says what went wrong
     * (an untrusted certificate, a 500 ...); before any attempt, that nothing was sent and why.
     */
    private UpstreamFailure.Deferred deferred(String action, String why, CallBudget budget) {
        return budget.lastFailure()
                .map(last -> new UpstreamFailure.Deferred(last.status(), last.envelope(),
                        last.retryAfter().orElse(COME_BACK_AFTER)))
                .orElseGet(() -> new UpstreamFailure.Deferred(503, envelopes.error(null, action,
                        ErrorCodes.DEADLINE_EXCEEDED, "Not sent: " + why + "; deliver the event again later"),
                        COME_BACK_AFTER));
    }
}
