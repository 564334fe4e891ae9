package io.github.livecallback.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.livecallback.signing.Credentials;
import io.github.livecallback.testing.TestConfigs;

class LiveApiSettingsTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://live.volcengineapi.com", "https://live.example.com:8443/", "http://127.0.0.1:8089",
            "http://localhost:8089", "http://[::1]:8089", "http://127.10.0.1" })
    void acceptsHttpsAndLoopbackHttp(String endpoint) {
        assertTrue(LiveApiSettings.endpointProblem(URI.create(endpoint)).isEmpty(), endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://live.volcengineapi.com", "http://10.0.0.1:8089", "http://localhost.example.com",
            "ftp://live.volcengineapi.com", "live.volcengineapi.com" })
    void refusesPlainHttpToAnythingButLoopback(String endpoint) {
        assertFalse(LiveApiSettings.endpointProblem(URI.create(endpoint)).isEmpty(), endpoint);
    }

    @Test
    void namesEveryMissingVariableAndNoSecret() {
        LiveApiSettings settings = settings(Map.of("volc.accesskey", "AKLTexample"));

        assertEquals(java.util.List.of("missing credentials: set VOLC_SECRETKEY, or give the function a role"),
                settings.problems(Optional.empty(), ", or give the function a role"));
        assertTrue(settings.credentials().isEmpty());
        assertEquals(java.util.List.of("missing credentials: set VOLC_ACCESSKEY and VOLC_SECRETKEY"),
                settings(Map.of()).problems(Optional.empty(), ""));
        assertEquals(java.util.List.of(), settings.problems(Optional.of(new Credentials("AK", "SK", Optional.empty())),
                ""), "credentials an invocation brings stand in for the missing ones");
    }

    @Test
    void completeCredentialsCarryTheSessionToken() {
        LiveApiSettings settings = settings(Map.of("volc.accesskey", "AK", "volc.secretkey", "secret-value",
                "volc.session-token", "token-value", "volc.live.endpoint", "http://127.0.0.1:1"));

        assertEquals(java.util.List.of(), settings.problems(settings.credentials(), ""));
        assertEquals("token-value", settings.credentials().orElseThrow().sessionToken().orElseThrow());
        assertFalse(settings.credentials().orElseThrow().toString().contains("secret-value"));
    }

    @Test
    void anUnsafeEndpointIsAProblem() {
        LiveApiSettings settings = settings(Map.of("volc.accesskey", "AK", "volc.secretkey", "SK",
                "volc.live.endpoint", "http://live.volcengineapi.com"));

        assertTrue(settings.problems(settings.credentials(), "").get(0).contains("plain http"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "http://127.0.0.1:8089/?Action=DeleteCallback | the query (?...)",
            "https://live.volcengineapi.com/v1 | the path",
            "https://user:hunter2@live.volcengineapi.com | the user information (user:password@)",
            "https://live.volcengineapi.com#xyzzy | the fragment (#...)" })
    void anEndpointIsASchemeAHostAndAPortOnlyAndNeverEchoesAPassword(String endpoint, String part) {
        String problem = LiveApiSettings.endpointProblem(URI.create(endpoint)).orElseThrow();

        assertTrue(problem.endsWith("remove " + part), problem);
        assertFalse(problem.contains("hunter2") || problem.contains("Action") || problem.contains("xyzzy"), problem);
    }

    @Test
    void regionAndServiceAreNamesAndKeysAreHeaderValues() {
        LiveApiSettings settings = settings(Map.of("volc.accesskey", "AK", "volc.secretkey", "SK",
                "volc.region", "cn-north-1/evil", "volc.live.service", "live ", "volc.session-token",
                "token-part\nX-Injected: 1"));

        assertEquals(java.util.List.of("VOLC_REGION must be letters, digits and '-' only, like cn-north-1",
                "VOLC_LIVE_SERVICE must be letters, digits and '-' only, like live",
                "VOLC_SESSION_TOKEN contains whitespace, a control character or a character that is not printable "
                        + "ASCII; set it to the value as issued"), settings.problems(settings.credentials(), ""));
        assertFalse(settings.problems(settings.credentials(), "").toString().contains("token-part"));
    }

    @Test
    void surroundingWhitespaceOfAKeyIsTrimmed() {
        LiveApiSettings settings = settings(Map.of("volc.accesskey", " AK ", "volc.secretkey", "SK\n"));

        assertEquals(java.util.List.of(), settings.problems(settings.credentials(), ""));
        assertEquals("SK", settings.credentials().orElseThrow().secretAccessKey());
    }

    private static LiveApiSettings settings(Map<String, String> properties) {
        return new LiveApiSettings(TestConfigs.volc(properties));
    }
}
