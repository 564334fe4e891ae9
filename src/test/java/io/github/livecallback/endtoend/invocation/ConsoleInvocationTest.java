package io.github.livecallback.endtoend.invocation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A test event pasted into a console or sent by a CLI: {@code POST /} with the action named in the body. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
class ConsoleInvocationTest {

    @BeforeEach
    void resetEmulator() {
        Emulator.reset();
    }

    @Test
    void dispatchesByTheActionField() {
        given().contentType(ContentType.JSON).body("""
                {"Action":"UpdateCallback","Vhost":"push.example.com","App":"live","MessageType":"snapshot",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/snap"}]}""")
                .when().post("/")
                .then().statusCode(200)
                .body("ResponseMetadata.Action", equalTo("UpdateCallback"));
        given().contentType(ContentType.JSON).body("{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}")
                .when().post("/")
                .then().statusCode(200)
                .body("Result.CallbackList[0].MessageType", equalTo("snapshot"));

        assertEquals("{\"Vhost\":\"push.example.com\"}", Emulator.journal().get(1).get("body"),
                "the Action field is not sent upstream");
    }

    @Test
    void aMissingActionIsA400ListingTheValidOnes() {
        given().contentType(ContentType.JSON).body("{\"Vhost\":\"push.example.com\"}")
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Empty"))
                .body("ResponseMetadata.Error.Message",
                        containsString("Action is required: one of {[UpdateCallback, DeleteCallback, DescribeCallback]}"));
    }

    @Test
    void anUnknownActionIsA400ListingTheValidOnes() {
        given().contentType(ContentType.JSON).body("{\"Action\":\"CreateCallback\",\"Vhost\":\"push.example.com\"}")
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.OutOfRange"))
                .body("ResponseMetadata.Error.Message", containsString(
                        "Action should be one of {[UpdateCallback, DeleteCallback, DescribeCallback]}"));
        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void aBodyWithChangesIsABatch() {
        given().contentType(ContentType.JSON).body("{\"Changes\":[{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}]}")
                .when().post("/")
                .then().statusCode(200)
                .body("ResponseMetadata.Action", equalTo("Batch"))
                .body("Result.Succeeded", equalTo(1));
    }
}
