package io.github.livecallback.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.api.PreparedRequest;
import io.github.livecallback.config.LiveApiSettings;
import io.github.livecallback.signing.SigningSteps;

/**
 * Calls one action of the Live OpenAPI: serializes the request once and hands it to {@link UpstreamAttempts}, which
 * sends it signed, retrying what a retry can fix, within the account's rate limit and the invocation's deadline.
 */
@ApplicationScoped
public class LiveApiGateway {

    private final UpstreamAttempts attempts;
    private final ObjectMapper mapper;
    private final LiveApiSettings settings;
    private final Envelopes envelopes;
    private final LiveRequestSigner signer;
    private final CredentialsSource credentials;
    /** When a caller should come back while the circuit is open: the breaker's delay. */
    private final Duration circuitRetryAfter;

    public LiveApiGateway(UpstreamAttempts attempts, ObjectMapper mapper, LiveApiSettings settings,
            Envelopes envelopes, LiveRequestSigner signer, CredentialsSource credentials,
            @ConfigProperty(name = UpstreamAttempts.CONFIG + "circuit-breaker.delay",
                    defaultValue = UpstreamAttempts.BREAKER_DELAY_MILLIS) long breakerDelayMillis) {
        this.attempts = attempts;
        this.mapper = mapper;
        this.settings = settings;
        this.envelopes = envelopes;
        this.signer = signer;
        this.credentials = credentials;
        this.circuitRetryAfter = Duration.ofMillis(breakerDelayMillis);
    }

    /**
     * @param limits when the invocation must have its answer, and whether its caller still waits; attempts and waits
     *        stop at either
     * @return the success envelope, with the upstream RequestId
     * @throws UpstreamFailure the error envelope and the status to answer with
     * @throws FunctionMisconfigured when credentials or endpoint are missing or unsafe; nothing is sent
     */
    public LiveResponse call(String action, Object request, CallLimits limits) {
        return send(action, request, CallBudget.retried(limits));
    }

    /**
     * As {@link #call}, in one attempt: for a request that only checks what an earlier answer meant, where a failure
     * is answered as it is rather than retried.
     */
    public LiveResponse callOnce(String action, Object request, CallLimits limits) {
        return send(action, request, CallBudget.singleAttempt(limits));
    }

    private LiveResponse send(String action, Object request, CallBudget budget) {
        checkConfiguration();
        try {
            return attempts.send(action, settings.config().live().version(), serialize(request), budget);
        } catch (CircuitBreakerOpenException open) {
            throw new UpstreamFailure.Deferred(503, envelopes.error(null, action, ErrorCodes.CIRCUIT_OPEN,
                    "Not sent: the Live OpenAPI failed repeatedly and the circuit breaker is open; deliver the event "
                            + "again later"), circuitRetryAfter);
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
        SigningSteps steps = signer.steps(HttpMethod.POST, uri, body);
        return new PreparedRequest(HttpMethod.POST, uri.toString(), LiveRequestSigner.headers(steps),
                new String(body, StandardCharsets.UTF_8), steps.canonicalRequest(), steps.stringToSign());
    }

    /** Every configuration problem at once, so that one redeploy fixes them all. */
    private void checkConfiguration() {
        Set<String> problems = new LinkedHashSet<>(settings.problems());
        try {
            credentials.current();
        } catch (FunctionMisconfigured unusable) {
            problems.addAll(unusable.problems());
        }
        if (!problems.isEmpty()) {
            throw new FunctionMisconfigured(List.copyOf(problems));
        }
    }

    private byte[] serialize(Object request) {
        try {
            return mapper.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A validated request must serialize", e);
        }
    }
}
