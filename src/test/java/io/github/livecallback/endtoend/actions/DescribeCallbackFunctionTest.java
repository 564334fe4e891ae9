package io.github.livecallback.endtoend.actions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

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
class DescribeCallbackFunctionTest {

    @BeforeEach
    void configure() {
        Emulator.reset();
        given().contentType(ContentType.JSON).body(Payloads.updateWithAuth("live", "push", "https://fn.example.com/start"))
                .post("/updateCallback").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Payloads.update("live", "record", "https://fn.example.com/record"))
                .post("/updateCallback").then().statusCode(200);
    }

    @Test
    void readsBackWhatIsStoredWithTheAuthKeyMasked() {
        given().contentType(ContentType.JSON).body(Payloads.target("live", "push"))
                .when().post("/describeCallback")
                .then().statusCode(200)
                .body("ResponseMetadata.Action", equalTo("DescribeCallback"))
                .body("Result.CallbackList", hasSize(1))
                .body("Result.CallbackList[0].Vhost", equalTo(Payloads.VHOST))
                .body("Result.CallbackList[0].App", equalTo("live"))
                .body("Result.CallbackList[0].MessageType", equalTo("push"))
                .body("Result.CallbackList[0].TranscodeCallback", equalTo(0))
                .body("Result.CallbackList[0].CallbackDetailList[0].URL", equalTo("https://fn.example.com/start"))
                .body("Result.CallbackList[0].CallbackDetailList[0].CallbackType", equalTo("http"))
                .body("Result.CallbackList[0].AuthEnable", equalTo(true))
                .body("Result.CallbackList[0].AuthKeyPrimary", equalTo("****9f6a"))
                .body("Result.CallbackList[0].CreateTimeUTC", matchesPattern("\\d{4}-\\d\\d-\\d\\dT.*Z"))
                .body(not(containsString(Payloads.AUTH_KEY)));
    }

    @Test
    void withoutMessageTypeReadsEveryType() {
        given().contentType(ContentType.JSON).body(Payloads.target("live", null))
                .when().post("/describeCallback")
                .then().statusCode(200)
                .body("Result.CallbackList.MessageType", org.hamcrest.Matchers.containsInAnyOrder("push", "record"));
    }

    @Test
    void anAppWithoutConfigurationsHasAnEmptyList() {
        given().contentType(ContentType.JSON).body(Payloads.target("sports", null))
                .when().post("/describeCallback")
                .then().statusCode(200)
                .body("Result.CallbackList", hasSize(0));
    }

    @Test
    void neitherVhostNorDomainIsRefused() {
        given().contentType(ContentType.JSON).body("{\"App\":\"live\"}")
                .when().post("/describeCallback")
                .then().statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Empty"))
                .body("ResponseMetadata.Error.Message", equalTo("Vhost or Domain is required"));
    }

    @Test
    void domainWithAppIsAcceptedAsTheOfficialSdkSendsIt() {
        given().contentType(ContentType.JSON).body("""
                {"Domain":"rtmp.push.example.com","MessageType":"push_end",
                 "CallbackDetailList":[{"CallbackType":"http","URL":"https://fn.example.com/end"}]}""")
                .post("/updateCallback").then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\"}")
                .when().post("/describeCallback")
                .then().statusCode(200)
                .body("ResponseMetadata.Error", org.hamcrest.Matchers.nullValue());
        given().contentType(ContentType.JSON).body("{\"Domain\":\"rtmp.push.example.com\"}")
                .when().post("/describeCallback")
                .then().statusCode(200)
                .body("Result.CallbackList", hasSize(1))
                .body("Result.CallbackList[0].Vhost", equalTo(Payloads.VHOST))
                .body("Result.CallbackList[0]", not(org.hamcrest.Matchers.hasKey("Domain")));
    }
}
