package io.github.livecallback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.TestConfigs;
import io.smallrye.config.PropertiesConfigSource;

/**
 * What plain dev mode ({@code ./mvnw quarkus:dev}, no {@code -Pemulator}) reads from the project's configuration:
 * the real endpoint and no credentials of its own, so that the caller's VOLC_* variables are used as the README says.
 */
class DevModeConfigurationTest {

    @Test
    void plainDevModeCallsTheRealEndpointWithTheCallersCredentials() throws IOException {
        VolcConfig dev = TestConfigs.builder()
                .withProfile("dev")
                .withSources(new PropertiesConfigSource(
                        getClass().getClassLoader().getResource("application.properties"), 250))
                .build()
                .getConfigMapping(VolcConfig.class);

        assertEquals(URI.create("https://live.volcengineapi.com"), dev.live().endpoint());
        assertTrue(dev.accesskey().isEmpty(), "no demo access key outside -Pemulator");
        assertTrue(dev.secretkey().isEmpty(), "no demo secret key outside -Pemulator");
    }
}
