package io.github.livecallback.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.Headers;

import io.github.livecallback.signing.CanonicalRequest;
import io.github.livecallback.signing.CredentialScope;
import io.github.livecallback.signing.Digests;
import io.github.livecallback.signing.SigningKey;
import io.github.livecallback.signing.VolcSigner;

/**
 * The API gateway's check of a request, in the order the gateway's codes suggest: an Authorization header, its
 * parts, a known access key, a fresh X-Date, then the signature recomputed over the headers as received and the
 * body bytes as received, then the session token of temporary credentials. The credential scope must name the
 * region and service of the emulator's {@link EmulatorProfile}.
 */
final class RequestAuthenticator {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "HMAC-SHA256 Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/request, SignedHeaders=([^,\\s]+), Signature=([0-9a-f]{64})");
    private static final DateTimeFormatter X_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final Map<String, EmulatorAccount> accounts;
    private final EmulatorProfile profile;
    private final Clock clock;

    RequestAuthenticator(List<EmulatorAccount> accounts, EmulatorProfile profile, Clock clock) {
        this.accounts = new LinkedHashMap<>();
        accounts.forEach(account -> this.accounts.put(account.accessKeyId(), account));
        this.profile = profile;
        this.clock = clock;
    }

    EmulatorAccount authenticate(String method, String rawPath, String rawQuery, Headers headers, byte[] body) {
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || authorization.isBlank()) {
            throw EmulatorError.gateway(401, "MissingAuthenticationToken", "Authorization is missing");
        }
        Matcher parts = AUTHORIZATION.matcher(authorization.trim());
        if (!parts.matches()) {
            throw EmulatorError.gateway(401, "MissingSignature",
                    "Authorization is not HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...");
        }
        EmulatorAccount account = accounts.get(parts.group(1));
        if (account == null) {
            throw EmulatorError.gateway(401, "InvalidAccessKey", "The access key is not valid");
        }
        String xDate = headers.getFirst("X-Date");
        if (xDate == null) {
            throw EmulatorError.gateway(400, "MissingRequestInfo", "X-Date is missing");
        }
        checkFreshness(xDate);

        List<String> signedNames = List.of(parts.group(5).split(";"));
        if (!signedNames.contains("host") || !signedNames.contains("x-date")) {
            throw signatureMismatch();
        }
        Map<String, String> signedValues = new LinkedHashMap<>();
        for (String name : signedNames) {
            String value = headers.getFirst(name);
            if (value == null) {
                throw signatureMismatch();
            }
            signedValues.put(name, value);
        }
        String bodyHash = Digests.sha256Hex(body);
        String declaredHash = headers.getFirst("X-Content-Sha256");
        if (declaredHash != null && !declaredHash.equals(bodyHash)) {
            throw signatureMismatch();
        }
        CredentialScope scope = new CredentialScope(parts.group(2), parts.group(3), parts.group(4));
        // A scope for another region or service (another edition's, say) is a signature that cannot match.
        if (!scope.date().equals(xDate.substring(0, 8)) || !scope.region().equals(profile.region())
                || !scope.service().equals(profile.service())) {
            throw signatureMismatch();
        }
        CanonicalRequest canonical = CanonicalRequest.of(method, rawPath, rawQuery, signedValues, bodyHash);
        String expected = VolcSigner.signature(SigningKey.derive(account.secretKey(), scope),
                VolcSigner.stringToSign(xDate, scope, canonical));
        if (!expected.equals(parts.group(6))) {
            throw signatureMismatch();
        }
        if (account.sessionToken() != null) {
            String token = headers.getFirst("X-Security-Token");
            if (token == null || !token.equals(account.sessionToken()) || !signedNames.contains("x-security-token")) {
                throw EmulatorError.gateway(401, "InvalidSecretToken", "The security token is not valid");
            }
        }
        return account;
    }

    private void checkFreshness(String xDate) {
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(xDate, X_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw EmulatorError.gateway(400, "MissingRequestInfo", "X-Date is not yyyyMMdd'T'HHmmss'Z'");
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw EmulatorError.gateway(403, "InvalidTimestamp",
                    "X-Date " + xDate + " is more than 15 minutes away from the server time");
        }
    }

    private static EmulatorError signatureMismatch() {
        return EmulatorError.gateway(401, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided");
    }
}
