package io.github.livecallback.logging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.MDC;

/**
 * The ids of the invocation being handled, in the MDC while it is handled, so that every line logged meanwhile (a
 * warning of the client or of the store, say) names it: as JSON fields of their own in the JSON format
 * ({@link JsonLogFormat}), for a pattern's {@code %X{correlationId}} in text. {@value #MDC_KEY} always; the trace's
 * {@value #TRACE_ID} when the invocation continues or starts a trace, and its span's {@value #SPAN_ID} when that
 * span is exported, so that a log search and a tracing tool find each other's entries. Quarkus keeps the MDC with the
 * request's Vert.x context where there is one, so the ids also follow the invocation onto the threads that context
 * runs on.
 */
public final class Correlation implements AutoCloseable {

    public static final String MDC_KEY = "correlationId";
    public static final String TRACE_ID = "traceId";
    public static final String SPAN_ID = "spanId";

    private final Map<String, Object> previous = new LinkedHashMap<>();

    private Correlation(Map<String, String> ids) {
        ids.forEach((key, id) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, id);
        });
    }

    /**
     * Puts the ids in the MDC until {@link #close()}, which puts back what was there before.
     *
     * @param traceId the trace's id, or {@code null} where there is no trace
     * @param spanId the invocation span's id, or {@code null} where the span is not exported
     */
    public static Correlation of(String correlationId, String traceId, String spanId) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put(MDC_KEY, correlationId);
        if (traceId != null) {
            ids.put(TRACE_ID, traceId);
        }
        if (spanId != null) {
            ids.put(SPAN_ID, spanId);
        }
        return new Correlation(ids);
    }

    @Override
    public void close() {
        previous.forEach((key, before) -> {
            if (before == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, before);
            }
        });
    }
}
