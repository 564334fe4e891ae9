package io.github.livecallback.endtoend.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Health;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Keys and tokens pasted with a space inside: readiness is DOWN for the credentials and for the inbound token, and
 * names the variables without a word of their values, which anyone may read there without a token.
 */
@QuarkusTest
@TestProfile(UnusableSecretsHealthTest.PastedWithSpaces.class)
class UnusableSecretsHealthTest {

    static final String SECRET_KEY = "s3cretKEY partTwo";
    static final String SESSION_TOKEN = "sessionTOKEN partTwo";
    static final String INBOUND_TOKEN = "inboundTOKEN partTwo";

    public static class PastedWithSpaces implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("volc.accesskey", "AKLTZGVtby1hY2Nlc3Mta2V5", "volc.secretkey", SECRET_KEY,
                    "volc.session-token", SESSION_TOKEN, "volc.live.endpoint", "http://127.0.0.1:9",
                    "live-callback.inbound-token", INBOUND_TOKEN);
        }
    }

    @Test
    void readinessNamesTheVariablesAndNoValue() {
        Response ready = Health.ready();

        assertEquals(503, ready.statusCode(), ready.asString());
        assertEquals("VOLC_SECRETKEY contains whitespace, a control character or a character that is not printable "
                + "ASCII; set it to the value as issued; VOLC_SESSION_TOKEN contains whitespace, a control character or "
                + "a character that is not printable ASCII; set it to the value as issued",
                Health.data(ready, "configuration", "reason"));
        assertEquals("DOWN", Health.check(ready, "inbound-token").get("status"));
        assertEquals("LIVE_CALLBACK_INBOUND_TOKEN contains whitespace or characters that are not printable ASCII, "
                + "which no Authorization header can carry", Health.data(ready, "inbound-token", "reason"));
        for (String value : new String[] { "s3cretKEY", "sessionTOKEN", "inboundTOKEN", "partTwo" }) {
            assertFalse(ready.asString().contains(value), value + " in " + ready.asString());
        }
    }
}
