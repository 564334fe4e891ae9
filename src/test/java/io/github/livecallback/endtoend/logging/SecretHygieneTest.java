package io.github.livecallback.endtoend.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FastRetries;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.LogCapture;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Distinctive secrets (the secret key and session token of temporary credentials, and an AuthKeyPrimary) go through
 * success, validation failure, upstream failure, retries, a dry run and a read back: none may appear in any log
 * line or answer.
 */
@QuarkusTest
@TestProfile(FastRetries.class)
@WithTestResource(value = EmulatorResource.class,
        initArgs = @ResourceArg(name = EmulatorResource.CREDENTIALS, value = "sts"))
class SecretHygieneTest {

    private static final List<String> SECRETS = List.of(EmulatorAccount.STS.secretKey(),
            EmulatorAccount.STS.sessionToken(), Payloads.AUTH_KEY);

    @Test
    void noSecretAppearsInAnyLogLineOrAnswer() throws Exception {
        String update = Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb");
        List<String> answers = new ArrayList<>();
        try (LogCapture logs = LogCapture.everything(); LogCapture console = LogCapture.console()) {
            Emulator.reset();
            answers.add(post("/updateCallback", update, 200));
            answers.add(post("/updateCallback", update.replace("\"push\"", "\"pull\""), 400));
            Emulator.fail(1, 502, "InternalServiceError");
            answers.add(post("/updateCallback", update, 200));
            Emulator.fail(FastRetries.ATTEMPTS, 503, "ServiceUnavailable");
            answers.add(post("/updateCallback", update, 503));
            Emulator.fail(1, 403, "RequestForbidden");
            answers.add(post("/updateCallback", update, 403));
            answers.add(post("/updateCallback", update.replaceFirst("\\{", "{\"DryRun\":true,"), 200));
            answers.add(post("/describeCallback", Payloads.target("live", null), 200));
            Emulator.fail("UpdateCallback", 1, 400, "InvalidParam", "echoing what was sent: "
                    + String.join(" / ", SECRETS));
            answers.add(post("/updateCallback", update, 400));
            answers.add(post("/batch", "{\"Changes\":[" + update.replaceFirst("\\{", "{\"Action\":\"UpdateCallback\",")
                    + ",{\"Action\":\"Nope\",\"AuthKeyPrimary\":\"" + Payloads.AUTH_KEY + "\"}]}", 400));

            assertTrue(logs.lines().size() >= answers.size(), "the invocations were logged: " + logs.lines());
            for (String secret : SECRETS) {
                logs.lines().forEach(line -> assertFalse(line.contains(secret), "a log line leaks a secret: " + line));
                console.lines().forEach(line -> assertFalse(line.contains(secret),
                        "a console line leaks a secret: " + line));
                answers.forEach(answer -> assertFalse(answer.contains(secret), "an answer leaks a secret: " + answer));
            }
            assertTrue(console.lines().size() >= answers.size(), "the console wrote: " + console.lines());
            for (String line : console.lines()) {
                checkConsoleLine(line, SECRETS);
            }
        }
    }

    /** What else a console line must be in the format under test; text lines have been searched already. */
    protected void checkConsoleLine(String line, List<String> secrets) throws Exception {
    }

    private static String post(String path, String body, int expectedStatus) {
        return Invoke.post(path, body)
                .statusCode(expectedStatus).extract().asString();
    }
}
