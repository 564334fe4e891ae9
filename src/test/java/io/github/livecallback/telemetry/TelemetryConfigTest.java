package io.github.livecallback.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** OpenTelemetry's own variables decide whether and where traces and meters go, as the specification reads them. */
class TelemetryConfigTest {

    @Test
    void nothingIsExportedWithoutAnEndpoint() {
        TelemetryConfig config = fromEnvironment(Map.of());
        assertEquals(Optional.empty(), config.tracesUrl());
        assertEquals(Optional.empty(), config.metricsUrl());
    }

    @Test
    void theBaseEndpointGetsEachSignalsPath() {
        TelemetryConfig config = fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"));
        assertEquals(Optional.of(URI.create("http://collector:4318/v1/traces")), config.tracesUrl());
        assertEquals(Optional.of(URI.create("http://collector:4318/v1/metrics")), config.metricsUrl());
        assertEquals(Optional.of(URI.create("https://otlp.example.com/tenant/v1/traces")), fromEnvironment(
                Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "https://otlp.example.com/tenant/")).tracesUrl());
    }

    @Test
    void aSignalsOwnEndpointIsUsedAsGiven() {
        TelemetryConfig config = fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "https://traces.example.com/api/spans"));
        assertEquals(Optional.of(URI.create("https://traces.example.com/api/spans")), config.tracesUrl());
        assertEquals(Optional.of(URI.create("http://collector:4318/v1/metrics")), config.metricsUrl());
    }

    @Test
    void theSdkSwitchAndAnotherProtocolTurnTheExportOff() {
        assertEquals(Optional.empty(), fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
                "OTEL_SDK_DISABLED", "true")).tracesUrl());
        TelemetryConfig grpc = fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4317",
                "OTEL_EXPORTER_OTLP_PROTOCOL", "grpc"));
        assertEquals(Optional.empty(), grpc.metricsUrl());
        assertTrue(grpc.unusedEndpoint().orElseThrow().contains("OTEL_EXPORTER_OTLP_PROTOCOL is grpc"));
        assertEquals(Optional.empty(), fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"))
                .unusedEndpoint());
    }

    @Test
    void headersAndResourceAttributesAreListsOfPercentEncodedPairs() {
        TelemetryConfig config = fromEnvironment(Map.of(
                "OTEL_EXPORTER_OTLP_HEADERS", "Authorization=Bearer%20a+b/c==, tenant=live",
                "OTEL_RESOURCE_ATTRIBUTES", "deployment.environment=prod,service.name=ignored",
                "OTEL_SERVICE_NAME", "callbacks-eu"));
        assertEquals(Map.of("Authorization", "Bearer a+b/c==", "tenant", "live"), config.headers());
        assertEquals(Map.of("deployment.environment", "prod", "service.name", "callbacks-eu"), config.resource());
    }

    @Test
    void aValueThatIsNotPercentEncodingIsTakenAsWritten() {
        assertEquals(Map.of("x-api-key", "50%off"),
                fromEnvironment(Map.of("OTEL_EXPORTER_OTLP_HEADERS", "x-api-key=50%off")).headers());
    }

    @Test
    void theServiceIsNamedAfterTheFunctionByDefault() {
        assertEquals(Map.of("service.name", "live-callback-function"), fromEnvironment(Map.of()).resource());
    }

    private static TelemetryConfig fromEnvironment(Map<String, String> variables) {
        return new SmallRyeConfigBuilder().withMapping(TelemetryConfig.class)
                .withSources(new EnvConfigSource(variables, 300))
                .build().getConfigMapping(TelemetryConfig.class);
    }
}
