package io.github.livecallback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * What plain dev mode ({@code ./mvnw quarkus:dev}, no {@code -Pemulator}) reads from the project's configuration:
 * the real endpoint and no credentials of its own, so that the caller's VOLC_* variables are used as the README says.
 */
class DevModeConfigurationTest {

    @Test
    void plainDevModeCallsTheRealEndpointWithTheCallersCredentials() throws IOException {
        VolcConfig dev = new SmallRyeConfigBuilder()
                .withProfile("dev")
                .withMapping(VolcConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(
                        getClass().getClassLoader().getResource("application.properties"), 250))
                .build()
                .getConfigMapping(VolcConfig.class);

        assertEquals(URI.create("https://live.volcengineapi.com"), dev.live().endpoint());
        assertTrue(dev.accesskey().isEmpty(), "no demo access key outside -Pemulator");
        assertTrue(dev.secretkey().isEmpty(), "no demo secret key outside -Pemulator");
    }
}
