package io.github.livecallback.testing;

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

/** The packaged function (target/quarkus-app) run as its own process, as a platform runs it. */
public final class PackagedFunction implements AutoCloseable {

    private static final Path RUNNER = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final Path log;
    private final int port;

    private PackagedFunction(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts it with these environment variables and waits until it answers its ping. */
    public static PackagedFunction start(Map<String, String> environment) throws Exception {
        String platformPort = environment.getOrDefault("_FAAS_RUNTIME_PORT", environment.get("_BYTEFAAS_RUNTIME_PORT"));
        int port = platformPort != null ? Integer.parseInt(platformPort) : freePort();
        Path log = Files.createTempFile("live-callback-function", ".log");
        ProcessBuilder launch = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                RUNNER.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        if (platformPort == null) {
            launch.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        }
        launch.environment().putAll(environment);
        PackagedFunction function = new PackagedFunction(launch.start(), log, port);
        function.awaitPing(Duration.ofSeconds(30));
        return function;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String output() throws IOException {
        return Files.readString(log);
    }

    private void awaitPing(Duration limit) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest ping = HttpRequest.newBuilder(uri("/v1/ping")).build();
        Instant deadline = Instant.now().plus(limit);
        while (true) {
            try {
                if (client.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    throw new IllegalStateException("the function did not start:\n" + output(), notYetListening);
                }
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        Files.deleteIfExists(log);
    }
}
