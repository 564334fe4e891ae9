package io.github.livecallback.function;

import io.github.livecallback.client.CallLimits;

/**
 * What is known of an invocation besides its payload.
 *
 * @param correlationId the platform's request id ({@code X-Faas-Request-Id}) or one made up; the RequestId of
 *        answers that did not come from upstream
 * @param eventId the CloudEvent's id, when the invocation is one
 * @param dryRunHeader whether the {@code X-Live-Dry-Run: true} header asked for a dry run
 * @param item the position in a batch, or {@code null}
 * @param limits when the answer is due, counted from arrival, and whether the caller still waits; a batch's
 *        changes share them
 */
record InvocationContext(String correlationId, String eventId, boolean dryRunHeader, Integer item, CallLimits limits) {

    InvocationContext forItem(int index) {
        return new InvocationContext(correlationId, eventId, dryRunHeader, index, limits);
    }

    /** The id an answer built here carries: the correlation id, with the item's index in a batch. */
    String localRequestId() {
        return item == null ? correlationId : correlationId + "#" + item;
    }
}
