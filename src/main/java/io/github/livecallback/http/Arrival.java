package io.github.livecallback.http;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import io.vertx.ext.web.RoutingContext;

/**
 * When a request arrived, and whether its caller is still there. Marked as the first thing the router does, on the
 * event loop: an invocation's deadline counts from here, not from when a worker thread picked it up, so that a queue
 * of invocations cannot make an answer later than the deadline.
 */
public final class Arrival {

    private static final String KEY = Arrival.class.getName();

    private final Instant at;
    private final CompletableFuture<Void> callerGone;

    private Arrival(Instant at, CompletableFuture<Void> callerGone) {
        this.at = at;
        this.callerGone = callerGone;
    }

    static void mark(RoutingContext context) {
        CompletableFuture<Void> callerGone = new CompletableFuture<>();
        // Called when the response has been sent, and when the connection closes before that.
        context.addEndHandler(ended -> callerGone.complete(null));
        context.put(KEY, new Arrival(Instant.now(), callerGone));
        context.next();
    }

    /** The request's arrival, or now for a request the router did not see. */
    public static Arrival of(RoutingContext context) {
        Arrival arrival = context == null ? null : context.get(KEY);
        return arrival != null ? arrival : new Arrival(Instant.now(), new CompletableFuture<>());
    }

    public Instant at() {
        return at;
    }

    /** Completes when the caller disconnects, or once the answer has been sent. */
    public CompletableFuture<Void> callerGone() {
        return callerGone;
    }
}
