package io.github.livecallback.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.livecallback.emulator.SignedApi.Answer;

/**
 * The emulator's parameter rules, one violation at a time, with the code and message each is answered with: the
 * codes the function uses for the same rules, and the documents' message formats.
 */
class EmulatorRulesTest {

    private static final String VALID = "{\"Vhost\":\"push.example.com\",\"App\":\"live\",\"MessageType\":\"push\","
            + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://fn.example.com/cb\"}]}";
    private static final String BIND_ERROR = "Request parameter error, please check input data";

    @RegisterExtension
    static final RunningEmulator EMULATOR = new RunningEmulator();


    static Stream<Arguments> violations() {
        String outOfRangeTypes = "MessageType should be one of {[push push_end snapshot record audit_snapshot]}";
        return Stream.of(
                // body and field types
                refused("UpdateCallback", "[]", "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", "\"push\"", "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", "{not json", "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", "", "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("Vhost", "1"), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("TranscodeCallback", "true"), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("TranscodeCallback", "1.5"), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("AuthEnable", "\"true\""), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("CallbackDetailList", "{}"), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("CallbackDetailList", "[\"https://fn.example.com/cb\"]"),
                        "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", with("CallbackDetailList", "[null]"), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", withDetail("CallbackType", "1"), "InvalidParam.BindError", BIND_ERROR),
                refused("UpdateCallback", withDetail("URL", "[\"https://fn.example.com/cb\"]"),
                        "InvalidParam.BindError", BIND_ERROR),
                refused("DeleteCallback", "{\"Vhost\":[\"push.example.com\"]}", "InvalidParam.BindError",
                        BIND_ERROR),
                refused("DescribeCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":7}",
                        "InvalidParam.BindError", BIND_ERROR),
                // MessageType
                refused("UpdateCallback", with("MessageType", null), "InvalidParam.Empty", "MessageType is required"),
                refused("UpdateCallback", with("MessageType", "\"\""), "InvalidParam.Empty",
                        "MessageType is required"),
                refused("UpdateCallback", with("MessageType", "\"pull\""), "InvalidParam.OutOfRange",
                        outOfRangeTypes),
                refused("UpdateCallback", with("MessageType", "\"PUSH\""), "InvalidParam.OutOfRange",
                        outOfRangeTypes),
                refused("DeleteCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":\"pull\"}",
                        "InvalidParam.OutOfRange", outOfRangeTypes),
                refused("DescribeCallback", "{\"Vhost\":\"push.example.com\",\"MessageType\":\"pull\"}",
                        "InvalidParam.OutOfRange", outOfRangeTypes),
                // Vhost and Domain
                refused("UpdateCallback", with("Vhost", null), "InvalidParam.Empty", "Vhost or Domain is required"),
                refused("DeleteCallback", "{\"Vhost\":\"\",\"Domain\":\"\"}", "InvalidParam.Empty",
                        "Vhost or Domain is required"),
                refused("DescribeCallback", "{}", "InvalidParam.Empty", "Vhost or Domain is required"),
                refused("UpdateCallback", with("Domain", "\"rtmp.push.example.com\""), "InvalidParam",
                        "Vhost and Domain can not exist at the same time"),
                refused("DescribeCallback", "{\"Vhost\":\"push.example.com\",\"Domain\":\"rtmp.push.example.com\"}",
                        "InvalidParam", "Vhost and Domain can not exist at the same time"),
                // App
                refused("UpdateCallback", with("App", "\"" + "a".repeat(31) + "\""), "InvalidParam.OutOfRange",
                        "App should be between 1 and 30"),
                refused("DeleteCallback", "{\"Vhost\":\"push.example.com\",\"App\":\"" + "a".repeat(31) + "\"}",
                        "InvalidParam.OutOfRange", "App should be between 1 and 30"),
                refused("UpdateCallback", with("App", "\"my app\""), "InvalidParam.Format", "App format error"),
                refused("DescribeCallback", "{\"Vhost\":\"push.example.com\",\"App\":\"a/b\"}", "InvalidParam.Format",
                        "App format error"),
                // TranscodeCallback
                refused("UpdateCallback", with("TranscodeCallback", "2"), "InvalidParam.OutOfRange",
                        "TranscodeCallback should be one of {[0 1]}"),
                refused("UpdateCallback", with("TranscodeCallback", "4294967297"), "InvalidParam.OutOfRange",
                        "TranscodeCallback should be one of {[0 1]}"),
                // CallbackDetailList
                refused("UpdateCallback", with("CallbackDetailList", null), "InvalidParam.Empty",
                        "CallbackDetailList is required"),
                refused("UpdateCallback", with("CallbackDetailList", "[]"), "InvalidParam.Empty",
                        "CallbackDetailList is required"),
                refused("UpdateCallback", withDetail("CallbackType", null), "InvalidParam.Empty",
                        "CallbackType is required"),
                refused("UpdateCallback", withDetail("CallbackType", "\"rtmp\""), "InvalidParam.OutOfRange",
                        "CallbackType should be one of {[http]}"),
                refused("UpdateCallback", withDetail("CallbackType", "\"https\""), "InvalidParam.OutOfRange",
                        "CallbackType should be one of {[http]}"),
                refused("UpdateCallback", withDetail("URL", null), "InvalidParam.Empty", "URL is required"),
                refused("UpdateCallback", withDetail("URL", "\"\""), "InvalidParam.Empty", "URL is required"),
                // AuthEnable
                refused("UpdateCallback", with("AuthEnable", "true"), "InvalidParam.Empty",
                        "AuthKeyPrimary is required"));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("violations")
    void aViolationIsAnsweredWithItsCodeAndMessage(String action, String body, String code, String message) {
        Answer answer = EMULATOR.api().call(action, body);

        assertEquals(400, answer.status(), answer::toString);
        assertEquals(code, answer.code(), answer::toString);
        assertEquals(message, answer.message(), answer::toString);
        assertFalse(answer.codeN().isNumber(), "parameter errors have no CodeN: " + answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://my_host.example.com/cb",
            "https://例子.测试/cb",
            "https://x.example.com/cb?a={b}|c",
            "https://x.example.com/a%20b?q=%E4%BD%A0#frag",
            "HTTPS://FN.EXAMPLE.COM/CB",
            "http://user:pw@fn.example.com:8080/cb",
            "http://[::1]:8080/cb",
            "http://127.0.0.1/cb" })
    void aUrlARealReceiverMayHaveIsAccepted(String url) {
        Answer answer = EMULATOR.api().call("UpdateCallback", withDetail("URL", json(url)));

        assertEquals(200, answer.status(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ftp://x",
            "ftp://x.example.com/cb",
            "http:///path",
            "http://",
            "http://user@/cb",
            "http://:8080/cb",
            "fn.example.com/cb",
            "http:fn.example.com/cb",
            "//fn.example.com/cb",
            "https://x.example.com/a b",
            " https://x.example.com/cb",
            "https://x.example.com/cb\t",
            "https://x.example.com/\u00a0cb",
            "https://x.example.com/\u3000cb",
            "https://x.example.com/cb\u200b",
            "https://x\u200b.example.com/cb",
            "https://x.example.com/\u202ebc",
            "https://x.example.com/\ufeffcb",
            "https://x.example.com/cb\n",
            "https://x.example.com/\u0000cb",
            "https://x.example.com/\u0085cb" })
    void aMalformedUrlIsAFormatError(String url) {
        Answer answer = EMULATOR.api().call("UpdateCallback", withDetail("URL", json(url)));

        assertEquals(400, answer.status(), answer::toString);
        assertEquals("InvalidParam.Format", answer.code(), answer::toString);
        assertEquals("URL format error", answer.message());
    }

    @ParameterizedTest
    @ValueSource(ints = { 100, 101 })
    void aUrlIsAtMostOneHundredCharacters(int length) {
        String url = "https://fn.example.com/";
        url += "a".repeat(length - url.length());

        Answer answer = EMULATOR.api().call("UpdateCallback", withDetail("URL", json(url)));

        if (length <= 100) {
            assertEquals(200, answer.status(), answer::toString);
        } else {
            assertEquals(400, answer.status(), answer::toString);
            assertEquals("InvalidParam.OutOfRange", answer.code());
            assertEquals("URL should be between 1 and 100", answer.message());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 100, 101 })
    void aUrlsLengthCountsCharactersNotUtf16Units(int codePoints) {
        String prefix = "https://fn.example.com/";
        String url = prefix + "😀".repeat(codePoints - prefix.length()); // each one code point, two UTF-16 units

        Answer answer = EMULATOR.api().call("UpdateCallback", withDetail("URL", json(url)));

        assertEquals(codePoints <= 100 ? 200 : 400, answer.status(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "example_app", "a-b.c_D9", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
    void anAppOfOneToThirtyAllowedCharactersIsAccepted(String app) {
        Answer answer = EMULATOR.api().call("UpdateCallback", with("App", json(app)));

        assertEquals(200, answer.status(), answer::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "1", "null" })
    void transcodeCallbackIsZeroOrOne(String value) {
        Answer answer = EMULATOR.api().call("UpdateCallback", with("TranscodeCallback", value));

        assertEquals(200, answer.status(), answer::toString);
    }

    private static Arguments refused(String action, String body, String code, String message) {
        return Arguments.of(action, body, code, message);
    }

    /** The valid UpdateCallback with one field set to this JSON value, or removed when it is null. */
    private static String with(String field, String json) {
        ObjectNode body = parse(VALID);
        if (json == null) {
            body.remove(field);
        } else {
            body.set(field, parse(json));
        }
        return body.toString();
    }

    /** The valid UpdateCallback with one field of its receiver set to this JSON value, or removed when null. */
    private static String withDetail(String field, String json) {
        ObjectNode body = parse(VALID);
        ObjectNode detail = (ObjectNode) body.at("/CallbackDetailList/0");
        if (json == null) {
            detail.remove(field);
        } else {
            detail.set(field, parse(json));
        }
        return body.toString();
    }

    private static String json(String text) {
        return SignedApi.MAPPER.getNodeFactory().textNode(text).toString();
    }

    @SuppressWarnings("unchecked")
    private static <T extends JsonNode> T parse(String json) {
        try {
            return (T) SignedApi.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
