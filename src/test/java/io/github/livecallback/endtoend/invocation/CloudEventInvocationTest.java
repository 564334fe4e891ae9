package io.github.livecallback.endtoend.invocation;

import static io.github.livecallback.testing.CloudEvents.Mode.BINARY;
import static io.github.livecallback.testing.CloudEvents.Mode.STRUCTURED;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.livecallback.testing.CloudEvents;
import io.github.livecallback.testing.CloudEvents.Answer;
import io.github.livecallback.testing.CloudEvents.Mode;
import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.LogCapture;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.DisabledOnIntegrationTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class CloudEventInvocationTest {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUpdateEventIsAppliedAndAnsweredWithAnEventInTheSameMode(Mode mode) {
        Answer answer = CloudEvents.send(CloudEvents.event("evt-update-" + mode, "live.callback.update",
                Payloads.update()), mode);

        assertEquals(200, answer.status());
        assertNotNull(answer.event(), "the answer is a CloudEvent");
        assertEquals("live.callback.result", answer.event().getType());
        assertEquals("/live-callback-function", answer.event().getSource().toString());
        assertEquals("UpdateCallback", answer.data().at("/ResponseMetadata/Action").asText());
        assertEquals(mode == BINARY, answer.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("ce-id")));
        assertEquals("OK", Emulator.journal().get(0).get("outcome"));
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void deleteAndDescribeEventsReachTheirActions(Mode mode) {
        CloudEvents.send(CloudEvents.event("e1-" + mode, "live.callback.update",
                Payloads.update("live", "record", "https://fn.example.com/rec")), mode);

        Answer described = CloudEvents.send(CloudEvents.event("e2", "live.callback.describe",
                Payloads.target("live", null)), mode);
        assertEquals("record", described.data().at("/Result/CallbackList/0/MessageType").asText());

        Answer deleted = CloudEvents.send(CloudEvents.event("e3-" + mode, "live.callback.delete",
                Payloads.target("live", "record")), mode);
        assertEquals(200, deleted.status());
        assertEquals("DeleteCallback", deleted.data().at("/ResponseMetadata/Action").asText());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anInvalidPayloadIsA400EventAndSendsNothing(Mode mode) {
        Answer answer = CloudEvents.send(CloudEvents.event("e4", "live.callback.update", "{\"Vhost\":\"v\"}"), mode);

        assertEquals(400, answer.status());
        assertNotNull(answer.event());
        assertEquals("InvalidParam.Empty", answer.data().at("/ResponseMetadata/Error/Code").asText());
        assertEquals(0, Emulator.journal().size());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anUnknownTypeIsA400ListingTheKnownTypes(Mode mode) {
        Answer answer = CloudEvents.send(CloudEvents.event("e5", "com.example.unknown", "{}"), mode);

        assertEquals(400, answer.status());
        assertEquals("InvalidActionOrVersion", answer.data().at("/ResponseMetadata/Error/Code").asText());
        assertTrue(answer.data().at("/ResponseMetadata/Error/Message").asText().contains("live.callback.update"));
    }

    @Test
    @DisabledOnIntegrationTest("reads the log lines of the function running in this JVM")
    void theEventIdIsInTheLogLine() {
        try (LogCapture logs = LogCapture.invocations()) {
            CloudEvents.send(CloudEvents.event("evt-id-in-log", "live.callback.describe", Payloads.target(null, null)),
                    BINARY);

            assertTrue(logs.lines().get(0).contains(" eventId=evt-id-in-log"), logs.lines().toString());
        }
    }

    @Test
    void aBatchEventAppliesEveryChange() {
        Answer answer = CloudEvents.send(CloudEvents.event("e6", "live.callback.batch", """
                {"Changes":[
                  {"Action":"UpdateCallback","Vhost":"push.example.com","App":"a","MessageType":"push",
                   "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/a"}]},
                  {"Action":"DescribeCallback","Vhost":"push.example.com","App":"a"}]}"""), STRUCTURED);

        assertEquals(200, answer.status());
        assertEquals(2, answer.data().at("/Result/Succeeded").asInt());
        assertEquals("https://fn.example.com/a",
                answer.data().at("/Result/Items/1/Result/CallbackList/0/CallbackDetailList/0/URL").asText());
    }

    @Test
    void aBinaryEventWithoutSourceIsRefused() {
        given().header("ce-id", "e7").header("ce-specversion", "1.0").header("ce-type", "live.callback.describe")
                .contentType("application/json").body(Payloads.target(null, null))
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("MissingRequestInfo"))
                .body("ResponseMetadata.Error.Message", containsString("'source'"));
    }

    @Test
    void aBinaryEventWithoutIdIsRefusedRatherThanTakenForPlainJson() {
        given().header("ce-source", "/x").header("ce-specversion", "1.0").header("ce-type", "live.callback.describe")
                .contentType("application/json").body(Payloads.target(null, null))
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Message", containsString("'id'"));
    }

    @Test
    void aStructuredEventWithoutTypeIsRefused() {
        given().contentType("application/cloudevents+json")
                .body("{\"specversion\":\"1.0\",\"id\":\"e8\",\"source\":\"/x\",\"data\":{}}")
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("MissingRequestInfo"))
                .body("ResponseMetadata.Error.Message", containsString("'type'"));
    }

    @Test
    void anotherSpecVersionIsRefused() {
        given().contentType("application/cloudevents+json")
                .body("{\"specversion\":\"0.3\",\"id\":\"e9\",\"source\":\"/x\",\"type\":\"live.callback.describe\"}")
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Message", containsString("specversion"));
    }

    @Test
    void dataThatIsNotJsonIsRefused() {
        given().header("ce-id", "e10").header("ce-source", "/x").header("ce-specversion", "1.0")
                .header("ce-type", "live.callback.describe").contentType("text/plain").body("Vhost=push.example.com")
                .when().post("/")
                .then().statusCode(415)
                .body("ResponseMetadata.Error.Message", containsString("must be JSON"));
        given().header("ce-id", "e11").header("ce-source", "/x").header("ce-specversion", "1.0")
                .header("ce-type", "live.callback.describe").contentType("application/json").body("{\"Vhost\":")
                .when().post("/")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.BindError"));
        given().contentType("application/cloudevents+json")
                .body("{\"specversion\":\"1.0\",\"id\":\"e12\",\"source\":\"/x\",\"type\":\"live.callback.describe\","
                        + "\"data_base64\":\"e30=\"}")
                .when().post("/")
                .then().statusCode(415);
    }

    @Test
    void aVeFaasCloudEventTriggerIsReadAsAStructuredEvent() {
        Answer answer = CloudEvents.read(given().header("X-Faas-Event-Type", "cloudevent").contentType("application/json")
                .body("{\"specversion\":\"1.0\",\"id\":\"e13\",\"source\":\"/eventbridge\","
                        + "\"type\":\"live.callback.describe\",\"data\":" + Payloads.target(null, null) + "}")
                .when().post("/"));

        assertEquals(200, answer.status());
        assertEquals("DescribeCallback", answer.data().at("/ResponseMetadata/Action").asText());
    }

    @Test
    void batchedCloudEventsAreUnsupported() {
        given().contentType("application/cloudevents-batch+json").body("[]")
                .when().post("/")
                .then().statusCode(415)
                .body("ResponseMetadata.Error.Message", containsString("one event per request"));
    }

    @Test
    void aCloudEventToAFunctionPathIsStillDispatchedByType() {
        Answer answer = CloudEvents.read(given().header("ce-id", "e14").header("ce-source", "/x")
                .header("ce-specversion", "1.0").header("ce-type", "live.callback.describe")
                .headers(Map.of()).contentType("application/json").body(Payloads.target(null, null))
                .when().post("/updateCallback"));

        assertEquals("DescribeCallback", answer.data().at("/ResponseMetadata/Action").asText());
    }
}
