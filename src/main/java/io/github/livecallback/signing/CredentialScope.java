package io.github.livecallback.signing;

/**
 * The credential scope {@code yyyyMMdd/region/service/request}: it binds a signature to one day, one region and
 * one service.
 */
public record CredentialScope(String date, String region, String service) {

    static final String TERMINATOR = "request";

    /** @param xDate the request's {@code X-Date} value, {@code yyyyMMdd'T'HHmmss'Z'} */
    public static CredentialScope of(String xDate, String region, String service) {
        return new CredentialScope(xDate.substring(0, 8), region, service);
    }

    @Override
    public String toString() {
        return date + "/" + region + "/" + service + "/" + TERMINATOR;
    }
}
