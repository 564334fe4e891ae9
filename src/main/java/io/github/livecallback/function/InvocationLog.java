package io.github.livecallback.function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.logging.LogLine;

/**
 * One line per change: action, target, outcome, status, upstream RequestId, correlation and event ids, duration;
 * and one summary line per batch. Lines are built from target fields and ids only, never from the payload, so no
 * secret can reach them; every value is escaped and bounded ({@link LogLine}), so no value can add a field.
 */
@ApplicationScoped
public class InvocationLog {

    public static final String CATEGORY = "io.github.livecallback.invocation";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String ALL = "*";

    void change(String action, CallbackScope target, Outcome outcome, InvocationContext context, long durationMillis) {
        LogLine line = new LogLine().field("action", action);
        if (target == null) {
            line.field("target", null);
        } else {
            if (target.vhost() != null) {
                line.field("vhost", target.vhost());
            }
            if (target.domain() != null) {
                line.field("domain", target.domain());
            }
            line.field("app", target.app() == null ? ALL : target.app())
                    .field("messageType", target.messageType() == null ? ALL : target.messageType());
        }
        line.field("outcome", outcome.label()).field("status", outcome.status())
                .field("requestId", outcome.envelope().responseMetadata().requestId());
        LOG.log(level(outcome.status()), ids(line, context).field("durationMs", durationMillis));
    }

    void batch(int items, int failed, Outcome outcome, InvocationContext context, long durationMillis) {
        LogLine line = new LogLine().field("action", BatchInvoker.ACTION).field("items", items).field("failed", failed)
                .field("outcome", outcome.label()).field("status", outcome.status());
        LOG.log(level(outcome.status()), ids(line, context).field("durationMs", durationMillis));
    }

    private static LogLine ids(LogLine line, InvocationContext context) {
        line.field("correlationId", context.correlationId());
        if (context.eventId() != null) {
            line.field("eventId", context.eventId());
        }
        if (context.item() != null) {
            line.field("item", context.item());
        }
        return line;
    }

    private static Logger.Level level(int status) {
        return status < 400 ? Logger.Level.INFO : status < 500 || status == 429 ? Logger.Level.WARN : Logger.Level.ERROR;
    }
}
