package io.github.livecallback.endtoend.invocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.emulator.LiveApiEmulator;
import io.github.livecallback.testing.PackagedFunction;

/**
 * The veFaaS package, as the platform uses it: unzipped, started with run.sh on the port it gives, then invoked.
 * The package exists in native builds ({@code -Dnative}) only.
 */
class VeFaasPackageIT {

    @Test
    void theZipStartsWithRunShOnThePlatformPortAndServesTheFunctions() throws Exception {
        Optional<Path> zip = vefaasZip();
        Assumptions.assumeTrue(zip.isPresent(), "no veFaaS package: it is built with -Dnative");
        Path unpacked = Files.createTempDirectory("vefaas");
        unzip(zip.get(), unpacked);
        assertEquals(List.of("live-callback-function", "run.sh"), list(unpacked));

        int port = PackagedFunction.freePort();
        try (LiveApiEmulator emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts());
                PackagedFunction function = PackagedFunction.start(List.of(unpacked.resolve("run.sh").toString()),
                        Map.of("_FAAS_RUNTIME_PORT", String.valueOf(port), "VOLC_LIVE_ENDPOINT",
                                emulator.endpoint().toString(), "VOLC_ACCESSKEY", EmulatorAccount.DEMO.accessKeyId(),
                                "VOLC_SECRETKEY", EmulatorAccount.DEMO.secretKey()))) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(function.uri("/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(function.output().contains("Listening on: http://0.0.0.0:" + port), function.output());
            assertTrue(function.output().lines().filter(line -> !line.isBlank())
                    .allMatch(line -> line.startsWith("{\"timestamp\":")), "run.sh logs JSON: " + function.output());
        }
    }

    private static Optional<Path> vefaasZip() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().endsWith("-vefaas.zip")).findFirst();
        }
    }

    private static void unzip(Path zip, Path into) throws Exception {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = into.resolve(entry.getName());
                Files.copy((InputStream) entries, file, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static List<String> list(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
