package io.github.livecallback.endtoend.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.LogCapture;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class InvocationLogTest {

    private LogCapture everything;
    private LogCapture invocations;

    @BeforeEach
    void captureLogs() {
        everything = LogCapture.everything();
        invocations = LogCapture.invocations();
    }

    @AfterEach
    void stopCapturing() {
        everything.close();
        invocations.close();
    }

    @Test
    void writesOneLinePerInvocationWithActionTargetOutcomeRequestIdAndDuration() {
        String requestId = Invoke.post("/updateCallback", Payloads.update())
                .statusCode(200)
                .extract().path("ResponseMetadata.RequestId");

        assertEquals(1, invocationLines().size(), invocationLines().toString());
        String line = invocationLines().get(0);
        assertTrue(line.contains("action=UpdateCallback vhost=push.example.com app=live messageType=push "
                + "outcome=ok status=200 requestId=" + requestId + " attempts=1 quotaWaitMs="), line);
        assertTrue(line.matches(".* quotaWaitMs=\\d+ correlationId=.*"), line);
        assertTrue(line.matches(".* durationMs=\\d+$"), line);
    }

    @Test
    void usesThePlatformRequestIdAsCorrelationId() {
        Invoke.json().header("X-Faas-Request-Id", "faas-req-42").body("{\"Vhost\":7}")
                .post("/describeCallback").then().statusCode(400)
                .body("ResponseMetadata.RequestId", org.hamcrest.Matchers.equalTo("faas-req-42"));

        assertTrue(invocationLines().get(0).contains(" correlationId=faas-req-42 "), invocationLines().toString());
    }

    @Test
    void theCorrelationIdIsInTheMdcWhileAnInvocationAndEachChangeOfABatchIsPerformed() {
        Invoke.json().header("X-Faas-Request-Id", "faas-req-mdc").body(Payloads.update()).post("/updateCallback")
                .then().statusCode(200);
        Invoke.json().header("X-Faas-Request-Id", "faas-batch-mdc").body("{\"Changes\":[{\"Action\":"
                + "\"DescribeCallback\",\"Vhost\":\"push.example.com\"},{\"Action\":\"Nope\"}]}").post("/batch")
                .then().statusCode(400);

        List<String> ids = invocations.mdcs().stream().map(mdc -> mdc.get("correlationId")).toList();
        assertEquals(List.of("faas-req-mdc", "faas-batch-mdc", "faas-batch-mdc", "faas-batch-mdc"), ids,
                invocationLines().toString());
    }

    @Test
    void namesTheUpstreamErrorCode() {
        Invoke.post("/deleteCallback", "{\"Vhost\":\"unknown.example.com\"}").statusCode(404);

        assertTrue(invocationLines().get(0).contains(
                "action=DeleteCallback vhost=unknown.example.com app=* messageType=* "
                        + "outcome=ResourceNotFound.VhostNotExist status=404"), invocationLines().toString());
    }

    @Test
    void aValueFromThePayloadCanNotForgeAFieldOrBreakTheLine() {
        Invoke.post("/describeCallback",
                "{\"Vhost\":\"x outcome=ok status=200 requestId=FAKE\\u2028\\u0085\\u202e\",\"App\":\"live\"}")
                .statusCode(400);

        String line = invocationLines().get(0);
        Matcher fields = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[^ ]+)").matcher(line);
        List<String> names = new java.util.ArrayList<>();
        while (fields.find()) {
            names.add(fields.group(1));
            if (fields.group(1).equals("outcome")) {
                assertEquals("invalid", fields.group(2), line);
            }
        }
        assertEquals(List.of("action", "vhost", "app", "messageType", "outcome", "status", "requestId", "attempts",
                "quotaWaitMs", "correlationId", "durationMs"), names, line);
        assertTrue(line.contains(" attempts=0 quotaWaitMs=0 "), "a refusal sends nothing: " + line);
        assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
    }

    @Test
    void noSecretReachesAnyLogLineOrResponse() {
        String update = Payloads.updateWithAuth("live", "push", Payloads.CALLBACK_URL);
        String responses = Invoke.post("/updateCallback", update).statusCode(200).extract().asString()
                + Invoke.post("/describeCallback", Payloads.target("live", null))
                        .statusCode(200).extract().asString()
                + Invoke.post("/updateCallback", "{\"AuthEnable\":true,\"AuthKeyPrimary\":\""
                        + Payloads.AUTH_KEY + "\",\"TranscodeCallback\":\"" + Payloads.AUTH_KEY + "\"}")
                        .statusCode(400).extract().asString();

        assertEquals(3, invocationLines().size(), invocationLines().toString());
        for (String secret : List.of(Payloads.AUTH_KEY, EmulatorAccount.DEMO.secretKey())) {
            assertFalse(responses.contains(secret), "a response contains a secret");
            everything.lines().forEach(line -> assertFalse(line.contains(secret), "log line leaks a secret: " + line));
        }
    }

    private List<String> invocationLines() {
        return invocations.lines();
    }
}
