package io.github.livecallback.endtoend.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.signing.Digests;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class DryRunTest {

    @Test
    void showsTheRequestAndHowItIsSignedInsteadOfSendingIt() {
        String body = Payloads.update();
        JsonPath dryRun = Invoke.json().header("X-Live-Dry-Run", "true").body(body)
                .when().post("/updateCallback")
                .then().statusCode(200)
                .body("Result.DryRun", equalTo(true))
                .body("Result.Request.Method", equalTo("POST"))
                .body("Result.Request.URL", equalTo(Emulator.url() + "/?Action=UpdateCallback&Version=2023-01-01"))
                .body("Result.Request.Headers.Content-Type", equalTo("application/json"))
                .body("Result.Request.Headers.Authorization", matchesPattern(
                        "HMAC-SHA256 Credential=AKLT\\w+/\\d{8}/cn-north-1/live/request, "
                                + "SignedHeaders=content-type;host;x-content-sha256;x-date, Signature=\\*\\*\\*\\*"))
                .extract().jsonPath();
        assertEquals(0, Emulator.journal().size(), "a dry run sends nothing");

        String canonical = dryRun.getString("Result.Request.CanonicalRequest");
        assertTrue(canonical.startsWith("POST\n/\nAction=UpdateCallback&Version=2023-01-01\ncontent-type:application/json\n"),
                canonical);
        assertTrue(canonical.endsWith(dryRun.getString("Result.Request.Headers.X-Content-Sha256")), canonical);
        assertEquals("HMAC-SHA256\n" + dryRun.getString("Result.Request.Headers.X-Date") + "\n"
                + dryRun.getString("Result.Request.Headers.Authorization").replaceAll(".*Credential=[^/]+/([^,]+),.*", "$1")
                + "\n" + Digests.sha256Hex(canonical), dryRun.getString("Result.Request.StringToSign"));

        Invoke.post("/updateCallback", body).statusCode(200);
        assertEquals(dryRun.getString("Result.Request.Body"), Emulator.journal().get(0).get("body"),
                "the dry run's body is the body really sent");
    }

    @Test
    void aDryRunCanNotBeReplayedToReadTheKeys() {
        Invoke.post("/updateCallback", Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb"))
                .statusCode(200);
        JsonPath dryRun = Invoke.post("/describeCallback",
                "{\"DryRun\":true,\"Vhost\":\"push.example.com\",\"App\":\"live\"}")
                .statusCode(200).extract().jsonPath();
        Map<String, String> headers = dryRun.getMap("Result.Request.Headers");

        String replayed = given().headers(headers).body(dryRun.getString("Result.Request.Body"))
                .when().post(dryRun.getString("Result.Request.URL"))
                .then().statusCode(401).body("ResponseMetadata.Error.Code", equalTo("MissingSignature"))
                .extract().asString();
        assertFalse(replayed.contains(Payloads.AUTH_KEY));
    }

    @Test
    void masksTheAuthKeyInTheReturnedBody() {
        String answer = Invoke.json().header("X-Live-Dry-Run", "true")
                .body(Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb"))
                .when().post("/updateCallback")
                .then().statusCode(200)
                .body("Result.Request.Body", org.hamcrest.Matchers.containsString("\"AuthKeyPrimary\":\"****9f6a\""))
                .extract().asString();

        assertFalse(answer.contains(Payloads.AUTH_KEY));
    }

    @Test
    void aBatchDryRunSendsNoneOfItsChanges() {
        Invoke.post("/", "{\"DryRun\":true,\"Changes\":["
                + "{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"},"
                + "{\"Action\":\"DeleteCallback\",\"Vhost\":\"push.example.com\"}]}")
                .statusCode(200)
                .body("Result.Items.Result.DryRun", equalTo(List.of(true, true)));

        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void theHeaderTakesTheUsualTrueFormsAndRefusesAnythingElse() {
        for (String yes : List.of("1", "yes", "TRUE", " true ")) {
            Invoke.json().header("X-Live-Dry-Run", yes)
                    .body(Payloads.update())
                    .when().post("/updateCallback")
                    .then().statusCode(200).body("Result.DryRun", equalTo(true));
        }
        for (String unclear : List.of("y", "on", "2", "")) {
            Invoke.json().header("X-Live-Dry-Run", unclear)
                    .body(Payloads.update())
                    .when().post("/updateCallback")
                    .then().statusCode(400).body("ResponseMetadata.Error.Code", equalTo("InvalidParam.OutOfRange"));
        }
        assertEquals(0, Emulator.journal().size(), "nothing was sent");
    }

    @Test
    void anInvalidPayloadIsRefusedEvenInADryRun() {
        Invoke.post("/describeCallback", "{\"DryRun\":\"yes\",\"Vhost\":\"push.example.com\"}")
                .statusCode(400)
                .body("ResponseMetadata.Error.Violations[0].Field", equalTo("DryRun"));
    }
}
