package io.github.livecallback.endtoend.actions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
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
class DeleteCallbackFunctionTest {

    @BeforeEach
    void configureTwoAppsWithTwoTypes() {
        for (String app : List.of("live", "edu")) {
            for (String type : List.of("push", "push_end")) {
                Invoke.post("/updateCallback", Payloads.update(app, type, "https://fn.example.com/" + type))
                        .statusCode(200);
            }
        }
    }

    @Test
    void deletesOneMessageTypeOfOneApp() {
        delete(Payloads.target("live", "push")).statusCode(200)
                .body("ResponseMetadata.Action", equalTo("DeleteCallback"))
                .body("ResponseMetadata.Error", nullValue());

        assertRemaining("live/push_end", "edu/push", "edu/push_end");
    }

    @Test
    void withoutMessageTypeDeletesEveryTypeOfTheApp() {
        delete(Payloads.target("live", null)).statusCode(200);

        assertRemaining("edu/push", "edu/push_end");
    }

    @Test
    void withoutAppDeletesEveryAppOfTheVhost() {
        delete(Payloads.target(null, null)).statusCode(200);

        assertRemaining();
    }

    @Test
    void deletingWhatIsAlreadyAbsentSucceedsSoThatRedeliveryIsSafe() {
        delete(Payloads.target("live", "push")).statusCode(200);
        Emulator.reset();

        delete(Payloads.target("live", "push")).statusCode(200)
                .body("ResponseMetadata.Error", nullValue())
                .body("ResponseMetadata.Action", equalTo("DeleteCallback"))
                .body("ResponseMetadata.RequestId", matchesPattern("[0-9A-F]{32}"))
                .body("Result.AlreadyAbsent", equalTo(true));
        assertEquals(List.of("DeleteCallback:ResourceNotFound", "DescribeCallback:OK"), upstreamRequests(),
                "one DescribeCallback, in the quota like every request, tells absent from unknown");
    }

    @Test
    void aDeleteWhoseTypeIsGoneButAnotherTypeStaysIsAlreadyAbsentAndLeavesTheOtherAlone() {
        delete(Payloads.target("live", "push")).statusCode(200);

        delete(Payloads.target("live", "push")).statusCode(200).body("Result.AlreadyAbsent", equalTo(true));
        assertRemaining("live/push_end", "edu/push", "edu/push_end");
    }

    @Test
    void aDeleteAimedAtAnUnknownDomainIsNotFoundNotAlreadyAbsent() {
        Emulator.reset();

        delete("{\"Domain\":\"typo.push.example.com\"}").statusCode(404)
                .body("ResponseMetadata.Error.Code", equalTo("ResourceNotFound"))
                .body("ResponseMetadata.Action", equalTo("DeleteCallback"))
                .body("Result", nullValue());
        assertEquals(List.of("DeleteCallback:ResourceNotFound", "DescribeCallback:ResourceNotFound"),
                upstreamRequests());
    }

    @Test
    void aDeleteOfAKnownDomainWithNothingConfiguredIsAlreadyAbsent() {
        delete("{\"Domain\":\"rtmp.push.example.com\",\"MessageType\":\"record\"}").statusCode(200)
                .body("Result.AlreadyAbsent", equalTo(true));
    }

    @Test
    void anUncheckableNotFoundIsAnsweredAsTheRetriableFailureItIs() {
        Emulator.reset();
        Emulator.fail("DescribeCallback", 1, 503, "ServiceUnavailable");

        delete(Payloads.target("live", "push")).statusCode(503)
                .body("ResponseMetadata.Action", equalTo("DeleteCallback"))
                .body("ResponseMetadata.Error.Code", equalTo("ServiceUnavailable"))
                .body("ResponseMetadata.Error.Message", containsString("deliver the event again later"));
        assertEquals(List.of("DeleteCallback:ResourceNotFound", "DescribeCallback:ServiceUnavailable"),
                upstreamRequests(), "at most one extra request: the check is not retried");
    }

    @Test
    void domainWithAppIsRefusedBeforeSending() {
        Emulator.reset();

        delete("{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\"}").statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.DomainAndApp"))
                .body("ResponseMetadata.Error.Violations[0].Field", equalTo("App"));
        assertEquals(List.of(), Emulator.journal());
    }

    @Test
    void anUnknownVhostIsNotFound() {
        Emulator.reset();

        delete("{\"Vhost\":\"unknown.example.com\"}").statusCode(404)
                .body("ResponseMetadata.Error.Code", equalTo("ResourceNotFound.VhostNotExist"));
        assertEquals(List.of("DeleteCallback:ResourceNotFound.VhostNotExist"), upstreamRequests(),
                "an error that names its cause needs no check");
    }

    private static io.restassured.response.ValidatableResponse delete(String body) {
        return Invoke.post("/deleteCallback", body);
    }

    private static List<String> upstreamRequests() {
        return Emulator.journal().stream().map(entry -> entry.get("action") + ":" + entry.get("outcome")).toList();
    }

    private static void assertRemaining(String... appSlashTypes) {
        Invoke.post("/describeCallback", Payloads.target(null, null))
                .statusCode(200)
                .body("Result.CallbackList.collect { it.App + '/' + it.MessageType }",
                        containsInAnyOrder((Object[]) appSlashTypes));
    }
}
