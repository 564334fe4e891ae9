package io.github.livecallback.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.livecallback.testing.PackagedFunction;

/**
 * Where a native start goes, as the executable itself reports it: Quarkus' time per start-up step
 * ({@code -Dquarkus.debug.print-startup-times=true}; the first step's time includes building the runtime
 * configuration, which happens before it), its "started in", and the resident memory at the first answered call
 * split into pages of the executable file (code and image heap) and the process's own (heap, stacks).
 */
final class StartupBreakdown {

    private static final Pattern STEP = Pattern.compile("Build step (\\S+) completed in: (\\d+)ms");
    private static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");
    /** Steps shorter than this are summed, not listed. */
    private static final double LISTED_MILLIS = 1.5;
    private static final int LAUNCHES = 5;
    private static final long SETTLE_MILLIS = 300;

    private StartupBreakdown() {
    }

    /** Sends the first UpdateCallback to a port and returns once it is answered. */
    interface FirstCall {
        void send(int port) throws Exception;
    }

    /** @return the lines to print: each step's median over {@value #LAUNCHES} launches */
    static String of(Path executable, Map<String, String> environment, FirstCall firstCall) throws Exception {
        Map<String, List<Integer>> steps = new LinkedHashMap<>();
        List<Double> started = new ArrayList<>();
        String memory = "";
        for (int i = 0; i < LAUNCHES; i++) {
            Launch launch = launch(executable, environment, firstCall);
            launch.steps.forEach((step, millis) -> steps.computeIfAbsent(step, s -> new ArrayList<>()).add(millis));
            started.add(launch.startedSeconds);
            memory = launch.memory;
        }
        return format(steps, median(started), memory, Files.size(executable));
    }

    private record Launch(Map<String, Integer> steps, double startedSeconds, String memory) {
    }

    private static Launch launch(Path executable, Map<String, String> environment, FirstCall firstCall)
            throws Exception {
        int port = PackagedFunction.freePort();
        ProcessBuilder launch = new ProcessBuilder(executable.toAbsolutePath().toString(),
                "-Dquarkus.debug.print-startup-times=true").redirectErrorStream(true);
        launch.environment().putAll(environment);
        launch.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        launch.environment().put("LIVE_CALLBACK_LOG_FORMAT", "text");
        System.gc();
        Thread.sleep(SETTLE_MILLIS);
        Process process = launch.start();
        List<String> output = new ArrayList<>();
        Thread reader = new Thread(() -> readInto(process, output));
        reader.start();
        String memory;
        try {
            firstCall.send(port);
            memory = memory(process.pid());
        } finally {
            process.destroy();
            process.waitFor();
            reader.join();
        }
        Map<String, Integer> steps = new LinkedHashMap<>();
        double started = Double.NaN;
        for (String line : output) {
            Matcher step = STEP.matcher(line);
            if (step.find()) {
                steps.merge(step.group(1), Integer.parseInt(step.group(2)), Integer::sum);
            }
            Matcher start = STARTED.matcher(line);
            if (start.find()) {
                started = Double.parseDouble(start.group(1));
            }
        }
        return new Launch(steps, started, memory);
    }

    private static String format(Map<String, List<Integer>> steps, double started, String memory,
            long executableBytes) {
        StringBuilder lines = new StringBuilder(String.format("%nwhere the native start goes (Quarkus' own step times,"
                + " median of %d launches; started in %.3f s):%n", LAUNCHES, started));
        List<Map.Entry<String, Double>> medians = steps.entrySet().stream()
                .map(step -> Map.entry(step.getKey(), median(step.getValue()))).toList();
        if (!medians.isEmpty()) {
            lines.append(String.format("  %5.1f ms  runtime configuration and the first step (%s)%n",
                    medians.get(0).getValue(), medians.get(0).getKey()));
        }
        int shortSteps = 0;
        double shortMillis = 0;
        for (Map.Entry<String, Double> step : medians.subList(Math.min(1, medians.size()), medians.size()).stream()
                .sorted(Map.Entry.<String, Double> comparingByValue(Comparator.reverseOrder())).toList()) {
            if (step.getValue() >= LISTED_MILLIS) {
                lines.append(String.format("  %5.1f ms  %s%n", step.getValue(), step.getKey()));
            } else {
                shortSteps++;
                shortMillis += step.getValue();
            }
        }
        lines.append(String.format("  %5.1f ms  %d shorter steps%n", shortMillis, shortSteps));
        lines.append(String.format("  memory at the first answered call: %s; the executable is %.1f MB%n", memory,
                executableBytes / 1e6));
        return lines.toString();
    }

    private static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN
                : (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    /** Resident pages of files (the executable's code and image heap, libc) against the process's own. */
    private static String memory(long pid) throws IOException {
        long file = 0;
        long anonymous = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("RssFile:")) {
                file = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("RssAnon:")) {
                anonymous = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return String.format("%.1f MiB resident from files (code and image heap), %.1f MiB the process's own",
                file / 1024.0, anonymous / 1024.0);
    }

    private static void readInto(Process process, List<String> output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException closed) {
            // the process was stopped: what it printed is read
        }
    }
}
