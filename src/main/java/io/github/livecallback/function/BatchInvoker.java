package io.github.livecallback.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.livecallback.api.ApiError;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.Violation;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.validation.FieldNames;

/**
 * Applies a batch, {@code {"Changes": [{"Action": "UpdateCallback", ...}, ...]}}, in order. Each change is checked
 * and sent on its own; one that fails does not stop the others, and an invalid one is not sent. Every change is
 * idempotent (a full replace, or a delete that counts an absent configuration as done), so a retried batch is
 * safe to apply again.
 *
 * <p>The status: 200 when every change succeeded; the first retriable failure's status (429 or 5xx) when any
 * change is worth retrying; otherwise the first failure's 4xx.
 */
@ApplicationScoped
public class BatchInvoker {

    static final String ACTION = "Batch";
    static final String CHANGES = "Changes";
    private static final Set<String> FIELDS = Set.of(CHANGES);

    private final CallbackInvoker invoker;
    private final Envelopes envelopes;
    private final InvocationLog log;
    private final ObjectMapper mapper;
    private final int maxItems;

    public BatchInvoker(CallbackInvoker invoker, Envelopes envelopes, InvocationLog log, ObjectMapper mapper,
            FunctionConfig config) {
        this.invoker = invoker;
        this.envelopes = envelopes;
        this.log = log;
        this.mapper = mapper;
        this.maxItems = config.batchMaxItems();
    }

    Outcome run(JsonNode payload, InvocationContext context) {
        long started = System.nanoTime();
        List<Violation> violations = check(payload);
        if (!violations.isEmpty()) {
            Outcome refused = new Outcome(400, envelopes.invalid(context.correlationId(), ACTION, violations),
                    "invalid");
            log.batch(0, 0, refused, context, elapsedMillis(started));
            return refused;
        }
        boolean dryRun = DryRun.requested(payload, context);
        JsonNode changes = payload.get(CHANGES);
        List<Outcome> outcomes = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            outcomes.add(change(changes.get(i), context.forItem(i), dryRun));
        }
        Outcome outcome = summarize(outcomes, context);
        log.batch(outcomes.size(), (int) outcomes.stream().filter(o -> !o.succeeded()).count(), outcome, context,
                elapsedMillis(started));
        return outcome;
    }

    private Outcome change(JsonNode item, InvocationContext context, boolean dryRun) {
        String path = CHANGES + "[" + context.item() + "]";
        if (!item.isObject()) {
            return refuse(context, new Violation(path, ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": " + path + " must be an object"));
        }
        ActionField.Resolved resolved = ActionField.resolve(item, path + "." + ActionField.NAME, "");
        if (resolved.action() == null) {
            return refuse(context, resolved.violation());
        }
        return invoker.execute(resolved.action(), item, context, dryRun || DryRun.requested(item, context));
    }

    private Outcome refuse(InvocationContext context, Violation violation) {
        Outcome refused = new Outcome(400, envelopes.invalid(context.localRequestId(), null, List.of(violation)),
                "invalid");
        log.change("-", null, refused, context, 0);
        return refused;
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

    private List<Violation> check(JsonNode payload) {
        List<Violation> violations = new ArrayList<>();
        JsonNode changes = payload == null ? null : payload.get(CHANGES);
        if (changes == null || !changes.isArray()) {
            violations.add(new Violation(CHANGES, changes == null ? ErrorCodes.EMPTY : ErrorCodes.BIND_ERROR,
                    CHANGES + " is required: an array of changes, each with its Action"));
        } else if (changes.isEmpty() || changes.size() > maxItems) {
            violations.add(new Violation(CHANGES, ErrorCodes.OUT_OF_RANGE,
                    CHANGES + " should be between 1 and " + maxItems + " changes long"));
        }
        DryRun.check(payload).ifPresent(violations::add);
        if (payload != null && payload.isObject()) {
            violations.addAll(FieldNames.unknown(payload, "", "a batch", FIELDS, Set.of(DryRun.FIELD)));
        }
        return violations;
    }

    private static long elapsedMillis(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
