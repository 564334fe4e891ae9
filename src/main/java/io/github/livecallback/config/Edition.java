package io.github.livecallback.config;

import java.net.URI;

/**
 * The two editions of the Live OpenAPI: the same actions at the same version, each with its own endpoint, signing
 * region and account quota. Every value here is only a default: {@code volc.live.endpoint}, {@code volc.region},
 * {@code volc.live.service} and {@code volc.live.quota.requests} override it.
 */
public enum Edition {

    /** Volcengine Live (视频直播): the documented endpoint, region and 10 requests per second per account. */
    VOLCENGINE(URI.create("https://live.volcengineapi.com"), "cn-north-1", "live", 10),

    /**
     * BytePlus MediaLive, the international edition: endpoint and 1 request per second per account from BytePlus's
     * API documents; region and service from BytePlus's own SDK definition of the live service.
     */
    BYTEPLUS(URI.create("https://open.byteplusapi.com"), "ap-singapore-1", "live", 1);

    private final URI endpoint;
    private final String region;
    private final String service;
    private final int requestsPerSecond;

    Edition(URI endpoint, String region, String service, int requestsPerSecond) {
        this.endpoint = endpoint;
        this.region = region;
        this.service = service;
        this.requestsPerSecond = requestsPerSecond;
    }

    public URI endpoint() {
        return endpoint;
    }

    public String region() {
        return region;
    }

    public String service() {
        return service;
    }

    public int requestsPerSecond() {
        return requestsPerSecond;
    }
}
