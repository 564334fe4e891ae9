package io.github.livecallback.signing;

import static io.github.livecallback.signing.SigningTestVectors.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VolcSignerTest {

    private final VolcSigner signer = new VolcSigner("cn-north-1", "live");

    @Test
    void signsTheReferenceRequestWithoutToken() {
        SignedHeaders headers = signer.sign(updateCallback(), Credentials.of(ACCESS_KEY, SECRET_KEY), AT);

        assertEquals(X_DATE, headers.xDate());
        assertEquals(BODY_SHA256, headers.contentSha256());
        assertEquals("HMAC-SHA256 Credential=" + ACCESS_KEY + "/20240619/cn-north-1/live/request, "
                + "SignedHeaders=content-type;host;x-content-sha256;x-date, Signature=" + SIGNATURE_WITHOUT_TOKEN,
                headers.authorization());
        assertFalse(headers.asMap().containsKey(SignedHeaders.X_SECURITY_TOKEN));
    }

    @Test
    void signsTheReferenceRequestWithSessionToken() {
        Credentials sts = new Credentials(ACCESS_KEY, SECRET_KEY, Optional.of(SESSION_TOKEN));

        SignedHeaders headers = signer.sign(updateCallback(), sts, AT);

        assertTrue(headers.authorization().contains(
                "SignedHeaders=content-type;host;x-content-sha256;x-date;x-security-token, "));
        assertTrue(headers.authorization().endsWith("Signature=" + SIGNATURE_WITH_TOKEN));
        assertEquals(SESSION_TOKEN, headers.asMap().get(SignedHeaders.X_SECURITY_TOKEN));
    }

    /**
     * The public signing documentation's IAM ListUsers example signs only {@code host;x-date} over an empty body;
     * reproducing its signature checks the canonical request, scope, key and signature steps end to end.
     */
    @Test
    void reproducesThePublicDocumentationSignature() {
        String xDate = X_DATE;
        String emptyBodyHash = Digests.sha256Hex(new byte[0]);
        CanonicalRequest canonical = CanonicalRequest.of("GET", "/",
                "Action=ListUsers&Version=2018-01-01&Limit=10&Offset=0",
                Map.of("Host", "iam.volcengineapi.com", "X-Date", xDate), emptyBodyHash);
        CredentialScope scope = CredentialScope.of(xDate, "cn-beijing", "iam");

        String signature = VolcSigner.signature(SigningKey.derive(SECRET_KEY, scope),
                VolcSigner.stringToSign(xDate, scope, canonical));

        assertEquals(IAM_SIGNATURE, signature);
    }

    @Test
    void oneChangedBodyByteChangesTheSignature() {
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] = 'X';
        SignableRequest request = new SignableRequest("POST", UPDATE_CALLBACK_URI,
                Map.of("Content-Type", "application/json"), tampered);

        SignedHeaders headers = signer.sign(request, Credentials.of(ACCESS_KEY, SECRET_KEY), AT);

        assertNotEquals(BODY_SHA256, headers.contentSha256());
        assertFalse(headers.authorization().endsWith(SIGNATURE_WITHOUT_TOKEN));
    }

    @Test
    void nonDefaultPortIsPartOfTheSignedHost() {
        SignableRequest onLoopback = new SignableRequest("POST",
                URI.create("http://127.0.0.1:8089/?Action=UpdateCallback&Version=2023-01-01"),
                Map.of("Content-Type", "application/json"), BODY);

        assertEquals("127.0.0.1:8089", onLoopback.hostHeader());
        assertEquals("live.volcengineapi.com", updateCallback().hostHeader());
        assertEquals("live.volcengineapi.com", new SignableRequest("POST",
                URI.create("https://live.volcengineapi.com:443/"), Map.of(), BODY).hostHeader());
    }

    @Test
    void neitherSecretAppearsInToStrings() {
        Credentials sts = new Credentials(ACCESS_KEY, SECRET_KEY, Optional.of(SESSION_TOKEN));
        SignedHeaders headers = signer.sign(updateCallback(), sts, AT);

        for (String text : new String[] { sts.toString(), headers.toString() }) {
            assertFalse(text.contains(SECRET_KEY), text);
            assertFalse(text.contains(SESSION_TOKEN), text);
        }
    }
}
