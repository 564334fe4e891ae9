package io.github.livecallback.endtoend.configuration;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** What an operator changes by configuration alone: their own event types, and an unmasked AuthKeyPrimary. */
@QuarkusTest
@TestProfile(OperatorConfigurationTest.OperatorSettings.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class OperatorConfigurationTest {

    public static class OperatorSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "live-callback.event-types.update-callback", "com.example.stream.callback.set,live.callback.update",
                    "live-callback.event-types.describe-callback", "com.example.stream.callback.get",
                    "volc.live.reveal-auth-key", "true");
        }
    }

    @Test
    void ownEventTypesReachTheirActionsBesideTheDefaults() {
        assertEquals(200, CloudEvents.send(CloudEvents.event("o1", "com.example.stream.callback.set",
                Payloads.update()), CloudEvents.Mode.BINARY).status());
        assertEquals(200, CloudEvents.send(CloudEvents.event("o2", "live.callback.update",
                Payloads.update("live", "record", "https://fn.example.com/rec")), CloudEvents.Mode.BINARY).status());

        CloudEvents.Answer described = CloudEvents.send(CloudEvents.event("o3", "com.example.stream.callback.get",
                Payloads.target("live", null)), CloudEvents.Mode.STRUCTURED);
        assertEquals(2, described.data().at("/Result/CallbackList").size());
        assertEquals(400, CloudEvents.send(CloudEvents.event("o4", "live.callback.describe",
                Payloads.target("live", null)), CloudEvents.Mode.STRUCTURED).status(),
                "the default describe type was replaced");
    }

    @Test
    void theAuthKeyCanBeShownWhenConfiguredSo() {
        Invoke.post("/updateCallback", Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb"))
                .statusCode(200);

        Invoke.post("/describeCallback", Payloads.target("live", "push"))
                .statusCode(200)
                .body("Result.CallbackList[0].AuthKeyPrimary", equalTo(Payloads.AUTH_KEY));
    }
}
