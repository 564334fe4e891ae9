package io.github.livecallback.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one native launch's start goes, as the executable itself reports it: Quarkus' time per start-up step
 * ({@code -Dquarkus.debug.print-startup-times=true}; the first step's time includes building the runtime
 * configuration, which happens before it), its "started in", and the resident memory at the first answered call
 * split into pages of the executable file (code and image heap) and the process's own (heap, stacks).
 */
final class StartupBreakdown {

    private static final Pattern STEP = Pattern.compile("Build step (\\S+) completed in: (\\d+)ms");
    private static final Pattern STARTED = Pattern.compile("started in (\\d+\\.\\d+)s");
    /** Steps shorter than this are summed, not listed. */
    private static final int LISTED_MILLIS = 2;

    private StartupBreakdown() {
    }

    /** Sends the first UpdateCallback to a port and returns once it is answered. */
    interface FirstCall {
        void send(int port) throws Exception;
    }

    /** @return the lines to print */
    static String of(Path executable, Map<String, String> environment, int port, FirstCall firstCall)
            throws Exception {
        ProcessBuilder launch = new ProcessBuilder(executable.toAbsolutePath().toString(),
                "-Dquarkus.debug.print-startup-times=true").redirectErrorStream(true);
        launch.environment().putAll(environment);
        launch.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        launch.environment().put("LIVE_CALLBACK_LOG_FORMAT", "text");
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
        return format(output, memory, Files.size(executable));
    }

    private static String format(List<String> output, String memory, long executableBytes) {
        List<Map.Entry<String, Integer>> steps = new ArrayList<>();
        String started = "?";
        for (String line : output) {
            Matcher step = STEP.matcher(line);
            if (step.find()) {
                steps.add(Map.entry(step.group(1), Integer.parseInt(step.group(2))));
            }
            Matcher start = STARTED.matcher(line);
            if (start.find()) {
                started = start.group(1);
            }
        }
        StringBuilder lines = new StringBuilder(String.format(
                "%nwhere the native start goes (one launch, Quarkus' own step times; started in %s s):%n", started));
        if (!steps.isEmpty()) {
            lines.append(String.format("  %4d ms  runtime configuration and the first step (%s)%n",
                    steps.get(0).getValue(), steps.get(0).getKey()));
        }
        int shortSteps = 0;
        int shortMillis = 0;
        for (Map.Entry<String, Integer> step : steps.subList(Math.min(1, steps.size()), steps.size()).stream()
                .sorted(Map.Entry.<String, Integer> comparingByValue(Comparator.reverseOrder())).toList()) {
            if (step.getValue() >= LISTED_MILLIS) {
                lines.append(String.format("  %4d ms  %s%n", step.getValue(), step.getKey()));
            } else {
                shortSteps++;
                shortMillis += step.getValue();
            }
        }
        lines.append(String.format("  %4d ms  %d shorter steps%n", shortMillis, shortSteps));
        lines.append(String.format("  memory at the first answered call: %s; the executable is %.1f MB%n", memory,
                executableBytes / 1e6));
        return lines.toString();
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
