package io.github.livecallback.endtoend.credentials;

import static io.github.livecallback.testing.EmulatorResource.CREDENTIALS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Configured temporary (STS) credentials sign with their session token. Sent as role credentials instead:
 * {@link RoleCredentialsTest}.
 */
@QuarkusTest
@WithTestResource(value = EmulatorResource.class, initArgs = @ResourceArg(name = CREDENTIALS, value = "sts"))
class StsCredentialsTest extends CredentialsTest {

    @Test
    void signsTheSessionTokenOfTemporaryCredentials() {
        update().statusCode(200);

        assertEquals("content-type;host;x-content-sha256;x-date;x-security-token",
                Emulator.journal().get(0).get("signedHeaders"));
        assertEquals(EmulatorAccount.STS.accessKeyId(), Emulator.journal().get(0).get("accessKeyId"));
    }
}
