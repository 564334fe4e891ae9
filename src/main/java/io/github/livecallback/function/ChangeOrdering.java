package io.github.livecallback.function;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.store.ChangeKey;
import io.github.livecallback.store.ChangeOrder;
import io.github.livecallback.store.ScopeLock;
import io.github.livecallback.store.StoreUnavailable;

/**
 * Keeps a late event from undoing a newer one. Buses deliver in no guaranteed order, and a change answered "deliver
 * again later" comes back after the ones behind it: an update to URL A redelivered after a newer update to URL B would
 * put A back. Each change that says when it was made (CloudEvent {@code time}, or {@code X-Live-Change-Time}) is
 * checked, under its Vhost's (or Domain's) lock, against the newest change applied to any overlapping configuration;
 * an older one is not sent and is answered 200 {@code "Result":{"Skipped":"Stale", ...}}. A delete of a whole Vhost
 * or App overlaps every configuration under it. A change that says nothing of its time is applied as it comes.
 *
 * <p>Vhosts and Domains are ordered apart: a Domain's Vhost is not known without asking the API.
 */
@ApplicationScoped
public class ChangeOrdering {

    static final String SKIPPED = "Skipped";
    private static final Duration COME_BACK_AFTER = Duration.ofSeconds(1);

    private final ChangeOrder order;
    private final Envelopes envelopes;
    private final ObjectMapper mapper;

    public ChangeOrdering(ChangeOrder order, Envelopes envelopes, ObjectMapper mapper) {
        this.order = order;
        this.envelopes = envelopes;
        this.mapper = mapper;
    }

    Outcome inOrder(Invocation.Change change, Supplier<Outcome> send) {
        InvocationContext context = change.context();
        Instant madeAt = context.delivery().changeTime();
        if (madeAt == null || !change.changesConfiguration()) {
            return send.get();
        }
        ChangeKey key = key(change.request());
        try {
            Optional<ScopeLock> lock = order.lock(key.scope(), context.limits().deadline());
            if (lock.isEmpty()) {
                return deferred(change, ErrorCodes.DEADLINE_EXCEEDED, "Not sent: another change of " + key.scope()
                        + " was still under way at this invocation's deadline; deliver the event again later");
            }
            try {
                Optional<Instant> newer = order.newerChange(key, madeAt);
                if (newer.isPresent()) {
                    return stale(change, madeAt, newer.get());
                }
                return recorded(change, key, madeAt, send.get());
            } finally {
                release(lock.get());
            }
        } catch (StoreUnavailable unavailable) {
            return deferred(change, ErrorCodes.STORE_UNAVAILABLE, "Not sent: the order of changes is kept in the "
                    + "shared store, which did not answer (" + unavailable.getMessage() + "); deliver the event "
                    + "again later");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return deferred(change, ErrorCodes.DEADLINE_EXCEEDED,
                    "Not sent: this invocation's deadline passed while another change of " + key.scope()
                            + " was under way; deliver the event again later");
        }
    }

    /**
     * A change applied whose time cannot be recorded is not answered 200: a late older event could then undo it.
     * Its redelivery applies the same change again, and records it.
     */
    private Outcome recorded(Invocation.Change change, ChangeKey key, Instant madeAt, Outcome outcome) {
        if (!outcome.succeeded()) {
            return outcome;
        }
        try {
            order.record(key, madeAt);
            return outcome;
        } catch (StoreUnavailable unavailable) {
            return deferred(change, ErrorCodes.STORE_UNAVAILABLE, "The change was applied, but its time could not "
                    + "be recorded in the shared store (" + unavailable.getMessage() + "); deliver the event again "
                    + "so that it is");
        }
    }

    /** A lock the shared store cannot be told about lapses with its lease; the answer stands. */
    private static void release(ScopeLock lock) {
        try {
            lock.close();
        } catch (StoreUnavailable lapsesByItself) {
            // the next change of the scope waits for the lease instead
        }
    }

    static ChangeKey key(CallbackScope target) {
        String scope = target.vhost() != null ? "vhost:" + target.vhost().toLowerCase(Locale.ROOT)
                : "domain:" + target.domain().toLowerCase(Locale.ROOT);
        return new ChangeKey(scope, target.app(), target.messageType());
    }

    private Outcome stale(Invocation.Change change, Instant madeAt, Instant newer) {
        return new Outcome(200, envelopes.success(change.context().localRequestId(), change.actionName(),
                mapper.createObjectNode().put(SKIPPED, "Stale").put("ChangeTime", madeAt.toString())
                        .put("NewerChangeTime", newer.toString())), "stale");
    }

    private Outcome deferred(Invocation.Change change, String code, String message) {
        return new Outcome(503, envelopes.error(change.context().localRequestId(), change.actionName(), code, message),
                code, Optional.of(COME_BACK_AFTER));
    }
}
