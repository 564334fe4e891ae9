package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.volcengine.model.live.CallbackDetail;
import com.volcengine.model.live.request.DeleteCallbackRequest;
import com.volcengine.model.live.request.DescribeCallbackRequest;
import com.volcengine.model.live.request.UpdateCallbackRequest;
import com.volcengine.service.live.LiveService;
import com.volcengine.service.live.impl.LiveServiceImpl;

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
        live = LiveServiceImpl.getInstance();
        live.setAccessKey(EmulatorAccount.DEMO.accessKeyId());
        live.setSecretKey(EmulatorAccount.DEMO.secretKey());
        live.setHost(emulator.endpoint().getAuthority());
        live.setScheme("http");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void theSdksUpdateDescribeAndDeleteAreAccepted() throws Exception {
        UpdateCallbackRequest update = new UpdateCallbackRequest();
        update.setVhost("push.example.com");
        update.setApp("sdk");
        update.setMessageType("record");
        CallbackDetail receiver = new CallbackDetail();
        receiver.setCallbackType("http");
        receiver.setURL("https://fn.example.com/record");
        update.setCallbackDetailList(new CallbackDetail[] { receiver });
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
}
