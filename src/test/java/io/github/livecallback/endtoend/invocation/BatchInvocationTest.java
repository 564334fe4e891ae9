package io.github.livecallback.endtoend.invocation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FastRetries;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@TestProfile(FastRetries.class)
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class BatchInvocationTest {

    private static final String MIXED = """
            {"Changes":[
              {"Action":"UpdateCallback","Vhost":"push.example.com","App":"live","MessageType":"push",
               "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/push"}]},
              {"Action":"UpdateCallback","Vhost":"push.example.com","App":"live","MessageType":"push_end",
               "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/end"}]},
              {"Action":"DeleteCallback","Vhost":"push.example.com","App":"live","MessageType":"push"},
              {"Action":"DescribeCallback","Vhost":"push.example.com","App":"live"}]}""";

    @Test
    void appliesMixedChangesInOrder() {
        batch(MIXED).statusCode(200)
                .body("ResponseMetadata.Action", equalTo("Batch"))
                .body("ResponseMetadata.Error", nullValue())
                .body("Result.Succeeded", equalTo(4))
                .body("Result.Failed", equalTo(0))
                .body("Result.Items.Index", equalTo(List.of(0, 1, 2, 3)))
                .body("Result.Items.ResponseMetadata.Action",
                        equalTo(List.of("UpdateCallback", "UpdateCallback", "DeleteCallback", "DescribeCallback")))
                .body("Result.Items[3].Result.CallbackList.MessageType", equalTo(List.of("push_end")));

        assertEquals(List.of("UpdateCallback", "UpdateCallback", "DeleteCallback", "DescribeCallback"),
                Emulator.journal().stream().map(entry -> entry.get("action")).toList());
    }

    @Test
    void applyingABatchAgainEndsInTheSameState() {
        batch(MIXED).statusCode(200);

        batch(MIXED).statusCode(200)
                .body("Result.Items[3].Result.CallbackList.MessageType", equalTo(List.of("push_end")));
    }

    @Test
    void aRetryAfterAPartialFailureCompletesTheBatch() {
        String deleteThenUpdate = """
                {"Changes":[
                  {"Action":"DeleteCallback","Vhost":"push.example.com","App":"live","MessageType":"push"},
                  {"Action":"UpdateCallback","Vhost":"push.example.com","App":"live","MessageType":"push_end",
                   "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/end"}]}]}""";
        Invoke.post("/updateCallback", Payloads.update("live", "push", "https://fn.example.com/push")).statusCode(200);
        Emulator.fail("UpdateCallback", FastRetries.ATTEMPTS, 503, "ServiceUnavailable");

        batch(deleteThenUpdate).statusCode(503).body("Result.Items.Status", equalTo(List.of(200, 503)));

        batch(deleteThenUpdate).statusCode(200)
                .body("Result.Items[0].Result.AlreadyAbsent", equalTo(true))
                .body("Result.Items[1].ResponseMetadata.Error", nullValue());
    }

    @Test
    void aBadItemDoesNotStopTheOthersAndIsNotSent() {
        batch("""
                {"Changes":[
                  {"Action":"UpdateCallback","Vhost":"push.example.com","MessageType":"push"},
                  {"Action":"Nope"},
                  "not an object",
                  {"Action":"DescribeCallback","Vhost":"push.example.com"}]}""")
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Empty"))
                .body("Result.Succeeded", equalTo(1))
                .body("Result.Failed", equalTo(3))
                .body("Result.Items.Status", equalTo(List.of(400, 400, 400, 200)))
                .body("Result.Items[0].ResponseMetadata.Error.Violations[0].Field", equalTo("CallbackDetailList"))
                .body("Result.Items[1].ResponseMetadata.Error.Violations[0].Field", equalTo("Changes[1].Action"))
                .body("Result.Items[2].ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"));

        assertEquals(List.of("DescribeCallback"), Emulator.journal().stream().map(entry -> entry.get("action")).toList());
    }

    @Test
    void aTransientFailureMakesTheWholeBatchRetriable() {
        Emulator.fail(FastRetries.ATTEMPTS, 503, "ServiceUnavailable");

        batch(MIXED).statusCode(503)
                .body("ResponseMetadata.Error.Code", equalTo("ServiceUnavailable"))
                .body("Result.Items.Status", equalTo(List.of(503, 200, 200, 200)));
    }

    @Test
    void aPermanentFailureIsReportedWithItsStatus() {
        batch("{\"Changes\":[{\"Action\":\"DeleteCallback\",\"Vhost\":\"unknown.example.com\"},"
                + "{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}]}")
                .statusCode(404)
                .body("ResponseMetadata.Error.Code", equalTo("ResourceNotFound.VhostNotExist"))
                .body("Result.Items.Status", equalTo(List.of(404, 200)));
    }

    @Test
    void theBatchItselfMustHoldChanges() {
        batch("{\"Changes\":[]}").statusCode(400).body("ResponseMetadata.Error.Code", equalTo("InvalidParam.OutOfRange"));
        batch("{\"Changes\":{}}").statusCode(400).body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"));
        batch("{}").statusCode(400).body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Empty"));
        String tooMany = "{\"Changes\":[" + String.join(",",
                java.util.Collections.nCopies(101, "{\"Action\":\"DescribeCallback\",\"Vhost\":\"push.example.com\"}"))
                + "]}";
        batch(tooMany).statusCode(400)
                .body("ResponseMetadata.Error.Message", equalTo("Changes should be between 1 and 100 changes long"));
        assertEquals(0, Emulator.journal().size());
    }

    private static ValidatableResponse batch(String body) {
        return Invoke.post("/batch", body);
    }

}
