package io.github.livecallback.endtoend.configuration;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link BytePlusEditionTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class BytePlusEditionIT extends BytePlusEditionTest {
}
