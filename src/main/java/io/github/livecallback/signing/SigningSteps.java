package io.github.livecallback.signing;

/**
 * A signature with the two texts it was computed from, for showing how a request would be signed (a dry run):
 * comparing them with the server's is how a signature mismatch is found.
 */
public record SigningSteps(SignedHeaders headers, String canonicalRequest, String stringToSign) {

    @Override
    public String toString() {
        return "SigningSteps[" + headers + "]";
    }
}
