package io.github.livecallback.logging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A log line of named fields, kept in the order they were added with their values as given, so that each format
 * writes them its own way: the text format ({@link #toString()}) as {@code name=value} fields that log search can
 * split, the JSON format ({@link JsonLogFormat}) as JSON fields of their own type (a number stays a number).
 *
 * <p>No value can forge a field: in text, a value that is not a plain token is quoted, with quotes, backslashes,
 * control, formatting and line-separating characters escaped; in JSON it is a string with the same characters
 * escaped. In both, every value is cut at {@link #MAX_VALUE_LENGTH} characters, so that a 256 KB Vhost does not
 * become a 256 KB log line.
 *
 * <p>A field added with {@link #jsonField} is in the JSON form only: the text line keeps the fields it always had.
 */
public final class LogLine {

    public static final int MAX_VALUE_LENGTH = 200;
    private static final String ABSENT = "-";

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Set<String> jsonOnly = new LinkedHashSet<>();

    /**
     * Adds a field to both forms. A {@link Number} or {@link Boolean} is a JSON number or boolean, {@code null} is
     * {@code -} in text and {@code null} in JSON, anything else is its {@code toString()}.
     */
    public LogLine field(String name, Object value) {
        jsonOnly.remove(name);
        fields.put(name, value);
        return this;
    }

    /** Adds a field that only the JSON form carries. */
    public LogLine jsonField(String name, Object value) {
        fields.put(name, value);
        jsonOnly.add(name);
        return this;
    }

    /**
     * Every field, in order, with the values JSON writes: numbers and booleans as they are, {@code null} as it is,
     * anything else as its text cut at {@link #MAX_VALUE_LENGTH} characters.
     */
    public Map<String, Object> fields() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, value) -> values.put(name, jsonValue(value)));
        return Collections.unmodifiableMap(values);
    }

    /** The line in text form: {@code name=value} fields separated by one space, JSON-only fields left out. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> {
            if (jsonOnly.contains(name)) {
                return;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(name).append('=').append(value == null ? ABSENT : escape(value.toString()));
        });
        return text.toString();
    }

    static Object jsonValue(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean ? value : cut(value.toString());
    }

    static String escape(String value) {
        String cut = cut(value);
        if (!cut.isEmpty() && cut.chars().allMatch(LogLine::isPlain)) {
            return cut;
        }
        StringBuilder quoted = new StringBuilder(cut.length() + 2).append('"');
        cut.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (mustEscape(c)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    /**
     * Characters that no form writes as they are: controls, and those that break or reorder a line on a screen
     * (line and paragraph separators, formatting characters such as a right-to-left override).
     */
    static boolean mustEscape(int c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.LINE_SEPARATOR
                || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
    }

    static String cut(String value) {
        if (value.codePointCount(0, value.length()) <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = value.offsetByCodePoints(0, MAX_VALUE_LENGTH);
        return value.substring(0, end) + "...(+" + value.codePointCount(end, value.length()) + ")";
    }

    private static boolean isPlain(int c) {
        return c > 0x20 && c < 0x7f && c != '"' && c != '=' && c != '\\';
    }
}
