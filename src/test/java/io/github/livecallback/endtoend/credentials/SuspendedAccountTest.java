package io.github.livecallback.endtoend.credentials;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = EmulatorResource.class,
        initArgs = @ResourceArg(name = EmulatorResource.CREDENTIALS, value = "suspended"))
class SuspendedAccountTest extends CredentialsTest {

    @Test
    void anAccountWithoutBillingIsForbidden() {
        assertRefusedOnceWith(403, "RequestForbidden.BillingStatus");
    }
}
