package dev.coinid.match;

import dev.coinid.image.ImageSource;
import dev.coinid.image.Outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.error.CoinIdException;
import dev.coinid.error.ImageDecodeException;
import dev.coinid.image.RgbImage;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identification end to end on made-up designs: catalog pictures in, photos taken any way identified. */
class DesignIndexTest {

    private static final int DESIGNS = 40;

    @TempDir
    static Path temp;

    static final SyntheticGallery gallery = SyntheticGallery.indexed(DESIGNS);
    static final DesignIndex index = gallery.index;

    private static RgbImage photoOf(int i, Shot shot) {
        return SyntheticGallery.DESIGNS.photo(gallery.designs.get(i), shot, 400, 300);
    }

    @Test
    void holdsEveryPictureAndGroupsTheJointIssueIntoOneDesign() {
        assertThat(index.size()).isEqualTo(DESIGNS + 2);
        assertThat(index.designs()).hasSize(DESIGNS + 1);
        assertThat(index.catalogIds()).containsExactlyInAnyOrderElementsOf(gallery.ids);
    }

    @Test
    @Tag("slow") // a sweep of 10 s: the full suite's
    void ranksEveryDesignFirstFromPhotosTurnedRelitAndAnywhereInTheFrame() {
        SplittableRandom random = new SplittableRandom(1);
        List<String> wrong = new ArrayList<>();
        int known = 0;
        int photos = 0;
        for (int i = 0; i < gallery.ids.size(); i++) {
            for (int shot = 0; shot < 2; shot++) {
                Shot s = Shot.random(random);
                Identification id = index.identify(ImageSource.of(photoOf(i, s)));
                photos++;
                if (!id.best().design().equals(gallery.designOf(i))) {
                    wrong.add(gallery.ids.get(i) + " " + s + ": " + id.describe());
                } else if (id.known()) {
                    known++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        // light from far round the side of the catalog picture's leaves too little of some reliefs in common
        // to be sure: those are ranked first but called unknown (11 of these 84 photos)
        assertThat(known).as("photos called known").isGreaterThanOrEqualTo((int) Math.ceil(0.8 * photos));
    }

    @Test
    void aDesignThatIsNotInTheIndexIsUnknown() {
        SplittableRandom random = new SplittableRandom(2);
        for (int design = 100; design < 106; design++) {
            Identification id = index.identify(ImageSource.of(SyntheticGallery.DESIGNS.photo(design, Shot.random(random), 400, 300)));

            assertThat(id.known()).as("design %d: %s", design, id.describe()).isFalse();
            assertThat(id.coin()).isEmpty();
            assertThat(id.issuers()).isEmpty();
            assertThat(id.score()).isLessThan(0.5);
            assertThat(id.describe()).startsWith("not a known 2-euro design (closest: ");
        }
    }

    @Test
    void givesTheSameAnswerWhateverTheTurnAndTheLight() {
        SplittableRandom random = new SplittableRandom(3);
        Shot shot = new Shot(0, 135, 0.6, 0.4, 0.6, 0.5, 2, 9);
        for (int k = 0; k < 6; k++) {
            // any turn, and light from anywhere within 60 degrees of the catalog picture's
            Shot other = shot.turned(random.nextDouble(360)).litFrom(75 + random.nextDouble(120));
            Identification id = index.identify(ImageSource.of(photoOf(3, other)));

            assertThat(id.known()).as("%s: %s", other, id.describe()).isTrue();
            assertThat(id.coin().orElseThrow().id()).isEqualTo(gallery.ids.get(3));
        }
    }

    @Test
    void namesTheDesignOfAJointIssueWithEveryCountryThatIssuedIt() {
        int joint = gallery.ids.size() - 1;
        Identification id = index.identify(ImageSource.of(photoOf(joint, new Shot(40, 95, 0.8, 0.5, 0.5, 0, 1, 4))));

        assertThat(id.known()).as(id.describe() + " " + id.candidates()).isTrue();
        assertThat(id.best().design()).isEqualTo(gallery.designOf(joint)).isNotEqualTo(gallery.ids.get(joint));
        assertThat(id.issuers()).extracting(e -> e.id()).contains(gallery.ids.get(joint), gallery.ids.get(joint - 1));
        assertThat(id.candidates()).extracting(Candidate::design).doesNotHaveDuplicates();
        assertThat(id.describe()).contains("a design common to");
        // the two countries' pictures are the same made-up picture: nothing tells them apart
        assertThat(id.countryOpen()).isTrue();
        assertThat(id.coin()).isEmpty();
        assertThat(id.likeliestCoin()).contains(id.issuers().get(0));
        assertThat(id.describe()).contains("country not told, likeliest");
    }

    @Test
    void listsAsManyCandidatesAsAskedPerCallAndDoesNotSaveTheCount() {
        ImageSource photo = ImageSource.of(photoOf(0, new Shot(10, 90, 0.8, 0.5, 0.5, 0, 0, 1)));
        Identification id = index.withCandidates(3).identify(photo);

        assertThat(id.candidates()).hasSize(3);
        assertThat(id.candidates()).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(id.candidates()).allSatisfy(c -> assertThat(c.score()).isBetween(0.0, 1.0));
        assertThat(index.identify(photo).candidates()).hasSize(DesignIndex.DEFAULT_CANDIDATES);

        Path saved = temp.resolve("three-candidates");
        index.withCandidates(3).save(saved);
        assertThat(saved.resolve(IndexDirectory.MANIFEST)).content().doesNotContain("candidates");
        assertThat(DesignIndex.load(saved).candidates()).isEqualTo(DesignIndex.DEFAULT_CANDIDATES);
    }

    @Test
    void eightThreadsGiveTheSameAnswersAsOne() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        List<RgbImage> photos = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            photos.add(photoOf(i % gallery.ids.size(), Shot.random(random)));
        }
        ConcurrentIdentification.assertSameAnswersOnEightThreads(index, photos);
        // and with tilt correction, which reads each photo several ways
        ConcurrentIdentification.assertSameAnswersOnEightThreads(index.withTiltCorrection(true), photos.subList(0, 6));
    }

    @Test
    void identifiesPhotoFilesInOrderAndNamesThemWithAnErrorInPlaceOfABadOne() throws IOException {
        Path a = temp.resolve("a.png");
        Path b = temp.resolve("b.png");
        javax.imageio.ImageIO.write(photoOf(1, new Shot(30, 60, 0.5, 0.2, 0.3, 0, 0, 2)).toBufferedImage(), "png", a.toFile());
        javax.imageio.ImageIO.write(photoOf(2, new Shot(80, 260, 0.7, 0.8, 0.6, 0, 0, 3)).toBufferedImage(), "png", b.toFile());

        Path bad = Files.writeString(temp.resolve("bad.jpg"), "not a picture");

        List<Outcome<Identification>> outcomes = index.identifyAll(
                List.of(ImageSource.of(a), ImageSource.of(bad), ImageSource.of(b)));

        assertThat(outcomes).extracting(Outcome::photo).containsExactly(a.toString(), bad.toString(), b.toString());
        assertThat(outcomes.get(0).orElseThrow().best().catalogId()).isEqualTo(gallery.ids.get(1));
        assertThat(outcomes.get(1).error().orElseThrow()).isInstanceOf(ImageDecodeException.class)
                .hasMessageStartingWith(bad.toString());
        assertThat(outcomes.get(2).orElseThrow().best().catalogId()).isEqualTo(gallery.ids.get(2));
        assertThat(outcomes.get(2).orElseThrow().photo()).isEqualTo(b.toString());
        assertThat(index.identify(ImageSource.of(Files.readAllBytes(a), "bytes.png")).photo()).isEqualTo("bytes.png");
    }

    @Test
    void aLargeJpegIsReadAtReducedScaleAndNamedAsAtFullScale() throws IOException {
        // 4000x3000 px, the coin half the shorter side across: read at 1/2, it still spans 750 px
        RgbImage large = SyntheticGallery.DESIGNS.photo(gallery.designs.get(5), new Shot(40, 70, 0.5, 0.5, 0.5, 0, 0, 2),
                4000, 3000);
        Path file = temp.resolve("twelve-megapixels.jpg");
        Files.write(file, dev.coinid.testing.TestPictures.jpeg(large));

        Identification reduced = index.identify(ImageSource.of(file));
        Identification fullScale = index.identify(ImageSource.of(dev.coinid.image.ImageDecoder.defaults().decode(file)));

        assertThat(reduced.best().catalogId()).isEqualTo(gallery.ids.get(5)).isEqualTo(fullScale.best().catalogId());
        assertThat(reduced.known()).isEqualTo(fullScale.known());
        assertThat(reduced.best().score()).isCloseTo(fullScale.best().score(), within(0.1));
    }

    @Test
    void aPhotoThatIsNotAPictureIsATypedErrorNamingTheFile() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.jpg"), "not a picture");

        assertThatThrownBy(() -> index.identify(ImageSource.of(text)))
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageStartingWith(text.toString());
    }

    @Test
    void aSavedIndexLoadsAndGivesTheSameAnswers() {
        Path saved = temp.resolve("saved-index");
        index.save(saved);
        DesignIndex loaded = DesignIndex.load(saved);

        RgbImage photo = photoOf(4, new Shot(123, 321, 0.6, 0.3, 0.3, 0.4, 3, 8));
        assertThat(loaded.identify(ImageSource.of(photo))).isEqualTo(index.identify(ImageSource.of(photo)));
        assertThat(loaded.designs()).isEqualTo(index.designs());
        assertThat(saved.resolveSibling("." + saved.getFileName() + ".writing-" + ProcessHandle.current().pid())).doesNotExist();
    }

    @Test
    void aSavedIndexStoresItsNormsSoThatLoadingMeasuresNothing() {
        Path saved = temp.resolve("stored-norms");
        index.save(saved);
        DesignIndex loaded = DesignIndex.load(saved);

        assertThat(saved.resolve(IndexDirectory.NORMS)).exists();
        for (int r = 0; r < index.size(); r++) {
            assertThat(loaded.norms().mean(r)).isEqualTo(index.norms().mean(r));
            assertThat(loaded.norms().deviation(r)).isEqualTo(index.norms().deviation(r));
        }
    }

    @Test
    void anIndexOfFormatOneStillLoadsAndGivesTheSameAnswers() throws IOException {
        Path v1 = Files.createDirectories(temp.resolve("format-one"));
        List<ReferencePicture> pictures = ReferenceFolders.list(List.of(gallery.folder), index.catalog());
        CoinView view = CoinView.squareOn();
        java.nio.ByteBuffer descriptions = java.nio.ByteBuffer
                .allocate(pictures.size() * PolarGradientHistogram.LENGTH * Float.BYTES)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        com.fasterxml.jackson.databind.node.ArrayNode records = com.fasterxml.jackson.databind.json.JsonMapper
                .builder().build().createArrayNode();
        for (ReferencePicture picture : pictures) {
            for (float value : view.describe(dev.coinid.image.ImageDecoder.defaults().decode(picture.file()))) {
                descriptions.putFloat(value);
            }
            records.addObject().put("catalogId", picture.catalogId())
                    .put("design", DesignIndex.designOf(index.catalog().byId(picture.catalogId()).orElseThrow()))
                    .put("picture", picture.file().getFileName().toString());
        }
        Files.write(v1.resolve(IndexDirectory.DESCRIPTIONS), descriptions.array());
        Files.writeString(v1.resolve(IndexDirectory.MANIFEST), "{\"format\": \"coinid-index\", \"formatVersion\": 1, "
                + "\"description\": \"" + IndexDirectory.DESCRIPTION + "\", \"candidates\": 3, \"references\": " + records
                + ", \"sha256\": \"" + IndexDirectory.checksum(records, descriptions.array()) + "\"}");

        DesignIndex loaded = DesignIndex.load(v1);

        RgbImage photo = photoOf(7, new Shot(200, 100, 0.5, 0.6, 0.3, 0.2, 1, 5));
        assertThat(loaded.size()).isEqualTo(index.size());
        assertThat(loaded.candidates()).isEqualTo(DesignIndex.DEFAULT_CANDIDATES); // no longer read: a choice of each call
        // format 1 predates the verification's chance level: the bundled index's stands in for it
        assertThat(loaded.chance()).isEqualTo(VerificationChance.BUNDLED);
        assertThat(loaded.identify(ImageSource.of(photo)))
                .isEqualTo(index.withChance(VerificationChance.BUNDLED).identify(ImageSource.of(photo)));
    }

    @Test
    void savingAgainReplacesTheOldIndex() {
        Path saved = temp.resolve("replaced-index");
        index.without(gallery.ids.get(0)).save(saved);
        index.save(saved);

        assertThat(DesignIndex.load(saved).size()).isEqualTo(index.size());
    }

    @Test
    void aTamperedIndexIsRefused() throws IOException {
        Path saved = temp.resolve("tampered-index");
        index.save(saved);
        Path spectra = saved.resolve(IndexDirectory.SPECTRA);
        byte[] bytes = Files.readAllBytes(spectra);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(spectra, bytes);

        assertThatThrownBy(() -> DesignIndex.load(saved))
                .isInstanceOf(IndexFormatException.class)
                .hasMessageStartingWith(saved.toString())
                .hasMessageContaining("checksum");
    }

    @Test
    void anIndexOfANewerFormatIsRefused() throws IOException {
        Path saved = temp.resolve("newer-index");
        index.save(saved);
        Path manifest = saved.resolve(IndexDirectory.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replace("\"formatVersion\" : 2", "\"formatVersion\" : 99"));

        assertThatThrownBy(() -> DesignIndex.load(saved))
                .isInstanceOf(IndexFormatException.class)
                .hasMessageContaining("newer");
    }

    @Test
    void aFolderThatIsNotAnIndexIsRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("not-an-index"));

        assertThatThrownBy(() -> DesignIndex.load(empty))
                .isInstanceOf(IndexFormatException.class)
                .hasMessageStartingWith(empty.toString());
        assertThatThrownBy(() -> DesignIndex.load(temp.resolve("missing")))
                .isInstanceOf(IndexFormatException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void savingOverAFolderThatHoldsSomethingElseIsRefused() throws IOException {
        Path other = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(other.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> index.save(other)).isInstanceOf(IndexFormatException.class);
        assertThat(other.resolve("keep.txt")).exists();
    }

    @Test
    void withoutTheReferencesModuleTheBundledIndexSaysWhatToAdd() {
        // coin-match's own tests run without coin-references, as a user who left the module out
        assertThatThrownBy(DesignIndex::bundled)
                .isInstanceOf(IndexFormatException.class)
                .hasMessageContaining("coin-references");
    }

    @Test
    void coverageCountsTheCatalogDesignsWithAPictureAndListsTheCoinsOfTheRest() {
        IndexCoverage coverage = index.coverage();

        long missingDesigns = coverage.missing().stream().map(DesignIndex::designOf).distinct().count();
        assertThat(coverage.coveredDesigns()).isEqualTo(DESIGNS + 1);
        assertThat(coverage.catalogDesigns()).isEqualTo(DESIGNS + 1 + missingDesigns);
        assertThat(coverage.missing()).extracting(e -> e.id()).doesNotContainAnyElementsOf(gallery.ids);
        assertThat(coverage.missing()).allMatch(e -> !index.designs().contains(DesignIndex.designOf(e)));
        assertThat(coverage.describe()).startsWith((DESIGNS + 1) + " of " + coverage.catalogDesigns() + " catalog designs")
                .contains("; missing: " + coverage.missing().stream().mapToInt(e -> e.year()).min().orElseThrow() + " ");
    }

    @Test
    void withTiltCorrectionATiltedPhotoIsNamedAndASquareOnOneIsAnsweredAsWithout() {
        DesignIndex correcting = index.withTiltCorrection(true);
        Shot shot = new Shot(30, 120, 0.7, 0.5, 0.5, 0.3, 1, 5);
        RgbImage flat = photoOf(6, shot);
        dev.coinid.image.CoinOutline coin = dev.coinid.image.CoinLocator.forTwoEuroCoins().locate(flat);
        // seen from afar, and close up, its nearer half larger, either half the nearer
        RgbImage tilted = new dev.coinid.synthetic.TiltedCamera(45, 20, Double.POSITIVE_INFINITY).view(flat, coin);
        RgbImage closeUp = new dev.coinid.synthetic.TiltedCamera(45, 20, dev.coinid.synthetic.TiltedCamera.CLOSE_UP_MM)
                .view(flat, coin);
        RgbImage closeUpOtherWay = new dev.coinid.synthetic.TiltedCamera(45, 200,
                dev.coinid.synthetic.TiltedCamera.CLOSE_UP_MM).view(flat, coin);

        assertThat(correcting.correctsTilt()).isTrue();
        assertThat(index.correctsTilt()).isFalse();
        for (RgbImage view : List.of(tilted, closeUp, closeUpOtherWay)) {
            Identification id = correcting.identify(ImageSource.of(view));
            assertThat(id.known()).isTrue();
            assertThat(id.best().design()).isEqualTo(gallery.designOf(6));
        }
        assertThat(correcting.identify(ImageSource.of(flat))).isEqualTo(index.identify(ImageSource.of(flat)));
        assertThat(correcting.withCandidates(3).correctsTilt()).isTrue();
    }

    @Test
    void theAcceptScoreIsHonouredAndSavedWithTheIndex() {
        RgbImage photo = photoOf(8, new Shot(70, 110, 0.6, 0.5, 0.5, 0.4, 2, 6));
        double score = index.identify(ImageSource.of(photo)).score();

        assertThat(index.acceptAt()).isEqualTo(DesignIndex.DEFAULT_ACCEPT_AT);
        assertThat(index.withAcceptAt(Math.min(0.999, score + 1e-9)).identify(ImageSource.of(photo)).known()).isEqualTo(score >= 0.999);
        assertThat(index.withAcceptAt(Math.max(1e-6, score / 2)).identify(ImageSource.of(photo)).known()).isTrue();

        Path saved = temp.resolve("strict-index");
        index.withAcceptAt(0.9).save(saved);
        assertThat(DesignIndex.load(saved).acceptAt()).isEqualTo(0.9);
        assertThat(index.withAcceptAt(0.9).withCandidates(2).withTiltCorrection(true).acceptAt()).isEqualTo(0.9);
        assertThatThrownBy(() -> index.withAcceptAt(1.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPhotoOfTheCommonSideIsToldAsSuchWhereTheIndexHoldsItsPicture() throws IOException {
        // a made-up design stands for the common side's map
        Path commonSide = temp.resolve("common-side.png");
        javax.imageio.ImageIO.write(SyntheticGallery.DESIGNS.catalogPicture(300, 360).toBufferedImage(), "png",
                commonSide.toFile());
        DesignIndex withSide = DesignIndex.builder().commonSides(List.of(commonSide)).build(List.of(gallery.folder));
        RgbImage photo = SyntheticGallery.DESIGNS.photo(300, new Shot(50, 120, 0.7, 0.5, 0.5, 0.3, 2, 3), 400, 300);
        Path saved = temp.resolve("index-with-common-side");
        withSide.save(saved);

        Identification told = withSide.identify(ImageSource.of(photo));
        assertThat(told.side()).isEqualTo(Side.COMMON);
        assertThat(told.known()).isFalse();
        assertThat(told.describe()).contains("turn the coin over");
        assertThat(DesignIndex.load(saved).identify(ImageSource.of(photo))).isEqualTo(told);
        assertThat(DesignIndex.load(saved).knowsTheCommonSide()).isTrue();
        assertThat(index.identify(ImageSource.of(photo)).side()).isEqualTo(Side.UNKNOWN);
        assertThat(withSide.identify(ImageSource.of(photoOf(2, new Shot(10, 100, 0.7, 0.5, 0.5, 0.2, 1, 2)))).side()).isEqualTo(Side.NATIONAL);
        // tilted, the common side gets the same choice of readings as the designs
        RgbImage tilted = new dev.coinid.synthetic.TiltedCamera(40, 70, dev.coinid.synthetic.TiltedCamera.CLOSE_UP_MM)
                .view(photo, dev.coinid.image.CoinLocator.forTwoEuroCoins().locate(photo));
        assertThat(withSide.withTiltCorrection(true).identify(ImageSource.of(tilted)).side()).isEqualTo(Side.COMMON);
    }

    @Test
    void withoutACoinDropsItsPictures() {
        DesignIndex smaller = index.without(gallery.ids.get(5));

        assertThat(smaller.size()).isEqualTo(index.size() - 1);
        assertThat(smaller.catalogIds()).doesNotContain(gallery.ids.get(5));
    }
}
