package dev.coinid.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The JMH settings the suite's average-time benchmarks share, written once: one state per
 * benchmark, the average time of an operation in milliseconds, one fork, 2 warmup iterations of
 * 1 s and 5 measured iterations of 2 s. A benchmark class extends it and inherits these settings
 * (JMH reads its annotations from superclasses); an annotation on the subclass replaces the
 * inherited one, as the DJL peer's {@code @Fork} does. {@code BenchmarkSuite} may override the
 * timing for a whole run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 2)
public abstract class AverageTimeBenchmark {
}
