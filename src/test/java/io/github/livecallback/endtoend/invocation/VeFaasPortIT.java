package io.github.livecallback.endtoend.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.livecallback.testing.PackagedFunction;

/**
 * Runs the packaged function as veFaaS's native runtime does: it must listen on the port the platform gives, on
 * all interfaces, and answer the ping at once.
 */
class VeFaasPortIT {

    @ParameterizedTest
    @ValueSource(strings = { "_FAAS_RUNTIME_PORT", "_BYTEFAAS_RUNTIME_PORT" })
    void listensOnThePlatformPortOnAllInterfaces(String variable) throws Exception {
        int port = PackagedFunction.freePort();
        try (PackagedFunction function = PackagedFunction.start(Map.of(variable, String.valueOf(port),
                "VOLC_ACCESSKEY", "AKLTexample", "VOLC_SECRETKEY", "example-secret"))) {
            HttpResponse<String> ping = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(function.uri("/v1/ping")).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, ping.statusCode());
            String output = function.output();
            assertTrue(output.contains("Listening on: http://0.0.0.0:" + port), output);
            assertTrue(output.contains("No LIVE_CALLBACK_INBOUND_TOKEN is set"),
                    "warns that callers are not authenticated: " + output);
        }
    }
}
