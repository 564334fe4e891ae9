package io.github.livecallback.function;

import io.github.livecallback.client.CallLimits;
import io.github.livecallback.logging.LogLine;

/**
 * What is known of an invocation besides its payload, decided once as it is read.
 *
 * @param correlationId the platform's request id ({@code X-Faas-Request-Id}) or one made up; the RequestId of
 *        answers that did not come from upstream
 * @param eventId the CloudEvent's id, when the invocation is one
 * @param dryRun whether the change is to be shown instead of sent: asked for by the {@code X-Live-Dry-Run} header,
 *        the payload's {@code DryRun}, or its batch's
 * @param item the position in a batch, or {@code null}
 * @param limits when the answer is due, counted from arrival, and whether the caller still waits; a batch's
 *        changes share them
 */
record InvocationContext(String correlationId, String eventId, boolean dryRun, Integer item, CallLimits limits) {

    InvocationContext forItem(int index) {
        return new InvocationContext(correlationId, eventId, dryRun, index, limits);
    }

    /** This context, as a dry run if {@code asked}: a dry run asked for anywhere is never sent. */
    InvocationContext dryRunIf(boolean asked) {
        return dryRun || !asked ? this : new InvocationContext(correlationId, eventId, true, item, limits);
    }

    /** The id an answer built here carries: the correlation id, with the item's index in a batch. */
    String localRequestId() {
        return item == null ? correlationId : correlationId + "#" + item;
    }

    /** Ends an invocation log line with the ids that find this invocation elsewhere. */
    LogLine identify(LogLine line, long durationMillis) {
        line.field("correlationId", correlationId);
        if (eventId != null) {
            line.field("eventId", eventId);
        }
        if (item != null) {
            line.field("item", item);
        }
        return line.field("durationMs", durationMillis);
    }
}
