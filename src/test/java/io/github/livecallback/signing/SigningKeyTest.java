package io.github.livecallback.signing;

import static io.github.livecallback.signing.SigningTestVectors.IAM_SIGNING_KEY;
import static io.github.livecallback.signing.SigningTestVectors.SECRET_KEY;
import static io.github.livecallback.signing.SigningTestVectors.X_DATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SigningKeyTest {

    @Test
    void derivesThePublicDocumentationSigningKey() {
        CredentialScope scope = CredentialScope.of(X_DATE, "cn-beijing", "iam");

        assertEquals(IAM_SIGNING_KEY, Digests.hex(SigningKey.derive(SECRET_KEY, scope)));
    }

    @Test
    void theKeyDependsOnEveryScopeElement() {
        String reference = Digests.hex(SigningKey.derive(SECRET_KEY, CredentialScope.of(X_DATE, "cn-beijing", "iam")));

        assertNotEquals(reference, Digests.hex(SigningKey.derive(SECRET_KEY, CredentialScope.of("20240620T000000Z", "cn-beijing", "iam"))));
        assertNotEquals(reference, Digests.hex(SigningKey.derive(SECRET_KEY, CredentialScope.of(X_DATE, "cn-north-1", "iam"))));
        assertNotEquals(reference, Digests.hex(SigningKey.derive(SECRET_KEY, CredentialScope.of(X_DATE, "cn-beijing", "live"))));
        assertNotEquals(reference, Digests.hex(SigningKey.derive(SECRET_KEY + "x", CredentialScope.of(X_DATE, "cn-beijing", "iam"))));
    }
}
