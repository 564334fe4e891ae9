package io.github.livecallback.function;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RequestFailureEnvelopeTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class RequestFailureEnvelopeIT extends RequestFailureEnvelopeTest {
}
