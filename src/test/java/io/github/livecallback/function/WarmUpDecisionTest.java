package io.github.livecallback.function;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A warm-up beside the start is only worth a second processor, and only when it is not switched off. */
class WarmUpDecisionTest {

    @Test
    void warmsUpWithAProcessorToSpare() {
        assertTrue(FirstCallWarmUp.worthwhile(true, 2));
        assertTrue(FirstCallWarmUp.worthwhile(true, 64));
    }

    @Test
    void notOnASingleProcessorNorWhenSwitchedOff() {
        assertFalse(FirstCallWarmUp.worthwhile(true, 1));
        assertFalse(FirstCallWarmUp.worthwhile(false, 2));
    }
}
