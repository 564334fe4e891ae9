package io.github.livecallback.function;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackScope;
import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.client.LiveApiGateway;
import io.github.livecallback.client.UpstreamFailure;
import io.github.livecallback.client.UpstreamTally;
import io.github.livecallback.config.FunctionConfig;
import io.github.livecallback.config.FunctionMisconfigured;
import io.github.livecallback.logging.InvocationLog;
import io.github.livecallback.logging.LogLine;

/**
 * Performs one change that {@link InvocationReader} read: refuses it when it breaks a rule, shows it signed in a dry
 * run, or sends it unless a newer change was already applied ({@link ChangeOrdering}); redacts the answer and writes
 * the change's log line. The caller sets the HTTP status from the
 * outcome.
 */
@ApplicationScoped
public class ChangeExecutor {

    private final LiveApiGateway gateway;
    private final DeleteVerification deleteVerification;
    private final ChangeOrdering ordering;
    private final AnswerRedaction redaction;
    private final Envelopes envelopes;
    private final ObjectMapper mapper;
    private final boolean revealSignature;

    public ChangeExecutor(LiveApiGateway gateway, DeleteVerification deleteVerification, ChangeOrdering ordering,
            AnswerRedaction redaction, Envelopes envelopes, ObjectMapper mapper, FunctionConfig function) {
        this.gateway = gateway;
        this.deleteVerification = deleteVerification;
        this.ordering = ordering;
        this.redaction = redaction;
        this.envelopes = envelopes;
        this.mapper = mapper;
        this.revealSignature = function.dryRunRevealsSignature();
    }

    Outcome execute(Invocation.Change change) {
        long started = System.nanoTime();
        InvocationContext context = change.context();
        UpstreamTally upstream = new UpstreamTally();
        Outcome outcome = change.violations().isEmpty()
                ? redaction.applied(ordering.inOrder(change,
                        () -> send(change.action(), change.request(), context, upstream)), change.request())
                : Outcome.invalid(envelopes.invalid(context.localRequestId(), change.actionName(),
                        change.violations()));
        LogLine line = change.logLine().field("outcome", outcome.label()).field("status", outcome.status());
        if (outcome.code() != null) {
            line.jsonField("code", outcome.code());
        }
        line.field("requestId", outcome.envelope().responseMetadata().requestId())
                .field("attempts", upstream.attempts()).field("quotaWaitMs", upstream.quotaWait().toMillis());
        InvocationLog.write(outcome.status(), context.identify(line,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)));
        return outcome;
    }

    private Outcome send(LiveAction action, CallbackScope request, InvocationContext context,
            UpstreamTally upstream) {
        try {
            if (context.dryRun()) {
                PreparedRequest prepared = gateway.prepare(action.apiName(), request);
                return new Outcome(200, envelopes.success(context.localRequestId(), action.apiName(),
                        DryRunAnswer.result(prepared, request, revealSignature, mapper)), "dry-run");
            }
            return new Outcome(200, gateway.call(action.apiName(), request, context.limits(), upstream),
                    "ok");
        } catch (UpstreamFailure failure) {
            if (DeleteVerification.needed(action, failure)) {
                return deleteVerification.settle(failure, (CallbackTarget) request, context, upstream);
            }
            return new Outcome(failure.status(), failure.envelope().withRequestIdIfMissing(context.localRequestId()),
                    failure.code(), failure.retryAfter());
        } catch (FunctionMisconfigured misconfigured) {
            return new Outcome(500, envelopes.error(context.localRequestId(), action.apiName(),
                    ErrorCodes.FUNCTION_MISCONFIGURED, misconfigured.getMessage()), "misconfigured");
        }
    }
}
