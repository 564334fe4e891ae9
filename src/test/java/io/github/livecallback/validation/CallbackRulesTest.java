package io.github.livecallback.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.livecallback.api.CallbackTarget;
import io.github.livecallback.api.UpdateCallbackRequest;
import io.github.livecallback.api.Violation;
import io.github.livecallback.testing.Payloads;

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
    void appIsNotAllowedWithDomainToUpdateOrDelete() {
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
                        "CallbackDetailList[2].URL format error: it must start with http:// or https://"),
                new Violation("CallbackDetailList[3].URL", "InvalidParam.Empty", "CallbackDetailList[3].URL is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "HTTP", "Http", "http" })
    void theCallbackTypeIsHttpInAnyCaseAndSentLowercase(String type) {
        Binding<UpdateCallbackRequest> binding = update("{\"Vhost\":\"v\",\"MessageType\":\"push\","
                + "\"CallbackDetailList\":[{\"CallbackType\":\"" + type + "\",\"URL\":\"https://ok.example.com\"}]}");

        assertTrue(binding.valid(), type);
        assertEquals("http", binding.request().callbackDetailList().get(0).callbackType());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.com/cb", "https://", "http:///path", "example.com/cb", "https://exa mple.com",
            "javascript:alert(1)", "https://example.com/\n", "https://example.com/\u200b", "https://example.com/\u2028",
            "https://user@:8080/x" })
    void urlsThatAreNotAbsoluteHttpAreAFormatError(String url) {
        assertTrue(CallbackUrl.formatProblem(url.replace("\\n", "\n")).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://10.0.0.1:8080/cb", "https://fn.example.com/cb?token=a&b=c", "HTTPS://EXAMPLE.COM",
            "https://[::1]:8443/x", "http://my_host.example.com/cb", "https://例子.测试/回调", "https://x.example.com/cb?a={b}|c",
            "https://user:pw@x.example.com/%zz" })
    void whateverARealUrlMayHoldIsAccepted(String url) {
        assertEquals(java.util.Optional.empty(), CallbackUrl.formatProblem(url), url);
    }

    @Test
    void aUrlHasOneToAHundredCharacters() {
        String hundred = "https://x.example.com/" + "a".repeat(100 - 22);
        assertTrue(update(withUrl(hundred)).valid());
        assertViolations(update(withUrl(hundred + "a")), new Violation("CallbackDetailList[0].URL",
                "InvalidParam.OutOfRange", "CallbackDetailList[0].URL should be between 1 and 100 characters long"));
        assertTrue(update(withUrl("https://例子.测试/" + "回".repeat(100 - 14))).valid(), "characters, not bytes");
    }

    @Test
    void aMaskedKeyFromDescribeIsNeverSentAsTheKey() {
        for (String mask : List.of("****9f6a", "****")) {
            assertViolations(update("{\"Vhost\":\"v\",\"MessageType\":\"push\",\"AuthEnable\":true,"
                    + "\"AuthKeyPrimary\":\"" + mask + "\"," + DETAILS + "}"), new Violation("AuthKeyPrimary",
                            "InvalidParam.Format", "AuthKeyPrimary format error: the value is the masked key that "
                                    + "DescribeCallback shows, not a key; send the real key"));
        }
    }

    @Test
    void unknownFieldsAreRefusedWithTheFieldThatWasMeant() {
        Binding<UpdateCallbackRequest> binding = update("{\"vhost\":\"v\",\"MessageType\":\"push\",\"AuthEnabled\":true,"
                + "\"CallbackDetailList\":[{\"CallbackType\":\"http\",\"URL\":\"https://ok.example.com\",\"Url\":\"x\"}],"
                + "\"Colour\":\"blue\"}");

        assertEquals(List.of(
                "CallbackDetailList[0].Url is not a field of a CallbackDetailList item: did you mean URL? Field names "
                        + "are case-sensitive; nothing was sent",
                "vhost is not a field of UpdateCallback: did you mean Vhost? Field names are case-sensitive; nothing "
                        + "was sent",
                "AuthEnabled is not a field of UpdateCallback: did you mean AuthEnable? Field names are "
                        + "case-sensitive; nothing was sent",
                "Colour is not a field of UpdateCallback: the fields are Vhost, Domain, App, MessageType, "
                        + "TranscodeCallback, CallbackDetailList, AuthEnable, AuthKeyPrimary. Field names are "
                        + "case-sensitive; nothing was sent",
                "Vhost or Domain is required"),
                binding.violations().stream().map(Violation::message).toList());
        assertTrue(binding.violations().stream().limit(4).allMatch(v -> v.code().equals("InvalidParam")));
    }

    @Test
    void fieldsOfTheInvocationItselfAreNotUnknown() {
        assertTrue(CallbackRules.bindDelete(parse("{\"Vhost\":\"v\",\"DryRun\":true}"), Set.of("DryRun")).valid());
        assertEquals("InvalidParam", target("{\"Vhost\":\"v\",\"DryRun\":true}").violations().get(0).code());
    }

    @ParameterizedTest
    @ValueSource(strings = { "push example.com", "push.example.com\n", "a..b", ".example.com", "x outcome=ok",
            "push.example.com\u200b", "\u202epush.example.com", "例子.测试" })
    void vhostAndDomainAreHostNames(String name) {
        assertEquals(List.of("InvalidParam.Format", "InvalidParam.Format"), target("{\"Vhost\":" + Payloads.quoted(name)
                + ",\"Domain\":" + Payloads.quoted(name) + "}").violations().stream().map(Violation::code)
                .filter(code -> !code.equals("InvalidParam")).toList(), name);
    }

    @Test
    void hostNamesHaveDnsLengths() {
        assertTrue(target("{\"Vhost\":\"" + "a".repeat(63) + ".example.com\"}").valid());
        assertEquals("InvalidParam.Format", target("{\"Vhost\":\"" + "a".repeat(64) + ".example.com\"}").violations()
                .get(0).code());
        assertEquals("InvalidParam.Format", target("{\"Vhost\":\"" + "a.".repeat(127) + "ab\"}").violations()
                .get(0).code(), "254 characters");
    }

    @Test
    void describeTakesDomainWithAppAsTheSdkSendsIt() {
        assertTrue(CallbackRules.bindDescribe(parse("{\"Domain\":\"d\",\"App\":\"live\"}"), Set.of()).valid());
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
        assertEquals("body", CallbackRules.bindUpdate(null, Set.of()).violations().get(0).field());
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertEquals(5, update("{\"Domain\":\"d\",\"App\":\"a b\",\"MessageType\":\"x\",\"TranscodeCallback\":3}")
                .violations().size());
    }

    private static Binding<UpdateCallbackRequest> update(String json) {
        return CallbackRules.bindUpdate(parse(json), Set.of());
    }

    private static Binding<CallbackTarget> target(String json) {
        return CallbackRules.bindDelete(parse(json), Set.of());
    }

    private static String withUrl(String url) {
        return "{\"Vhost\":\"v\",\"MessageType\":\"push\",\"CallbackDetailList\":[{\"CallbackType\":\"http\","
                + "\"URL\":\"" + url + "\"}]}";
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
