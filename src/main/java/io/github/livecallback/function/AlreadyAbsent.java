package io.github.livecallback.function;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.ResponseMetadata;
import io.github.livecallback.client.UpstreamFailure;

/**
 * A DeleteCallback whose configuration is already gone has done what it was asked: event buses deliver at least
 * once, and a redelivered or retried delete must not end in a dead-letter queue. It answers 200 with
 * {@code Result.AlreadyAbsent: true}. An unknown Vhost is still an error: that delete aimed at the wrong target.
 */
final class AlreadyAbsent {

    static final String NOT_FOUND = "ResourceNotFound";

    private AlreadyAbsent() {
    }

    static boolean is(UpstreamFailure failure) {
        return failure.status() == 404 && NOT_FOUND.equals(failure.code());
    }

    static LiveResponse envelope(UpstreamFailure failure, ObjectMapper mapper) {
        ResponseMetadata upstream = failure.envelope().responseMetadata();
        return new LiveResponse(new ResponseMetadata(upstream.requestId(), upstream.action(), upstream.version(),
                upstream.service(), upstream.region(), null), mapper.createObjectNode().put("AlreadyAbsent", true));
    }
}
