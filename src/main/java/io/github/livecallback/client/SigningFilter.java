package io.github.livecallback.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Signs every request of the Live client just before it is sent, so that each attempt, retries included, carries
 * a fresh {@code X-Date}. The reactive client hands filters the entity object, not the serialized bytes: this
 * filter therefore accepts only a {@code byte[]} entity, which is written to the wire unchanged.
 */
public class SigningFilter implements ClientRequestFilter {

    private final LiveRequestSigner signer;

    public SigningFilter(LiveRequestSigner signer) {
        this.signer = signer;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Object entity = request.getEntity();
        if (entity != null && !(entity instanceof byte[])) {
            throw new IllegalStateException("The Live client must send its body as bytes so that the signature "
                    + "covers exactly what is sent, not " + entity.getClass().getName());
        }
        byte[] body = entity == null ? new byte[0] : (byte[]) entity;
        signer.headers(request.getMethod(), request.getUri(), body).forEach(request.getHeaders()::putSingle);
    }
}
