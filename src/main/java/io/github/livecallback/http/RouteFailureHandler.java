package io.github.livecallback.http;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.logging.ColdStart;
import io.github.livecallback.logging.InvocationLog;
import io.github.livecallback.logging.LogLine;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers the requests that Funqy refuses before a function runs (a body that is not JSON, an unknown function, an
 * unsupported media type) and any unexpected failure with the API's error envelope instead of an empty body or an
 * HTML page, and never with exception details. Each refusal gets its one line in the {@link InvocationLog}.
 */
@ApplicationScoped
public class RouteFailureHandler {

    static final String FUNCTIONS = "updateCallback, deleteCallback, describeCallback, batch, and / for console "
            + "events and CloudEvents";
    private static final Logger LOG = Logger.getLogger(RouteFailureHandler.class);

    private final Envelopes envelopes;
    private final ObjectMapper mapper;
    private final String maxBody;
    private final ColdStart coldStart;

    public RouteFailureHandler(Envelopes envelopes, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody, ColdStart coldStart) {
        this.envelopes = envelopes;
        this.mapper = mapper;
        this.coldStart = coldStart;
        this.maxBody = maxBody.asLongValue() / 1024 + " KiB";
    }

    /** The failure handler of every route. */
    void answer(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        String requestId = UUID.randomUUID().toString();
        if (context.failure() instanceof RequestRefused refused) {
            send(context, refused.status, requestId,
                    envelopes.error(requestId, null, refused.code, refused.getMessage()));
            return;
        }
        int status = context.statusCode();
        LiveResponse envelope = switch (status) {
            case 400 -> envelopes.error(requestId, null, ErrorCodes.BIND_ERROR,
                    ErrorCodes.BIND_ERROR_MESSAGE + ": the request body is not valid JSON");
            case 404 -> envelopes.error(requestId, null, ErrorCodes.INVALID_ACTION_OR_VERSION,
                    "No function answers " + context.request().method() + " " + context.normalizedPath()
                            + "; the functions are " + FUNCTIONS + ", each called with POST");
            case 413 -> envelopes.error(requestId, null, ErrorCodes.INVALID_PARAM,
                    "The request body is larger than " + maxBody + ", the most this function accepts");
            case 406, 415 -> envelopes.error(requestId, null, ErrorCodes.BIND_ERROR,
                    "Unsupported Content-Type '" + context.request().getHeader("Content-Type")
                            + "': send application/json or a CloudEvent");
            default -> envelopes.error(requestId, null, ErrorCodes.INTERNAL_ERROR,
                    "an internal error occurred, please contact the administrator.");
        };
        if (status == 406) {
            status = 415;
        } else if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            LOG.errorf(context.failure(), "Invocation %s failed unexpectedly", requestId);
        }
        send(context, status, requestId, envelope);
    }

    private void send(RoutingContext context, int status, String requestId, LiveResponse envelope) {
        boolean first = coldStart.claim();
        if (status < 500) {
            String code = envelope.responseMetadata().error().code();
            InvocationLog.write(status, new LogLine().field("action", null).field("path", context.normalizedPath())
                    .field("outcome", code).field("status", status).jsonField("code", code)
                    .field("requestId", requestId).jsonField("coldStart", first));
        }
        try {
            context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                    .end(mapper.writeValueAsString(envelope));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(500).end();
        }
    }
}
