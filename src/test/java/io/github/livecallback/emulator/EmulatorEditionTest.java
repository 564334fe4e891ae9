package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.livecallback.emulator.SignedApi.Answer;

/**
 * The BytePlus MediaLive profile: a signature's scope must name ap-singapore-1 and live, the envelopes say so,
 * and the account may make one request per second.
 */
class EmulatorEditionTest {

    private static final String DESCRIBE = "{\"Vhost\":\"push.example.com\"}";

    @RegisterExtension
    static final RunningEmulator BYTEPLUS = new RunningEmulator(EmulatorProfile.BYTEPLUS);
    @RegisterExtension
    static final RunningEmulator VOLCENGINE = new RunningEmulator();

    @Test
    void theProfilesAreTheDocumentedOnes() {
        assertEquals("ap-singapore-1", EmulatorProfile.BYTEPLUS.region());
        assertEquals("live", EmulatorProfile.BYTEPLUS.service());
        assertEquals(1, EmulatorProfile.BYTEPLUS.requestsPerSecond());
        assertEquals("cn-north-1", EmulatorProfile.VOLCENGINE.region());
        assertEquals("live", EmulatorProfile.VOLCENGINE.service());
        assertEquals(10, EmulatorProfile.VOLCENGINE.requestsPerSecond());
        assertEquals(EmulatorProfile.VOLCENGINE, VOLCENGINE.emulator().profile());
    }

    @Test
    void aRequestSignedForSingaporeIsAcceptedAndAnsweredFromThere() {
        Answer answer = signedFor(BYTEPLUS.emulator(), "ap-singapore-1", "live").call("DescribeCallback", DESCRIBE);

        assertEquals(200, answer.status(), answer::toString);
        assertEquals("ap-singapore-1", answer.json().at("/ResponseMetadata/Region").asText());
        assertEquals("live", answer.json().at("/ResponseMetadata/Service").asText());
    }

    @Test
    void aRequestSignedForTheVolcengineRegionIsRefused() {
        Answer answer = signedFor(BYTEPLUS.emulator(), "cn-north-1", "live").call("DescribeCallback", DESCRIBE);

        assertEquals(401, answer.status(), answer::toString);
        assertEquals("SignatureDoesNotMatch", answer.code());
        assertEquals(100010, answer.codeN().asInt());
        assertEquals("ap-singapore-1", answer.json().at("/ResponseMetadata/Region").asText());
    }

    @Test
    void aRequestSignedForAnotherServiceIsRefused() {
        Answer answer = signedFor(BYTEPLUS.emulator(), "ap-singapore-1", "vod").call("DescribeCallback", DESCRIBE);

        assertEquals(401, answer.status(), answer::toString);
        assertEquals("SignatureDoesNotMatch", answer.code());
    }

    @Test
    void theVolcengineEditionRefusesASingaporeSignature() {
        Answer answer = signedFor(VOLCENGINE.emulator(), "ap-singapore-1", "live").call("DescribeCallback", DESCRIBE);

        assertEquals(401, answer.status(), answer::toString);
        assertEquals("SignatureDoesNotMatch", answer.code());
        assertEquals("cn-north-1", answer.json().at("/ResponseMetadata/Region").asText());
    }

    @Test
    void theAccountMayMakeOneRequestPerSecond() throws Exception {
        SignedApi api = signedFor(BYTEPLUS.emulator(), "ap-singapore-1", "live");

        Answer first = api.call("DescribeCallback", DESCRIBE);
        Answer second = api.call("DescribeCallback", DESCRIBE);

        assertEquals(200, first.status(), first::toString);
        EmulatorRateLimitTest.assertFlowLimitExceeded(second, 1);
        assertEquals("ap-singapore-1", second.json().at("/ResponseMetadata/Region").asText());
        Thread.sleep(1_050);
        Answer later = api.call("DescribeCallback", DESCRIBE);
        assertEquals(200, later.status(), later::toString);
    }

    @Test
    void theVolcengineEditionAllowsTenPerSecond() {
        SignedApi api = signedFor(VOLCENGINE.emulator(), "cn-north-1", "live");

        for (int i = 0; i < 10; i++) {
            Answer answer = api.call("DescribeCallback", DESCRIBE);
            assertEquals(200, answer.status(), answer::toString);
        }
        EmulatorRateLimitTest.assertFlowLimitExceeded(api.call("DescribeCallback", DESCRIBE), 10);
    }

    private static SignedApi signedFor(LiveApiEmulator emulator, String region, String service) {
        return new SignedApi(emulator.endpoint(), region, service, SignedApi.credentials(EmulatorAccount.DEMO));
    }
}
