package io.github.livecallback.client;

import java.time.Clock;
import java.util.Map;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import io.github.livecallback.signing.Credentials;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.SignedHeaders;
import io.github.livecallback.signing.VolcSigner;

/**
 * Signs every request of the Live client just before it is sent, so that each attempt, retries included, carries
 * a fresh {@code X-Date}. The reactive client hands filters the entity object, not the serialized bytes: this
 * filter therefore accepts only a {@code byte[]} entity, which is written to the wire unchanged.
 */
public class SigningFilter implements ClientRequestFilter {

    private final VolcSigner signer;
    private final CredentialsSource credentials;
    private final Clock clock;

    public SigningFilter(VolcSigner signer, CredentialsSource credentials, Clock clock) {
        this.signer = signer;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Object entity = request.getEntity();
        if (entity != null && !(entity instanceof byte[])) {
            throw new IllegalStateException("The Live client must send its body as bytes so that the signature "
                    + "covers exactly what is sent, not " + entity.getClass().getName());
        }
        byte[] body = entity == null ? new byte[0] : (byte[]) entity;
        Credentials signingCredentials = credentials.current();

        request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        SignableRequest signable = new SignableRequest(request.getMethod(), request.getUri(),
                Map.of(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON), body);
        SignedHeaders signed = signer.sign(signable, signingCredentials, clock.instant());
        signed.asMap().forEach(request.getHeaders()::putSingle);
    }
}
