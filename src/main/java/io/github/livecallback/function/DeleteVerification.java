package io.github.livecallback.function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.ApiError;
import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.client.LiveApiGateway;
import io.github.livecallback.client.UpstreamFailure;
import io.github.livecallback.client.UpstreamTally;
import io.github.livecallback.validation.CallbackRules;

/**
 * Tells what a DeleteCallback's {@code ResourceNotFound} means. The API answers it both for a scope that does not
 * exist (a misspelt Domain) and, in practice, for a configuration that is already gone; the documents say only
 * "resource not found". A redelivered delete must not end in a dead-letter queue, and a delete aimed at the wrong
 * target must not be answered as done. So one DescribeCallback of the same target, in one attempt, decides:
 * <ul>
 * <li>it answers and lists nothing: the scope exists and holds no such configuration, so the delete has done what
 * it was asked; 200 with {@code Result.AlreadyAbsent: true} and the delete's RequestId;</li>
 * <li>it answers 404, or anything that is not a retriable failure, or lists a matching configuration: nothing
 * proves the configuration absent, and the delete's own 404 is answered unchanged;</li>
 * <li>it fails retriably (429, 5xx, deadline): the answer is that failure, so that the event is delivered again.</li>
 * </ul>
 * {@code ResourceNotFound.VhostNotExist} already names its cause and is never checked.
 */
@ApplicationScoped
public class DeleteVerification {

    static final String NOT_FOUND = "ResourceNotFound";
    static final String ALREADY_ABSENT = "AlreadyAbsent";

    private final LiveApiGateway gateway;
    private final ObjectMapper mapper;

    public DeleteVerification(LiveApiGateway gateway, ObjectMapper mapper) {
        this.gateway = gateway;
        this.mapper = mapper;
    }

    static boolean needed(LiveAction action, UpstreamFailure failure) {
        return action == LiveAction.DELETE_CALLBACK && failure.status() == 404 && NOT_FOUND.equals(failure.code());
    }

    Outcome settle(UpstreamFailure notFound, CallbackTarget target, InvocationContext context,
            UpstreamTally upstream) {
        Outcome unchanged = new Outcome(notFound.status(), notFound.envelope(), notFound.code());
        try {
            LiveResponse described = gateway.callOnce(CallbackRules.DESCRIBE_CALLBACK, target, context.limits(),
                    upstream);
            return described.result() != null && described.result().path("CallbackList").isEmpty()
                    ? new Outcome(200, alreadyAbsent(notFound.envelope()), "already-absent")
                    : unchanged;
        } catch (UpstreamFailure describeFailed) {
            if (describeFailed instanceof UpstreamFailure.Permanent) {
                return unchanged;
            }
            return new Outcome(describeFailed.status(), uncheckable(notFound.envelope(), describeFailed),
                    describeFailed.code(), describeFailed.retryAfter());
        }
    }

    private LiveResponse alreadyAbsent(LiveResponse deleteAnswer) {
        return new LiveResponse(deleteAnswer.responseMetadata().withError(null),
                mapper.createObjectNode().put(ALREADY_ABSENT, true));
    }

    private static LiveResponse uncheckable(LiveResponse deleteAnswer, UpstreamFailure describeFailed) {
        ApiError error = describeFailed.envelope().responseMetadata().error();
        return new LiveResponse(deleteAnswer.responseMetadata().withError(ApiError.of(error.code(),
                "DeleteCallback answered ResourceNotFound, and the DescribeCallback that tells an absent "
                        + "configuration from an unknown scope failed (" + error.code() + ": " + error.message()
                        + "); deliver the event again later")), null);
    }
}
