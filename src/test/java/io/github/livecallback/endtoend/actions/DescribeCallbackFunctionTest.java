package io.github.livecallback.endtoend.actions;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.livecallback.testing.EmulatorResource;
import io.github.livecallback.testing.FreshEmulator;
import io.github.livecallback.testing.Invoke;
import io.github.livecallback.testing.Payloads;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(EmulatorResource.class)
@FreshEmulator
class DescribeCallbackFunctionTest {

    @BeforeEach
    void configure() {
        Invoke.post("/updateCallback", Payloads.updateWithAuth("live", "push", "https://fn.example.com/start"))
                .statusCode(200);
        Invoke.post("/updateCallback", Payloads.update("live", "record", "https://fn.example.com/record"))
                .statusCode(200);
    }

    @Test
    void readsBackWhatIsStoredWithTheAuthKeyMasked() {
        Invoke.post("/describeCallback", Payloads.target("live", "push"))
                .statusCode(200)
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
        Invoke.post("/describeCallback", Payloads.target("live", null))
                .statusCode(200)
                .body("Result.CallbackList.MessageType", org.hamcrest.Matchers.containsInAnyOrder("push", "record"));
    }

    @Test
    void anAppWithoutConfigurationsHasAnEmptyList() {
        Invoke.post("/describeCallback", Payloads.target("sports", null))
                .statusCode(200)
                .body("Result.CallbackList", hasSize(0));
    }

    @Test
    void neitherVhostNorDomainIsRefused() {
        Invoke.post("/describeCallback", "{\"App\":\"live\"}")
                .statusCode(400)
                .body("ResponseMetadata.Error.Code", equalTo("InvalidParam.Empty"))
                .body("ResponseMetadata.Error.Message", equalTo("Vhost or Domain is required"));
    }

    @Test
    void domainWithAppIsAcceptedAsTheOfficialSdkSendsIt() {
        Invoke.post("/updateCallback", Payloads.updateDomain("push_end", "https://fn.example.com/end")).statusCode(200);

        Invoke.post("/describeCallback", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"live\"}")
                .statusCode(200)
                .body("ResponseMetadata.Error", org.hamcrest.Matchers.nullValue());
        Invoke.post("/describeCallback", "{\"Domain\":\"rtmp.push.example.com\"}")
                .statusCode(200)
                .body("Result.CallbackList", hasSize(1))
                .body("Result.CallbackList[0].Vhost", equalTo(Payloads.VHOST))
                .body("Result.CallbackList[0]", not(org.hamcrest.Matchers.hasKey("Domain")));
    }
}
