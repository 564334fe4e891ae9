package io.github.livecallback.emulator;

import java.net.URI;

/**
 * The edition of the Live OpenAPI the emulator plays: the same actions at Version 2023-01-01, with the region and
 * signing service a request's credential scope must name, the account's rate limit, and the public endpoint (for
 * reference only: the emulator always listens on loopback). It repeats the function's {@code config.Edition} on
 * purpose: the emulator states what the documents say, so that a wrong value on the function's side is caught by
 * the tests instead of mirrored.
 */
public enum EmulatorProfile {

    /** Volcengine Live: cn-north-1, service live, 10 requests per second per account (the seed documents). */
    VOLCENGINE("cn-north-1", "live", 10, URI.create("https://live.volcengineapi.com")),
    /**
     * BytePlus MediaLive, the international edition: 1 request per second per account (its published pages).
     * Region {@code ap-singapore-1} and service {@code live} are from the byteplus-sdk-python live service
     * definition; the BytePlus pages read do not state them.
     */
    BYTEPLUS("ap-singapore-1", "live", 1, URI.create("https://open.byteplusapi.com"));

    private final String region;
    private final String service;
    private final int requestsPerSecond;
    private final URI publicEndpoint;

    EmulatorProfile(String region, String service, int requestsPerSecond, URI publicEndpoint) {
        this.region = region;
        this.service = service;
        this.requestsPerSecond = requestsPerSecond;
        this.publicEndpoint = publicEndpoint;
    }

    /** The region a request's credential scope must name, and every envelope's {@code Region}. */
    public String region() {
        return region;
    }

    /** The signing service a request's credential scope must name, and every envelope's {@code Service}. */
    public String service() {
        return service;
    }

    /** The documented rate limit per account (per access key id), in requests per any 1-second window. */
    public int requestsPerSecond() {
        return requestsPerSecond;
    }

    /** The real API's endpoint of this edition. */
    public URI publicEndpoint() {
        return publicEndpoint;
    }
}
