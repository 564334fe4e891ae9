package io.github.livecallback.signing;

import java.net.URI;
import java.util.Map;

/**
 * What the signer needs to know of an outgoing request.
 *
 * @param uri the full request URI; its host, port, path and query are signed
 * @param headers headers that will be sent and must be signed (at least {@code Content-Type})
 * @param body the exact bytes that go on the wire
 */
public record SignableRequest(String method, URI uri, Map<String, String> headers, byte[] body) {

    /** The {@code Host} header value: the host, with the port unless it is 80 or 443. */
    public String hostHeader() {
        int port = uri.getPort();
        return port == -1 || port == 80 || port == 443 ? uri.getHost() : uri.getHost() + ":" + port;
    }
}
