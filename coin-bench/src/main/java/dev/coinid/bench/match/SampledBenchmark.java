package dev.coinid.bench.match;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.util.concurrent.TimeUnit;

/**
 * The JMH settings of the identification benchmarks that time single calls on one thread: one
 * state per benchmark, each call sampled in milliseconds so the summary reports the median call,
 * one fork. A benchmark class extends it and adds its own {@code @Warmup} and {@code @Measurement}
 * (JMH reads annotations from superclasses).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
public abstract class SampledBenchmark {
}
