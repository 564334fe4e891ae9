package io.github.livecallback.function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.github.livecallback.api.CallbackScope;

/**
 * One line per change: action, target, outcome, status, upstream RequestId, correlation and event ids, duration;
 * and one summary line per batch. Lines are built from target fields and ids only, never from the payload, so no
 * secret can reach them.
 */
@ApplicationScoped
public class InvocationLog {

    public static final String CATEGORY = "io.github.livecallback.invocation";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    void change(String action, CallbackScope target, Outcome outcome, InvocationContext context, long durationMillis) {
        LOG.logf(level(outcome.status()), "action=%s %s outcome=%s status=%d requestId=%s%s durationMs=%d", action,
                target == null ? "target=-" : oneLine(target.describe()), outcome.label(), outcome.status(),
                sanitize(outcome.envelope().responseMetadata().requestId()), ids(context), durationMillis);
    }

    void batch(int items, int failed, Outcome outcome, InvocationContext context, long durationMillis) {
        LOG.logf(level(outcome.status()), "action=Batch items=%d failed=%d outcome=%s status=%d%s durationMs=%d",
                items, failed, outcome.label(), outcome.status(), ids(context), durationMillis);
    }

    private static String ids(InvocationContext context) {
        return " correlationId=" + sanitize(context.correlationId())
                + (context.eventId() == null ? "" : " eventId=" + sanitize(context.eventId()))
                + (context.item() == null ? "" : " item=" + context.item());
    }

    private static Logger.Level level(int status) {
        return status < 400 ? Logger.Level.INFO : status < 500 || status == 429 ? Logger.Level.WARN : Logger.Level.ERROR;
    }

    /** Values from the payload may hold anything: keep each log line one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\p{Cntrl}", "?");
    }

    /** An id is one token of the line. */
    private static String sanitize(String id) {
        return id == null ? "-" : id.replaceAll("[\\p{Cntrl}\\s]", "_");
    }
}
