package io.github.livecallback.logging;

import org.jboss.logging.Logger;

/**
 * The invocation log: one line per change, per batch and per request refused before a function ran, all in one
 * category and one format ({@link LogLine}), at a level that follows the answer's status, so that an operator can
 * alert on warnings (the caller's fault, or a rate limit) and errors (the function's or the upstream's).
 *
 * <p>Callers build lines from targets, codes and ids only, never from a payload, so no secret can reach them.
 *
 * <p>The line is the record's one parameter, not its text, so that the JSON format ({@link JsonLogFormat}) writes its
 * fields with their own types; the text format writes {@link LogLine#toString()}.
 */
public final class InvocationLog {

    public static final String CATEGORY = "io.github.livecallback.invocation";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private InvocationLog() {
    }

    /** Writes the line of an invocation answered with {@code status}. */
    public static void write(int status, LogLine line) {
        LOG.logf(level(status), "%s", line);
    }

    private static Logger.Level level(int status) {
        return status < 400 ? Logger.Level.INFO : status < 500 || status == 429 ? Logger.Level.WARN : Logger.Level.ERROR;
    }
}
