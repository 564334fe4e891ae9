package io.github.livecallback.signing;

import static io.github.livecallback.signing.SigningTestVectors.BODY_SHA256;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalRequestTest {

    @Test
    void hasABlankLineBeforeTheSignedHeadersAndSortsHeaderNames() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Date", "20240619T071306Z");
        headers.put("Content-Type", " application/json ");
        headers.put("host", "live.volcengineapi.com");
        headers.put("X-Content-Sha256", BODY_SHA256);

        CanonicalRequest canonical = CanonicalRequest.of("post", "", "Version=2023-01-01&Action=UpdateCallback",
                headers, BODY_SHA256);

        assertEquals("POST\n/\nAction=UpdateCallback&Version=2023-01-01\n"
                + "content-type:application/json\nhost:live.volcengineapi.com\n"
                + "x-content-sha256:" + BODY_SHA256 + "\nx-date:20240619T071306Z\n\n"
                + "content-type;host;x-content-sha256;x-date\n" + BODY_SHA256, canonical.text());
    }

    @Test
    void reEncodesTheQueryWithUppercaseHexAndPercentTwentyForSpaces() {
        assertEquals("A=a%20b&B=%2B&C=%E7%9B%B4%E6%92%AD&D=~-_.",
                CanonicalRequest.canonicalQuery("D=~-_.&C=%e7%9b%b4%e6%92%ad&B=+&A=a%20b"));
    }

    @Test
    void keepsTheOrderOfRepeatedNamesAndAcceptsNamesWithoutValues() {
        assertEquals("a=2&a=1&b=", CanonicalRequest.canonicalQuery("b&a=2&a=1"));
        assertEquals("", CanonicalRequest.canonicalQuery(null));
    }
}
