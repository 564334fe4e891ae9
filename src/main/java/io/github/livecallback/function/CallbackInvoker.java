package io.github.livecallback.function;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.api.Violation;
import io.github.livecallback.config.FunctionMisconfigured;
import io.github.livecallback.client.LiveApiGateway;
import io.github.livecallback.client.UpstreamFailure;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.validation.Binding;

/**
 * Performs one change: checks the payload, sends it only if it is valid (or returns it signed, in a dry run), and
 * writes its log line. The caller sets the HTTP status from the outcome.
 */
@ApplicationScoped
public class CallbackInvoker {

    private final LiveApiGateway gateway;
    private final DeleteVerification deleteVerification;
    private final AnswerRedaction redaction;
    private final Envelopes envelopes;
    private final InvocationLog log;
    private final ObjectMapper mapper;
    private final boolean revealSignature;

    public CallbackInvoker(LiveApiGateway gateway, DeleteVerification deleteVerification, AnswerRedaction redaction,
            Envelopes envelopes, InvocationLog log, ObjectMapper mapper, FunctionConfig function) {
        this.gateway = gateway;
        this.deleteVerification = deleteVerification;
        this.redaction = redaction;
        this.envelopes = envelopes;
        this.log = log;
        this.mapper = mapper;
        this.revealSignature = function.dryRunRevealsSignature();
    }

    Outcome execute(LiveAction action, JsonNode payload, InvocationContext context, boolean dryRun) {
        long started = System.nanoTime();
        Binding<? extends CallbackScope> binding = action.bind(payload);
        List<Violation> violations = new ArrayList<>(binding.violations());
        DryRun.check(payload).ifPresent(violations::add);
        ActionField.contradicts(payload, action).ifPresent(violations::add);
        Outcome outcome = violations.isEmpty()
                ? redaction.applied(send(action, binding.request(), context, dryRun), binding.request())
                : new Outcome(400, envelopes.invalid(context.localRequestId(), action.apiName(), violations),
                        "invalid");
        log.change(action.apiName(), binding.request(), outcome, context,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return outcome;
    }

    private Outcome send(LiveAction action, CallbackScope request, InvocationContext context, boolean dryRun) {
        try {
            if (dryRun) {
                PreparedRequest prepared = gateway.prepare(action.apiName(), request);
                return new Outcome(200, envelopes.success(context.localRequestId(), action.apiName(),
                        DryRun.result(prepared, request, revealSignature, mapper)), "dry-run");
            }
            return new Outcome(200, gateway.call(action.apiName(), request, context.limits()), "ok");
        } catch (UpstreamFailure failure) {
            if (DeleteVerification.needed(action, failure)) {
                return deleteVerification.settle(failure, (CallbackTarget) request, context);
            }
            return new Outcome(failure.status(), failure.envelope().withRequestIdIfMissing(context.localRequestId()),
                    failure.code(), failure.retryAfter());
        } catch (FunctionMisconfigured misconfigured) {
            return new Outcome(500, envelopes.error(context.localRequestId(), action.apiName(),
                    ErrorCodes.FUNCTION_MISCONFIGURED, misconfigured.getMessage()), "misconfigured");
        }
    }
}
