package io.github.livecallback.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.Envelopes;
import io.github.livecallback.api.LiveResponse;
import io.github.livecallback.testing.TestConfigs;

class ResponseClassifierTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Envelopes ENVELOPES = new Envelopes(TestConfigs.volc(Map.of()));

    @Test
    void aSuccessEnvelopeIsReturnedAsItCame() {
        LiveResponse answer = read(200, "{\"ResponseMetadata\":{\"RequestId\":\"R1\",\"Action\":\"DescribeCallback\"},"
                + "\"Result\":{\"CallbackList\":[],\"NewField\":1}}");

        assertEquals("R1", answer.responseMetadata().requestId());
        assertEquals(1, answer.result().get("NewField").asInt());
    }

    @ParameterizedTest
    @CsvSource({
            "400, InvalidParam.Format, 400",
            "401, SignatureDoesNotMatch, 401",
            "403, RequestForbidden.BillingStatus, 403",
            "404, ResourceNotFound.VhostNotExist, 404",
    })
    void clientErrorsArePermanentAndKeepTheirStatus(int status, String code, int expected) {
        UpstreamFailure failure = assertThrows(UpstreamFailure.class, () -> read(status, error(code)));

        assertInstanceOf(UpstreamFailure.Permanent.class, failure);
        assertEquals(expected, failure.status());
        assertEquals(code, failure.code());
        assertEquals("R2", failure.envelope().responseMetadata().requestId());
    }

    @ParameterizedTest
    @CsvSource({
            "200, CommonErr, 502",
            "429, FlowLimitExceeded, 429",
            "500, InternalError, 502",
            "502, InternalServiceError, 502",
            "503, ServiceUnavailable, 503",
            "504, InternalServiceTimeout, 504",
    })
    void transientErrorsAreRetriable(int status, String code, int expected) {
        UpstreamFailure failure = assertThrows(UpstreamFailure.class, () -> read(status, error(code)));

        assertInstanceOf(UpstreamFailure.Retriable.class, failure);
        assertEquals(expected, failure.status());
    }

    @Test
    void anAnswerThatIsNotAnEnvelopeIsABadResponse() {
        UpstreamFailure failure = assertThrows(UpstreamFailure.Retriable.class,
                () -> read(502, "<html>Bad Gateway</html>"));

        assertEquals(502, failure.status());
        assertEquals("InternalServiceError.BadResponse", failure.code());
    }

    @Test
    void anErrorStatusWithoutErrorCodeIsStillAFailure() {
        UpstreamFailure failure = assertThrows(UpstreamFailure.Permanent.class,
                () -> read(403, "{\"ResponseMetadata\":{\"RequestId\":\"R3\"}}"));

        assertEquals(403, failure.status());
        assertEquals("R3", failure.envelope().responseMetadata().requestId());
    }

    @Test
    void aRetryAfterInSecondsOrAsADateTravelsWithTheFailure() {
        UpstreamFailure inSeconds = assertThrows(UpstreamFailure.class, () -> ResponseClassifier.read("UpdateCallback",
                429, error("FlowLimitExceeded").getBytes(StandardCharsets.UTF_8), "3", MAPPER, ENVELOPES));
        assertEquals(java.time.Duration.ofSeconds(3), inSeconds.retryAfter().orElseThrow());

        String inTwoMinutes = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusMinutes(2));
        long seconds = ResponseClassifier.parseRetryAfter(inTwoMinutes).toSeconds();
        assertEquals(true, seconds > 100 && seconds <= 120, String.valueOf(seconds));
        assertEquals(null, ResponseClassifier.parseRetryAfter("soon"));
    }

    @ParameterizedTest
    @CsvSource({ "99999999999999999, 300", "9999999999999999, 300", "86400, 300", "300, 300", "1, 1",
            "'Fri, 31 Dec 9999 23:59:59 GMT', 300" })
    void aRetryAfterIsReadSafelyAndNeverLongerThanFiveMinutes(String header, long seconds) {
        assertEquals(java.time.Duration.ofSeconds(seconds), ResponseClassifier.parseRetryAfter(header));
    }

    @ParameterizedTest
    @CsvSource({ "301", "302", "307" })
    void aRedirectIsABadResponseNotFollowedOrPassedOn(int status) {
        UpstreamFailure failure = assertThrows(UpstreamFailure.Permanent.class, () -> read(status,
                "{\"ResponseMetadata\":{\"RequestId\":\"R1\",\"Error\":{\"Code\":\"Moved\"}}}"));

        assertEquals(502, failure.status());
        assertEquals("InternalServiceError.BadResponse", failure.code());
    }

    @Test
    void timeoutsAndConnectionFailuresAreRetriable() {
        assertEquals(504, ResponseClassifier.unreachable("UpdateCallback",
                new jakarta.ws.rs.ProcessingException(new TimeoutException()), ENVELOPES).status());
        UpstreamFailure refused = ResponseClassifier.unreachable("UpdateCallback",
                new jakarta.ws.rs.ProcessingException(new ConnectException("refused")), ENVELOPES);
        assertEquals(503, refused.status());
        assertEquals("InternalServiceError.Unreachable", refused.code());
        assertEquals("The Live OpenAPI could not be reached: ConnectException: refused",
                refused.envelope().responseMetadata().error().message());
    }

    @Test
    void anUnreachableAnswerNamesTheUnderlyingFailureInOneBoundedLine() {
        String message = ResponseClassifier.unreachable("UpdateCallback", new jakarta.ws.rs.ProcessingException(
                new IllegalStateException("wrapped", new javax.net.ssl.SSLHandshakeException("PKIX path building "
                        + "failed\n" + "x".repeat(400)))), ENVELOPES).envelope().responseMetadata().error().message();

        assertTrue(message.startsWith("The Live OpenAPI could not be reached: SSLHandshakeException: PKIX path "
                + "building failed x"), message);
        assertTrue(message.length() < 400 && message.endsWith("..."), message);
    }

    @Test
    void onlyConnectionAndCertificateFailuresAreQuoted() {
        String message = ResponseClassifier.unreachable("UpdateCallback", new jakarta.ws.rs.ProcessingException(
                new IllegalArgumentException("a header value contains a prohibited character: secret-token\n")),
                ENVELOPES).envelope().responseMetadata().error().message();

        assertEquals("The Live OpenAPI could not be reached: IllegalArgumentException", message);
    }

    private static LiveResponse read(int status, String body) {
        return ResponseClassifier.read("UpdateCallback", status, body.getBytes(StandardCharsets.UTF_8), null, MAPPER,
                ENVELOPES);
    }

    private static String error(String code) {
        return "{\"ResponseMetadata\":{\"RequestId\":\"R2\",\"Action\":\"UpdateCallback\",\"Error\":{\"Code\":\""
                + code + "\",\"Message\":\"m\"}}}";
    }
}
