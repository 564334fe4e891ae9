package io.github.livecallback.function;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.client.FunctionMisconfigured;
import io.github.livecallback.client.LiveApiGateway;
import io.github.livecallback.client.UpstreamFailure;
import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.http.ResponseStatus;
import io.github.livecallback.validation.Binding;

/**
 * The path of every invocation: check the payload, send it only if it is valid, set the status an event bus can act
 * on, and write one log line.
 */
@ApplicationScoped
public class CallbackInvoker {

    private final LiveApiGateway gateway;
    private final Envelopes envelopes;
    private final ResponseStatus responseStatus;
    private final InvocationLog log;
    private final boolean revealAuthKey;

    public CallbackInvoker(LiveApiGateway gateway, Envelopes envelopes, ResponseStatus responseStatus,
            InvocationLog log, VolcConfig config) {
        this.gateway = gateway;
        this.envelopes = envelopes;
        this.responseStatus = responseStatus;
        this.log = log;
        this.revealAuthKey = config.live().revealAuthKey();
    }

    public LiveResponse invoke(LiveAction action, JsonNode payload) {
        long started = System.nanoTime();
        String invocationId = UUID.randomUUID().toString();
        Binding<? extends CallbackScope> binding = action.bind(payload);
        Outcome outcome = binding.valid()
                ? send(action, binding.request(), invocationId)
                : new Outcome(400, envelopes.invalid(invocationId, action.apiName(), binding.violations()),
                        "invalid");
        responseStatus.set(outcome.status());
        log.record(action, binding.request(), outcome, outcome.envelope().responseMetadata().requestId(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return outcome.envelope();
    }

    private Outcome send(LiveAction action, CallbackScope request, String invocationId) {
        try {
            LiveResponse answer = gateway.call(action.apiName(), request);
            if (action == LiveAction.DESCRIBE_CALLBACK && !revealAuthKey) {
                answer = answer.withResult(AuthKeyMask.apply(answer.result()));
            }
            return new Outcome(200, answer, "ok");
        } catch (UpstreamFailure failure) {
            return new Outcome(failure.status(), failure.envelope().withRequestIdIfMissing(invocationId),
                    failure.code());
        } catch (FunctionMisconfigured misconfigured) {
            return new Outcome(500, envelopes.error(invocationId, action.apiName(),
                    ErrorCodes.FUNCTION_MISCONFIGURED, misconfigured.getMessage()), "misconfigured");
        }
    }
}
