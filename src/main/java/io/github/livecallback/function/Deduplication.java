package io.github.livecallback.function;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.config.StoreConfig;
import io.github.livecallback.logging.InvocationLog;
import io.github.livecallback.logging.LogLine;
import io.github.livecallback.store.OutcomeStore;
import io.github.livecallback.store.StoreUnavailable;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Performs an event once however often it is delivered. Event buses deliver at least once, and this function itself
 * answers "deliver again later" under load; a duplicate must neither spend the account's scarce quota nor be sent
 * twice at once. An event is named by its idempotency key (a CloudEvent's source and id, or the
 * {@code Idempotency-Key} header):
 * <ul>
 * <li>its final outcome (2xx, or a 4xx that a redelivery would get again) is kept for
 * {@code live-callback.store.outcome-retention}, and a duplicate is answered with it, sending nothing;</li>
 * <li>a 429 or 5xx is not kept, so that the redelivery it asks for really tries again;</li>
 * <li>a duplicate that arrives while the first delivery is still performed waits for its outcome until its own
 * deadline, then is answered 409 {@code EventInProgress} (the first delivery's own answer decides the event);</li>
 * <li>the same key with another payload is refused, 409 {@code IdempotencyKeyReused}.</li>
 * </ul>
 * Dry runs and reads are performed every time: they change nothing. When the shared store does not answer, nothing
 * is sent and the answer is a retriable 503.
 */
@ApplicationScoped
public class Deduplication {

    private static final Logger LOG = Logger.getLogger(Deduplication.class);
    /** How often a duplicate looks whether the first delivery has finished. */
    private static final Duration POLL = Duration.ofMillis(100);
    /** A claim outlives its invocation's deadline by this much, for the outcome to be stored. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(5);
    private static final Duration COME_BACK_AFTER = Duration.ofSeconds(1);

    private final OutcomeStore outcomes;
    private final Envelopes envelopes;
    private final ObjectMapper mapper;
    private final Duration retention;

    public Deduplication(OutcomeStore outcomes, Envelopes envelopes, ObjectMapper mapper, StoreConfig config) {
        this.outcomes = outcomes;
        this.envelopes = envelopes;
        this.mapper = mapper;
        this.retention = config.outcomeRetention();
    }

    Outcome once(Invocation invocation, Supplier<Outcome> perform) {
        InvocationContext.Delivery delivery = invocation.context().delivery();
        if (delivery.idempotencyKey() == null || !invocation.changesConfiguration()) {
            return perform.get();
        }
        long started = System.nanoTime();
        Outcome answer;
        try {
            Optional<Outcome> earlier = awaitClaim(invocation, delivery);
            if (earlier.isEmpty()) {
                return performClaimed(delivery, perform);
            }
            answer = earlier.get();
        } catch (StoreUnavailable unavailable) {
            answer = refused(invocation, 503, ErrorCodes.STORE_UNAVAILABLE, "Not sent: duplicate events are told "
                    + "apart in the shared store, which did not answer (" + unavailable.getMessage()
                    + "); deliver the event again later");
        }
        LogLine line = invocation.logLine().field("outcome", answer.label()).field("status", answer.status());
        if (answer.code() != null) {
            line.jsonField("code", answer.code());
        }
        line.field("requestId", answer.envelope().responseMetadata().requestId());
        InvocationLog.write(answer.status(), invocation.context().identify(line,
                (System.nanoTime() - started) / 1_000_000));
        return answer;
    }

    /** Empty when this delivery now owns the event; else the answer it gets without performing it. */
    private Optional<Outcome> awaitClaim(Invocation invocation, InvocationContext.Delivery delivery) {
        Instant deadline = invocation.context().limits().deadline();
        Duration lease = Duration.between(Instant.now(), deadline).plus(LEASE_MARGIN);
        while (true) {
            OutcomeStore.Claim claim = outcomes.claim(delivery.idempotencyKey(), delivery.payloadHash(), lease);
            if (claim instanceof OutcomeStore.Claimed) {
                return Optional.empty();
            }
            if (claim instanceof OutcomeStore.Completed completed) {
                return Optional.of(stored(completed.storedOutcome()));
            }
            if (claim instanceof OutcomeStore.Conflict) {
                return Optional.of(refused(invocation, 409, ErrorCodes.IDEMPOTENCY_KEY_REUSED, "Not sent: the "
                        + "idempotency key " + delivery.idempotencyKey() + " was already used for a different "
                        + "payload; give each change its own key (CloudEvent source and id, or Idempotency-Key)"));
            }
            if (Instant.now().plus(POLL).isAfter(deadline) || !sleep()) {
                return Optional.of(refused(invocation, 409, ErrorCodes.EVENT_IN_PROGRESS, "Not sent: an earlier "
                        + "delivery of this event is still being performed; its answer decides the event"));
            }
        }
    }

    private Outcome performClaimed(InvocationContext.Delivery delivery, Supplier<Outcome> perform) {
        Outcome outcome;
        try {
            outcome = perform.get();
        } catch (RuntimeException unexpected) {
            settle(() -> outcomes.abandon(delivery.idempotencyKey(), delivery.payloadHash()));
            throw unexpected;
        }
        if (outcome.retriable()) {
            settle(() -> outcomes.abandon(delivery.idempotencyKey(), delivery.payloadHash()));
        } else {
            settle(() -> outcomes.complete(delivery.idempotencyKey(), delivery.payloadHash(), serialized(outcome),
                    retention));
        }
        return outcome;
    }

    /** The outcome stands whether or not the store hears of it: an unsettled claim lapses with its lease. */
    private static void settle(Runnable step) {
        try {
            step.run();
        } catch (StoreUnavailable unavailable) {
            LOG.warnf("The outcome of an event could not be stored (%s); a duplicate of it may be performed again",
                    unavailable.getMessage());
        }
    }

    private Outcome refused(Invocation invocation, int status, String code, String message) {
        LiveResponse envelope = envelopes.error(invocation.context().correlationId(), invocation.actionName(), code,
                message);
        return new Outcome(status, envelope, code, status == 503 ? Optional.of(COME_BACK_AFTER) : Optional.empty());
    }

    private String serialized(Outcome outcome) {
        try {
            return mapper.writeValueAsString(new StoredOutcome(outcome.status(), outcome.envelope()));
        } catch (IOException e) {
            throw new IllegalStateException("An outcome must serialize", e);
        }
    }

    private Outcome stored(String text) {
        try {
            StoredOutcome stored = mapper.readValue(text, StoredOutcome.class);
            return new Outcome(stored.status(), stored.envelope(), "duplicate");
        } catch (IOException e) {
            throw new StoreUnavailable("a stored outcome could not be read back");
        }
    }

    private static boolean sleep() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What is kept of a final outcome: enough to answer a duplicate exactly as the first delivery was answered. */
    @RegisterForReflection
    record StoredOutcome(@JsonProperty("Status") int status, @JsonProperty("Envelope") LiveResponse envelope) {
    }
}
