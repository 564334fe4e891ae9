package io.github.livecallback.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import io.github.livecallback.config.Edition;
import io.github.livecallback.emulator.EmulatorAccount;
import io.github.livecallback.signing.Credentials;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.VolcSigner;

/** Requests sent straight to the emulator, signed as the API requires, without the function in between. */
public final class SignedRequests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> CONTENT_TYPE = Map.of("Content-Type", "application/json");

    private SignedRequests() {
    }

    /** Sends {@code body} as this action of the Live OpenAPI, signed for the demo account of the given edition. */
    public static HttpResponse<String> send(URI endpoint, Edition edition, String action, String body)
            throws Exception {
        URI uri = endpoint.resolve("/?Action=" + action + "&Version=2023-01-01");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        CONTENT_TYPE.forEach(request::header);
        new VolcSigner(edition.region(), edition.service())
                .sign(new SignableRequest("POST", uri, CONTENT_TYPE, bytes),
                        Credentials.of(EmulatorAccount.DEMO.accessKeyId(), EmulatorAccount.DEMO.secretKey()),
                        Instant.now())
                .asMap().forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
