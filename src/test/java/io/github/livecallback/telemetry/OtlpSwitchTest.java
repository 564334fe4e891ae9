package io.github.livecallback.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The SDK is off unless an operator gives an endpoint; the extension's own default endpoint does not count. */
class OtlpSwitchTest {

    @Test
    void offWithoutAnEndpoint() {
        assertEquals("true", sdkDisabled(Map.of()));
    }

    @Test
    void offWhenOnlyTheBuiltInDefaultEndpointIsThere() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withInterceptors(new OtlpSwitch())
                .withDefaultValue(OtlpEndpoint.ENDPOINT, "http://localhost:4317/").build();
        assertEquals("true", config.getRawValue(OtlpSwitch.SDK_DISABLED));
    }

    @Test
    void onWhenAnEndpointIsGiven() {
        assertEquals("false", sdkDisabled(Map.of(OtlpEndpoint.ENDPOINT, "http://collector:4318")));
    }

    @Test
    void onWhenATracesEndpointIsGiven() {
        assertEquals("false", sdkDisabled(Map.of(OtlpEndpoint.TRACES_ENDPOINT, "http://collector:4318/v1/traces")));
    }

    @Test
    void anExplicitSettingWins() {
        assertEquals("true", sdkDisabled(Map.of(OtlpEndpoint.ENDPOINT, "http://collector:4318",
                OtlpSwitch.SDK_DISABLED, "true")));
        assertEquals("false", sdkDisabled(Map.of(OtlpSwitch.SDK_DISABLED, "false")));
    }

    @Test
    void metricsGoToTheOtlpHttpMetricsPathUnlessAPathIsGiven() {
        assertEquals("http://collector:4318/v1/metrics", OtlpMetricsExport.metricsUrl("http://collector:4318"));
        assertEquals("http://collector:4318/v1/metrics", OtlpMetricsExport.metricsUrl("http://collector:4318/"));
        assertEquals("https://otlp.example.com/api/metrics",
                OtlpMetricsExport.metricsUrl("https://otlp.example.com/api/metrics"));
    }

    @Test
    void headersAreReadAsOpenTelemetryListsThem() {
        assertEquals(Map.of("Authorization", "Bearer x=y", "tenant", "live"),
                OtlpMetricsExport.headers("Authorization=Bearer x=y, tenant=live"));
    }

    private static String sdkDisabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withInterceptors(new OtlpSwitch())
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build();
        return config.getRawValue(OtlpSwitch.SDK_DISABLED);
    }
}
