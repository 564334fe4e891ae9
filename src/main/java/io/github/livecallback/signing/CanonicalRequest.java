package io.github.livecallback.signing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The canonical form of a request that both sides hash: method, path, sorted and re-encoded query, the signed
 * headers with their trimmed values, and the hash of the exact body bytes.
 */
public record CanonicalRequest(String method, String path, String query, Map<String, String> signedHeaderValues,
        String payloadHash) {

    /**
     * @param rawQuery the query as it appears on the wire (percent-encoded), or {@code null}
     * @param signedHeaderValues header names (any case) to the values sent
     */
    public static CanonicalRequest of(String method, String path, String rawQuery, Map<String, String> signedHeaderValues,
            String payloadHash) {
        TreeMap<String, String> headers = new TreeMap<>();
        signedHeaderValues.forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value.trim()));
        return new CanonicalRequest(method.toUpperCase(Locale.ROOT),
                path == null || path.isEmpty() ? "/" : path, canonicalQuery(rawQuery), headers, payloadHash);
    }

    /** Lowercase header names, sorted, joined with {@code ;}. */
    public String signedHeaders() {
        return String.join(";", signedHeaderValues.keySet());
    }

    /** The text that is hashed into the string to sign. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(method).append('\n')
                .append(path).append('\n')
                .append(query).append('\n');
        signedHeaderValues.forEach((name, value) -> text.append(name).append(':').append(value).append('\n'));
        return text.append('\n')
                .append(signedHeaders()).append('\n')
                .append(payloadHash)
                .toString();
    }

    public String hash() {
        return Digests.sha256Hex(text());
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> parameters = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.add(new String[] { decode(name), decode(value) });
        }
        // List.sort is stable, so parameters with equal names keep their order as the reference requires.
        parameters.sort(Comparator.comparing(parameter -> parameter[0]));
        return parameters.stream()
                .map(parameter -> encode(parameter[0]) + "=" + encode(parameter[1]))
                .collect(Collectors.joining("&"));
    }

    private static String decode(String component) {
        // A literal '+' on the wire is a plus sign, not a space, in the query strings Volcengine signs.
        return URLDecoder.decode(component.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** RFC 3986 encoding: only {@code A-Z a-z 0-9 - _ . ~} stay as they are, hex digits are uppercase. */
    public static String encode(String component) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : component.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
