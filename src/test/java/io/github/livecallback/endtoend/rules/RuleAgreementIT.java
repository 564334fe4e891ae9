package io.github.livecallback.endtoend.rules;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link RuleAgreementTest} against the packaged function: the jar, or the native executable with {@code -Dnative}. */
@QuarkusIntegrationTest
class RuleAgreementIT extends RuleAgreementTest {
}
