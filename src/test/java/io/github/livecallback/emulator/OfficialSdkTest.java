package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.volcengine.model.live.request.DeleteCallbackRequest;
import com.volcengine.model.live.request.DescribeCallbackRequest;
import com.volcengine.model.live.request.UpdateCallbackRequest;
import com.volcengine.service.live.LiveService;

import io.github.livecallback.benchmark.SdkFirstCall;

/**
 * The official Volcengine Java SDK against the emulator: its signatures must verify and its parser must read the
 * emulator's envelopes. A second, independent implementation of the signature checks that the emulator is
 * faithful, not merely in agreement with this project's own signer.
 */
class OfficialSdkTest {

    private static LiveApiEmulator emulator;
    private static LiveService live;

    @BeforeAll
    static void start() throws IOException {
        emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts());
        live = SdkFirstCall.client(emulator.endpoint().getAuthority(), EmulatorAccount.DEMO.accessKeyId(),
                EmulatorAccount.DEMO.secretKey());
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void theSdksUpdateDescribeAndDeleteAreAccepted() throws Exception {
        UpdateCallbackRequest update = SdkFirstCall.update("sdk", "record", "https://fn.example.com/record");
        assertNull(live.updateCallback(update).getResponseMetadata().getError());

        DescribeCallbackRequest describe = new DescribeCallbackRequest();
        describe.setVhost("push.example.com");
        describe.setApp("sdk");
        var described = live.describeCallback(describe);
        assertNull(described.getResponseMetadata().getError());
        assertEquals("record", described.getResult().getCallbackList()[0].getMessageType());

        DeleteCallbackRequest delete = new DeleteCallbackRequest();
        delete.setVhost("push.example.com");
        delete.setApp("sdk");
        assertNull(live.deleteCallback(delete).getResponseMetadata().getError());
    }

    @Test
    void theSdkExamplesDescribeWithDomainAndAppIsAccepted() throws Exception {
        DescribeCallbackRequest describe = new DescribeCallbackRequest();
        describe.setDomain("rtmp.push.example.com");
        describe.setApp("sdk");

        var described = live.describeCallback(describe);

        assertNull(described.getResponseMetadata().getError());
        assertEquals(0, described.getResult().getCallbackList().length);
    }
}
