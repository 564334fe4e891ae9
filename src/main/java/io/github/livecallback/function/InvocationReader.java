package io.github.livecallback.function;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.Violation;
import io.github.livecallback.client.CallLimits;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.http.Arrival;
import io.github.livecallback.http.DeliveryHeaders;
import io.github.livecallback.http.DryRunHeader;
import io.github.livecallback.logging.ColdStart;
import io.github.livecallback.signing.Digests;
import io.github.livecallback.validation.Binding;
import io.github.livecallback.validation.FieldNames;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Reads an invocation, whichever way it came, into the {@link Invocation} it asks for: the action (a function's
 * path, a CloudEvent's type as configured in {@code live-callback.event-types}, a console event's {@code "Action"},
 * or a batch when the type says so or the payload carries {@code "Changes"}), every rule its payload breaks, and its
 * context, with the dry-run decision made here once.
 */
@ApplicationScoped
public class InvocationReader {

    private static final String FAAS_REQUEST_ID = "X-Faas-Request-Id";
    /** W3C trace context: the HTTP header, and the CloudEvents distributed-tracing attribute of the same name. */
    private static final String TRACEPARENT = "traceparent";
    /** The field that console test events and batch items name their action with. */
    static final String ACTION = "Action";
    /** The payload field that asks for a dry run; the header is {@link DryRunHeader}. */
    static final String DRY_RUN = "DryRun";
    static final String CHANGES = "Changes";
    private static final Set<String> BATCH_FIELDS = Set.of(CHANGES);
    private static final String CONSOLE_HINT = ", or give Changes: [...] for a batch";

    /** An action, or empty for a batch. */
    private final Map<String, Optional<LiveAction>> eventTypes = new LinkedHashMap<>();
    private final CurrentVertxRequest currentRequest;
    private final ColdStart coldStart;
    private final Duration deadline;
    private final int batchMaxItems;

    public InvocationReader(CurrentVertxRequest currentRequest, FunctionConfig config, ColdStart coldStart) {
        this.currentRequest = currentRequest;
        this.coldStart = coldStart;
        this.deadline = config.effectiveDeadline();
        this.batchMaxItems = config.batchMaxItems();
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

    /** A payload posted to one action's own function. */
    Invocation.Change action(LiveAction action, JsonNode payload) {
        return change(action, payload, context(null, action.apiName(), payload));
    }

    /** A payload posted to the batch function. */
    Invocation.Batch batch(JsonNode payload) {
        return batch(payload, context(null, BatchExecutor.ACTION, payload));
    }

    /** A payload posted to the root function: a console or CLI test event, or a CloudEvent. */
    Invocation root(JsonNode payload, CloudEvent<?> event) {
        InvocationContext context = context(event, event == null ? "" : event.type(), payload);
        if (event != null) {
            Optional<LiveAction> target = eventTypes.get(event.type());
            if (target == null) {
                return unresolved(context, new Violation("type", ErrorCodes.INVALID_ACTION_OR_VERSION,
                        "No action for CloudEvent type '" + event.type() + "'; this function handles "
                                + eventTypes.keySet() + " (see live-callback.event-types)"));
            }
            return target.isPresent() ? change(target.get(), payload, context) : batch(payload, context);
        }
        if (payload != null && payload.has(CHANGES) && !payload.has(ACTION)) {
            return batch(payload, context);
        }
        return namedAction(payload, ACTION, CONSOLE_HINT)
                .map(action -> change(action, payload, context), violation -> unresolved(context, violation));
    }

    private Invocation.Change change(LiveAction action, JsonNode payload, InvocationContext context) {
        Binding<? extends CallbackScope> binding = action.bind(payload);
        List<Violation> violations = new ArrayList<>(binding.violations());
        dryRunViolation(payload).ifPresent(violations::add);
        contradiction(payload, action).ifPresent(violations::add);
        return new Invocation.Change(action, binding.request(), violations,
                context.dryRunIf(dryRunAsked(payload)));
    }

    private static Invocation.Change unresolved(InvocationContext context, Violation violation) {
        return new Invocation.Change(null, null, List.of(violation), context);
    }

    private Invocation.Batch batch(JsonNode payload, InvocationContext context) {
        List<Violation> violations = batchViolations(payload);
        if (!violations.isEmpty()) {
            return new Invocation.Batch(List.of(), violations, context);
        }
        InvocationContext batchContext = context.dryRunIf(dryRunAsked(payload));
        JsonNode items = payload.get(CHANGES);
        List<Invocation.Change> changes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            changes.add(batchItem(items.get(i), batchContext.forItem(i)));
        }
        return new Invocation.Batch(changes, List.of(), batchContext);
    }

    private Invocation.Change batchItem(JsonNode item, InvocationContext context) {
        String path = CHANGES + "[" + context.item() + "]";
        if (!item.isObject()) {
            return unresolved(context, new Violation(path, ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": " + path + " must be an object"));
        }
        return namedAction(item, path + "." + ACTION, "")
                .map(action -> change(action, item, context), violation -> unresolved(context, violation));
    }

    private List<Violation> batchViolations(JsonNode payload) {
        List<Violation> violations = new ArrayList<>();
        JsonNode changes = payload == null ? null : payload.get(CHANGES);
        if (changes == null || !changes.isArray()) {
            violations.add(new Violation(CHANGES, changes == null ? ErrorCodes.EMPTY : ErrorCodes.BIND_ERROR,
                    CHANGES + " is required: an array of changes, each with its Action"));
        } else if (changes.isEmpty() || changes.size() > batchMaxItems) {
            violations.add(new Violation(CHANGES, ErrorCodes.OUT_OF_RANGE,
                    CHANGES + " should be between 1 and " + batchMaxItems + " changes long"));
        }
        dryRunViolation(payload).ifPresent(violations::add);
        if (payload != null && payload.isObject()) {
            violations.addAll(FieldNames.unknown(payload, "", "a batch", BATCH_FIELDS, Set.of(DRY_RUN)));
        }
        return violations;
    }

    /** The action the payload's {@code Action} names, or the violation that lists the valid ones. */
    private static NamedAction namedAction(JsonNode payload, String path, String hint) {
        JsonNode value = payload == null ? null : payload.get(ACTION);
        String valid = "{[" + String.join(", ", LiveAction.apiNames()) + "]}";
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().isEmpty())) {
            return new NamedAction(null, new Violation(path, ErrorCodes.EMPTY,
                    path + " is required: one of " + valid + hint));
        }
        return LiveAction.byApiName(value.asText())
                .map(action -> new NamedAction(action, null))
                .orElseGet(() -> new NamedAction(null, new Violation(path, ErrorCodes.OUT_OF_RANGE,
                        path + " should be one of " + valid + hint)));
    }

    private record NamedAction(LiveAction action, Violation violation) {
        <T> T map(Function<LiveAction, T> named, Function<Violation, T> refused) {
            return action != null ? named.apply(action) : refused.apply(violation);
        }
    }

    /**
     * A payload sent to one function's own path that names another action: {@code "Action":"DeleteCallback"} posted
     * to {@code /updateCallback} is refused rather than read as the path says.
     */
    private static Optional<Violation> contradiction(JsonNode payload, LiveAction action) {
        JsonNode value = payload == null || !payload.isObject() ? null : payload.get(ACTION);
        if (value == null || value.isNull() || (value.isTextual() && value.textValue().equals(action.apiName()))) {
            return Optional.empty();
        }
        return Optional.of(new Violation(ACTION, ErrorCodes.OUT_OF_RANGE, ACTION + " should be one of {["
                + action.apiName() + "]}: this payload was sent to " + action.apiName() + ", and names "
                + value + "; send it to that action's function or to / instead"));
    }

    private static boolean dryRunAsked(JsonNode payload) {
        return payload != null && payload.path(DRY_RUN).isBoolean() && payload.get(DRY_RUN).booleanValue();
    }

    /** {@code DryRun} must be a boolean when given. */
    private static Optional<Violation> dryRunViolation(JsonNode payload) {
        JsonNode flag = payload == null ? null : payload.get(DRY_RUN);
        if (flag == null || flag.isNull() || flag.isBoolean()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(DRY_RUN, ErrorCodes.BIND_ERROR,
                ErrorCodes.BIND_ERROR_MESSAGE + ": DryRun must be a boolean"));
    }

    private InvocationContext context(CloudEvent<?> event, String entryPoint, JsonNode payload) {
        RoutingContext request = currentRequest.getCurrent();
        String platformId = request == null ? null : request.request().getHeader(FAAS_REQUEST_ID);
        String correlationId = platformId == null || platformId.isBlank() ? UUID.randomUUID().toString()
                : platformId.trim();
        boolean dryRunHeader = request != null && DryRunHeader.read(request).orElse(false);
        Arrival arrival = Arrival.of(request);
        return new InvocationContext(correlationId, delivery(event, request, entryPoint, payload), dryRunHeader, null,
                new CallLimits(arrival.at().plus(deadline), arrival.callerGone()), coldStart.claim());
    }

    private static InvocationContext.Delivery delivery(CloudEvent<?> event, RoutingContext request,
            String entryPoint, JsonNode payload) {
        String payloadHash = Digests.sha256Hex((entryPoint + "\n" + payload).getBytes(StandardCharsets.UTF_8));
        String headerTraceparent = request == null ? null : request.request().getHeader(TRACEPARENT);
        if (event != null) {
            return new InvocationContext.Delivery(event.id(), event.source(), event.type(),
                    event.source() + " " + event.id(), payloadHash,
                    event.time() == null ? null : event.time().toInstant(),
                    headerTraceparent != null || event.extensions() == null ? headerTraceparent
                            : event.extensions().get(TRACEPARENT));
        }
        return new InvocationContext.Delivery(null, null, null,
                request == null ? null : DeliveryHeaders.idempotencyKey(request).orElse(null), payloadHash,
                request == null ? null : DeliveryHeaders.changeTime(request).orElse(null), headerTraceparent);
    }
}
