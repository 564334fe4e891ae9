package io.github.livecallback.endtoend.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.RunningEmulator;
import io.github.livecallback.testing.PackagedFunction;

/**
 * The packaged function (the native executable when the build made one, where a class missing from the image's
 * reflection data would stop the warm-up short) warms up its first invocation's path as it starts, to the end, and
 * sends nothing meanwhile. {@link FirstCallWarmUpTest} checks the rest in the JVM.
 */
class FirstCallWarmUpIT {

    private static final String WARMED_UP = "First invocation's path warmed up in";
    private static final List<String> WARM_UP_AT_DEBUG = List.of(
            "-Dquarkus.log.category.\"io.github.livecallback.function.FirstCallWarmUp\".level=DEBUG");

    @RegisterExtension
    static final RunningEmulator EMULATOR = new RunningEmulator();

    @Test
    void warmsUpToTheEndWithoutSendingAnything() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "a warm-up only runs with a processor to spare");
        Map<String, String> environment = Map.of("VOLC_LIVE_ENDPOINT", EMULATOR.emulator().endpoint().toString(),
                "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(),
                "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey());
        try (PackagedFunction function = PackagedFunction.start(environment, WARM_UP_AT_DEBUG)) {
            Instant deadline = Instant.now().plusSeconds(10);
            while (!function.output().contains(WARMED_UP) && Instant.now().isBefore(deadline)) {
                Thread.sleep(50);
            }
            String output = function.output();

            assertFalse(output.contains("not warmed up"), output);
            assertTrue(output.contains(WARMED_UP), output);
            assertEquals("[]", EMULATOR.journal().replaceAll("\\s", ""), "nothing was sent to the API");
        }
    }
}
