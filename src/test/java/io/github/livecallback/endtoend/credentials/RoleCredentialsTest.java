package io.github.livecallback.endtoend.credentials;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.LogCapture;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With role credentials on and no configured credentials, each invocation signs with the ones veFaaS passes. So
 * one boot tries every kind of credentials the emulator tells apart, each sent as an invocation's role
 * credentials; none sent is the missing case. (Configured credentials: {@link StsCredentialsTest},
 * {@link WrongSecretTest}, {@link MissingCredentialsTest}.)
 */
@QuarkusTest
@TestProfile(RoleCredentialsTest.RoleCredentialsOn.class)
@WithTestResource(value = EmulatorResource.class,
        initArgs = @ResourceArg(name = EmulatorResource.CREDENTIALS, value = "none"))
class RoleCredentialsTest extends CredentialsTest {

    public static class RoleCredentialsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("live-callback.role-credentials", "true");
        }
    }

    private static final EmulatorAccount ROLE = EmulatorAccount.STS;

    @Test
    @DisabledOnIntegrationTest("reads the log lines of the function running in this JVM")
    void signsWithTheInvocationsTemporaryCredentials() {
        try (LogCapture logs = LogCapture.everything()) {
            Invoke.asRole(ROLE).body(Payloads.target(null, null))
                    .when().post("/describeCallback")
                    .then().statusCode(200);

            Map<String, Object> received = Emulator.journal().get(0);
            assertEquals(ROLE.accessKeyId(), received.get("accessKeyId"));
            assertEquals("content-type;host;x-content-sha256;x-date;x-security-token", received.get("signedHeaders"));
            for (String secret : List.of(ROLE.secretKey(), ROLE.sessionToken())) {
                logs.lines().forEach(line -> assertFalse(line.contains(secret), line));
            }
        }
    }

    @Test
    void withoutRoleCredentialsAndNoneConfiguredItSaysWhatToDo() {
        Invoke.post("/describeCallback", Payloads.target(null, null))
                .statusCode(500)
                .body("ResponseMetadata.Error.Code", equalTo("FunctionMisconfigured"))
                .body("ResponseMetadata.Error.Message", containsString("or give the function a role"));
        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void aWrongSecretKeyIsRejectedByTheEmulator() {
        assertRefusedOnceWith(Invoke.asRole(EmulatorResource.WRONG_SECRET), 401, "SignatureDoesNotMatch");
    }

    @Test
    void anUnknownAccessKeyIsRejected() {
        assertRefusedOnceWith(Invoke.asRole(EmulatorResource.UNKNOWN_KEY), 401, "InvalidAccessKey");
    }

    @Test
    void anAccountWithoutBillingIsForbidden() {
        assertRefusedOnceWith(Invoke.asRole(EmulatorAccount.SUSPENDED), 403, "RequestForbidden.BillingStatus");
    }
}
