package io.github.livecallback.function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.github.livecallback.api.CallbackScope;

/**
 * One line per invocation: action, target, outcome, status, upstream RequestId and duration. It is built from
 * the target fields only, never from the payload, so no secret can reach it.
 */
@ApplicationScoped
public class InvocationLog {

    private static final Logger LOG = Logger.getLogger("io.github.livecallback.invocation");

    void record(LiveAction action, CallbackScope target, Outcome outcome, String requestId, long durationMillis) {
        Logger.Level level = outcome.status() < 400 ? Logger.Level.INFO
                : outcome.status() < 500 || outcome.status() == 429 ? Logger.Level.WARN : Logger.Level.ERROR;
        LOG.logf(level, "action=%s %s outcome=%s status=%d requestId=%s durationMs=%d", action.apiName(),
                target == null ? "target=-" : sanitize(target.describe()), outcome.label(), outcome.status(),
                requestId, durationMillis);
    }

    /** Payload values may hold anything: keep each log line one line. */
    private static String sanitize(String text) {
        return text.replaceAll("[\\p{Cntrl}]", "?");
    }
}
