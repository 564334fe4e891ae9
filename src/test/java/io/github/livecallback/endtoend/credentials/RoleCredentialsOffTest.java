package io.github.livecallback.endtoend.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Role credentials are opt-in: by default the X-Faas-* credential headers are ignored. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class RoleCredentialsOffTest {

    @Test
    void theConfiguredCredentialsSign() {
        Invoke.asRole(EmulatorAccount.STS).body(Payloads.target(null, null))
                .when().post("/describeCallback")
                .then().statusCode(200);

        assertEquals(EmulatorAccount.DEMO.accessKeyId(), Emulator.journal().get(0).get("accessKeyId"));
    }
}
