package dev.coinid.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar coinid.jar serve} as a user runs it, after package: the shaded jar serves the page from its own
 * resources and identifies a photo, and Ctrl-C (SIGTERM) stops it.
 */
class ServedJarIT {

    private static final Path JAR = Path.of(System.getProperty("coinid.jar", "target/coinid.jar"));
    private static final Pattern ADDRESS = Pattern.compile("coinid serve: (http://127\\.0\\.0\\.1:\\d+/) .*");

    @Test
    void theJarServesThePageAndIdentifiesAPhotoUntilStopped() throws Exception {
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", JAR.toString(), "serve", "--port", "0")
                .redirectErrorStream(true).start();
        try {
            URI base = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            while (base == null) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                Matcher address = ADDRESS.matcher(line);
                if (address.matches()) {
                    base = URI.create(address.group(1));
                }
            }
            assertThat(base).as("the address it prints").isNotNull();
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> page = http.send(HttpRequest.newBuilder(base).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> script = http.send(HttpRequest.newBuilder(base.resolve("/app.js")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> answer = http.send(new MultipartForm()
                    .file("photo", "coin.jpg", "image/jpeg", TestPhotos.design()).post(base.resolve("/api/identify")),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Take or choose photos");
            assertThat(script.statusCode()).isEqualTo(200);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(JsonMapper.builder().build().readTree(answer.body()).get(0).get("catalogId").asText())
                    .isEqualTo(TestPhotos.DESIGN);
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped by SIGTERM").isTrue();
        }
    }
}
