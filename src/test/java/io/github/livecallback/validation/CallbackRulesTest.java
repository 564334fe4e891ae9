package io.github.livecallback.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.api.Violation;

class CallbackRulesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DETAILS = "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://fn.example.com/cb\"}]";

    @Test
    void aCompleteUpdateIsValidAndKeepsEveryField() {
        Binding<UpdateCallbackRequest> binding = update("{\"Vhost\":\"v.example.com\",\"App\":\"live-1.a_b\","
                + "\"MessageType\":\"audit_snapshot\",\"TranscodeCallback\":1,\"AuthEnable\":true,"
                + "\"AuthKeyPrimary\":\"key\"," + DETAILS + "}");

        assertEquals(List.of(), binding.violations());
        UpdateCallbackRequest request = binding.request();
        assertEquals("v.example.com", request.vhost());
        assertEquals("live-1.a_b", request.app());
        assertEquals(1, request.transcodeCallback());
        assertEquals("https://fn.example.com/cb", request.callbackDetailList().get(0).url());
        assertEquals("key", request.authKeyPrimary());
    }

    @ParameterizedTest
    @ValueSource(strings = { "push", "push_end", "snapshot", "record", "audit_snapshot" })
    void everyDocumentedMessageTypeIsAccepted(String type) {
        assertTrue(update("{\"Vhost\":\"v\",\"MessageType\":\"" + type + "\"," + DETAILS + "}").valid());
    }

    @Test
    void messageTypeIsRequiredForUpdatesOnly() {
        assertViolations(update("{\"Vhost\":\"v\"," + DETAILS + "}"),
                new Violation("MessageType", "InvalidParam.Empty", "MessageType is required"));
        assertTrue(target("{\"Vhost\":\"v\"}").valid());
    }

    @Test
    void messageTypeMustBeOneOfTheDocumentedTypes() {
        assertViolations(target("{\"Vhost\":\"v\",\"MessageType\":\"PUSH\"}"), new Violation("MessageType",
                "InvalidParam.OutOfRange",
                "MessageType should be one of {[push, push_end, snapshot, record, audit_snapshot]}"));
    }

    @Test
    void vhostOrDomainIsRequired() {
        assertViolations(target("{\"App\":\"live\"}"),
                new Violation("Vhost", "InvalidParam.Empty", "Vhost or Domain is required"));
        assertViolations(target("{\"Vhost\":\"\",\"Domain\":\"\"}"),
                new Violation("Vhost", "InvalidParam.Empty", "Vhost or Domain is required"));
    }

    @Test
    void vhostAndDomainTogetherAreRefused() {
        assertViolations(target("{\"Vhost\":\"v\",\"Domain\":\"d\"}"), new Violation("Domain", "InvalidParam",
                "Vhost and Domain can not exist at the same time, give exactly one of them"));
    }

    @Test
    void anEmptyStringCountsAsAbsent() {
        Binding<CallbackTarget> binding = target("{\"Vhost\":\"v\",\"Domain\":\"\",\"App\":\"\"}");

        assertTrue(binding.valid());
        assertEquals(new CallbackTarget("v", null, null, null), binding.request());
    }

    @Test
    void appIsNotAllowedWithDomain() {
        assertViolations(target("{\"Domain\":\"d\",\"App\":\"live\"}"), new Violation("App",
                "InvalidParam.DomainAndApp", "domain and app exist can not exist at the same time"));
    }

    @Test
    void appHasAtMostThirtyCharactersOfTheAllowedSet() {
        assertTrue(target("{\"Vhost\":\"v\",\"App\":\"" + "a".repeat(30) + "\"}").valid());
        assertViolations(target("{\"Vhost\":\"v\",\"App\":\"" + "a".repeat(31) + "\"}"),
                new Violation("App", "InvalidParam.OutOfRange", "App should be between 1 and 30 characters long"));
        for (String bad : List.of("a b", "直播", "a/b", "a:b", "a\\u0000")) {
            assertViolations(target("{\"Vhost\":\"v\",\"App\":\"" + bad + "\"}"), new Violation("App",
                    "InvalidParam.Format", "App format error: only letters, digits, '_', '-' and '.' are allowed"));
        }
    }

    @Test
    void transcodeCallbackIsZeroOrOne() {
        assertViolations(update("{\"Vhost\":\"v\",\"MessageType\":\"push\",\"TranscodeCallback\":2," + DETAILS + "}"),
                new Violation("TranscodeCallback", "InvalidParam.OutOfRange",
                        "TranscodeCallback should be one of {[0, 1]}"));
    }

    @Test
    void callbackDetailListIsRequiredAndNotEmpty() {
        assertViolations(update("{\"Vhost\":\"v\",\"MessageType\":\"push\"}"),
                new Violation("CallbackDetailList", "InvalidParam.Empty", "CallbackDetailList is required"));
        assertViolations(update("{\"Vhost\":\"v\",\"MessageType\":\"push\",\"CallbackDetailList\":[]}"),
                new Violation("CallbackDetailList", "InvalidParam.Empty",
                        "CallbackDetailList is required: give at least one receiver"));
    }

    @Test
    void everyReceiverNeedsTheHttpTypeAndAnAbsoluteHttpUrl() {
        Binding<UpdateCallbackRequest> binding = update("{\"Vhost\":\"v\",\"MessageType\":\"push\","
                + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://ok.example.com\"},"
                + "{\"URL\":\"https://ok.example.com\"},{\"CallbackType\":\"rpc\",\"URL\":\"/relative\"},"
                + "{\"CallbackType\":\"http\"}]}");

        assertViolations(binding,
                new Violation("CallbackDetailList[1].CallbackType", "InvalidParam.Empty",
                        "CallbackDetailList[1].CallbackType is required"),
                new Violation("CallbackDetailList[2].CallbackType", "InvalidParam.OutOfRange",
                        "CallbackDetailList[2].CallbackType should be one of {[http]}"),
                new Violation("CallbackDetailList[2].URL", "InvalidParam.Format",
                        "CallbackDetailList[2].URL format error: an absolute http:// or https:// URL with a host is required"),
                new Violation("CallbackDetailList[3].URL", "InvalidParam.Empty", "CallbackDetailList[3].URL is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.com/cb", "https://", "http:///path", "example.com/cb", "https://exa mple.com",
            "javascript:alert(1)", "https://example.com/\\n" })
    void urlsThatAreNotAbsoluteHttpAreAFormatError(String url) {
        assertTrue(!CallbackRules.isHttpUrl(url.replace("\\n", "\n")), url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://10.0.0.1:8080/cb", "https://fn.example.com/cb?token=a&b=c", "HTTPS://EXAMPLE.COM",
            "https://[::1]:8443/x" })
    void absoluteHttpUrlsAreAccepted(String url) {
        assertTrue(CallbackRules.isHttpUrl(url), url);
    }

    @Test
    void authKeyPrimaryIsRequiredWhenAuthIsEnabled() {
        assertViolations(update("{\"Vhost\":\"v\",\"MessageType\":\"push\",\"AuthEnable\":true," + DETAILS + "}"),
                new Violation("AuthKeyPrimary", "InvalidParam.Empty", "AuthKeyPrimary is required when AuthEnable is true"));
        assertTrue(update("{\"Vhost\":\"v\",\"MessageType\":\"push\",\"AuthEnable\":false," + DETAILS + "}").valid());
    }

    @Test
    void wrongJsonTypesAreBindErrorsNamingTheFieldAndAreNotAlsoReportedMissing() {
        Binding<UpdateCallbackRequest> binding = update("{\"Vhost\":7,\"MessageType\":[\"push\"],"
                + "\"TranscodeCallback\":1.5,\"AuthEnable\":\"true\",\"AuthKeyPrimary\":{},"
                + "\"CallbackDetailList\":{\"URL\":\"x\"}}");

        assertEquals(List.of("Vhost", "MessageType", "TranscodeCallback", "CallbackDetailList", "AuthEnable",
                "AuthKeyPrimary"), binding.violations().stream().map(Violation::field).toList());
        assertTrue(binding.violations().stream().allMatch(v -> v.code().equals("InvalidParam.BindError")));
        assertEquals("Request parameter error, please check input data: TranscodeCallback must be an integer, "
                + "not a number", binding.violations().get(2).message());
    }

    @Test
    void nullMeansAbsent() {
        assertViolations(target("{\"Vhost\":null,\"Domain\":\"d\",\"App\":null,\"MessageType\":null}"));
    }

    @Test
    void aPayloadThatIsNotAnObjectIsOneBindError() {
        for (String body : List.of("[]", "\"text\"", "42", "null")) {
            Binding<CallbackTarget> binding = target(body);
            assertEquals(1, binding.violations().size(), body);
            assertEquals("body", binding.violations().get(0).field());
            assertEquals("InvalidParam.BindError", binding.violations().get(0).code());
        }
        assertEquals("body", CallbackRules.bindUpdate(null).violations().get(0).field());
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertEquals(5, update("{\"Domain\":\"d\",\"App\":\"a b\",\"MessageType\":\"x\",\"TranscodeCallback\":3}")
                .violations().size());
    }

    private static Binding<UpdateCallbackRequest> update(String json) {
        return CallbackRules.bindUpdate(parse(json));
    }

    private static Binding<CallbackTarget> target(String json) {
        return CallbackRules.bindTarget(parse(json));
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static void assertViolations(Binding<?> binding, Violation... expected) {
        assertEquals(List.of(expected), binding.violations());
    }
}
