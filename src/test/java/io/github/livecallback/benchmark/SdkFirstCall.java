package io.github.livecallback.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;

import com.volcengine.model.live.CallbackDetail;
import com.volcengine.model.live.request.UpdateCallbackRequest;
import com.volcengine.service.live.LiveService;
import com.volcengine.service.live.impl.LiveServiceImpl;

/**
 * The alternative a user would write by hand: a plain Java program that makes one UpdateCallback with the official
 * Volcengine SDK, then prints its resident memory. Arguments: host:port, access key, secret key.
 */
public final class SdkFirstCall {

    private SdkFirstCall() {
    }

    public static void main(String[] args) throws Exception {
        LiveService live = LiveServiceImpl.getInstance();
        live.setHost(args[0]);
        live.setScheme("http");
        live.setAccessKey(args[1]);
        live.setSecretKey(args[2]);
        UpdateCallbackRequest request = new UpdateCallbackRequest();
        request.setVhost("push.example.com");
        request.setApp("bench");
        request.setMessageType("push");
        CallbackDetail receiver = new CallbackDetail();
        receiver.setCallbackType("http");
        receiver.setURL("https://fn.example.com/cb");
        request.setCallbackDetailList(new CallbackDetail[] { receiver });
        if (live.updateCallback(request).getResponseMetadata().getError() != null) {
            System.exit(1);
        }
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: 0 kB");
        System.out.println("OK " + rss.replaceAll("\\D", ""));
        live.destroy();
    }
}
