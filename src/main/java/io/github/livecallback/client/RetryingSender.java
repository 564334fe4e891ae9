package io.github.livecallback.client;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.config.FunctionMisconfigured;
import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.store.QuotaPlace;
import io.github.livecallback.store.StoreUnavailable;
import io.github.livecallback.telemetry.AttemptResult;
import io.github.livecallback.telemetry.UpstreamTelemetry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.vertx.core.VertxException;

/**
 * Sends one serialized request, attempt after attempt. Each attempt waits for a Retry-After and for room in the
 * account's quota ({@link AccountQuota}), within the call's budget, then is signed anew by the client's filter. An
 * attempt ends at the invocation's deadline or when its caller disconnects ({@link AttemptWatchdog}), whatever the
 * upstream does, and reads at most {@code volc.live.max-answer-size} of the answer.
 *
 * <ul>
 * <li>Retry: retriable failures only (429, 5xx, CommonErr, timeouts, connection failures), with exponential
 * backoff and jitter; never a 4xx.</li>
 * <li>Circuit breaker: opens when most of the recent attempts failed; while it is open, calls are answered at once
 * with a retriable 503 and a Retry-After of its delay, until a trial attempt after the delay succeeds.</li>
 * </ul>
 * Every threshold is configurable under {@code quarkus.fault-tolerance."io.github.livecallback.client.RetryingSender/send"}.
 */
@ApplicationScoped
public class RetryingSender {

    /** The name of {@link #send}'s circuit breaker, by which its state is read (readiness, metrics). */
    public static final String CIRCUIT_BREAKER = "live-api";
    /** Prefix of the configuration of {@link #send}'s fault tolerance. */
    public static final String CONFIG = "quarkus.fault-tolerance.\"io.github.livecallback.client.RetryingSender/send\".";
    /** How long the circuit stays open before a trial attempt, unless configured otherwise. */
    static final long BREAKER_DELAY_MILLIS = 10_000;
    private static final Logger LOG = Logger.getLogger(RetryingSender.class);
    /** The Retry-After of an answer given up at the deadline. */
    private static final Duration COME_BACK_AFTER = Duration.ofSeconds(1);

    private final LiveOpenApi api;
    private final AccountQuota quota;
    private final AttemptWatchdog watchdog;
    private final ObjectMapper mapper;
    private final Envelopes envelopes;
    private final UpstreamTelemetry telemetry;
    private final int maxAnswerBytes;
    /** When a caller should come back while the circuit is open: the breaker's delay. */
    private final Duration circuitRetryAfter;

    public RetryingSender(LiveOpenApi api, AccountQuota quota, AttemptWatchdog watchdog, ObjectMapper mapper,
            Envelopes envelopes, UpstreamTelemetry telemetry, CircuitBreakerMaintenance breakers, VolcConfig config,
            Config faultTolerance) {
        this.api = api;
        this.quota = quota;
        this.watchdog = watchdog;
        this.mapper = mapper;
        this.envelopes = envelopes;
        this.telemetry = telemetry;
        telemetry.watchCircuit(() -> breakers.currentState(CIRCUIT_BREAKER) == CircuitBreakerState.OPEN);
        this.maxAnswerBytes = (int) Math.min(Integer.MAX_VALUE - 8, config.live().maxAnswerSize().asLongValue());
        this.circuitRetryAfter = Duration.ofMillis(faultTolerance.getOptionalValue(CONFIG + "circuit-breaker.delay",
                Long.class).orElse(BREAKER_DELAY_MILLIS));
    }

    @Retry(maxRetries = 6, delay = 200, jitter = 100, maxDuration = 120, durationUnit = ChronoUnit.SECONDS,
            retryOn = UpstreamFailure.Retriable.class,
            abortOn = { UpstreamFailure.Permanent.class, UpstreamFailure.Deferred.class, FunctionMisconfigured.class,
                    CircuitBreakerOpenException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.8, delay = BREAKER_DELAY_MILLIS,
            successThreshold = 2, failOn = UpstreamFailure.Retriable.class)
    @CircuitBreakerName(CIRCUIT_BREAKER)
    @Fallback(fallbackMethod = "circuitOpen", applyOn = CircuitBreakerOpenException.class)
    public LiveResponse send(String action, String version, byte[] body, CallBudget budget) {
        try (AttemptWatchdog.Watch watch = watchdog.watch(budget.limits(), body)) {
            QuotaPlace place = awaitTurn(action, budget, watch);
            try (UpstreamTelemetry.Attempt attempt = telemetry.attempt(action, budget.tally().attemptSent())) {
                try {
                    LiveResponse answer = exchange(action, version, body, budget, watch);
                    attempt.ended(AttemptResult.SUCCESS, 200, null, answer.responseMetadata().requestId());
                    return answer;
                } catch (UpstreamFailure failure) {
                    attempt.ended(ResponseClassifier.result(failure), failure.status(), failure.code(),
                            failure.envelope().responseMetadata().requestId());
                    throw failure;
                }
            } finally {
                release(place);
            }
        }
    }

    /** How long the circuit stays open before it lets a trial attempt through. */
    Duration circuitDelay() {
        return circuitRetryAfter;
    }

    private LiveResponse exchange(String action, String version, byte[] body, CallBudget budget,
            AttemptWatchdog.Watch watch) {
        try (Response response = api.call(action, version, body)) {
            byte[] answer = response.hasEntity()
                    ? ResponseClassifier.readAtMost(response.readEntity(InputStream.class), maxAnswerBytes)
                    : new byte[0];
            return ResponseClassifier.read(action, response.getStatus(), answer,
                    response.getHeaderString("Retry-After"), mapper, envelopes);
        } catch (ResponseClassifier.TooLarge tooLarge) {
            watch.cutOff();
            throw budget.attemptFailed(ResponseClassifier.tooLarge(action, maxAnswerBytes, envelopes));
        } catch (ProcessingException | IOException | VertxException e) {
            throw budget.attemptFailed(stopped(action, watch, budget).orElseGet(
                    () -> ResponseClassifier.unreachable(action, e, envelopes)));
        } catch (UpstreamFailure.Retriable failure) {
            throw budget.attemptFailed(failure);
        }
    }

    /** Nothing is sent while the circuit is open: the caller is told to come back once it may have closed. */
    LiveResponse circuitOpen(String action, String version, byte[] body, CallBudget budget) {
        throw counted(new UpstreamFailure.Deferred(503, envelopes.error(null, action, ErrorCodes.CIRCUIT_OPEN,
                "Not sent: the Live OpenAPI failed repeatedly and the circuit breaker is open; deliver the event "
                        + "again later"), circuitRetryAfter), action);
    }

    /**
     * An attempt the watchdog stopped: at the deadline it failed in time, and the next turn finds the deadline passed;
     * a caller who has gone gets no further attempt.
     */
    private Optional<UpstreamFailure.Retriable> stopped(String action, AttemptWatchdog.Watch watch,
            CallBudget budget) {
        if (watch.reason() == AttemptWatchdog.Reason.CALLER_GONE) {
            throw deferred(action, "the caller disconnected", budget);
        }
        return watch.reason() == AttemptWatchdog.Reason.DEADLINE
                ? Optional.of(new UpstreamFailure.Retriable(504, envelopes.error(null, action,
                        ErrorCodes.SERVICE_TIMEOUT, "The Live OpenAPI did not answer before this invocation's deadline")))
                : Optional.empty();
    }

    /** A place the shared store cannot be told about frees itself with its lease: the quota is never overrun. */
    private static void release(QuotaPlace place) {
        try {
            place.release();
        } catch (StoreUnavailable lapsesByItself) {
            LOG.debugf("Quota place left to lapse: %s", lapsesByItself.getMessage());
        }
    }

    private QuotaPlace awaitTurn(String action, CallBudget budget, AttemptWatchdog.Watch watch) {
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
            long waitStarted = System.nanoTime();
            Optional<QuotaPlace> place = quota.acquire(budget.deadline());
            Duration waited = Duration.ofNanos(System.nanoTime() - waitStarted);
            budget.tally().waitedForQuota(waited);
            telemetry.quotaWaited(waited);
            return place.orElseThrow(() -> deferred(action,
                    "the account's rate limit has no room before this invocation's deadline", budget));
        } catch (StoreUnavailable unavailable) {
            throw counted(new UpstreamFailure.Deferred(503, envelopes.error(null, action,
                    ErrorCodes.STORE_UNAVAILABLE, "Not sent: the account's quota is kept in the shared store, which "
                            + "did not answer (" + unavailable.getMessage() + "); deliver the event again later"),
                    COME_BACK_AFTER), action);
        } catch (InterruptedException e) {
            throw deferred(action, watch.reason() == AttemptWatchdog.Reason.CALLER_GONE ? "the caller disconnected"
                    : "this invocation's deadline has passed", budget);
        }
    }

    /**
     * No further attempt. After failed attempts the answer is the last one's failure, which says what went wrong
     * (an untrusted certificate, a 500 ...); before any attempt, that nothing was sent and why.
     */
    private UpstreamFailure.Deferred deferred(String action, String why, CallBudget budget) {
        return counted(budget.lastFailure()
                .map(last -> new UpstreamFailure.Deferred(last.status(), last.envelope(),
                        last.retryAfter().orElse(COME_BACK_AFTER)))
                .orElseGet(() -> new UpstreamFailure.Deferred(503, envelopes.error(null, action,
                        ErrorCodes.DEADLINE_EXCEEDED, "Not sent: " + why + "; deliver the event again later"),
                        COME_BACK_AFTER)), action);
    }

    private UpstreamFailure.Deferred counted(UpstreamFailure.Deferred deferred, String action) {
        telemetry.deferred(action, deferred.code());
        return deferred;
    }
}
