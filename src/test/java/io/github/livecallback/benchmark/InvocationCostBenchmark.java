package io.github.livecallback.benchmark;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link InvocationCost} with JMH in a forked JVM (single thread, after warm-up) and prints the function's own
 * CPU cost per invocation, stage by stage. Not part of the default build: see the README's Benchmark section.
 */
class InvocationCostBenchmark {

    private static final double TARGET_MICROS = 20;
    /** The stages in the order an invocation runs them, then the whole. */
    private static final List<String> STAGES = List.of("parseAndValidate", "serializeRequest", "sign",
            "readAnswerAndReply", "invocation");

    @Test
    void functionCpuCostPerInvocation() throws Exception {
        Options options = new OptionsBuilder()
                .include(InvocationCost.class.getName() + "\\.")
                .forks(1)
                .threads(1)
                .warmupIterations(5).warmupTime(TimeValue.seconds(1))
                .measurementIterations(10).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build();
        print(new Runner(options).run());
    }

    private static void print(Collection<RunResult> results) {
        System.out.printf("%n%-34s %20s%n", "function's own CPU cost (JMH)", "µs per invocation");
        results.stream()
                .sorted(Comparator.comparing(result -> STAGES.indexOf(stage(result))))
                .forEach(result -> {
                    Result<?> score = result.getPrimaryResult();
                    System.out.printf("%-34s %12.2f ± %5.2f%s%n", stage(result), score.getScore(),
                            score.getScoreError(), stage(result).equals("invocation")
                                    ? "   (target " + TARGET_MICROS + ")"
                                    : "");
                });
    }

    private static String stage(RunResult result) {
        return result.getParams().getBenchmark().substring(InvocationCost.class.getName().length() + 1);
    }
}
