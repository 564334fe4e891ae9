package io.github.livecallback.signing;

import java.nio.charset.StandardCharsets;

/**
 * Derives the signing key from the secret access key, one HMAC step per element of the credential scope. Unlike
 * AWS, Volcengine puts no prefix before the secret key.
 */
public final class SigningKey {

    private SigningKey() {
    }

    public static byte[] derive(String secretAccessKey, CredentialScope scope) {
        byte[] kDate = Digests.hmacSha256(secretAccessKey.getBytes(StandardCharsets.UTF_8), scope.date());
        byte[] kRegion = Digests.hmacSha256(kDate, scope.region());
        byte[] kService = Digests.hmacSha256(kRegion, scope.service());
        return Digests.hmacSha256(kService, CredentialScope.TERMINATOR);
    }
}
