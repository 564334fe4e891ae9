package io.github.livecallback.logging;

import org.jboss.logging.MDC;

/**
 * The correlation id of the invocation being handled, in the MDC under {@value #MDC_KEY} while it is handled, so
 * that every line logged meanwhile (a warning of the client or of the store, say) names it: as a JSON field of its
 * own in the JSON format ({@link JsonLogFormat}), for a pattern's {@code %X{correlationId}} in text. Quarkus keeps
 * the MDC with the request's Vert.x context where there is one, so it also follows the invocation onto the threads
 * that context runs on.
 */
public final class Correlation implements AutoCloseable {

    public static final String MDC_KEY = "correlationId";

    private final Object previous;

    private Correlation(String correlationId) {
        this.previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, correlationId);
    }

    /** Puts the id in the MDC until {@link #close()}, which puts back what was there before. */
    public static Correlation of(String correlationId) {
        return new Correlation(correlationId);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, previous);
        }
    }
}
