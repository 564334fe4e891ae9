package io.github.livecallback.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestContext;
import org.jboss.resteasy.reactive.client.spi.ResteasyReactiveClientRequestFilter;

import io.vertx.core.http.HttpClientRequest;

/**
 * Holds a call to its limits while it waits, sends and reads: at the deadline, or when the caller disconnects, the
 * attempt in flight is reset (its connection closed, whatever the upstream is doing: hanging, dripping a byte a second,
 * sending an endless body) and the thread doing the call is interrupted, which stops every blocking step (the
 * quota's wait, a Retry-After's sleep, the REST client's wait for the answer, the read of its body).
 *
 * <p>The REST client's filter ({@link RequestHandOver}) hands each attempt's request to the watch that expects
 * its body: the serialized body is one array per call, so its identity names the call.
 */
@ApplicationScoped
public class AttemptWatchdog {

    /** Why a watched call was interrupted. */
    public enum Reason {
        DEADLINE, CALLER_GONE
    }

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "live-callback-attempt-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<byte[], Watch> expectedBodies = Collections.synchronizedMap(new IdentityHashMap<>());

    /** Watches the current thread, and the attempt that sends {@code body}, until the returned watch is closed. */
    Watch watch(CallLimits limits, byte[] body) {
        Watch watch = new Watch(Thread.currentThread(), body);
        expectedBodies.put(body, watch);
        long delay = Math.max(0, Duration.between(Instant.now(), limits.deadline()).toNanos());
        watch.timeout = timer.schedule(() -> watch.interrupt(Reason.DEADLINE), delay, TimeUnit.NANOSECONDS);
        limits.callerGone().thenRun(() -> watch.interrupt(Reason.CALLER_GONE));
        return watch;
    }

    /** The request of an attempt, as the REST client's filter sees it leave. */
    void attach(Object body, RestClientRequestContext request) {
        Watch watch = body instanceof byte[] bytes ? expectedBodies.get(bytes) : null;
        if (watch != null) {
            watch.attach(request);
        }
    }

    /**
     * Hands each request of the Live client to the watch that waits for it. The JAX-RS API has no way to cancel a
     * request in flight; the REST client's own context, which this filter unwraps, has.
     */
    static final class RequestHandOver implements ResteasyReactiveClientRequestFilter {

        private final AttemptWatchdog watchdog;

        RequestHandOver(AttemptWatchdog watchdog) {
            this.watchdog = watchdog;
        }

        @Override
        public void filter(ResteasyReactiveClientRequestContext request) {
            watchdog.attach(request.getEntity(), request.unwrap(RestClientRequestContext.class));
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }

    /** One watched call. Closing it guarantees that no interrupt of this watch reaches the thread afterwards. */
    final class Watch implements AutoCloseable {

        private final byte[] body;
        private Thread thread;
        private Reason reason;
        private ScheduledFuture<?> timeout;
        private RestClientRequestContext request;

        private Watch(Thread thread, byte[] body) {
            this.thread = thread;
            this.body = body;
        }

        synchronized void interrupt(Reason why) {
            if (thread != null && reason == null) {
                reason = why;
                reset();
                thread.interrupt();
            }
        }

        private synchronized void attach(RestClientRequestContext attempt) {
            request = attempt;
            if (reason != null) {
                reset();
            }
        }

        /** Closes the attempt's connection instead of reading the rest of an answer that will not be used. */
        synchronized void cutOff() {
            reset();
        }

        /** Closes the attempt's connection: an attempt cut off must not go on reading in the background. */
        private void reset() {
            HttpClientRequest sent = request == null ? null : request.getHttpClientRequest();
            if (sent != null) {
                sent.reset();
            }
        }

        /** Why the call was interrupted, or {@code null} if it was not. */
        synchronized Reason reason() {
            return reason;
        }

        @Override
        public synchronized void close() {
            timeout.cancel(false);
            expectedBodies.remove(body, this);
            thread = null;
            request = null;
            Thread.interrupted();
        }
    }
}
