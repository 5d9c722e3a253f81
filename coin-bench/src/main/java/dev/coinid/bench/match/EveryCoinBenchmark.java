package dev.coinid.bench.match;

import dev.coinid.image.ImageSource;
import dev.coinid.bench.ScratchDirectory;
import dev.coinid.bench.photo.PhonePhoto;
import dev.coinid.image.CoinFinder;
import dev.coinid.image.FoundCoin;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.match.CoinsInPhoto;
import dev.coinid.match.DesignIndex;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.CoinPicture;
import dev.coinid.synthetic.TableScene;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every coin of a 12-megapixel phone photo of ten coins on a table (five 2-euro national sides of
 * bundled designs, two common-side-coloured 2-euro coins recoloured from them, three coins of one
 * metal, some touching), found and identified with the bundled index:
 * {@code DesignIndex.identifyEvery(ImageSource.of(path))} of its JPEG end to end (decoding at full scale, finding,
 * identifying the 2-euro coins in parallel), and {@code CoinFinder.find} of the decoded photo
 * alone. Issue 21's target: at most 1.5 s on 2 cores.
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 3)
public class EveryCoinBenchmark extends SampledBenchmark {

    private DesignIndex index;
    private ScratchDirectory scratch;
    private Path jpeg;
    private RgbImage decoded;
    private final CoinFinder finder = CoinFinder.defaults();

    @Setup(Level.Trial)
    public void layTheTable() throws IOException {
        index = DesignIndex.bundled();
        List<String> ids = BundledReferences.catalogIds();
        List<CoinPicture> coins = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String id = ids.get(37 * i % ids.size());
            coins.add(CoinPicture.cropped(id, BundledReferences.picture(id), CoinPicture.TWO_EURO_MM));
        }
        coins.add(coins.get(0).recoloured("copper", 0xB87333, 18.75));
        coins.add(coins.get(1).recoloured("gold", 0xD4AF37, 22.25));
        coins.add(coins.get(2).recoloured("copper", 0xB87333, 16.25));
        TableScene scene = TableScene.builder(PhonePhoto.PHONE_WIDTH, PhonePhoto.PHONE_HEIGHT).seed(12)
                .scatter(coins, 0.2).build();
        scratch = ScratchDirectory.create("coinid-bench-every-coin");
        jpeg = scratch.write("table.jpg", encoded(scene.photo()));
        decoded = ImageDecoder.defaults().decode(jpeg);
        CoinsInPhoto read = index.identifyEvery(ImageSource.of(jpeg));
        System.out.printf("%n%d coins laid, %d found, %d named%n", scene.coins().size(), read.coins().size(),
                read.knownDesigns().size());
    }

    @TearDown(Level.Trial)
    public void deleteScratch() {
        scratch.close();
    }

    /** {@code identifyEvery(ImageSource.of(path))} of the 12 MP JPEG: decoding, finding every coin, identifying the 2-euro ones. */
    @Benchmark
    public CoinsInPhoto identifyEveryFile() {
        return index.identifyEvery(ImageSource.of(jpeg));
    }

    /** {@code CoinFinder.find} of the decoded 12 MP photo: finding every coin alone. */
    @Benchmark
    public List<FoundCoin> findCoins() {
        return finder.find(decoded);
    }

    private static byte[] encoded(RgbImage photo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PhonePhoto.JPEG_QUALITY);
            writer.write(null, new IIOImage(photo.toBufferedImage(), null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
