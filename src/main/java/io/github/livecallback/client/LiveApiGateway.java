package io.github.livecallback.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.faulttolerance.Retry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.config.LiveApiSettings;
import io.smallrye.faulttolerance.api.ExponentialBackoff;

/**
 * Calls one action of the Live OpenAPI: serializes the request once, sends it signed, and reads the answer.
 * Transient failures are retried with exponential backoff and jitter; each attempt is signed anew.
 */
@ApplicationScoped
public class LiveApiGateway {

    private final LiveOpenApi api;
    private final ObjectMapper mapper;
    private final LiveApiSettings settings;
    private final Envelopes envelopes;
    private final LiveRequestSigner signer;
    private final CredentialsSource credentials;

    public LiveApiGateway(LiveOpenApi api, ObjectMapper mapper, LiveApiSettings settings, Envelopes envelopes,
            LiveRequestSigner signer, CredentialsSource credentials) {
        this.api = api;
        this.mapper = mapper;
        this.settings = settings;
        this.envelopes = envelopes;
        this.signer = signer;
        this.credentials = credentials;
    }

    /**
     * @return the success envelope, with the upstream RequestId
     * @throws UpstreamFailure the error envelope and the status to answer with
     * @throws FunctionMisconfigured when credentials or endpoint are missing or unsafe; nothing is sent
     */
    @Retry(maxRetries = 2, delay = 200, jitter = 100, retryOn = UpstreamFailure.Retriable.class,
            abortOn = { UpstreamFailure.Permanent.class, FunctionMisconfigured.class })
    @ExponentialBackoff
    public LiveResponse call(String action, Object request) {
        checkConfiguration();
        byte[] body = serialize(request);
        Response response;
        try {
            response = api.call(action, settings.config().live().version(), body);
        } catch (ProcessingException e) {
            throw UpstreamAnswers.unreachable(action, e, envelopes);
        }
        try (response) {
            byte[] answer = response.hasEntity() ? response.readEntity(byte[].class) : new byte[0];
            return UpstreamAnswers.read(action, response.getStatus(), answer, mapper, envelopes);
        }
    }

    /**
     * Builds and signs the request that {@link #call} would send, without sending it.
     *
     * @throws FunctionMisconfigured when credentials or endpoint are missing or unsafe
     */
    public PreparedRequest prepare(String action, Object request) {
        checkConfiguration();
        byte[] body = serialize(request);
        URI uri = UriBuilder.fromUri(LiveApiClientProducer.baseUri(settings.config().live().endpoint()))
                .queryParam("Action", action)
                .queryParam("Version", settings.config().live().version())
                .build();
        return new PreparedRequest(HttpMethod.POST, uri.toString(), signer.headers(HttpMethod.POST, uri, body),
                new String(body, StandardCharsets.UTF_8));
    }

    private void checkConfiguration() {
        settings.endpointProblem().ifPresent(problem -> {
            throw new FunctionMisconfigured(List.of(problem));
        });
        credentials.current();
    }

    private byte[] serialize(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated request must serialize", e);
        }
    }
}
