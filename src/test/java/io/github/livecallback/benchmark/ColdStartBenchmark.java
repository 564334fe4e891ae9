package io.github.livecallback.benchmark;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.github.livecallback.testing.PackagedFunction;

/**
 * Cold start, side by side on this machine: from process launch to the first signed UpdateCallback answered, and
 * the resident memory after it, for the native executable (observability off, and on: JSON logs and OTLP towards an
 * absent collector), the JVM jar, the jar with a JDK AOT cache, and a plain
 * program using the official SDK. Median of {@value #LAUNCHES} launches each; prints a table. And the native
 * function warm (the jar when there is no native build): invocations per second, latency percentiles and CPU time
 * per invocation, and where one native start goes (StartupBreakdown). Not part of the default build: see the
 * README's Benchmark section.
 */
class ColdStartBenchmark {

    private static final int LAUNCHES = 10;
    /**
     * Another version's native executable to launch in turn with this one's, e.g. the version before a change
     * ({@code -Dbenchmark.baseline=PATH}); none by default.
     */
    private static final String BASELINE = System.getProperty("benchmark.baseline");
    /** How often a launch is polled for its port: far below the times measured. */
    private static final long POLL_NANOS = 250_000;
    private static final long SETTLE_MILLIS = 300;
    /** In the port column of a program that serves nothing. */
    private static final long NO_PORT = -1;
    private static final int WARM_CALLS = 5000;
    private static final int WARM_CONCURRENCY = 8;
    private static final Path TARGET = Path.of("target");
    /** USER_HZ, the unit of /proc CPU times: 100 on Linux x86-64. */
    private static final int CLOCK_TICKS_PER_SECOND = 100;
    private static final Path AOT_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
    private static final String BODY = "{\"Vhost\":\"push.example.com\",\"App\":\"bench\",\"MessageType\":\"push\","
            + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://fn.example.com/cb\"}]}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    @Test
    void coldStartToFirstAnsweredCall() throws Exception {
        try (LiveApiEmulator emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts())) {
            emulator.requestsPerSecond(0); // the warm phase lifts the function's quota: lift the emulator's too
            Map<String, String> environment = Map.of("VOLC_LIVE_ENDPOINT", emulator.endpoint().toString(),
                    "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(), "VOLC_SECRETKEY",
                    EmulatorAccount.DEMO.secretKey());
            Map<String, List<long[]>> results = new LinkedHashMap<>();
            Path runner = TARGET.resolve("live-callback-function-1.0.0-SNAPSHOT-runner");
            Path jar = TARGET.resolve("quarkus-app").resolve("quarkus-run.jar");
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> nativeCommand = List.of(runner.toAbsolutePath().toString());
            List<String> jarCommand = List.of(java, "-jar", jar.toString());
            // First, so that the emulator, which answers every cold start's first call, is itself warm by then.
            String warm = Files.isExecutable(runner) ? warm("native", nativeCommand, environment)
                    : warm("JVM jar", jarCommand, environment);
            if (Files.isExecutable(runner)) {
                Map<String, Leg> legs = new LinkedHashMap<>();
                if (BASELINE != null) {
                    legs.put("native, baseline " + Path.of(BASELINE).getFileName(),
                            new Leg(List.of(Path.of(BASELINE).toAbsolutePath().toString()), environment));
                }
                legs.put("native executable, observability off", new Leg(nativeCommand, environment));
                legs.put("native executable, observability on", new Leg(nativeCommand, observed(environment)));
                results.putAll(interleaved(legs));
            }
            if (Files.exists(jar)) {
                results.put("JVM jar (" + Runtime.version().feature() + ")", launches(jarCommand, environment));
                if (Files.isExecutable(AOT_JDK)) {
                    Path cache = trainAotCache(jar, environment);
                    results.put("JVM jar + AOT cache (25)", launches(List.of(AOT_JDK.toString(),
                            "-XX:AOTCache=" + cache, "-jar", jar.toString()), environment));
                }
            }
            results.put("official SDK program", sdkLaunches(emulator));
            print(results);
            if (Files.isExecutable(runner)) {
                System.out.print(StartupBreakdown.of(runner, environment, ColdStartBenchmark::firstCall));
            }
            System.out.printf("(launching /bin/true from this JVM, to its exit: %.1f ms)%n", spawnMillis());
            System.out.println(warm);
        }
    }

    /**
     * What the targets count as "observability on": JSON logs, and OTLP configured with its collector
     * absent (a loopback port nothing listens on), so that the exporters are built but never reach anyone.
     */
    private static Map<String, String> observed(Map<String, String> environment) throws IOException {
        Map<String, String> observed = new LinkedHashMap<>(environment);
        observed.put("LIVE_CALLBACK_LOG_FORMAT", "json");
        observed.put("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:" + closedPort());
        return observed;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Warm: {@value #WARM_CALLS} UpdateCallbacks through the function, {@value #WARM_CONCURRENCY} at a time, with
     * the account quota lifted, after {@value #WARM_CALLS} calls of warm-up. Latency is the client's.
     *
     * @return the line to print
     */
    private String warm(String name, List<String> command, Map<String, String> environment) throws Exception {
        Map<String, String> unlimited = new LinkedHashMap<>(environment);
        unlimited.put("VOLC_LIVE_QUOTA_REQUESTS", "1000000");
        try (PackagedFunction function = PackagedFunction.start(command, unlimited)) {
            HttpRequest call = HttpRequest.newBuilder(function.uri("/updateCallback"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
            callConcurrently(call);
            long cpuBefore = cpuTicks(function.pid());
            long started = System.nanoTime();
            long[] latencies = callConcurrently(call);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuMicros = (cpuTicks(function.pid()) - cpuBefore) * 1e6 / CLOCK_TICKS_PER_SECOND / WARM_CALLS;
            Arrays.sort(latencies);
            return String.format("%nwarm, %s, %d calls, %d concurrent: %.0f invocations/s, p50 %.2f ms, p99 %.2f ms, "
                    + "process CPU %.0f µs per invocation (HTTP server and client included)", name, WARM_CALLS,
                    WARM_CONCURRENCY, WARM_CALLS / seconds, latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6, cpuMicros);
        }
    }

    private long[] callConcurrently(HttpRequest call) throws Exception {
        long[] latencies = new long[WARM_CALLS];
        AtomicInteger next = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < WARM_CONCURRENCY; c++) {
            Thread client = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < WARM_CALLS; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    try {
                        if (http.send(call, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            throw new IllegalStateException("a warm call failed");
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        return latencies;
    }

    /** A command line and its environment, launched again and again. */
    private record Leg(List<String> command, Map<String, String> environment) {
    }

    /**
     * The legs' launches taken in turn (one of each, {@value #LAUNCHES} rounds), so that a busy moment of a shared
     * machine weighs on every leg alike rather than on whichever was running then: how legs whose difference is a
     * few milliseconds are compared.
     */
    private static Map<String, List<long[]>> interleaved(Map<String, Leg> legs) throws Exception {
        Map<String, List<long[]>> measured = new LinkedHashMap<>();
        legs.keySet().forEach(name -> measured.put(name, new ArrayList<>()));
        for (int i = 0; i < LAUNCHES; i++) {
            for (Map.Entry<String, Leg> leg : legs.entrySet()) {
                measured.get(leg.getKey()).add(launch(leg.getValue().command(), leg.getValue().environment()));
            }
        }
        return measured;
    }

    private static List<long[]> launches(List<String> command, Map<String, String> environment) throws Exception {
        List<long[]> measured = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            measured.add(launch(command, environment));
        }
        return measured;
    }

    /**
     * One launch: microseconds from start to the first 200, the resident set after it in KiB, and microseconds from
     * start until the port accepted.
     */
    private static long[] launch(List<String> command, Map<String, String> environment) throws Exception {
        int port = PackagedFunction.freePort();
        ProcessBuilder launch = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        launch.environment().putAll(environment);
        launch.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        settle();
        long started = System.nanoTime();
        Process process = launch.start();
        try {
            long connected = firstCall(port);
            long micros = (System.nanoTime() - started) / 1_000;
            return new long[] { micros, rss(process.pid()), (connected - started) / 1_000 };
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * Lets this JVM's own background work (JIT compilation, GC, the previous process's exit) finish before a launch,
     * so that the launched process has the machine's 2 cores to itself as it would on a platform.
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
    }

    /**
     * Connects as soon as the port accepts, sends one UpdateCallback and reads the status line. A bare socket keeps
     * the client's own overhead (an HTTP client's connection pool and retries) out of the measured time.
     */
    private static long firstCall(int port) throws Exception {
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST /updateCallback HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        while (true) {
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                long connected = System.nanoTime();
                socket.setTcpNoDelay(true);
                OutputStream out = socket.getOutputStream();
                out.write(head);
                out.write(body);
                out.flush();
                String status = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                if (status == null || !status.startsWith("HTTP/1.1 200")) {
                    throw new IllegalStateException("the first UpdateCallback was answered " + status);
                }
                return connected;
            } catch (ConnectException notYetListening) {
                // Not a busy loop: on 2 cores, spinning would take a core from the process being measured.
                LockSupport.parkNanos(POLL_NANOS);
            }
        }
    }

    private List<long[]> sdkLaunches(LiveApiEmulator emulator) throws Exception {
        List<long[]> measured = new ArrayList<>();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> arguments = List.of(SdkFirstCall.class.getName(), emulator.endpoint().getAuthority(),
                EmulatorAccount.DEMO.accessKeyId(), EmulatorAccount.DEMO.secretKey());
        String classPath = classPathUsedBy(java, arguments);
        for (int i = 0; i < LAUNCHES; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", classPath));
            command.addAll(arguments);
            settle();
            long started = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                String line;
                while ((line = output.readLine()) != null && !line.startsWith("OK ")) {
                    // library noise
                }
                long micros = (System.nanoTime() - started) / 1_000;
                if (line == null) {
                    throw new IllegalStateException("the SDK program failed");
                }
                measured.add(new long[] { micros, Long.parseLong(line.substring(3).trim()), NO_PORT });
            }
            process.waitFor();
        }
        return measured;
    }

    /**
     * The jars and folders the SDK program loads classes from, found by one run with class loading logged: the
     * test class path holds the whole project's dependencies, and a JVM that searches them all would make the SDK
     * program slower than a user's own would be.
     */
    private static String classPathUsedBy(String java, List<String> arguments) throws Exception {
        Path classLog = Files.createTempFile("sdk-class-load", ".log");
        try {
            List<String> command = new ArrayList<>(List.of(java, "-Xlog:class+load=info:file=" + classLog, "-cp",
                    System.getProperty("java.class.path")));
            command.addAll(arguments);
            Process training = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (training.waitFor() != 0) {
                throw new IllegalStateException("the SDK program failed");
            }
            try (var lines = Files.lines(classLog)) {
                return lines.filter(line -> line.contains(" source: file:"))
                        .map(line -> Path.of(URI.create(line.substring(line.indexOf(" source: ") + 9).trim())))
                        .map(Path::toString).distinct()
                        .collect(Collectors.joining(File.pathSeparator));
            }
        } finally {
            Files.deleteIfExists(classLog);
        }
    }

    /** One training run records the classes and methods a first call needs (JDK 25, JEP 483/514). */
    private Path trainAotCache(Path jar, Map<String, String> environment) throws Exception {
        Path cache = TARGET.resolve("benchmark-app.aot").toAbsolutePath();
        Files.deleteIfExists(cache);
        launchesWith(List.of(AOT_JDK.toString(), "-XX:AOTCacheOutput=" + cache, "-jar", jar.toString()), environment);
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no AOT cache");
        }
        return cache;
    }

    private void launchesWith(List<String> command, Map<String, String> environment) throws Exception {
        try (PackagedFunction function = PackagedFunction.start(command, environment)) {
            http.send(HttpRequest.newBuilder(function.uri("/updateCallback")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static long rss(long pid) throws Exception {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
    }

    /** User plus system CPU time of a process, in clock ticks (fields 14 and 15 of /proc/pid/stat). */
    private static long cpuTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** What launching any process costs the measuring JVM: part of every cold start above. Median, in ms. */
    private static double spawnMillis() throws Exception {
        List<long[]> spawns = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            long started = System.nanoTime();
            new ProcessBuilder("/bin/true").start().waitFor();
            spawns.add(new long[] { (System.nanoTime() - started) / 1_000 });
        }
        return median(spawns, 0) / 1000.0;
    }

    private static void print(Map<String, List<long[]>> results) {
        System.out.printf("%n%-40s %22s %18s %16s%n", "cold start, " + LAUNCHES + " launches",
                "first call (median ms)", "RSS after (MB)", "port open (ms)");
        results.forEach((name, runs) -> System.out.printf("%-40s %22.1f %18.1f %16s%n", name,
                median(runs, 0) / 1000.0, median(runs, 1) / 1024.0,
                median(runs, 2) == NO_PORT ? "-" : String.format("%.1f", median(runs, 2) / 1000.0)));
    }

    private static long median(List<long[]> runs, int column) {
        return runs.stream().mapToLong(run -> run[column]).sorted().skip(runs.size() / 2).findFirst().orElse(0);
    }
}
