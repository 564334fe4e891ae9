package io.github.livecallback.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an {@link OtlpReceiver} and points the function's OTLP export at it, traces and metrics, with export
 * intervals short enough for a test to wait for them.
 */
public class OtlpReceiverResource implements QuarkusTestResourceLifecycleManager {

    private static OtlpReceiver receiver;

    /** The receiver of the running test's function. */
    public static OtlpReceiver receiver() {
        return receiver;
    }

    @Override
    public Map<String, String> start() {
        receiver = OtlpReceiver.start();
        return Map.of("otel.exporter.otlp.endpoint", receiver.endpoint(),
                "otel.bsp.schedule.delay", "50",
                "otel.metric.export.interval", "500");
    }

    @Override
    public void stop() {
        if (receiver != null) {
            receiver.close();
        }
    }
}
