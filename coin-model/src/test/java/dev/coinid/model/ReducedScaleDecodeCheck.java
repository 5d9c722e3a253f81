package dev.coinid.model;

import static dev.coinid.testing.TestPictures.meanAbsoluteDifference;
import dev.coinid.image.ImageSource;
import dev.coinid.classification.Classification;
import dev.coinid.dataset.ImageDataset;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.ImageResizer;
import dev.coinid.image.PhotoFitter;
import dev.coinid.image.RgbImage;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.engine.TensorFlowJpegScaler;
import dev.coinid.model.engine.TrainingEngine;
import dev.coinid.testing.SharedData;
import dev.coinid.testing.TestPictures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A measurement by hand, not a test: classify(Path) of a 12-megapixel JPEG with the reduced-scale
 * decode against the full-scale path it replaced, the answers of both paths on the shared photos
 * enlarged 4x (so the reduced path is taken), and classifyAll against decode+fit and forward alone.
 * Trains a small polar model first (a few minutes on 2 cores). Off by default; run with
 * {@code mvn -pl coin-model verify -Pchecks -Dtest=ReducedScaleDecodeCheck}.
 */
@Tag("check")
class ReducedScaleDecodeCheck {

    @Test
    void measure(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        ImageDataset crops = ImageDataset.fromClassFolders(SharedData.dataset("euro-common-side"));
        ImageDataset train = ImageDataset.of(crops.labels(), crops.stream()
                .filter(i -> i.source().name().hashCode() % 5 == 0).toList());
        long t0 = System.nanoTime();
        try (CoinClassifier model = CoinClassifier.builder().epochs(4).seed(1).train(train)) {
            System.out.printf("trained on %d crops, 4 epochs, in %.0f s%n", train.size(), (System.nanoTime() - t0) / 1e9);

            // 1. classify(Path) of a 12 MP JPEG: a noisy enlargement of a crop (a phone photo's file size)
            RgbImage crop = crops.get(0).source().load();
            RgbImage big = noisy(ImageResizer.resize(crop, 4000, 3000), 7);
            Path phone = dir.resolve("phone.jpg");
            Files.write(phone, TestPictures.withExifOrientation(TestPictures.jpeg(big), 1));
            System.out.printf("12 MP JPEG: %d bytes%n", Files.size(phone));
            double reduced = millis(5, 20, () -> model.classify(ImageSource.of(phone)));
            double full = millis(5, 20, () -> model.classify(ImageSource.of(ImageDecoder.defaults().decode(phone))));
            byte[] jpeg = Files.readAllBytes(phone);
            double imageIo = millis(3, 10, () -> ImageDecoder.defaults().decode(jpeg, "phone.jpg"));
            try (TensorFlowJpegScaler scaler = new TensorFlowJpegScaler()) {
                double eighth = millis(5, 20, () -> scaler.decode(jpeg, 8));
                System.out.printf("classify(Path) 12 MP: reduced %.1f ms, full-scale path %.1f ms (%.2fx);"
                        + " decode alone: ImageIO 1/1 %.1f ms, TF 1/8 %.1f ms; classify / TF 1/8 = %.2f%n",
                        reduced, full, full / reduced, imageIo, eighth, reduced / eighth);
            }

            // 2. answers of both paths on the shared photos, enlarged 4x
            List<Path> photos = new ArrayList<>();
            for (int i = 0; i < crops.size(); i += 4) {
                photos.add(crops.get(i).source().path().orElseThrow());
            }
            try (Stream<Path> s = Files.list(SharedData.dataset("euro2-commemorative-photos"))) {
                s.filter(p -> p.toString().endsWith(".jpg")).sorted().forEach(photos::add);
            }
            int changed = 0;
            double inputDifference = 0;
            PhotoFitter fitter = model.preprocessing().fitter();
            TensorFlowJpegScaler scaler = new TensorFlowJpegScaler();
            ImageDecoder reducing = ImageDecoder.defaults().withScaledJpeg(scaler, fitter.neededShorterSide());
            for (Path photo : photos) {
                RgbImage original = ImageDecoder.defaults().decode(photo);
                RgbImage enlarged = ImageResizer.resize(original, 4 * original.width(), 4 * original.height());
                byte[] bytes = TestPictures.jpeg(enlarged);
                Classification viaReduced = model.classify(ImageSource.of(bytes, photo.toString()));
                RgbImage fullScale = ImageDecoder.defaults().decode(bytes, photo.toString());
                Classification viaFull = model.classify(ImageSource.of(fullScale));
                if (!viaReduced.label().equals(viaFull.label())) {
                    changed++;
                    System.out.printf("changed: %s %s -> %s%n", photo, viaFull.label(), viaReduced.label());
                }
                RgbImage a = fitter.fit(fullScale);
                RgbImage b = fitter.fit(reducing.decode(bytes, "x"));
                inputDifference += meanAbsoluteDifference(a, b);
            }
            scaler.close();
            System.out.printf("answers: %d of %d photos (enlarged 4x) change top-1; mean |polar input difference| %.2f / 255%n",
                    changed, photos.size(), inputDifference / photos.size());

            // 3. classifyAll over 1,000 crops against decode+fit and forward alone
            List<Path> thousand = crops.stream().limit(1000).map(i -> i.source().path().orElseThrow()).toList();
            List<ImageSource> thousandPhotos = thousand.stream().map(ImageSource::of).toList();
            model.classifyAll(thousandPhotos.subList(0, 100));
            long a = System.nanoTime();
            List<RgbImage> fitted = thousand.parallelStream().map(p -> fitter.fit(ImageDecoder.defaults().decode(p))).toList();
            double fitRate = 1000 / ((System.nanoTime() - a) / 1e9);
            a = System.nanoTime();
            double forwardRate;
            try (TrainingEngine untrained = TrainingEngine.builder().architecture(model.architecture())
                    .preprocessing(model.preprocessing()).classes(model.labels().size()).seed(1).build();
                 InferenceEngine network = untrained.toInference()) {
                Predictions.of(network::forward, model.preprocessing(), fitted.subList(0, 64), model.labels().size());
                a = System.nanoTime();
                Predictions.of(network::forward, model.preprocessing(), fitted, model.labels().size());
                forwardRate = 1000 / ((System.nanoTime() - a) / 1e9);
            }
            a = System.nanoTime();
            model.classifyAll(thousandPhotos);
            double allRate = 1000 / ((System.nanoTime() - a) / 1e9);
            System.out.printf("1,000 crops: decode+fit alone %.0f/s, forward alone %.0f/s, classifyAll %.0f/s = %.2fx of the slower%n",
                    fitRate, forwardRate, allRate, allRate / Math.min(fitRate, forwardRate));
        }
    }

    private static RgbImage noisy(RgbImage image, long seed) {
        byte[] rgb = image.toRgbBytes();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) Math.max(0, Math.min(255, (rgb[i] & 0xFF) + random.nextInt(-12, 13)));
        }
        return RgbImage.of(image.width(), image.height(), rgb);
    }

    private static double millis(int warmup, int runs, Runnable r) {
        for (int i = 0; i < warmup; i++) {
            r.run();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            r.run();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }

}
