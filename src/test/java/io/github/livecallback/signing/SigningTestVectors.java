package io.github.livecallback.signing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** The inputs of the test vectors in the API reference (computed with the official volc-sdk-java signer). */
final class SigningTestVectors {

    static final String ACCESS_KEY = "AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg";
    static final String SECRET_KEY = "WkRZeE1EQmxPVGhsWWpWak5HVmtNbUUxTXpZeU9UVXlOMlE1TmpZeVlqTQ==";
    static final String SESSION_TOKEN = "STSeyJFakeSessionToken==";
    static final String X_DATE = "20240619T071306Z";
    static final Instant AT = Instant.parse("2024-06-19T07:13:06Z");
    static final URI UPDATE_CALLBACK_URI = URI.create(
            "https://live.volcengineapi.com/?Action=UpdateCallback&Version=2023-01-01");
    static final byte[] BODY = ("{\"Vhost\":\"push.example.com\",\"App\":\"live\",\"MessageType\":\"push\","
            + "\"CallbackDetailList\":[{\"URL\":\"https://fn.example.com/cb\",\"CallbackType\":\"http\"}]}")
            .getBytes(StandardCharsets.UTF_8);
    static final String BODY_SHA256 = "8c583cdac3c3196d7adf02d6978a78d414476e3cfdb062ef97c008b91da6df7a";
    static final String SIGNATURE_WITHOUT_TOKEN = "9b2928d1a1093daa1cc97f63acd5af45e4ca452a75bc346a799541b7a75361f6";
    static final String SIGNATURE_WITH_TOKEN = "6de5e65315b76bd093edaa1f08a816c01fe8bba96aa5b6821a197b67d8d71a08";
    static final String IAM_SIGNATURE = "e31c4558bcfe08a286001f59cedbf0791ffd0b2362f10e55ee2627467bcdde93";
    static final String IAM_SIGNING_KEY = "abee62e533a58934c49954459a3c3237d2fccea517c9a7c8a2651d8ea7779826";

    static SignableRequest updateCallback() {
        return new SignableRequest("POST", UPDATE_CALLBACK_URI, Map.of("Content-Type", "application/json"), BODY);
    }

    private SigningTestVectors() {
    }
}
