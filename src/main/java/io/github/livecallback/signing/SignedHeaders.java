package io.github.livecallback.signing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The headers a signature adds to a request. */
public record SignedHeaders(String xDate, String contentSha256, Optional<String> securityToken, String authorization) {

    public static final String X_DATE = "X-Date";
    public static final String X_CONTENT_SHA256 = "X-Content-Sha256";
    public static final String X_SECURITY_TOKEN = "X-Security-Token";
    public static final String AUTHORIZATION = "Authorization";

    /** Header name to value, in the order they are added to the request. */
    public Map<String, String> asMap() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(X_DATE, xDate);
        headers.put(X_CONTENT_SHA256, contentSha256);
        securityToken.ifPresent(token -> headers.put(X_SECURITY_TOKEN, token));
        headers.put(AUTHORIZATION, authorization);
        return headers;
    }

    @Override
    public String toString() {
        return "SignedHeaders[xDate=" + xDate + ", contentSha256=" + contentSha256 + ", authorization=" + authorization
                + securityToken.map(token -> ", securityToken=****").orElse("") + "]";
    }
}
