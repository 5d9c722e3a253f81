package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.cli.CoinIdCli;
import dev.coinid.match.DesignIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coinid serve}'s HTTP API, on a real server on a free loopback port, held to what its clients rely on. */
class CoinIdServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Small enough that the too-large test sends little; the defaults are tested in ServeLimitsTest. */
    private static final long MAX_PHOTO_BYTES = 2L * 1024 * 1024;

    private static CoinIdServer server;
    private static URI base;
    private static byte[] design;
    private static byte[] commonSide;

    @TempDir
    static Path temp;

    @BeforeAll
    static void start() {
        server = CoinIdServer.start(DesignIndex.bundled(), "127.0.0.1", 0,
                ServeLimits.defaults().withMaxPhotoBytes(MAX_PHOTO_BYTES).withWorkers(2, 32));
        base = server.url("127.0.0.1");
        design = TestPhotos.design();
        commonSide = TestPhotos.commonSide();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aPhotoIsAnsweredWithTheObjectIdentifyJsonPrintsForIt() throws Exception {
        Path file = Files.write(temp.resolve("coin.jpg"), design);
        StringWriter out = new StringWriter();
        int exitCode = CoinIdCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "identify", "--json", file.toString());
        assertThat(exitCode).isZero();
        ObjectNode cli = (ObjectNode) JSON.readTree(out.toString()).get(0);
        cli.put("photo", "coin.jpg"); // the CLI names the file by its path, the server by the upload's name

        HttpResponse<String> response = send(new MultipartForm().file("photo", "coin.jpg", "image/jpeg", design));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer).hasSize(1);
        assertThat(answer.get(0)).isEqualTo(cli);
        assertThat(answer.get(0).get("catalogId").asText()).isEqualTo(TestPhotos.DESIGN);
        assertThat(answer.get(0).get("country").asText()).isEqualTo(TestPhotos.DESIGN_COUNTRY);
    }

    @Test
    void severalPhotosAreAnsweredInTheOrderSentAndANameKeepsNoFolder() throws Exception {
        HttpResponse<String> response = send(new MultipartForm()
                .file("photo", "IMG_1.jpg", "image/jpeg", commonSide)
                .file("photo", "../../etc/IMG_2.jpg", "image/jpeg", design)
                .file("photo", "C:\\phone\\IMG_3.jpg", "application/octet-stream", commonSide));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer).hasSize(3);
        assertThat(answer.get(0).get("photo").asText()).isEqualTo("IMG_1.jpg");
        assertThat(answer.get(0).get("side").asText()).isEqualTo("common");
        assertThat(answer.get(0).get("known").asBoolean()).isFalse();
        assertThat(answer.get(1).get("photo").asText()).isEqualTo("IMG_2.jpg");
        assertThat(answer.get(1).get("catalogId").asText()).isEqualTo(TestPhotos.DESIGN);
        assertThat(answer.get(1).get("commemorative").asBoolean()).isTrue();
        assertThat(answer.get(2).get("photo").asText()).isEqualTo("IMG_3.jpg");
        assertThat(answer.get(2).get("side").asText()).isEqualTo("common");
    }

    @Test
    void aPhotoThatIsNotAnImageIs422WithItsErrorBesideTheOthersAnswers() throws Exception {
        HttpResponse<String> response = send(new MultipartForm()
                .file("photo", "notes.jpg", "image/jpeg", "shopping list".getBytes())
                .file("photo", "coin.jpg", "image/jpeg", design));

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get(0).get("photo").asText()).isEqualTo("notes.jpg");
        assertThat(answer.get(0).get("error").asText()).startsWith("notes.jpg: not an image");
        assertThat(answer.get(1).get("catalogId").asText()).isEqualTo(TestPhotos.DESIGN);
        assertHealthy();
    }

    @Test
    void aTruncatedPhotoIs422NamingIt() throws Exception {
        HttpResponse<String> response = send(new MultipartForm()
                .file("photo", "cut.jpg", "image/jpeg", Arrays.copyOf(design, design.length / 3)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(response.body()).get(0).get("error").asText()).startsWith("cut.jpg: ")
                .containsIgnoringCase("truncated");
        assertHealthy();
    }

    @Test
    void aPhotoLargerThanTheLimitIs413() throws Exception {
        byte[] huge = Arrays.copyOf(design, (int) MAX_PHOTO_BYTES + 1);
        assertRejected(send(new MultipartForm().file("photo", "huge.jpg", "image/jpeg", huge)), 413, null,
                "larger than 2 MB");
    }

    @Test
    void moreThanTenPhotosIs413() throws Exception {
        MultipartForm form = new MultipartForm();
        for (int i = 0; i < 11; i++) {
            form.file("photo", i + ".jpg", "image/jpeg", design);
        }
        assertRejected(send(form), 413, null, "11 photos in one request; at most 10");
    }

    @Test
    void aPartSentAsAnotherTypeIs415NamingIt() throws Exception {
        assertRejected(send(new MultipartForm().file("photo", "notes.txt", "text/plain", "hello".getBytes())),
                415, "notes.txt", "sent as text/plain, not as an image");
    }

    @Test
    void aBodyThatIsNotAFormIs415() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/identify"))
                .header("Content-Type", "image/jpeg").POST(HttpRequest.BodyPublishers.ofByteArray(design)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRejected(response, 415, null, "send the photos as multipart/form-data");
    }

    @Test
    void aFormWithoutThePhotoFieldIs400() throws Exception {
        assertRejected(send(new MultipartForm().file("picture", "coin.jpg", "image/jpeg", design)
                .field("note", "hi")), 400, null, "no photo: the form has no file in the field 'photo'");
    }

    @Test
    void aFormCutShortIs400() throws Exception {
        MultipartForm form = new MultipartForm().file("photo", "coin.jpg", "image/jpeg", design);
        HttpResponse<String> response = HTTP.send(form.post(base.resolve("/api/identify"), design.length / 2),
                HttpResponse.BodyHandlers.ofString());
        assertRejected(response, 400, null, "the multipart form cannot be read");
    }

    @Test
    void anUploadTooLargeForMemoryWaitsInAPrivateDirectoryThatIsEmptiedAfterAndDeletedAtTheEnd() throws Exception {
        byte[] large = Arrays.copyOf(design, 5 * 1024 * 1024); // the photo, then zeros past its end
        Path uploads;
        try (CoinIdServer own = CoinIdServer.start(DesignIndex.bundled(), "127.0.0.1", 0, ServeLimits.defaults())) {
            uploads = own.uploadDirectory();
            assertThat(Files.getPosixFilePermissions(uploads)).containsExactlyInAnyOrder(
                    PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

            HttpResponse<String> response = HTTP.send(new MultipartForm().file("photo", "large.jpg", "image/jpeg", large)
                    .post(own.url("127.0.0.1").resolve("/api/identify")), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get(0).get("catalogId").asText()).isEqualTo(TestPhotos.DESIGN);
            try (Stream<Path> left = Files.list(uploads)) {
                assertThat(left).as("uploads left after the answer").isEmpty();
            }
        }
        assertThat(uploads).doesNotExist();
    }

    @Test
    void aCatalogEntryIsWhatCatalogShowJsonPrints() throws Exception {
        StringWriter out = new StringWriter();
        CoinIdCli.run(new PrintWriter(out), new PrintWriter(new StringWriter()),
                "catalog", "show", TestPhotos.DESIGN, "--json");

        HttpResponse<String> response = get("/api/catalog/" + TestPhotos.DESIGN);
        HttpResponse<String> missing = get("/api/catalog/xx-1999-nothing");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(out.toString()));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("no coin with this id in the catalog");
    }

    @Test
    void thePageIsServedWithAPolicyThatAllowsNoOtherSite() throws Exception {
        HttpResponse<String> page = get("/");
        HttpResponse<String> script = get("/app.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<input id=\"photos\" type=\"file\" name=\"photo\" accept=\"image/*\" "
                + "capture=\"environment\" multiple>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'self'"));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).doesNotContain("innerHTML");
    }

    @Test
    @Tag("slow")
    void twentyConcurrentRequestsAreAllAnsweredAndMemoryStaysBounded() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                byte[] photo = i % 2 == 0 ? design : commonSide;
                String name = "photo-" + i + ".jpg";
                answers.add(clients.submit(() -> send(new MultipartForm().file("photo", name, "image/jpeg", photo))));
            }
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> response = answers.get(i).get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode answer = JSON.readTree(response.body()).get(0);
                assertThat(answer.get("photo").asText()).isEqualTo("photo-" + i + ".jpg");
                if (i % 2 == 0) {
                    assertThat(answer.get("catalogId").asText()).isEqualTo(TestPhotos.DESIGN);
                } else {
                    assertThat(answer.get("side").asText()).isEqualTo("common");
                }
            }
        } finally {
            clients.shutdownNow();
        }
        System.gc();
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        assertThat(heapAfter - heapBefore).as("heap growth after 20 requests").isLessThan(64L * 1024 * 1024);
        assertHealthy();
    }

    private static void assertRejected(HttpResponse<String> response, int status, String photo, String error)
            throws IOException, InterruptedException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.body()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("photo").isNull() ? null : body.get("photo").asText()).isEqualTo(photo);
        assertThat(body.get("error").asText()).contains(error);
        assertHealthy();
    }

    private static void assertHealthy() throws IOException, InterruptedException {
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("requestsInProgress").asInt()).isZero();
    }

    private static HttpResponse<String> send(MultipartForm form) throws IOException, InterruptedException {
        return HTTP.send(form.post(base.resolve("/api/identify")), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
