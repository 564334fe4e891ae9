package io.github.livecallback.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
class DryRunTest {

    @BeforeEach
    void resetEmulator() {
        Emulator.reset();
    }

    @Test
    void returnsTheSignedRequestInsteadOfSendingIt() {
        String body = Payloads.update("live", "push", "https://fn.example.com/cb");
        JsonPath dryRun = given().contentType(ContentType.JSON).header("X-Live-Dry-Run", "true").body(body)
                .when().post("/updateCallback")
                .then().statusCode(200)
                .body("Result.DryRun", equalTo(true))
                .body("Result.Request.Method", equalTo("POST"))
                .body("Result.Request.URL", equalTo(Emulator.url() + "/?Action=UpdateCallback&Version=2023-01-01"))
                .body("Result.Request.Headers.Content-Type", equalTo("application/json"))
                .body("Result.Request.Headers.Authorization", startsWith("HMAC-SHA256 Credential="))
                .extract().jsonPath();
        assertEquals(0, Emulator.journal().size(), "a dry run sends nothing");

        given().contentType(ContentType.JSON).body(body).post("/updateCallback").then().statusCode(200);
        assertEquals(dryRun.getString("Result.Request.Body"), Emulator.journal().get(0).get("body"),
                "the dry run's body is the body really sent");
    }

    @Test
    void theDryRunRequestIsAcceptedAsSigned() {
        JsonPath dryRun = given().contentType(ContentType.JSON)
                .body("{\"DryRun\":true,\"Vhost\":\"push.example.com\",\"App\":\"live\"}")
                .when().post("/deleteCallback")
                .then().statusCode(200).extract().jsonPath();
        Map<String, String> headers = dryRun.getMap("Result.Request.Headers");

        given().headers(headers).body(dryRun.getString("Result.Request.Body"))
                .when().post(dryRun.getString("Result.Request.URL"))
                .then().statusCode(404).body("ResponseMetadata.Error.Code", equalTo("ResourceNotFound"));
        assertEquals("content-type;host;x-content-sha256;x-date", Emulator.journal().get(0).get("signedHeaders"));
    }

    @Test
    void masksTheAuthKeyInTheReturnedBody() {
        String answer = given().contentType(ContentType.JSON).header("X-Live-Dry-Run", "true")
                .body(Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb"))
                .when().post("/updateCallback")
                .then().statusCode(200)
                .body("Result.Request.Body", org.hamcrest.Matchers.containsString("\"AuthKeyPrimary\":\"****9f6a\""))
                .extract().asString();

        assertFalse(answer.contains(Payloads.AUTH_KEY));
    }

    @Test
    void aBatchDryRunSendsNoneOfItsChanges() {
        given().contentType(ContentType.JSON).body("{\"DryRun\":true,\"Changes\":["
                + "{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"},"
                + "{\"Action\":\"DeleteCallback\",\"Vhost\":\"push.example.com\"}]}")
                .when().post("/")
                .then().statusCode(200)
                .body("Result.Items.Result.DryRun", equalTo(List.of(true, true)));

        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void anInvalidPayloadIsRefusedEvenInADryRun() {
        given().contentType(ContentType.JSON).body("{\"DryRun\":\"yes\",\"Vhost\":\"push.example.com\"}")
                .when().post("/describeCallback")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Violations[0].Field", equalTo("DryRun"));
    }
}
