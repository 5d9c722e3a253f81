package dev.coinid.bench;

import dev.coinid.bench.network.MatmulPeakBenchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * The matmul peak measurements of one run (each size, at the start and at the end) and what
 * follows from them: the peak every percentage is computed against, the best of them, and whether
 * they disagree so much that the machine was plainly busy during part of the run.
 *
 * @param peaks every measurement, in GFLOP/s of its fastest iteration, largest first
 */
public record MatmulPeaks(List<Peak> peaks) {

    /** Measurements of one size that differ by more than this share of the larger are flagged. */
    public static final double DISAGREEMENT = 0.15;

    /**
     * One measurement of the peak.
     *
     * @param size the side of the square matrices
     * @param moment when in the run: {@link MatmulPeakBenchmark#START} or {@link MatmulPeakBenchmark#END}
     * @param gflops GFLOP/s of its fastest iteration
     */
    public record Peak(int size, String moment, double gflops) {
    }

    public MatmulPeaks {
        peaks = peaks.stream().sorted(Comparator.comparingDouble(Peak::gflops).reversed()).toList();
    }

    /** The peak measurements among a run's results. */
    public static MatmulPeaks of(Measurements m) {
        List<Peak> peaks = new ArrayList<>();
        for (Map.Entry<String, Timing> e : m.all().entrySet()) {
            if (!e.getKey().startsWith(BenchmarkKeys.MATMUL_PEAK)) {
                continue;
            }
            int size = Measurements.param(e.getKey(), "size").map(Integer::parseInt).orElseThrow(
                    () -> new IllegalArgumentException(e.getKey() + " has no size"));
            String moment = Measurements.param(e.getKey(), "moment").orElse(MatmulPeakBenchmark.START);
            peaks.add(new Peak(size, moment, e.getValue().gflopsPerSecond(MatmulPeakBenchmark.flops(size))));
        }
        return new MatmulPeaks(peaks);
    }

    /** The best measurement, against which every percentage of the peak is computed; empty when none ran. */
    public Optional<Peak> best() {
        return peaks.stream().findFirst();
    }

    /** The best GFLOP/s; empty when no peak was measured. */
    public Optional<Double> bestGflops() {
        return best().map(Peak::gflops);
    }

    /**
     * The largest disagreement between measurements of the same size (1 - slower / faster), or
     * empty where no size was measured twice. Sizes are not compared with each other: a matmul of
     * another size may really run at another rate.
     */
    public OptionalDouble disagreement() {
        Map<Integer, List<Peak>> bySize = peaks.stream().collect(Collectors.groupingBy(Peak::size));
        return bySize.values().stream()
                .filter(list -> list.size() > 1)
                .mapToDouble(list -> 1 - list.get(list.size() - 1).gflops() / list.get(0).gflops())
                .max();
    }

    /** Whether measurements of one size disagree by more than {@link #DISAGREEMENT}: the machine was busy during part of the run. */
    public boolean disagree() {
        return disagreement().orElse(0) > DISAGREEMENT;
    }
}
