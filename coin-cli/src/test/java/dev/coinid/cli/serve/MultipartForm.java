package dev.coinid.cli.serve;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A multipart/form-data request body as a browser sends it, built part by part: the client side of the tests. */
final class MultipartForm {

    private static final String BOUNDARY = "coinid-test-boundary-7MA4YWxkTrZu0gW";
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    /** Adds a file part. */
    MultipartForm file(String field, String fileName, String contentType, byte[] content) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** Adds a plain text field. */
    MultipartForm field(String field, String value) {
        write("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** The complete body, closing boundary included. */
    byte[] bytes() {
        ByteArrayOutputStream closed = new ByteArrayOutputStream();
        closed.writeBytes(body.toByteArray());
        closed.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return closed.toByteArray();
    }

    /** A POST of this form, or of its first {@code length} bytes (a body cut short), to {@code uri}. */
    HttpRequest post(URI uri, int length) {
        byte[] all = bytes();
        return HttpRequest.newBuilder(uri).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOf(all, Math.min(length, all.length)))).build();
    }

    HttpRequest post(URI uri) {
        return post(uri, Integer.MAX_VALUE);
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
