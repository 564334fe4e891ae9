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
        LiveService live = client(args[0], args[1], args[2]);
        UpdateCallbackRequest request = update("bench", "push", "https://fn.example.com/cb");
        if (live.updateCallback(request).getResponseMetadata().getError() != null) {
            System.exit(1);
        }
        String rss = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmRSS:")).findFirst().orElse("VmRSS: 0 kB");
        System.out.println("OK " + rss.replaceAll("\\D", ""));
        live.destroy();
    }

    /** The SDK's Live client, pointed at a loopback endpoint over plain http. */
    public static LiveService client(String hostAndPort, String accessKey, String secretKey) {
        LiveService live = LiveServiceImpl.getInstance();
        live.setHost(hostAndPort);
        live.setScheme("http");
        live.setAccessKey(accessKey);
        live.setSecretKey(secretKey);
        return live;
    }

    /** An UpdateCallback of push.example.com with one HTTP receiver, built with the SDK's model. */
    public static UpdateCallbackRequest update(String app, String messageType, String url) {
        UpdateCallbackRequest request = new UpdateCallbackRequest();
        request.setVhost("push.example.com");
        request.setApp(app);
        request.setMessageType(messageType);
        CallbackDetail receiver = new CallbackDetail();
        receiver.setCallbackType("http");
        receiver.setURL(url);
        request.setCallbackDetailList(new CallbackDetail[] { receiver });
        return request;
    }
}
