package dev.coinid.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coinid.image.ImageDecoder;
import dev.coinid.image.RgbImage;
import dev.coinid.references.BundledReferences;
import dev.coinid.synthetic.CoinPicture;
import dev.coinid.synthetic.TableScene;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coinid identify --all-coins [--annotate <dir>] [--json]} on a table of bundled designs, with the bundled index. */
class AllCoinsCommandTest {

    private static final String ATHENS = "gr-2004-olympic-games-in-athens-2004";
    private static final String LATVIA = "lv-2022-centenary-of-latvijas-banka-financial-literacy";

    @TempDir
    static Path temp;

    static Path table;

    /** Athens and Latvia (top row), then the common side and a copper coin (second row). */
    @BeforeAll
    static void layTheTable() throws IOException {
        CoinPicture athens = CoinPicture.cropped(ATHENS, BundledReferences.picture(ATHENS), CoinPicture.TWO_EURO_MM);
        CoinPicture latvia = CoinPicture.cropped(LATVIA, BundledReferences.picture(LATVIA), CoinPicture.TWO_EURO_MM);
        RgbImage commonSide;
        try (InputStream in = BundledReferences.class.getResourceAsStream(
                "/dev/coinid/references/common-sides/common-2007-200.jpg")) {
            commonSide = ImageDecoder.defaults().decode(in, "common-2007-200.jpg");
        }
        CoinPicture common = CoinPicture.cropped("common", commonSide, CoinPicture.TWO_EURO_MM);
        CoinPicture cent = latvia.recoloured("cent", 0xB87333, 16.25);
        TableScene scene = TableScene.builder(1000, 750).seed(21)
                .place(latvia, 640, 200, 120, 40)
                .place(athens, 260, 210, 120, 300)
                .place(common, 300, 540, 120, 10)
                .place(cent, 680, 530, 76, 0)
                .build();
        table = temp.resolve("table.png");
        ImageIO.write(scene.photo().toBufferedImage(), "png", table.toFile());
    }

    @Test
    void jsonListsEveryCoinInReadingOrderWithItsFieldsInOrder() throws IOException {
        CliRun run = CliRun.of("identify", table.toString(), "--all-coins", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode photo = JsonMapper.builder().build().readTree(run.out()).get(0);
        assertThat(photo.get("photo").asText()).isEqualTo(table.toString());
        assertThat(photo.has("candidates")).isTrue();
        JsonNode coins = photo.get("coins");
        assertThat(coins).hasSize(4);
        List<String> fields = new ArrayList<>();
        coins.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("x", "y", "radius", "partial", "side", "known", "catalogId", "design", "score",
                "commemorative", "country", "year", "theme", "mintage", "rarity", "twoEuro", "radiusMinor", "angle");

        JsonNode athens = coins.get(0);
        assertThat(athens.get("x").asDouble()).isCloseTo(260, org.assertj.core.data.Offset.offset(6.0));
        assertThat(athens.get("radius").asDouble()).isCloseTo(120, org.assertj.core.data.Offset.offset(7.0));
        assertThat(athens.get("known").asBoolean()).isTrue();
        assertThat(athens.get("side").asText()).isEqualTo("national");
        assertThat(athens.get("catalogId").asText()).isEqualTo(ATHENS);
        assertThat(athens.get("country").asText()).isEqualTo("Greece");
        assertThat(athens.get("year").asInt()).isEqualTo(2004);
        assertThat(athens.get("commemorative").asBoolean()).isTrue();
        assertThat(coins.get(1).get("catalogId").asText()).isEqualTo(LATVIA);

        JsonNode common = coins.get(2);
        assertThat(common.get("twoEuro").asBoolean()).isTrue();
        assertThat(common.get("side").asText()).isEqualTo("common");
        assertThat(common.get("known").asBoolean()).isFalse();
        assertThat(common.get("catalogId").isNull()).isTrue();

        JsonNode cent = coins.get(3);
        assertThat(cent.get("twoEuro").asBoolean()).isFalse();
        assertThat(cent.get("side").isNull()).isTrue();
        assertThat(cent.get("design").isNull()).isTrue();
        assertThat(cent.get("partial").asBoolean()).isFalse();
    }

    @Test
    void textHasOneLinePerCoinAndTheAnnotatedPictureHasThePhotosSize() throws IOException {
        Path drawn = temp.resolve("drawn");

        CliRun run = CliRun.of("identify", table.toString(), "--all-coins", "--annotate", drawn.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(table + ": 4 coins, drawn in " + drawn.resolve("table-coins.png"));
        assertThat(lines.get(1)).startsWith("  1 at (").contains("commemorative 2-euro, Greece 2004");
        assertThat(lines.get(3)).endsWith(": 2-euro, common side");
        assertThat(lines.get(4)).endsWith(": not a 2-euro coin");
        RgbImage picture = ImageDecoder.defaults().decode(drawn.resolve("table-coins.png"));
        assertThat(picture.width()).isEqualTo(1000);
        assertThat(picture.height()).isEqualTo(750);
        try (var files = Files.list(drawn)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("table-coins.png");
        }
    }

    @Test
    void aBadPhotoIsOneLineAndTheOthersAreStillRead() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.jpg"), "no picture here");

        CliRun run = CliRun.of("identify", broken.toString(), table.toString(), "--all-coins");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(run.err()).startsWith("coinid: " + broken + ": ");
        assertThat(run.out()).startsWith(table + ": 4 coins");
    }

    @Test
    void withoutAllCoinsTheOutputIsAsBeforeAndAnnotateAloneIsAUsageError() throws IOException {
        CliRun plain = CliRun.of("identify", table.toString(), "--json");
        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCodes.OK);
        assertThat(JsonMapper.builder().build().readTree(plain.out()).get(0).has("coins")).isFalse();

        CliRun annotate = CliRun.of("identify", table.toString(), "--annotate", temp.toString());
        assertThat(annotate.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(annotate.err()).contains("--annotate needs --all-coins");
    }
}
