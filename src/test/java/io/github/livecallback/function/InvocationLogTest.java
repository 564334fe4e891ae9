package io.github.livecallback.function;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
class InvocationLogTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            String message = record.getParameters() == null ? record.getMessage()
                    : String.format(record.getMessage(), record.getParameters());
            lines.add(record.getLoggerName() + " " + message);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        Emulator.reset();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void writesOneLinePerInvocationWithActionTargetOutcomeRequestIdAndDuration() {
        String requestId = given().contentType(ContentType.JSON)
                .body(Payloads.update("live", "push", "https://fn.example.com/cb"))
                .post("/updateCallback").then().statusCode(200)
                .extract().path("ResponseMetadata.RequestId");

        List<String> invocations = invocationLines();
        assertEquals(1, invocations.size(), lines.toString());
        String line = invocations.get(0);
        assertTrue(line.contains("action=UpdateCallback vhost=push.example.com app=live messageType=push "
                + "outcome=ok status=200 requestId=" + requestId + " durationMs="), line);
    }

    @Test
    void namesTheUpstreamErrorCode() {
        given().contentType(ContentType.JSON).body("{\"Vhost\":\"unknown.example.com\"}")
                .post("/deleteCallback").then().statusCode(404);

        assertTrue(invocationLines().get(0).contains(
                "action=DeleteCallback vhost=unknown.example.com app=* messageType=* "
                        + "outcome=ResourceNotFound.VhostNotExist status=404"), invocationLines().toString());
    }

    @Test
    void noSecretReachesAnyLogLineOrResponse() {
        String responses = given().contentType(ContentType.JSON)
                .body(Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb"))
                .post("/updateCallback").then().statusCode(200).extract().asString()
                + given().contentType(ContentType.JSON).body(Payloads.target("live", null))
                        .post("/describeCallback").then().statusCode(200).extract().asString()
                + given().contentType(ContentType.JSON).body("{\"AuthEnable\":true,\"AuthKeyPrimary\":\""
                        + Payloads.AUTH_KEY + "\",\"TranscodeCallback\":\"" + Payloads.AUTH_KEY + "\"}")
                        .post("/updateCallback").then().statusCode(400).extract().asString();

        assertEquals(3, invocationLines().size(), lines.toString());
        for (String secret : List.of(Payloads.AUTH_KEY, EmulatorAccount.DEMO.secretKey())) {
            assertFalse(responses.contains(secret), "a response contains a secret");
            lines.forEach(line -> assertFalse(line.contains(secret), "log line leaks a secret: " + line));
        }
    }

    private List<String> invocationLines() {
        return lines.stream().filter(line -> line.startsWith("io.github.livecallback.invocation ")).toList();
    }
}
