package io.github.livecallback.endtoend.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Requests that Funqy refuses before any function runs still get the API's error envelope. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class RequestFailureEnvelopeTest {

    @Test
    void aBodyThatIsNotJsonIsABindError() {
        Invoke.post("/updateCallback", "{\"Vhost\": ")
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("ResponseMetadata.RequestId", not(emptyOrNullString()))
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"));
    }

    @Test
    void contentAfterTheJsonObjectIsRefusedNotIgnored() {
        for (String body : new String[] { "{\"Vhost\":\"push.example.com\"}garbage",
                "{\"Vhost\":\"push.example.com\"}{\"Vhost\":\"other.example.com\"}" }) {
            Invoke.post("/deleteCallback", body)
                    .statusCode(400)
                    .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"));
        }
        assertEquals(java.util.List.of(), Emulator.journal());
    }

    @Test
    void aBodyThatIsNotAnObjectNamesTheBody() {
        Invoke.post("/deleteCallback", "[1,2]")
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"))
                .body("ResponseMetadata.Error.Violations[0].Field", equalTo("body"));
    }

    @Test
    void anEmptyBodyIsABindError() {
        Invoke.json()
                .when().post("/describeCallback")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"))
                .body("ResponseMetadata.Error.Message", containsString("the request body is empty"));
    }

    @Test
    void anUnknownFunctionListsTheFunctions() {
        Invoke.post("/createCallback", "{}")
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidActionOrVersion"))
                .body("ResponseMetadata.Error.Message", containsString("updateCallback, deleteCallback, describeCallback"));
    }

    @Test
    void aNonJsonContentTypeIsUnsupported() {
        given().contentType(ContentType.TEXT).body("Vhost=push.example.com")
                .when().post("/updateCallback")
                .then().statusCode(415)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"))
                .body("ResponseMetadata.Error.Message", containsString("text/plain"));
    }

    @Test
    void aGetIsRefusedRatherThanBoundFromTheQuery() {
        given().queryParam("Vhost", "push.example.com")
                .when().get("/describeCallback")
                .then().statusCode(405)
                .body("ResponseMetadata.Error.Message", containsString("POST"));
    }
}
