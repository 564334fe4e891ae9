package io.github.livecallback.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogLineTest {

    /** How a log search splits a line: bare tokens, or quoted strings with backslash escapes. */
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[^ ]+)");

    @Test
    void plainValuesStayAsTheyAre() {
        assertEquals("action=UpdateCallback vhost=push.example.com app=* requestId=-",
                new LogLine().field("action", "UpdateCallback").field("vhost", "push.example.com").field("app", "*")
                        .field("requestId", null).toString());
    }

    @Test
    void aValueCanNotForgeAnotherField() {
        String line = new LogLine().field("vhost", "x outcome=ok status=200 requestId=FAKE").field("outcome", "invalid")
                .toString();

        Map<String, String> fields = split(line);
        assertEquals("invalid", fields.get("outcome"), line);
        assertEquals(2, fields.size(), line);
    }

    @ParameterizedTest
    @ValueSource(strings = { "a\nb", "a\rb", "a\u2028b", "a\u2029b", "a\u0085b", "a\u202eb", "a\u200bb", "a\"b", "a\\b",
            "a\u0000b" })
    void lineBreaksInvisibleAndQuotingCharactersAreEscaped(String value) {
        String line = new LogLine().field("vhost", value).toString();

        assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
        assertEquals(1, split(line).size(), line);
    }

    @Test
    void longValuesAreCut() {
        String line = new LogLine().field("vhost", "v".repeat(256 * 1024)).toString();

        assertEquals("vhost=" + "v".repeat(LogLine.MAX_VALUE_LENGTH) + "...(+" + (256 * 1024 - LogLine.MAX_VALUE_LENGTH)
                + ")", line);
    }

    @Test
    void anyFieldKeepsItsTypeForJsonAndIsTextInTheLine() {
        LogLine line = new LogLine().field("attempts", 3).field("quotaWaitMs", 250L).field("coldStart", false)
                .field("requestId", null).field("vhost", "push.example.com");

        assertEquals("attempts=3 quotaWaitMs=250 coldStart=false requestId=- vhost=push.example.com", line.toString());
        Map<String, Object> fields = line.fields();
        assertEquals(3, fields.get("attempts"));
        assertEquals(250L, fields.get("quotaWaitMs"));
        assertEquals(false, fields.get("coldStart"));
        assertTrue(fields.containsKey("requestId") && fields.get("requestId") == null);
        assertEquals(List.of("attempts", "quotaWaitMs", "coldStart", "requestId", "vhost"),
                List.copyOf(fields.keySet()));
    }

    @Test
    void jsonOnlyFieldsStayOutOfTheTextLine() {
        LogLine line = new LogLine().field("outcome", "invalid").jsonField("code", "InvalidParameter")
                .field("status", 400);

        assertEquals("outcome=invalid status=400", line.toString());
        assertEquals("InvalidParameter", line.fields().get("code"));
    }

    @Test
    void longValuesAreCutForJsonToo() {
        Object value = new LogLine().field("vhost", "v".repeat(1000)).fields().get("vhost");

        assertEquals("v".repeat(LogLine.MAX_VALUE_LENGTH) + "...(+800)", value);
    }

    private static Map<String, String> split(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = FIELD.matcher(line);
        int end = 0;
        while (matcher.find()) {
            assertEquals(end == 0 ? 0 : end + 1, matcher.start(), "unparsed text in " + line);
            fields.put(matcher.group(1), matcher.group(2));
            end = matcher.end();
        }
        assertEquals(line.length(), end, "unparsed text in " + line);
        return fields;
    }
}
