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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The packaged function run as its own process, as a platform runs it: the native executable when the build made
 * one, else the jar (target/quarkus-artifact.properties says which).
 */
public final class PackagedFunction implements AutoCloseable {

    private static final Path TARGET = Path.of("target");
    /** The JVM options the integration tests give the jar (pom.xml), as Quarkus gives them to its own launches. */
    private static final List<String> JAR_JVM_OPTIONS = Arrays.stream(System.getProperty("quarkus.test.arg-line", "")
            .split("\\s+")).filter(option -> !option.isEmpty()).toList();

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
        return start(command(List.of()), environment);
    }

    /**
     * Starts it with these environment variables and system properties ({@code -Dname=value}, which the native
     * executable takes as arguments and the JVM before {@code -jar}).
     */
    public static PackagedFunction start(Map<String, String> environment, List<String> systemProperties)
            throws Exception {
        return start(command(systemProperties), environment);
    }

    /** Starts this command (a start script, say) with these environment variables, and waits for its ping. */
    public static PackagedFunction start(List<String> command, Map<String, String> environment) throws Exception {
        String platformPort = environment.getOrDefault("_FAAS_RUNTIME_PORT", environment.get("_BYTEFAAS_RUNTIME_PORT"));
        int port = platformPort != null ? Integer.parseInt(platformPort) : freePort();
        Path log = Files.createTempFile("live-callback-function", ".log");
        ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (platformPort == null) {
            launch.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        }
        launch.environment().putAll(environment);
        PackagedFunction function = new PackagedFunction(launch.start(), log, port);
        function.awaitPing(Duration.ofSeconds(30));
        return function;
    }

    private static List<String> command(List<String> systemProperties) throws IOException {
        Properties artifact = new Properties();
        try (var in = Files.newInputStream(TARGET.resolve("quarkus-artifact.properties"))) {
            artifact.load(in);
        }
        List<String> command = new ArrayList<>();
        if ("native".equals(artifact.getProperty("type"))) {
            command.add(TARGET.resolve(artifact.getProperty("path")).toAbsolutePath().toString());
            command.addAll(systemProperties);
        } else {
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(JAR_JVM_OPTIONS);
            command.addAll(systemProperties);
            command.add("-jar");
            command.add(TARGET.resolve("quarkus-app").resolve("quarkus-run.jar").toString());
        }
        return command;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The process id, to read its resident memory or CPU time from /proc. */
    public long pid() {
        return process.pid();
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
