package io.github.livecallback.endtoend.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.livecallback.api.ErrorCodes;
import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.github.livecallback.testing.PackagedFunction;
import io.github.livecallback.testing.Payloads;
import io.github.livecallback.testing.TlsMaterial;

/**
 * The real endpoint is https: the packaged function (the native executable when the build made one) must complete
 * a TLS handshake, check the certificate against the trust store it is given, and refuse one it does not trust.
 */
class TlsEndpointIT {

    private static final String UPDATE = Payloads.update("tls", "push", Payloads.CALLBACK_URL);

    @TempDir
    static Path certificates;
    private static TlsMaterial tls;
    private static LiveApiEmulator emulator;

    @BeforeAll
    static void startEmulatorOverHttps() throws Exception {
        tls = TlsMaterial.create(certificates);
        emulator = LiveApiEmulator.startTls(0, EmulatorAccount.demoAccounts(), tls.serverContext());
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Test
    void callsAnHttpsEndpointWhoseCertificateItTrusts() throws Exception {
        try (PackagedFunction function = PackagedFunction.start(environment(), tls.trustProperties())) {
            HttpResponse<String> answer = update(function);

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("\"Action\":\"UpdateCallback\""), answer.body());
        }
    }

    @Test
    void refusesAnEndpointWhoseCertificateItDoesNotTrust() throws Exception {
        try (PackagedFunction function = PackagedFunction.start(environment(), List.of())) {
            HttpResponse<String> answer = update(function);

            assertEquals(503, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains(ErrorCodes.SERVICE_UNREACHABLE), answer.body());
            assertTrue(answer.body().contains("unable to find valid certification path"), answer.body());
        }
    }

    private static Map<String, String> environment() {
        return Map.of("VOLC_LIVE_ENDPOINT", emulator.endpoint().toString(),
                "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(),
                "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey(),
                // An untrusted certificate is retried like any failure to connect; keep that short here.
                "LIVE_CALLBACK_DEADLINE", "2s");
    }

    private static HttpResponse<String> update(PackagedFunction function) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(function.uri("/updateCallback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(UPDATE))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
