package dev.coinid.match;

import dev.coinid.image.ImageSource;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verification of the shortlist on made-up designs: fits, counts, its chance level, its decisions. */
class ShortlistVerifierTest {

    private static final int DESIGNS = 24;
    /** The catalog pictures are lit from 135 degrees; these photos from the opposite side. */
    private static final double OPPOSITE_LIGHT = 315;

    @TempDir
    static Path temp;

    static final SyntheticGallery gallery = SyntheticGallery.indexed(DESIGNS);
    static final DesignIndex index = gallery.index.withVerification(true);

    private static RgbImage photoOf(int design, Shot shot) {
        return SyntheticGallery.DESIGNS.photo(design, shot, 400, 300);
    }

    private static ShortlistVerifier.Evidence fit(RgbImage photo, int referenceOfDesign) {
        CoinView.Seen seen = CoinView.squareOn().see(photo);
        DesignIndex.Shortlist shortlist = index.shortlist(RotationCorrelation.spectrum(seen.description()));
        return index.fit(OrientationField.of(seen.coin(), CoinView.RADIUS), shortlist,
                index.designs().indexOf(gallery.designOf(referenceOfDesign)));
    }

    @Test
    void aReferencePhotographedLitFromTheOtherSideAgreesFarAboveChanceAndIsAccepted() {
        for (int i = 0; i < 4; i++) {
            Shot shot = new Shot(70 * i, OPPOSITE_LIGHT, 0.7, 0.5, 0.5, 0.6, 2, i);
            RgbImage photo = photoOf(gallery.designs.get(i), shot);

            ShortlistVerifier.Evidence own = fit(photo, i);
            ShortlistVerifier.Evidence other = fit(photo, (i + 5) % DESIGNS);
            assertThat(index.chance().evidence(own)).as("design %d, own reference", i)
                    .isGreaterThan(ShortlistVerifier.KNOWN_AT);
            assertThat(own.agreeing()).isGreaterThan(other.agreeing());
            assertThat(index.chance().evidence(other)).as("design %d, another design's reference", i)
                    .isLessThan(ShortlistVerifier.KNOWN_AT);

            Identification id = index.identify(ImageSource.of(photo));
            assertThat(id.known()).as(id.describe()).isTrue();
            assertThat(id.best().design()).isEqualTo(gallery.designOf(i));
        }
    }

    @Test
    void aDesignThatIsNotInTheIndexIsRefused() {
        for (int design = 100; design < 106; design++) {
            Shot shot = new Shot(33 * design, 135 + 40 * design, 0.7, 0.4, 0.6, 0.5, 2, design);
            Identification id = index.identify(ImageSource.of(photoOf(design, shot)));

            assertThat(id.known()).as("design %d: %s", design, id.describe()).isFalse();
            assertThat(id.score()).isLessThan(index.acceptAt());
        }
    }

    @Test
    void theFitFindsTheTurnShiftAndScaleOfTheCoin() {
        // the coin turned by 2.5 degrees, half a sector, beyond what the shortlist's whole sectors can say
        Shot shot = new Shot(2.5, 135, 0.7, 0.5, 0.5, 0, 0, 1);
        ShortlistVerifier.Evidence fit = fit(photoOf(gallery.designs.get(2), shot), 2);

        assertThat(fit.correlation()).isGreaterThan(0.6);
        assertThat(Math.abs(fit.placement().dx())).isLessThan(3);
        assertThat(Math.abs(fit.placement().dy())).isLessThan(3);
        assertThat(fit.placement().scale()).isBetween(0.96, 1.04);
    }

    @Test
    void theChanceLevelIsMeasuredAtBuildSavedAndReadBack() throws IOException {
        VerificationChance chance = index.chance();
        assertThat(chance.samples()).as("fits measured: every picture against %d other designs",
                ShortlistVerifier.SHORTLIST).isEqualTo((DESIGNS + 2) * ShortlistVerifier.SHORTLIST);
        assertThat(chance).isNotEqualTo(VerificationChance.BUNDLED);
        assertThat(chance.cellChance()).isBetween(0.1, 0.9);

        Path saved = temp.resolve("saved");
        index.save(saved);
        assertThat(Files.readString(saved.resolve(IndexDirectory.MANIFEST))).contains("\"verificationChance\"");
        DesignIndex loaded = DesignIndex.load(saved);
        assertThat(loaded.chance()).isEqualTo(chance);
        RgbImage photo = photoOf(gallery.designs.get(5), new Shot(200, OPPOSITE_LIGHT, 0.6, 0.3, 0.7, 0.4, 3, 9));
        assertThat(loaded.withVerification(true).identify(ImageSource.of(photo)))
                .isEqualTo(index.identify(ImageSource.of(photo)));
    }

    @Test
    void anIndexSavedBeforeTheChanceLevelGetsTheBundledOne() throws IOException {
        Path saved = temp.resolve("older");
        index.save(saved);
        Path manifest = saved.resolve(IndexDirectory.MANIFEST);
        String json = Files.readString(manifest);
        String withoutChance = json.replaceAll("(?s)\"verificationChance\"\\s*:\\s*\\{[^}]*},?", "");
        assertThat(withoutChance).isNotEqualTo(json);
        Files.writeString(manifest, withoutChance);

        assertThat(DesignIndex.load(saved).chance()).isEqualTo(VerificationChance.BUNDLED);
    }

    @Test
    void eightThreadsGiveTheSameVerifiedAnswersAsOne() throws Exception {
        List<RgbImage> photos = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            photos.add(photoOf(gallery.designs.get(i % DESIGNS), new Shot(30 * i, 45 * i, 0.6, 0.4, 0.5, 0.5, 2, i)));
        }
        ConcurrentIdentification.assertSameAnswersOnEightThreads(index, photos);
    }
}
