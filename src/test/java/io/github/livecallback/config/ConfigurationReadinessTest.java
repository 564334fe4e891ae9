package io.github.livecallback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.TestConfigs;

class ConfigurationReadinessTest {

    @Test
    void missingKeysAreDownUnlessInvocationsMayBringRoleCredentials() {
        LiveApiSettings noKeys = new LiveApiSettings(TestConfigs.volc(Map.of()));

        HealthCheckResponse withoutRole = new ConfigurationReadiness(noKeys, false).call();
        assertEquals(HealthCheckResponse.Status.DOWN, withoutRole.getStatus());
        assertEquals("missing credentials: set VOLC_ACCESSKEY and VOLC_SECRETKEY",
                withoutRole.getData().orElseThrow().get("reason"));

        HealthCheckResponse withRole = new ConfigurationReadiness(noKeys, true).call();
        assertEquals(HealthCheckResponse.Status.UP, withRole.getStatus());
        assertTrue(((String) withRole.getData().orElseThrow().get("note")).contains("role credentials"));
    }

    @Test
    void anUnsafeEndpointIsDownEvenWithRoleCredentials() {
        LiveApiSettings settings = new LiveApiSettings(TestConfigs.volc(Map.of("volc.accesskey", "AK",
                "volc.secretkey", "SK", "volc.live.endpoint", "https://user:pw@live.example.com")));

        HealthCheckResponse response = new ConfigurationReadiness(settings, true).call();

        assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
        assertEquals("VOLC_LIVE_ENDPOINT must be a scheme, a host and a port only, like https://live.example.com; "
                + "remove the user information (user:password@)", response.getData().orElseThrow().get("reason"));
    }
}
