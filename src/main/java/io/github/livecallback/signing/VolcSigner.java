package io.github.livecallback.signing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Volcengine's HMAC-SHA256 request signature, as the official SDKs compute it. Stateless and thread-safe.
 *
 * <pre>
 * canonical request  = METHOD \n PATH \n QUERY \n HEADERS \n SIGNED_HEADERS \n hex(sha256(body))
 * string to sign     = HMAC-SHA256 \n X-Date \n scope \n hex(sha256(canonical request))
 * signature          = hex(HMAC(signing key, string to sign))
 * </pre>
 */
public final class VolcSigner {

    public static final String ALGORITHM = "HMAC-SHA256";
    private static final DateTimeFormatter X_DATE_FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final String region;
    private final String service;

    public VolcSigner(String region, String service) {
        this.region = region;
        this.service = service;
    }

    public SignedHeaders sign(SignableRequest request, Credentials credentials, Instant at) {
        return signSteps(request, credentials, at).headers();
    }

    /** The signature, with the canonical request and the string to sign it was computed from. */
    public SigningSteps signSteps(SignableRequest request, Credentials credentials, Instant at) {
        String xDate = X_DATE_FORMAT.format(at);
        String contentSha256 = Digests.sha256Hex(request.body());

        Map<String, String> signed = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("content-type") || lower.startsWith("x-")) {
                signed.put(lower, value);
            }
        });
        signed.put("host", request.hostHeader());
        signed.put("x-date", xDate);
        signed.put("x-content-sha256", contentSha256);
        credentials.sessionToken().ifPresent(token -> signed.put("x-security-token", token));

        CanonicalRequest canonical = CanonicalRequest.of(request.method(), request.uri().getRawPath(),
                request.uri().getRawQuery(), signed, contentSha256);
        CredentialScope scope = CredentialScope.of(xDate, region, service);
        String stringToSign = stringToSign(xDate, scope, canonical);
        String signature = signature(SigningKey.derive(credentials.secretAccessKey(), scope), stringToSign);
        String authorization = authorization(credentials.accessKeyId(), scope, canonical.signedHeaders(), signature);
        return new SigningSteps(new SignedHeaders(xDate, contentSha256, credentials.sessionToken(), authorization),
                canonical.text(), stringToSign);
    }

    public static String stringToSign(String xDate, CredentialScope scope, CanonicalRequest canonical) {
        return ALGORITHM + "\n" + xDate + "\n" + scope + "\n" + canonical.hash();
    }

    public static String signature(byte[] signingKey, String stringToSign) {
        return Digests.hex(Digests.hmacSha256(signingKey, stringToSign));
    }

    public static String authorization(String accessKeyId, CredentialScope scope, String signedHeaders,
            String signature) {
        return ALGORITHM + " Credential=" + accessKeyId + "/" + scope + ", SignedHeaders=" + signedHeaders
                + ", Signature=" + signature;
    }
}
