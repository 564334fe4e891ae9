package io.github.livecallback.endtoend.credentials;

import static io.github.livecallback.testing.EmulatorResource.CREDENTIALS;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A configured secret key that does not match its access key. Sent as role credentials instead:
 * {@link RoleCredentialsTest}.
 */
@QuarkusTest
@WithTestResource(value = EmulatorResource.class, initArgs = @ResourceArg(name = CREDENTIALS, value = "wrong-secret"))
class WrongSecretTest extends CredentialsTest {

    @Test
    void aWrongSecretKeyIsRejectedByTheEmulator() {
        assertRefusedOnceWith(401, "SignatureDoesNotMatch");
    }
}
