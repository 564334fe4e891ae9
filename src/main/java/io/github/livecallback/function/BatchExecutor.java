package io.github.livecallback.function;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.livecallback.api.ApiError;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.logging.InvocationLog;
import io.github.livecallback.logging.LogLine;

/**
 * Performs a batch, {@code {"Changes": [{"Action": "UpdateCallback", ...}, ...]}}, change after change, in order.
 * One that fails does not stop the others, and an invalid one is not sent. Every change is idempotent (a full
 * replace, or a delete that counts an absent configuration as done), so a retried batch is safe to apply again.
 *
 * <p>The status: 200 when every change succeeded; the first retriable failure's status (429 or 5xx) when any
 * change is worth retrying; otherwise the first failure's 4xx.
 */
@ApplicationScoped
public class BatchExecutor {

    static final String ACTION = "Batch";

    private final ChangeExecutor changes;
    private final Envelopes envelopes;
    private final ObjectMapper mapper;

    public BatchExecutor(ChangeExecutor changes, Envelopes envelopes, ObjectMapper mapper) {
        this.changes = changes;
        this.envelopes = envelopes;
        this.mapper = mapper;
    }

    Outcome execute(Invocation.Batch batch) {
        long started = System.nanoTime();
        InvocationContext context = batch.context();
        List<Outcome> outcomes = new ArrayList<>(batch.changes().size());
        batch.changes().forEach(change -> outcomes.add(changes.execute(change)));
        Outcome outcome = batch.violations().isEmpty() ? summarize(outcomes, context)
                : Outcome.invalid(envelopes.invalid(context.correlationId(), ACTION, batch.violations()));
        LogLine line = batch.logLine()
                .field("failed", outcomes.stream().filter(o -> !o.succeeded()).count())
                .field("outcome", outcome.label()).field("status", outcome.status());
        if (outcome.code() != null) {
            line.jsonField("code", outcome.code());
        }
        InvocationLog.write(outcome.status(), context.identify(line,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return outcome;
    }

    private Outcome summarize(List<Outcome> outcomes, InvocationContext context) {
        ArrayNode items = mapper.createArrayNode();
        for (int i = 0; i < outcomes.size(); i++) {
            ObjectNode item = mapper.createObjectNode().put("Index", i).put("Status", outcomes.get(i).status());
            item.setAll((ObjectNode) mapper.valueToTree(outcomes.get(i).envelope()));
            items.add(item);
        }
        List<Outcome> failed = outcomes.stream().filter(o -> !o.succeeded()).toList();
        ObjectNode result = mapper.createObjectNode()
                .put("Succeeded", outcomes.size() - failed.size())
                .put("Failed", failed.size());
        result.set("Items", items);
        if (failed.isEmpty()) {
            return new Outcome(200, envelopes.success(context.correlationId(), ACTION, result), "ok");
        }
        Outcome deciding = failed.stream().filter(Outcome::retriable).findFirst().orElse(failed.get(0));
        ApiError error = ApiError.of(deciding.envelope().responseMetadata().error().code(), failed.size() + " of "
                + outcomes.size() + " changes failed; Result.Items says which and why"
                + (deciding.retriable() ? "; the batch is safe to retry" : ""));
        return new Outcome(deciding.status(),
                envelopes.error(context.correlationId(), ACTION, error).withResult(result),
                deciding.retriable() ? "retriable" : "failed", deciding.retryAfter());
    }
}
