package io.github.livecallback.function;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.config.FunctionConfig;
import io.quarkus.funqy.knative.events.CloudEvent;

/**
 * Decides what an invocation of the root function asks for: a CloudEvent by its type (configured per action in
 * {@code live-callback.event-types}), a console or CLI test event by its {@code "Action"} field, and either of
 * them a batch when it is a batch type or carries {@code "Changes"}.
 */
@ApplicationScoped
public class EventDispatcher {

    private static final String CONSOLE_HINT = ", or give Changes: [...] for a batch";

    /** An action, or {@code null} for a batch. */
    private final Map<String, Optional<LiveAction>> eventTypes = new LinkedHashMap<>();
    private final CallbackInvoker invoker;
    private final BatchInvoker batches;
    private final Envelopes envelopes;
    private final InvocationLog log;

    public EventDispatcher(CallbackInvoker invoker, BatchInvoker batches, Envelopes envelopes, InvocationLog log,
            FunctionConfig config) {
        this.invoker = invoker;
        this.batches = batches;
        this.envelopes = envelopes;
        this.log = log;
        FunctionConfig.EventTypes types = config.eventTypes();
        register(types.updateCallback(), Optional.of(LiveAction.UPDATE_CALLBACK));
        register(types.deleteCallback(), Optional.of(LiveAction.DELETE_CALLBACK));
        register(types.describeCallback(), Optional.of(LiveAction.DESCRIBE_CALLBACK));
        register(types.batch(), Optional.empty());
    }

    private void register(List<String> types, Optional<LiveAction> action) {
        for (String type : types) {
            Optional<LiveAction> previous = eventTypes.putIfAbsent(type.trim(), action);
            if (previous != null) {
                throw new IllegalStateException("CloudEvent type '" + type + "' is configured for two actions in "
                        + "live-callback.event-types; give each type to one action");
            }
        }
    }

    Outcome dispatch(JsonNode payload, InvocationContext context, CloudEvent<?> event) {
        if (event != null) {
            Optional<LiveAction> target = eventTypes.get(event.type());
            if (target == null) {
                return refuse(context, "No action for CloudEvent type '" + event.type()
                        + "'; this function handles " + eventTypes.keySet()
                        + " (see live-callback.event-types)");
            }
            return target.map(action -> single(action, payload, context))
                    .orElseGet(() -> batches.run(payload, context));
        }
        if (payload != null && payload.has(BatchInvoker.CHANGES) && !payload.has(ActionField.NAME)) {
            return batches.run(payload, context);
        }
        ActionField.Resolved resolved = ActionField.resolve(payload, ActionField.NAME, CONSOLE_HINT);
        if (resolved.action() == null) {
            Outcome refused = new Outcome(400,
                    envelopes.invalid(context.localRequestId(), null, resolved.violations()), "invalid");
            log.change("-", null, refused, context, 0);
            return refused;
        }
        return single(resolved.action(), payload, context);
    }

    Outcome single(LiveAction action, JsonNode payload, InvocationContext context) {
        return invoker.execute(action, payload, context, DryRun.requested(payload, context));
    }

    private Outcome refuse(InvocationContext context, String message) {
        Outcome refused = new Outcome(400, envelopes.error(context.localRequestId(), null,
                ErrorCodes.INVALID_ACTION_OR_VERSION, message), ErrorCodes.INVALID_ACTION_OR_VERSION);
        log.change("-", null, refused, context, 0);
        return refused;
    }
}
