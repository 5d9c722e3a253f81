package dev.coinid.research.classification;

import dev.coinid.dataset.ImageDataset;
import dev.coinid.dataset.LabelledImage;
import dev.coinid.image.CoinLocator;
import dev.coinid.image.CoinOutline;
import dev.coinid.image.RgbImage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How far another day's look ({@link OtherDayLook}) moves the coin the polar fit finds: for every
 * night photo of the shared set, the circle {@link CoinLocator#forCroppedCoins()} finds on the
 * photo as it is against the one it finds with the background's hue turned only, with the light
 * changed only, and with both, in fractions of the coin's radius. A polar unwrap around a centre
 * off by a tenth of the radius bends the numeral out of shape; one at another radius stretches
 * every ring. Prints the median, 95th percentile and largest drift, and the share of photos
 * moved by more than 5%. Trains nothing (a few seconds):
 *
 * <pre>
 * mvn -B -ntp -q -pl coin-research exec:java -Dexec.mainClass=dev.coinid.research.classification.OtherLookLocatorDrift
 * </pre>
 */
public final class OtherLookLocatorDrift {

    private static final Path DEFAULT_DATA = Path.of("..", "shared", "datasets", "euro-common-side");
    private static final CoinLocator LOCATOR = CoinLocator.forCroppedCoins();

    private OtherLookLocatorDrift() {
    }

    /** Runs the measurement on {@code [data-folder]} (default {@code ../shared/datasets/euro-common-side}) with seed 42. */
    public static void main(String[] args) {
        Path data = args.length > 0 ? Path.of(args[0]) : DEFAULT_DATA;
        if (!Files.isDirectory(data)) {
            System.err.println("skipped: the shared photos " + data.toAbsolutePath().normalize() + " are absent");
            System.exit(2);
            return;
        }
        ImageDataset night = ImageDataset.fromClassFolders(data).filter(ShootingSession.NIGHT::contains);
        OtherDayLook looks = new OtherDayLook(42);
        Map<String, UnaryOperator<OtherDayLook.Look>> variants = new LinkedHashMap<>();
        variants.put("background hue only", l -> new OtherDayLook.Look(l.hueTurn(), 1, 1, 1, 1, 0, 0, 0));
        variants.put("light only (white balance, brightness, shadow)",
                l -> new OtherDayLook.Look(0, l.redGain(), l.greenGain(), l.blueGain(), l.brightness(),
                        l.shadowAngle(), l.shadowOffset(), l.shadowDepth()));
        variants.put("both (the protocol's look)", l -> l);
        System.out.println("night photos: " + night.size());
        System.out.println("| change | centre drift, median / p95 / max (of the radius) | radius change, median / p95 / max"
                + " | photos moved > 5% |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, UnaryOperator<OtherDayLook.Look>> variant : variants.entrySet()) {
            List<double[]> drifts = new ArrayList<>();
            for (LabelledImage image : night) {
                RgbImage photo = image.source().load();
                CoinOutline before = LOCATOR.locate(photo);
                OtherDayLook.Look look = variant.getValue().apply(looks.lookOf(image.source().name()));
                CoinOutline after = LOCATOR.locate(OtherDayLook.apply(photo, look));
                drifts.add(new double[] {
                    Math.hypot(after.centerX() - before.centerX(), after.centerY() - before.centerY()) / before.radius(),
                    Math.abs(after.radius() - before.radius()) / before.radius()});
            }
            double[] centre = drifts.stream().mapToDouble(d -> d[0]).sorted().toArray();
            double[] radius = drifts.stream().mapToDouble(d -> d[1]).sorted().toArray();
            long moved = drifts.stream().filter(d -> d[0] > 0.05 || d[1] > 0.05).count();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %d of %d |%n", variant.getKey(), spread(centre),
                    spread(radius), moved, drifts.size());
        }
    }

    private static String spread(double[] sorted) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f", sorted[sorted.length / 2],
                sorted[(int) Math.floor(0.95 * (sorted.length - 1))], Arrays.stream(sorted).max().orElse(0));
    }
}
