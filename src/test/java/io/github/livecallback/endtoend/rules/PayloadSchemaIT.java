package io.github.livecallback.endtoend.rules;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link PayloadSchemaTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class PayloadSchemaIT extends PayloadSchemaTest {
}
