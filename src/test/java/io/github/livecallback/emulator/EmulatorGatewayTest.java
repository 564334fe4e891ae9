package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.signing.Credentials;
import io.github.livecallback.signing.SignableRequest;
import io.github.livecallback.signing.SignedHeaders;
import io.github.livecallback.signing.VolcSigner;

/**
 * The emulator's gateway checks, driven by hand-made HTTP requests: a test that passes against the emulator must
 * mean a correctly signed request, so tampering of any kind must be caught with the gateway's own codes.
 */
class EmulatorGatewayTest {

    private static final String BODY = "{\"Vhost\":\"push.example.com\",\"MessageType\":\"push\","
            + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://fn.example.com/cb\"}]}";
    private static final VolcSigner SIGNER = new VolcSigner("cn-north-1", "live");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static LiveApiEmulator emulator;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        emulator = LiveApiEmulator.start(0, EmulatorAccount.demoAccounts());
        // These tests send more than 10 requests within a second; EmulatorRateLimitTest covers the limit.
        emulator.requestsPerSecond(0);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void acceptsACorrectlySignedRequest() throws Exception {
        JsonNode answer = send("UpdateCallback", BODY, demo(), Instant.now(), Map.of(), 200);

        assertEquals("UpdateCallback", answer.at("/ResponseMetadata/Action").asText());
        assertTrue(answer.at("/ResponseMetadata/Error").isMissingNode());
    }

    @Test
    void aTamperedBodyDoesNotMatchItsSignature() throws Exception {
        HttpRequest.Builder signed = signedRequest("UpdateCallback", BODY, demo(), Instant.now());
        HttpRequest tampered = signed.POST(HttpRequest.BodyPublishers.ofString(BODY.replace("fn.example", "evil.example")))
                .build();

        assertError(http.send(tampered, HttpResponse.BodyHandlers.ofString()), 401, "SignatureDoesNotMatch", 100010);
    }

    @Test
    void aWrongSecretKeyDoesNotMatch() throws Exception {
        send("UpdateCallback", BODY, Credentials.of(EmulatorAccount.DEMO.accessKeyId(), "d3Jvbmc="), Instant.now(),
                Map.of("code", "SignatureDoesNotMatch"), 401);
    }

    @Test
    void anUnknownAccessKeyIsInvalid() throws Exception {
        send("UpdateCallback", BODY, Credentials.of("AKLTbm9ib2R5", "c2VjcmV0"), Instant.now(),
                Map.of("code", "InvalidAccessKey"), 401);
    }

    @Test
    void aSignatureOlderThanFifteenMinutesIsRefused() throws Exception {
        send("UpdateCallback", BODY, demo(), Instant.now().minus(Duration.ofMinutes(16)),
                Map.of("code", "InvalidTimestamp"), 403);
        send("UpdateCallback", BODY, demo(), Instant.now().minus(Duration.ofMinutes(14)), Map.of(), 200);
    }

    @Test
    void aRequestWithoutAuthorizationIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("UpdateCallback"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(BODY)).build();

        assertError(http.send(request, HttpResponse.BodyHandlers.ofString()), 401, "MissingAuthenticationToken",
                100003);
    }

    @Test
    void anAuthorizationWithoutSignatureIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("UpdateCallback"))
                .header("Content-Type", "application/json")
                .header("Authorization", "HMAC-SHA256 Credential=" + EmulatorAccount.DEMO.accessKeyId())
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();

        assertError(http.send(request, HttpResponse.BodyHandlers.ofString()), 401, "MissingSignature", 100005);
    }

    @Test
    void aRequestWithoutXDateLacksRequestInfo() throws Exception {
        HttpRequest.Builder signed = signedRequest("UpdateCallback", BODY, demo(), Instant.now());
        HttpRequest request = HttpRequest.newBuilder(uri("UpdateCallback")).header("Content-Type", "application/json")
                .header("Authorization", signed.build().headers().firstValue("Authorization").orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();

        assertError(http.send(request, HttpResponse.BodyHandlers.ofString()), 400, "MissingRequestInfo", 100004);
    }

    @Test
    void temporaryCredentialsMustSendTheirSessionToken() throws Exception {
        EmulatorAccount sts = EmulatorAccount.STS;
        send("DescribeCallback", "{\"Vhost\":\"push.example.com\"}",
                Credentials.of(sts.accessKeyId(), sts.secretKey()), Instant.now(), Map.of("code", "InvalidSecretToken"),
                401);
        send("DescribeCallback", "{\"Vhost\":\"push.example.com\"}",
                new Credentials(sts.accessKeyId(), sts.secretKey(), Optional.of(sts.sessionToken())), Instant.now(),
                Map.of(), 200);
    }

    @Test
    void anUnknownActionIsRefused() throws Exception {
        send("CreateCallback", BODY, demo(), Instant.now(), Map.of("code", "InvalidActionOrVersion"), 404);
    }

    @Test
    void enforcesTheDocumentedRulesWithTheFirstViolation() throws Exception {
        send("UpdateCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":\"push\",\"TranscodeCallback\":true}",
                demo(), Instant.now(), Map.of("code", "InvalidParam.BindError"), 400);
        send("UpdateCallback", "{\"Vhost\":\"push.example.com\",\"CallbackDetailList\":[]}", demo(), Instant.now(),
                Map.of("code", "InvalidParam.Empty"), 400);
        send("UpdateCallback", "{\"Domain\":\"rtmp.push.example.com\",\"App\":\"a\",\"MessageType\":\"push\"}",
                demo(), Instant.now(), Map.of("code", "InvalidParam.DomainAndApp"), 400);
        send("DeleteCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":\"pull\"}", demo(), Instant.now(),
                Map.of("code", "InvalidParam.OutOfRange"), 400);
        send("UpdateCallback", BODY.replace("https://fn.example.com/cb", "fn.example.com"), demo(), Instant.now(),
                Map.of("code", "InvalidParam.Format"), 400);
    }

    private static Credentials demo() {
        return Credentials.of(EmulatorAccount.DEMO.accessKeyId(), EmulatorAccount.DEMO.secretKey());
    }

    private JsonNode send(String action, String body, Credentials credentials, Instant at, Map<String, String> error,
            int expectedStatus) throws Exception {
        HttpRequest request = signedRequest(action, body, credentials, at)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), response.body());
        JsonNode answer = MAPPER.readTree(response.body());
        if (error.containsKey("code")) {
            assertEquals(error.get("code"), answer.at("/ResponseMetadata/Error/Code").asText(), response.body());
        }
        return answer;
    }

    private HttpRequest.Builder signedRequest(String action, String body, Credentials credentials, Instant at) {
        URI uri = uri(action);
        SignedHeaders signed = SIGNER.sign(new SignableRequest("POST", uri, Map.of("Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8)), credentials, at);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
        signed.asMap().forEach(builder::header);
        return builder;
    }

    private static URI uri(String action) {
        return emulator.endpoint().resolve("/?Action=" + action + "&Version=2023-01-01");
    }

    private static void assertError(HttpResponse<String> response, int status, String code, int codeN)
            throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = MAPPER.readTree(response.body()).at("/ResponseMetadata/Error");
        assertEquals(code, error.path("Code").asText());
        assertEquals(codeN, error.path("CodeN").asInt());
    }
}
