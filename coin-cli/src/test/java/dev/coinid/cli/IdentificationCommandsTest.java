package dev.coinid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.SyntheticDesigns;
import dev.coinid.synthetic.SyntheticDesigns.Shot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coinid index} and {@code coinid identify}, held to the contract that scripts rely on. */
class IdentificationCommandsTest {

    private static final SyntheticDesigns DESIGNS = SyntheticDesigns.withSeed(77);
    private static final int COUNT = 30;

    @TempDir
    static Path temp;

    static List<String> ids = new ArrayList<>();
    static Path index;

    @BeforeAll
    static void buildAnIndex() throws IOException {
        Path gallery = Files.createDirectories(temp.resolve("gallery"));
        for (CatalogEntry entry : CoinCatalog.bundled().entries()) {
            if (ids.size() < COUNT && entry.isCommemorative() && entry.jointIssue().isEmpty()) {
                ImageIO.write(DESIGNS.catalogPicture(ids.size(), 320).toBufferedImage(), "png",
                        gallery.resolve(entry.id() + ".png").toFile());
                ids.add(entry.id());
            }
        }
        index = temp.resolve("index");
        CliRun run = CliRun.of("index", gallery.toString(), "-o", index.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Index of " + COUNT + " pictures (" + COUNT + " designs) saved to " + index);
        assertThat(run.err()).contains("described " + COUNT + " of " + COUNT + " reference pictures");
        int designs = (int) CoinCatalog.bundled().stream()
                .map(e -> e.jointIssue().map(j -> j.theme()).orElse(e.id())).distinct().count();
        assertThat(run.out()).contains("Covers " + COUNT + " of " + designs + " catalog designs")
                .contains("; missing: 1999 ");
    }

    private static Path photo(String name, int design, Shot shot) throws IOException {
        Path file = temp.resolve(name);
        ImageIO.write(DESIGNS.photo(design, shot, 480, 360).toBufferedImage(), "png", file.toFile());
        return file;
    }

    @Test
    void identifyPrintsOneLinePerPhotoWithTheVerdict() throws IOException {
        Path known = photo("known.png", 4, new Shot(70, 150, 0.6, 0.3, 0.6, 0.3, 2, 1));
        Path unknown = photo("unknown.png", 500, new Shot(10, 120, 0.6, 0.5, 0.5, 0.3, 2, 2));

        CliRun run = CliRun.of("identify", "--index", index.toString(), known.toString(), unknown.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        String entry = CoinCatalog.bundled().byId(ids.get(4)).orElseThrow().countryName();
        assertThat(run.out().lines()).hasSize(2);
        assertThat(run.out().lines().toList().get(0)).startsWith(known + ": commemorative 2-euro, " + entry)
                .matches(".*\\(score [01]\\.\\d\\d\\)$");
        assertThat(run.out().lines().toList().get(1)).startsWith(unknown + ": not a known 2-euro design (closest: ");
    }

    @Test
    void identifyJsonIsOneArrayInArgumentOrderAndAnUnreadablePhotoIsAnErrorObject() throws IOException {
        Path known = photo("json-known.png", 7, new Shot(200, 130, 0.7, 0.6, 0.4, 0.2, 1, 3));
        Path unknown = photo("json-unknown.png", 600, new Shot(0, 135, 0.6, 0.5, 0.5, 0, 0, 4));
        Path broken = Files.writeString(temp.resolve("broken.jpg"), "no picture here");

        CliRun run = CliRun.of("identify", "--index", index.toString(), known.toString(), broken.toString(), unknown.toString(),
                "--json", "--top", "3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        JsonNode array = JsonMapper.builder().build().readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(3);

        JsonNode first = array.get(0);
        assertThat(fieldNames(first)).containsExactly("photo", "known", "side", "catalogId", "design", "score",
                "commemorative", "country", "year", "theme", "mintage", "rarity", "countries", "candidates");
        assertThat(first.get("photo").asText()).isEqualTo(known.toString());
        assertThat(first.get("known").asBoolean()).isTrue();
        assertThat(first.get("catalogId").asText()).isEqualTo(ids.get(7));
        assertThat(first.get("design").asText()).isEqualTo(ids.get(7));
        assertThat(first.get("score").asDouble()).isBetween(0.5, 1.0);
        assertThat(first.get("commemorative").asBoolean()).isTrue();
        assertThat(first.get("year").isInt()).isTrue();
        assertThat(first.get("candidates")).hasSize(3);
        assertThat(fieldNames(first.get("candidates").get(0))).containsExactly("catalogId", "design", "score");

        JsonNode second = array.get(1);
        assertThat(fieldNames(second)).containsExactly("photo", "error");
        assertThat(second.get("photo").asText()).isEqualTo(broken.toString());
        assertThat(second.get("error").asText()).startsWith(broken.toString()).doesNotContain("\n");

        JsonNode third = array.get(2);
        assertThat(third.get("known").asBoolean()).isFalse();
        assertThat(third.get("catalogId").isNull()).isTrue();
        assertThat(third.get("commemorative").isNull()).isTrue();
        assertThat(third.get("country").isNull()).isTrue();
        assertThat(third.get("countries")).isEmpty();
        assertThat(third.get("side").isNull()).isTrue();
        assertThat(third.get("mintage").isNull()).isTrue();
        assertThat(third.get("rarity").isNull()).isTrue();
        assertThat(third.get("score").asDouble()).isBetween(0.0, 0.5);
        assertThat(third.get("candidates")).hasSize(3);
    }

    @Test
    void identifyWithoutAnIndexNamesABundledDesignWithItsMintageAndRarity() throws IOException {
        String id = "gr-2004-olympic-games-in-athens-2004";
        Path photo = temp.resolve("athens.png");
        ImageIO.write(BundledReferences.picture(id).toBufferedImage(), "png", photo.toFile());

        CliRun run = CliRun.of("identify", photo.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode answer = JsonMapper.builder().build().readTree(run.out()).get(0);
        CatalogEntry coin = CoinCatalog.bundled().byId(id).orElseThrow();
        assertThat(answer.get("known").asBoolean()).isTrue();
        assertThat(answer.get("catalogId").asText()).isEqualTo(id);
        assertThat(answer.get("countries")).extracting(JsonNode::asText).containsExactly("Greece");
        assertThat(answer.get("side").asText()).isEqualTo("national");
        assertThat(answer.get("mintage").asLong()).isEqualTo(coin.circulatedMintage().orElseThrow());
        assertThat(answer.get("rarity").asInt()).isEqualTo(CoinCatalog.bundled().rarityOf(coin).rank().orElseThrow());
    }

    @Test
    void identifyTiltedNamesACoinPhotographedAtASlant() throws IOException {
        String id = "gr-2004-olympic-games-in-athens-2004";
        dev.coinid.image.RgbImage picture = BundledReferences.picture(id);
        dev.coinid.image.RgbImage slanted = new dev.coinid.synthetic.TiltedCamera(45, 60, 120)
                .view(picture, dev.coinid.image.CoinLocator.forTwoEuroCoins().locate(picture));
        Path photo = temp.resolve("athens-tilted.png");
        ImageIO.write(slanted.toBufferedImage(), "png", photo.toFile());

        CliRun run = CliRun.of("identify", "--tilted", photo.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode answer = JsonMapper.builder().build().readTree(run.out()).get(0);
        assertThat(answer.get("design").asText()).isEqualTo(id);
    }

    @Test
    void acceptAtRaisesTheBarAndOutsideZeroToOneIsAUsageError() throws IOException {
        Path known = photo("strict.png", 4, new Shot(70, 150, 0.6, 0.3, 0.6, 0.3, 2, 1));
        double score = JsonMapper.builder().build()
                .readTree(CliRun.of("identify", "--index", index.toString(), known.toString(), "--json").out())
                .get(0).get("score").asDouble();

        CliRun strict = CliRun.of("identify", "--index", index.toString(), known.toString(), "--json", "--accept-at",
                String.valueOf(Math.min(0.999999, score + 1e-7)));
        CliRun outside = CliRun.of("identify", known.toString(), "--accept-at", "1.5");

        assertThat(score).isGreaterThan(0.5);
        assertThat(JsonMapper.builder().build().readTree(strict.out()).get(0).get("known").asBoolean())
                .isEqualTo(score >= 0.999999);
        assertThat(outside.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(outside.err()).contains("--accept-at");
    }

    @Test
    void aMissingPhotoIsABadInputErrorOnOneLineNamingIt() {
        Path missing = temp.resolve("no-such-coin.jpg");

        CliRun run = CliRun.of("identify", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.errLines()).singleElement().asString().startsWith("coinid: " + missing);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingIndexIsABadInputError() {
        CliRun run = CliRun.of("identify", "--index", temp.resolve("no-index").toString(), "x.jpg");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no-index: does not exist");
    }

    @Test
    void aReferencePictureNamedAfterNoCoinIsABadInputError() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bad-gallery"));
        ImageIO.write(DESIGNS.catalogPicture(1, 64).toBufferedImage(), "png", folder.resolve("my-coin.png").toFile());

        CliRun run = CliRun.of("index", folder.toString(), "-o", temp.resolve("never").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("my-coin.png").contains("not a catalog id");
        assertThat(temp.resolve("never")).doesNotExist();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
