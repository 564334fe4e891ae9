package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.livecallback.emulator.SignedApi.Answer;

/**
 * Every error code of the reference's tables can be produced on demand through {@code POST /_emulator/faults},
 * with its HTTP status, the gateway's CodeN where the gateway table gives one, and the documents' message where
 * they give one.
 */
class EmulatorFaultsTest {

    private static final String DESCRIBE = "{\"Vhost\":\"push.example.com\"}";

    @RegisterExtension
    static final RunningEmulator EMULATOR = new RunningEmulator();


    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", value = {
            "200, CommonErr, -, -",
            "400, InvalidParam, -, -",
            "400, InvalidParam.BindError, -, 'Request parameter error, please check input data'",
            "400, InvalidParam.Format, -, -",
            "400, InvalidParam.OutOfRange, -, -",
            "400, InvalidParam.DomainAndApp, -, domain and app exist can not exist at the same time",
            "400, InvalidParam.Empty, -, -",
            "403, RequestForbidden, -, -",
            "403, RequestForbidden.AccountIDNotAllow, -, 'this AccountID does not have permission to access the "
                    + "corresponding resource, please check the request parameters'",
            "403, RequestForbidden.BillingStatus, -, "
                    + "'Billing status is not available for the AccountID, please activate the service or recharge.'",
            "404, ResourceNotFound, -, -",
            "404, ResourceNotFound.VhostNotExist, -, vhost not found",
            "500, InternalError, -, 'an internal error occurred, please contact the administrator.'",
            "500, InternalError.DB, -, "
                    + "'an internal error related to database occurred, please contact the administrator.'",
            "502, InternalServiceError, -, 'an internal error occurred, please contact the administrator.'",
            "502, InternalServiceError.BadResponse, -, 'an internal error occurred, please contact the administrator.'",
            "504, InternalServiceTimeout, -, Internal Service is timeout. please contact the administrator.",
            "401, MissingAuthenticationToken, 100003, -",
            "400, MissingRequestInfo, 100004, -",
            "401, MissingSignature, 100005, -",
            "403, InvalidTimestamp, 100006, -",
            "404, InvalidActionOrVersion, 100008, -",
            "401, InvalidAccessKey, 100009, -",
            "401, SignatureDoesNotMatch, 100010, -",
            "403, AccessDenied, 100013, -",
            "401, InvalidSecretToken, -, -",
            "429, FlowLimitExceeded, -, -",
            "429, AccountFlowLimitExceeded, -, -" })
    void everyDocumentedCodeCanBeInjected(int status, String code, Integer codeN, String documentedMessage) {
        assertEquals(204, SignedApi.control(EMULATOR.emulator(), "faults",
                "{\"Status\":" + status + ",\"Code\":\"" + code + "\"}").status());

        Answer answer = EMULATOR.api().call("DescribeCallback", DESCRIBE);

        assertEquals(status, answer.status(), answer::toString);
        assertEquals(code, answer.code(), answer::toString);
        if (codeN == null) {
            assertFalse(answer.codeN().isNumber(), answer::toString);
        } else {
            assertEquals(codeN, answer.codeN().asInt(), answer::toString);
        }
        assertEquals(documentedMessage != null ? documentedMessage : "injected by the emulator", answer.message());
        assertEquals(code, SignedApi.control(EMULATOR.emulator(), "journal", null).json().get(0).path("outcome").asText());
        assertEquals(200, EMULATOR.api().call("DescribeCallback", DESCRIBE).status(), "only the next request");
    }

    @Test
    void anInjectedAccessDeniedCarriesItsCodeN() {
        SignedApi.control(EMULATOR.emulator(), "faults", "{\"Status\":403,\"Code\":\"AccessDenied\",\"Message\":\"no\"}");

        Answer answer = EMULATOR.api().call("UpdateCallback", "{}");

        assertEquals(403, answer.status(), answer::toString);
        assertEquals("AccessDenied", answer.code());
        assertEquals(100013, answer.codeN().asInt());
        assertEquals("no", answer.message());
    }

    @Test
    void aGivenCodeNAndRetryAfterAreSent() {
        SignedApi.control(EMULATOR.emulator(), "faults",
                "{\"Status\":429,\"Code\":\"FlowLimitExceeded\",\"CodeN\":100018,\"RetryAfter\":2,\"Times\":2}");

        Answer first = EMULATOR.api().call("DescribeCallback", DESCRIBE);
        Answer second = EMULATOR.api().call("DescribeCallback", DESCRIBE);

        for (Answer answer : new Answer[] { first, second }) {
            assertEquals(429, answer.status(), answer::toString);
            assertEquals(100018, answer.codeN().asInt(), answer::toString);
            assertEquals(Optional.of("2"), answer.headers().firstValue("Retry-After"));
        }
        assertEquals(200, EMULATOR.api().call("DescribeCallback", DESCRIBE).status());
    }
}
