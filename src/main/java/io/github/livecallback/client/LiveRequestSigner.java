package io.github.livecallback.client;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.github.livecallback.config.VolcConfig;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.SigningSteps;
import io.github.livecallback.signing.VolcSigner;

/**
 * The headers of a Live OpenAPI request: its content type and its signature, made at the moment of the call.
 * The signing filter and the dry run both use it, so a dry run shows what would really be sent.
 */
@ApplicationScoped
public class LiveRequestSigner {

    private static final Map<String, String> CONTENT_TYPE = Map.of(HttpHeaders.CONTENT_TYPE,
            MediaType.APPLICATION_JSON);

    private final VolcSigner signer;
    private final InvocationCredentials credentials;
    private final Clock clock = Clock.systemUTC();

    public LiveRequestSigner(VolcConfig config, InvocationCredentials credentials) {
        this.signer = new VolcSigner(config.region(), config.live().service());
        this.credentials = credentials;
    }

    /** @return header name to value, {@code Content-Type} first, then X-Date, X-Content-Sha256, ... Authorization */
    public Map<String, String> headers(String method, URI uri, byte[] body) {
        return headers(steps(method, uri, body));
    }

    /** The signature of a request and the texts it was computed from. */
    public SigningSteps steps(String method, URI uri, byte[] body) {
        return signer.signSteps(new SignableRequest(method, uri, CONTENT_TYPE, body), credentials.current(),
                clock.instant());
    }

    /** @return header name to value, {@code Content-Type} first, then X-Date, X-Content-Sha256, ... Authorization */
    public static Map<String, String> headers(SigningSteps steps) {
        Map<String, String> headers = new LinkedHashMap<>(CONTENT_TYPE);
        headers.putAll(steps.headers().asMap());
        return headers;
    }
}
