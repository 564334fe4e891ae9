package io.github.livecallback.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.UriBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.config.FunctionMisconfigured;
import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.signing.SigningSteps;

/**
 * Calls one action of the Live OpenAPI: serializes the request once and hands it to {@link RetryingSender}, which
 * sends it signed, retrying what a retry can fix, within the account's rate limit and the invocation's deadline.
 */
@ApplicationScoped
public class LiveApiGateway {

    private final RetryingSender sender;
    private final ObjectMapper mapper;
    private final VolcConfig config;
    private final LiveRequestSigner signer;
    private final InvocationCredentials credentials;

    public LiveApiGateway(RetryingSender sender, ObjectMapper mapper, VolcConfig config, LiveRequestSigner signer,
            InvocationCredentials credentials) {
        this.sender = sender;
        this.mapper = mapper;
        this.config = config;
        this.signer = signer;
        this.credentials = credentials;
    }

    /**
     * @param limits when the invocation must have its answer, and whether its caller still waits; attempts and waits
     *        stop at either
     * @param tally counts the attempts this call sends and their quota waits
     * @return the success envelope, with the upstream RequestId
     * @throws UpstreamFailure the error envelope and the status to answer with
     * @throws FunctionMisconfigured when credentials or endpoint are missing or unsafe; nothing is sent
     */
    public LiveResponse call(String action, Object request, CallLimits limits, UpstreamTally tally) {
        return send(action, request, CallBudget.retried(limits, tally));
    }

    /**
     * As {@link #call}, in one attempt: for a request that only checks what an earlier answer meant, where a failure
     * is answered as it is rather than retried.
     */
    public LiveResponse callOnce(String action, Object request, CallLimits limits, UpstreamTally tally) {
        return send(action, request, CallBudget.singleAttempt(limits, tally));
    }

    private LiveResponse send(String action, Object request, CallBudget budget) {
        credentials.current();
        return sender.send(action, config.live().version(), serialize(request), budget);
    }

    /**
     * Builds and signs the request that {@link #call} would send, without sending it.
     *
     * @throws FunctionMisconfigured when credentials or endpoint are missing or unsafe
     */
    public PreparedRequest prepare(String action, Object request) {
        credentials.current();
        byte[] body = serialize(request);
        URI uri = UriBuilder.fromUri(LiveApiClientProducer.baseUri(config.live().endpoint()))
                .queryParam("Action", action)
                .queryParam("Version", config.live().version())
                .build();
        SigningSteps steps = signer.steps(HttpMethod.POST, uri, body);
        return new PreparedRequest(HttpMethod.POST, uri.toString(), LiveRequestSigner.headers(steps),
                new String(body, StandardCharsets.UTF_8), steps.canonicalRequest(), steps.stringToSign());
    }

    private byte[] serialize(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated request must serialize", e);
        }
    }
}
