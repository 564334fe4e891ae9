package io.github.livecallback.endtoend.actions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class UpdateCallbackFunctionTest {

    @Test
    void updatesAndAnswersWithTheUpstreamEnvelope() {
        Invoke.post("/updateCallback", Payloads.update())
                .statusCode(200)
                .body("ResponseMetadata.Action", equalTo("UpdateCallback"))
                .body("ResponseMetadata.Version", equalTo("2023-01-01"))
                .body("ResponseMetadata.Service", equalTo("live"))
                .body("ResponseMetadata.Region", equalTo("cn-north-1"))
                .body("ResponseMetadata.RequestId", matchesPattern("[0-9A-F]{32}"))
                .body("ResponseMetadata.Error", nullValue());

        List<Map<String, Object>> journal = Emulator.journal();
        assertEquals(1, journal.size());
        assertEquals("OK", journal.get(0).get("outcome"));
        assertEquals("content-type;host;x-content-sha256;x-date", journal.get(0).get("signedHeaders"));
    }

    @Test
    void sendsTheApiFieldsOnlyAndDropsEmptyOnes() {
        Invoke.post("/updateCallback", """
                {"Vhost":"push.example.com","Domain":"","App":"live","MessageType":"record","DryRun":false,
                 "CallbackDetailList":[{"CallbackType":"HTTP","URL":"http://10.0.0.1:8080/record"}]}""")
                .statusCode(200);

        assertEquals("{\"Vhost\":\"push.example.com\",\"App\":\"live\",\"MessageType\":\"record\","
                + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"http://10.0.0.1:8080/record\"}]}",
                Emulator.journal().get(0).get("body"));
    }

    @Test
    void aMisspeltFieldIsRefusedWithTheFieldMeantAndNothingIsSent() {
        Invoke.post("/updateCallback", Payloads.update()
                        .replaceFirst("\\{", "{\"AuthEnabled\":true,\"vhost\":\"x\","))
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam"))
                .body("ResponseMetadata.Error.Violations.Field", equalTo(List.of("AuthEnabled", "vhost")))
                .body("ResponseMetadata.Error.Violations[0].Message",
                        containsString("AuthEnabled is not a field of UpdateCallback: did you mean AuthEnable?"))
                .body("ResponseMetadata.Error.Violations[1].Message", containsString("did you mean Vhost?"));
        assertEquals(List.of(), Emulator.journal());
    }

    @Test
    void aDescribeAnswerPastedBackIsRefusedInsteadOfReplacingTheKeyWithItsMask() {
        Invoke.post("/updateCallback", Payloads.updateWithAuth("live", "push", "https://fn.example.com/cb"))
                .statusCode(200);
        Map<String, Object> described = Invoke.post("/describeCallback", Payloads.target("live", "push"))
                .statusCode(200).extract().jsonPath().getMap("Result.CallbackList[0]");
        Map<String, Object> pasted = new java.util.LinkedHashMap<>(described);
        pasted.keySet().retainAll(List.of("Vhost", "App", "MessageType", "CallbackDetailList", "AuthEnable",
                "AuthKeyPrimary", "TranscodeCallback"));

        Invoke.post("/updateCallback", pasted)
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Format"))
                .body("ResponseMetadata.Error.Violations[0].Field", equalTo("AuthKeyPrimary"))
                .body("ResponseMetadata.Error.Message", containsString("masked key that DescribeCallback shows"));
        assertEquals(2, Emulator.journal().size(), "the update with the mask was not sent");
    }

    @Test
    void anUpdateReplacesTheWholeConfiguration() {
        Invoke.post("/updateCallback", Payloads.updateWithAuth("live", "push", "https://old.example.com/cb"))
                .statusCode(200);
        Invoke.post("/updateCallback", Payloads.update("live", "push", "https://new.example.com/cb")).statusCode(200);

        Invoke.post("/describeCallback", Payloads.target("live", "push"))
                .statusCode(200)
                .body("Result.CallbackList", hasSize(1))
                .body("Result.CallbackList[0].CallbackDetailList.URL", equalTo(List.of("https://new.example.com/cb")))
                .body("Result.CallbackList[0].AuthEnable", equalTo(false));
    }

    @Test
    void refusesAnInvalidPayloadWithEveryViolationAndSendsNothing() {
        Invoke.post("/updateCallback", """
                {"Vhost":"push.example.com","App":"bad app!","TranscodeCallback":"1",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"ftp://example.com"}]}""")
                .statusCode(400)
                .body("ResponseMetadata.Action", equalTo("UpdateCallback"))
                .body("ResponseMetadata.RequestId", not(emptyOrNullString()))
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam"))
                .body("ResponseMetadata.Error.Violations.Field", equalTo(List.of(
                        "TranscodeCallback", "App", "MessageType", "CallbackDetailList[0].URL")))
                .body("ResponseMetadata.Error.Violations.Code", equalTo(List.of(
                        "InvalidParam.BindError", "InvalidParam.Format", "InvalidParam.Empty", "InvalidParam.Format")))
                .body("ResponseMetadata.Error.Message", org.hamcrest.Matchers.containsString("MessageType is required"));

        assertEquals(List.of(), Emulator.journal());
    }

    @Test
    void aSingleViolationKeepsItsOwnCode() {
        Invoke.post("/updateCallback", Payloads.update("live", "pull", "https://fn.example.com/cb"))
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.OutOfRange"))
                .body("ResponseMetadata.Error.Message",
                        equalTo("MessageType should be one of {[push, push_end, snapshot, record, audit_snapshot]}"));
    }

    @Test
    void anUnknownVhostIsNotFoundUpstream() {
        Invoke.post("/updateCallback", """
                {"Vhost":"unknown.example.com","MessageType":"push",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/cb"}]}""")
                .statusCode(404)
                .body("ResponseMetadata.Error.Code", equalTo("ResourceNotFound.VhostNotExist"))
                .body("ResponseMetadata.RequestId", matchesPattern("[0-9A-F]{32}"));

        assertEquals(1, Emulator.journal().size(), "a 404 is not retried");
    }

    @Test
    void aPushDomainCanBeConfiguredWithoutApp() {
        Invoke.post("/updateCallback", Payloads.updateDomain("push_end", "https://fn.example.com/end")).statusCode(200);

        Invoke.post("/describeCallback", "{\"Domain\":\"rtmp.push.example.com\"}")
                .statusCode(200)
                .body("Result.CallbackList.MessageType", hasItem("push_end"));
    }
}
