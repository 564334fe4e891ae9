package io.github.livecallback.function;

import java.time.Instant;

import io.github.livecallback.client.CallLimits;
import io.github.livecallback.logging.ColdStart;
import io.github.livecallback.logging.LogLine;

/**
 * What is known of an invocation besides its payload, decided once as it is read.
 *
 * @param correlationId the platform's request id ({@code X-Faas-Request-Id}) or one made up; the RequestId of
 *        answers that did not come from upstream
 * @param delivery what the event says of itself: its id, when it was made
 * @param dryRun whether the change is to be shown instead of sent: asked for by the {@code X-Live-Dry-Run} header,
 *        the payload's {@code DryRun}, or its batch's
 * @param item the position in a batch, or {@code null}
 * @param limits when the answer is due, counted from arrival, and whether the caller still waits; a batch's
 *        changes share them
 * @param coldStart whether this is the first invocation the instance handles ({@link ColdStart}); a batch's changes
 *        share it
 */
record InvocationContext(String correlationId, Delivery delivery, boolean dryRun, Integer item, CallLimits limits,
        boolean coldStart) {

    /**
     * The event behind an invocation, as far as it tells.
     *
     * @param eventId the CloudEvent's id, or {@code null}
     * @param eventSource the CloudEvent's source, or {@code null}
     * @param eventType the CloudEvent's type, or {@code null}
     * @param idempotencyKey names the event across deliveries: the CloudEvent's source and id, or the
     *        {@code Idempotency-Key} header; {@code null} when there is neither
     * @param payloadHash tells a true duplicate from another payload sent under the same key
     * @param changeTime when the change was made: the CloudEvent's {@code time} or the {@code X-Live-Change-Time}
     *        header; {@code null} when not said, and then the change is applied in the order it arrives
     * @param traceparent the trace this invocation continues: the request's {@code traceparent} header, else the
     *        CloudEvent's {@code traceparent} attribute (distributed tracing extension); {@code null} when neither
     */
    record Delivery(String eventId, String eventSource, String eventType, String idempotencyKey, String payloadHash,
            Instant changeTime, String traceparent) {
    }

    InvocationContext forItem(int index) {
        return new InvocationContext(correlationId, delivery, dryRun, index, limits, coldStart);
    }

    /** This context, as a dry run if {@code asked}: a dry run asked for anywhere is never sent. */
    InvocationContext dryRunIf(boolean asked) {
        return dryRun || !asked ? this : new InvocationContext(correlationId, delivery, true, item, limits,
                coldStart);
    }

    /** The id an answer built here carries: the correlation id, with the item's index in a batch. */
    String localRequestId() {
        return item == null ? correlationId : correlationId + "#" + item;
    }

    /**
     * Ends an invocation log line with the ids that find this invocation elsewhere, the CloudEvent's source and type,
     * whether the instance started for it, and how long it took. The source, the type and {@code coldStart} are in
     * the JSON form only: the text line stays as it was.
     */
    LogLine identify(LogLine line, long durationMillis) {
        line.field("correlationId", correlationId);
        if (delivery.eventId() != null) {
            line.field("eventId", delivery.eventId());
        }
        if (delivery.eventSource() != null) {
            line.jsonField("eventSource", delivery.eventSource());
        }
        if (delivery.eventType() != null) {
            line.jsonField("eventType", delivery.eventType());
        }
        if (item != null) {
            line.field("item", item);
        }
        return line.jsonField("coldStart", coldStart).field("durationMs", durationMillis);
    }
}
