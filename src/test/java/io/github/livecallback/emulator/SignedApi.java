package io.github.livecallback.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.signing.Credentials;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.SignedHeaders;
import io.github.livecallback.signing.VolcSigner;

/** Requests to a running emulator, signed with the project's own signer for a given region and service. */
public final class SignedApi {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An answer of the emulated API, or of its control API (whose bodies may be empty). */
    public record Answer(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String code() {
            return json().at("/ResponseMetadata/Error/Code").asText(null);
        }

        String message() {
            return json().at("/ResponseMetadata/Error/Message").asText(null);
        }

        JsonNode codeN() {
            return json().at("/ResponseMetadata/Error/CodeN");
        }

        JsonNode callbackList() {
            return json().at("/Result/CallbackList");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    private final URI endpoint;
    private final VolcSigner signer;
    private final Credentials credentials;

    SignedApi(URI endpoint, String region, String service, Credentials credentials) {
        this.endpoint = endpoint;
        this.signer = new VolcSigner(region, service);
        this.credentials = credentials;
    }

    /** The demo account, signing for the emulator's default edition (cn-north-1, live). */
    public static SignedApi demo(URI endpoint) {
        EmulatorProfile volcengine = EmulatorProfile.VOLCENGINE;
        return new SignedApi(endpoint, volcengine.region(), volcengine.service(), credentials(EmulatorAccount.DEMO));
    }

    static Credentials credentials(EmulatorAccount account) {
        return Credentials.of(account.accessKeyId(), account.secretKey());
    }

    public Answer call(String action, String body) {
        URI uri = endpoint.resolve("/?Action=" + action + "&Version=2023-01-01");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SignedHeaders signed = signer.sign(new SignableRequest("POST", uri, Map.of("Content-Type", "application/json"),
                bytes), credentials, Instant.now());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.asMap().forEach(request::header);
        return send(request.build());
    }

    /** A request to the emulator's control API, {@code /_emulator/<command>}; a null body makes it a GET. */
    static Answer control(LiveApiEmulator emulator, String command, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(emulator.endpoint().resolve("/_emulator/" + command));
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request.build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
