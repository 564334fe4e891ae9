package io.github.livecallback.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the packaged function as veFaaS's native runtime does: it must listen on the port the platform gives, on
 * all interfaces, and answer the ping at once.
 */
class VeFaasPortIT {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @ParameterizedTest
    @ValueSource(strings = { "_FAAS_RUNTIME_PORT", "_BYTEFAAS_RUNTIME_PORT" })
    void listensOnThePlatformPortOnAllInterfaces(String variable) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("vefaas-port", ".log");
        ProcessBuilder launch = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                RUNNER.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        launch.environment().putAll(Map.of(variable, String.valueOf(port), "VOLC_ACCESSKEY", "AKLTexample",
                "VOLC_SECRETKEY", "example-secret"));
        Process function = launch.start();
        try {
            HttpResponse<String> ping = pingWithin(port, Duration.ofSeconds(30));

            assertEquals(200, ping.statusCode());
            String output = Files.readString(log);
            assertTrue(output.contains("Listening on: http://0.0.0.0:" + port), output);
            assertTrue(output.contains("No LIVE_CALLBACK_INBOUND_TOKEN is set"), "warns that callers are not "
                    + "authenticated: " + output);
        } finally {
            function.destroy();
            function.waitFor();
            Files.deleteIfExists(log);
        }
    }

    private static HttpResponse<String> pingWithin(int port, Duration limit) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ping = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/ping")).build();
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            try {
                return client.send(ping, HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYetListening) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYetListening;
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
