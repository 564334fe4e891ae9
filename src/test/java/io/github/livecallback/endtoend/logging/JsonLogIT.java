package io.github.livecallback.endtoend.logging;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.github.livecallback.logging.InvocationLog;
import io.quarkus.test.common.PropertyTestUtil;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link JsonLogTest} against the packaged function (the jar, or the native executable with {@code -Dnative}):
 * the lines are those the packaged function wrote to the file log that integration tests enable, through the same
 * filter and JSON pattern as its console (application.properties).
 */
@QuarkusIntegrationTest
class JsonLogIT extends JsonLogTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Override
    protected Console console() {
        Path log = PropertyTestUtil.getLogFilePath();
        long start = size(log);
        return new Console() {
            @Override
            public List<String> lines(int invocations) throws Exception {
                Instant deadline = Instant.now().plus(PATIENCE);
                while (true) {
                    List<String> lines = written(log, start);
                    long written = lines.stream().filter(line -> line.contains(InvocationLog.CATEGORY)).count();
                    if (written >= invocations || Instant.now().isAfter(deadline)) {
                        return lines;
                    }
                    Thread.sleep(50);
                }
            }

            @Override
            public void close() {
            }
        };
    }

    /** The complete lines written since {@code start}. */
    private static List<String> written(Path log, long start) throws Exception {
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, (int) Math.min(start, all.length), (int) Math.max(0, all.length - start),
                StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : text.substring(0, end).lines().filter(line -> !line.isBlank()).toList();
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
