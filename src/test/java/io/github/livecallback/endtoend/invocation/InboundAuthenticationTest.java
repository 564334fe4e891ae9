package io.github.livecallback.endtoend.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.InboundToken;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(InboundToken.class)
@WithTestResource(EmulatorResource.class)
class InboundAuthenticationTest {

    static final String TOKEN = InboundToken.TOKEN;

    @Test
    void aMissingTokenIsRefused() {
        Invoke.post("/describeCallback", Payloads.target(null, null))
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("ResponseMetadata.Error.Code", equalTo("MissingAuthenticationToken"));
    }

    @Test
    void aWrongTokenIsRefusedOnEveryPath() {
        for (String path : new String[] { "/", "/describeCallback", "/batch", "/nowhere" }) {
            Invoke.json().header("Authorization", "Bearer " + TOKEN + "x")
                    .body("{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}")
                    .when().post(path)
                    .then().statusCode(401)
                    .body("ResponseMetadata.Error.Code", equalTo("InvalidAuthenticationToken"));
        }
        given().header("Authorization", "Basic " + TOKEN).header("ce-id", "1").header("ce-source", "/x")
                .header("ce-specversion", "1.0").header("ce-type", "live.callback.describe")
                .contentType(ContentType.JSON).body(Payloads.target(null, null))
                .when().post("/")
                .then().statusCode(401);
    }

    @Test
    void theRightTokenIsLetThrough() {
        Invoke.json().header("Authorization", "Bearer " + TOKEN)
                .body(Payloads.target(null, null))
                .when().post("/describeCallback")
                .then().statusCode(200);
        CloudEvents.Answer answer = CloudEvents.send(CloudEvents.event("auth-1", "live.callback.describe",
                Payloads.target(null, null)), CloudEvents.Mode.STRUCTURED, Map.of("Authorization", "bearer " + TOKEN));
        org.junit.jupiter.api.Assertions.assertEquals(200, answer.status());
    }

    @Test
    void thePingStaysOpenToGetAndHead() {
        given().when().get("/v1/ping").then().statusCode(200);
        given().when().head("/v1/ping").then().statusCode(200);
    }
}
