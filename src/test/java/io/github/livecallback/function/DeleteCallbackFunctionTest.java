package io.github.livecallback.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.Emulator;
import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
class DeleteCallbackFunctionTest {

    @BeforeEach
    void configureTwoAppsWithTwoTypes() {
        Emulator.reset();
        for (String app : List.of("live", "edu")) {
            for (String type : List.of("push", "push_end")) {
                given().contentType(ContentType.JSON).body(Payloads.update(app, type, "https://fn.example.com/" + type))
                        .post("/updateCallback").then().statusCode(200);
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

        delete(Payloads.target("live", "push")).statusCode(200)
                .body("ResponseMetadata.Error", nullValue())
                .body("ResponseMetadata.RequestId", matchesPattern("[0-9A-F]{32}"))
                .body("Result.AlreadyAbsent", equalTo(true));
        assertRemaining("live/push_end", "edu/push", "edu/push_end");
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
        delete("{\"Vhost\":\"unknown.example.com\"}").statusCode(404)
                .body("ResponseMetadata.Error.Code", equalTo("ResourceNotFound.VhostNotExist"));
    }

    private static io.restassured.response.ValidatableResponse delete(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/deleteCallback").then();
    }

    private static void assertRemaining(String... appSlashTypes) {
        given().contentType(ContentType.JSON).body(Payloads.target(null, null))
                .when().post("/describeCallback")
                .then().statusCode(200)
                .body("Result.CallbackList.collect { it.App + '/' + it.MessageType }",
                        containsInAnyOrder((Object[]) appSlashTypes));
    }
}
