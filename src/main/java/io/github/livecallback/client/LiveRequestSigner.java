package io.github.livecallback.client;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.config.LiveApiSettings;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.VolcSigner;

/**
 * The headers of a Live OpenAPI request: its content type and its signature, made at the moment of the call.
 * The signing filter and the dry run both use it, so a dry run shows what would really be sent.
 */
@ApplicationScoped
public class LiveRequestSigner {

    private final VolcSigner signer;
    private final CredentialsSource credentials;
    private final Clock clock = Clock.systemUTC();

    public LiveRequestSigner(LiveApiSettings settings, CredentialsSource credentials) {
        this.signer = new VolcSigner(settings.config().region(), Envelopes.SERVICE);
        this.credentials = credentials;
    }

    /** @return header name to value, {@code Content-Type} first, then X-Date, X-Content-Sha256, ... Authorization */
    public Map<String, String> headers(String method, URI uri, byte[] body) {
        Map<String, String> contentType = Map.of(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        Map<String, String> headers = new LinkedHashMap<>(contentType);
        headers.putAll(signer.sign(new SignableRequest(method, uri, contentType, body), credentials.current(),
                clock.instant()).asMap());
        return headers;
    }
}
