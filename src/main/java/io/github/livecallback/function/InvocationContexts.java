package io.github.livecallback.function;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.client.CallLimits;
import io.github.livecallback.http.Arrival;
import io.github.livecallback.http.DryRunHeader;
import io.quarkus.funqy.knative.events.CloudEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Reads the invocation's context from the HTTP request it arrived with. */
@ApplicationScoped
public class InvocationContexts {

    public static final String FAAS_REQUEST_ID = "X-Faas-Request-Id";

    private final CurrentVertxRequest currentRequest;
    private final Duration deadline;

    public InvocationContexts(CurrentVertxRequest currentRequest, FunctionConfig config) {
        this.currentRequest = currentRequest;
        this.deadline = config.effectiveDeadline();
    }

    InvocationContext current(CloudEvent<?> event) {
        RoutingContext context = currentRequest.getCurrent();
        String platformId = context == null ? null : context.request().getHeader(FAAS_REQUEST_ID);
        boolean dryRun = context != null && DryRunHeader.read(context).orElse(false);
        String correlationId = platformId == null || platformId.isBlank() ? UUID.randomUUID().toString()
                : platformId.trim();
        Arrival arrival = Arrival.of(context);
        return new InvocationContext(correlationId, event == null ? null : event.id(), dryRun, null,
                new CallLimits(arrival.at().plus(deadline), arrival.callerGone()));
    }
}
