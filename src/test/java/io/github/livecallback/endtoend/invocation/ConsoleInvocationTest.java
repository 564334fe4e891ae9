package io.github.livecallback.endtoend.invocation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A test event pasted into a console or sent by a CLI: {@code POST /} with the action named in the body. */
@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class ConsoleInvocationTest {

    @Test
    void dispatchesByTheActionField() {
        Invoke.post("/", """
                {"Action":"UpdateCallback","Vhost":"push.example.com","App":"live","MessageType":"snapshot",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/snap"}]}""")
                .statusCode(200)
                .body("ResponseMetadata.Action", equalTo("UpdateCallback"));
        Invoke.post("/", "{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}")
                .statusCode(200)
                .body("Result.CallbackList[0].MessageType", equalTo("snapshot"));

        assertEquals("{\"Vhost\":\"push.example.com\"}", Emulator.journal().get(1).get("body"),
                "the Action field is not sent upstream");
    }

    @Test
    void aMissingActionIsA400ListingTheValidOnes() {
        Invoke.post("/", "{\"Vhost\":\"push.example.com\"}")
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Empty"))
                .body("ResponseMetadata.Error.Message",
                        containsString("Action is required: one of {[UpdateCallback, DeleteCallback, DescribeCallback]}"));
    }

    @Test
    void anUnknownActionIsA400ListingTheValidOnes() {
        Invoke.post("/", "{\"Action\":\"CreateCallback\",\"Vhost\":\"push.example.com\"}")
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.OutOfRange"))
                .body("ResponseMetadata.Error.Message", containsString(
                        "Action should be one of {[UpdateCallback, DeleteCallback, DescribeCallback]}"));
        assertEquals(0, Emulator.journal().size());
    }

    @Test
    void aBodyWithChangesIsABatch() {
        Invoke.post("/", "{\"Changes\":[{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}]}")
                .statusCode(200)
                .body("ResponseMetadata.Action", equalTo("Batch"))
                .body("Result.Succeeded", equalTo(1));
    }
}
