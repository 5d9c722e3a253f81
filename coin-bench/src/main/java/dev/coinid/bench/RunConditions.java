package dev.coinid.bench;

/**
 * What a run's numbers were measured under, printed above its summary so they are never read
 * without it.
 *
 * @param device what TensorFlow computed on, e.g. "CPU [/job:localhost/replica:0/task:0/device:CPU:0]"
 * @param cores the processors the JVM saw
 * @param settings the JMH iteration settings, in words
 * @param loadBefore the system load average before the run (1, 5, 15 minutes), or "n/a"
 * @param loadAfter the same after the run
 */
public record RunConditions(String device, int cores, String settings, String loadBefore, String loadAfter) {
}
