package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coinid.match.DesignIndex;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page of {@code coinid serve} in a real headless browser (Debian's chromium and chromedriver, which
 * {@code .ci/run} installs), on a phone-sized window: a collector chooses two photos, one of a commemorative design
 * and one of the common side, and sees each drawn with its verdict and its card. Skipped, saying why, where no
 * chromium or chromedriver is installed; {@code -Dcoinid.chromium} and {@code -Dcoinid.chromedriver} name others.
 * The screenshot it takes is {@code coin-cli/target/web-page.png} (docs/web-page.png is one of them).
 */
@Tag("slow")
class ServePageTest {

    private static final String CHROMIUM = System.getProperty("coinid.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("coinid.chromedriver", "/usr/bin/chromedriver");

    private static CoinIdServer server;
    private static ChromeDriver browser;

    @TempDir
    static Path temp;

    /** Why the tests are skipped, or null where a browser is installed. */
    private static String missing;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            missing = "no headless browser to drive coinid serve's page: install Debian's chromium and chromedriver "
                    + "(apt-get install -y chromium chromium-driver), or name them with -Dcoinid.chromium and "
                    + "-Dcoinid.chromedriver; looked for " + CHROMIUM + " and " + CHROMEDRIVER;
            System.err.println("ServePageTest skipped: " + missing);
            return;
        }
        server = CoinIdServer.start(DesignIndex.bundled(), "127.0.0.1", 0, ServeLimits.defaults());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")),
                "--window-size=390,844", "--hide-scrollbars");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void needsABrowser() {
        Assumptions.assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPhotoOfADesignAndOneOfTheCommonSideAreShownWithTheirCards() throws Exception {
        Path design = Files.write(temp.resolve("athens.jpg"), TestPhotos.design());
        Path common = Files.write(temp.resolve("map-side.jpg"), TestPhotos.commonSide());
        browser.get(server.url("127.0.0.1").toString());
        assertThat(browser.getTitle()).isEqualTo("coinid: which 2-euro coin is it?");

        browser.findElement(By.id("photos")).sendKeys(design + "\n" + common);
        waitForDrawnPictures(2, Duration.ofSeconds(60));

        List<WebElement> photos = browser.findElements(By.cssSelector("section.photo"));
        assertThat(photos).hasSize(2);
        assertThat(photos.get(0).findElement(By.tagName("h2")).getText()).isEqualTo("athens.jpg");
        WebElement designCard = photos.get(0).findElement(By.cssSelector("article.card"));
        assertThat(designCard.getAttribute("data-kind")).isEqualTo("commemorative");
        // each coin found is numbered on the picture and on its card
        assertThat(designCard.findElement(By.tagName("h3")).getText()).isEqualTo("1Commemorative 2 euro");
        assertThat(designCard.findElement(By.cssSelector("h3 span.number")).getText()).isEqualTo("1");
        Map<String, String> facts = facts(designCard);
        assertThat(facts).containsEntry("Country", TestPhotos.DESIGN_COUNTRY).containsEntry("Year", "2004")
                .containsEntry("Theme", "Olympic Games in Athens 2004")
                .containsEntry("Mintage", "34,500,000 struck for circulation");
        assertThat(facts.get("Rarity")).matches("rank \\d+ by mintage \\(1 is the rarest\\)");
        assertThat(Double.parseDouble(facts.get("Score"))).isGreaterThan(0.5);
        assertThat(photos.get(1).findElement(By.tagName("h2")).getText()).isEqualTo("map-side.jpg");
        WebElement commonCard = photos.get(1).findElement(By.cssSelector("article.card"));
        assertThat(commonCard.getAttribute("data-kind")).isEqualTo("common");
        assertThat(commonCard.getText()).contains("Common side", "turn the coin over");
        assertThat(browser.findElement(By.id("progress")).isDisplayed()).isFalse();

        // the pictures are drawn at full size (the outlines: coinsOfAnAllCoinsAnswerAreOutlinedAndNumberedWithOneCardEach)
        assertThat(pixel(0, 320, 200)).as("the photo, not an empty canvas").isNotEqualTo(List.of(0L, 0L, 0L, 0L));
        assertThat(size(0)).isEqualTo(List.of(640L, 480L));

        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.move(shot, Path.of("target", "web-page.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void whatAnAnswerHoldsIsShownAsTextNeverAsMarkup() {
        browser.get(server.url("127.0.0.1").toString());
        ((JavascriptExecutor) browser).executeScript("showPhotos([], [{photo: '<img src=x onerror=alert(1)>', "
                + "known: true, side: 'national', commemorative: true, country: '<b>Atlantis</b>', year: 2004, "
                + "theme: '<script>alert(2)</script>', score: 0.9, coins: null}])");

        WebElement section = browser.findElement(By.cssSelector("section.photo"));
        assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(section.getText()).contains("<b>Atlantis</b>", "<script>alert(2)</script>");
        assertThat(section.findElements(By.tagName("img"))).isEmpty();
        assertThat(section.findElements(By.tagName("b"))).isEmpty();
        assertThat(section.findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    void coinsOfAnAllCoinsAnswerAreOutlinedAndNumberedWithOneCardEach() throws Exception {
        Path table = Files.write(temp.resolve("table.jpg"), TestPhotos.design());
        browser.get(server.url("127.0.0.1").toString());
        // the answer of 'identify --all-coins --json' for a photo of two coins: one known, one common side
        ((JavascriptExecutor) browser).executeScript("const bytes = Uint8Array.from(atob(arguments[0]), c => "
                + "c.charCodeAt(0)); showPhotos([new File([bytes], 'table.jpg', {type: 'image/jpeg'})], "
                + "[{photo: 'table.jpg', coins: ["
                + "  {x: 256, y: 264, radius: 100, partial: false, side: 'national', known: true, catalogId: 'c',"
                + "   design: 'd', score: 0.93, commemorative: true, country: 'Greece', year: 2004, theme: 'Athens'},"
                + "  {x: 520, y: 120, radius: 60, partial: true, side: 'common', known: false, score: 0.7}]}]);",
                Base64.getEncoder().encodeToString(Files.readAllBytes(table)));
        waitForDrawnPictures(1, Duration.ofSeconds(20));

        List<WebElement> cards = browser.findElements(By.cssSelector("article.card"));
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).getText()).startsWith("1").contains("Commemorative 2 euro", "Greece", "Athens");
        assertThat(cards.get(1).getText()).startsWith("2").contains("Common side");
        assertNear(pixel(0, 256 + 100, 264), 184, 134, 11, "the first coin's rim, gold");
        assertNear(pixel(0, 256 - 20, 264 - 100), 184, 134, 11, "its number's badge, gold");
        assertNear(pixel(0, 520 + 60, 120), 107, 114, 128, "the second coin's rim, grey, dashed: it is partly outside");
    }

    /** The card's facts: each {@code dt} with its {@code dd}. */
    private static Map<String, String> facts(WebElement card) {
        List<WebElement> names = card.findElements(By.tagName("dt"));
        List<WebElement> values = card.findElements(By.tagName("dd"));
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            facts.put(names.get(i).getText(), values.get(i).getText());
        }
        return facts;
    }

    /** Asserts a pixel within a few levels of (r, g, b): a line's edge is blended with the photo. */
    private static void assertNear(List<Long> rgba, int r, int g, int b, String what) {
        assertThat(Math.abs(rgba.get(0) - r) + Math.abs(rgba.get(1) - g) + Math.abs(rgba.get(2) - b))
                .as("%s: %s against (%d, %d, %d)", what, rgba, r, g, b).isLessThan(40);
    }

    /** Waits until the page has drawn {@code count} pictures, or fails after {@code patience}. */
    private static void waitForDrawnPictures(int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (browser.findElements(By.cssSelector(".photo canvas[data-drawn='true']")).size() < count) {
            assertThat(System.nanoTime()).as("%d pictures drawn within %s; the page shows: %s", count, patience,
                    browser.findElement(By.tagName("main")).getText()).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** The RGBA of pixel (x, y) of the n-th photo's canvas. */
    @SuppressWarnings("unchecked")
    private static List<Long> pixel(int n, int x, int y) {
        return (List<Long>) ((JavascriptExecutor) browser).executeScript("const c = document.querySelectorAll("
                + "'.photo canvas')[arguments[0]]; return Array.from(c.getContext('2d').getImageData(arguments[1], "
                + "arguments[2], 1, 1).data);", n, x, y);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> size(int n) {
        return (List<Long>) ((JavascriptExecutor) browser).executeScript("const c = document.querySelectorAll("
                + "'.photo canvas')[arguments[0]]; return [c.width, c.height];", n);
    }
}
