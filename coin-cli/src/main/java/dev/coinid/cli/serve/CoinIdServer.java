package dev.coinid.cli.serve;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.cli.CatalogEntryJson;
import dev.coinid.cli.EveryCoinAnswer;
import dev.coinid.error.CoinIdException;
import dev.coinid.image.ImageSource;
import dev.coinid.match.DesignIndex;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The web page and HTTP API of {@code coinid serve}: a collector's phone uploads photos and sees which coins they
 * show. Routes:
 * <ul>
 *   <li>{@code GET /}: the page (plain HTML, CSS and JavaScript from this jar);</li>
 *   <li>{@code POST /api/identify}: multipart photos in the field {@code photo}, answered with the JSON array
 *       {@code coinid identify --json} prints for them (200; 422 when a photo could not be read, its object then
 *       holding {@code photo, error});</li>
 *   <li>{@code GET /api/catalog/{id}}: what {@code coinid catalog show <id> --json} prints;</li>
 *   <li>{@code GET /health}: {@code {"status": "ok", ...}}.</li>
 * </ul>
 * A request it refuses gets a 4xx or 503 with the one-line JSON {@code {"photo": ..., "error": ...}}, never a stack
 * trace. An upload larger than 1 MB waits, until it is answered, in a temporary directory only the server's user can
 * read, deleted when the server stops; photos are decoded in memory and never written where a request names.
 * Uploads, photos per request and identifications at once are limited as {@link ServeLimits} says.
 *
 * <pre>
 * try (CoinIdServer server = CoinIdServer.start(DesignIndex.bundled(), "127.0.0.1", 8080, ServeLimits.defaults())) {
 *     System.out.println("open " + server.url("127.0.0.1"));
 * }
 * </pre>
 */
public final class CoinIdServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoinIdServer.class);
    /** The form field that holds the photos. */
    public static final String PHOTO_FIELD = "photo";
    /**
     * Uploads up to this size stay in memory; larger ones (most phone photos) go to the private upload directory until
     * answered, so the forms of the requests in line hold at most this much memory per photo.
     */
    private static final int IN_MEMORY_UPLOAD_BYTES = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> PAGE_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' blob:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    private final DesignIndex index;
    private final ServeLimits limits;
    private final IdentificationSlots slots;
    private final Path uploads;
    private final Javalin app;

    private CoinIdServer(DesignIndex index, String bind, int port, ServeLimits limits) throws IOException {
        this.index = index;
        this.limits = limits;
        this.slots = new IdentificationSlots(limits);
        this.uploads = privateDirectory();
        this.app = Javalin.create(config -> configure(config, bind, port));
    }

    /**
     * Starts a server for {@code index} on {@code bind}:{@code port} (port 0: any free one) and returns once it
     * answers. {@code bind} is a loopback address unless every machine on the network should reach it.
     */
    public static CoinIdServer start(DesignIndex index, String bind, int port, ServeLimits limits) {
        CoinIdServer server;
        try {
            server = new CoinIdServer(index, bind, port, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a private directory for uploads", e);
        }
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The page's address on the bound interface, e.g. {@code http://127.0.0.1:8080/}. */
    public URI url(String host) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    /** The private directory where uploads too large to hold in memory wait while they are answered. */
    Path uploadDirectory() {
        return uploads;
    }

    /** Stops the server and deletes the upload directory. */
    @Override
    public void close() {
        app.stop();
        if (!Files.exists(uploads)) {
            return;
        }
        try (Stream<Path> files = Files.walk(uploads)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the upload directory {}: {}", uploads, e.getMessage());
        }
    }

    /** One photo's answer: the object {@code coinid identify --all-coins --json} prints for it. */
    private ObjectNode answer(byte[] photo, String name) {
        return EveryCoinAnswer.of(index, ImageSource.of(photo, name)).toJson(index);
    }

    private void configure(JavalinConfig config, String bind, int port) {
        config.jetty.host = bind;
        config.jetty.port = port;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.multipartConfig.cacheDirectory(uploads.toString());
        config.jetty.multipartConfig.maxFileSize(limits.maxPhotoBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_UPLOAD_BYTES, SizeUnit.BYTES);
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/dev/coinid/cli/serve/web";
            files.location = Location.CLASSPATH;
            files.headers = PAGE_HEADERS;
        });
        config.routes.post("/api/identify", this::identify);
        config.routes.get("/api/catalog/{id}", this::catalogEntry);
        config.routes.get("/health", this::health);
        config.routes.exception(RequestRejected.class, (rejected, ctx) ->
                error(ctx, rejected.status(), rejected.photo(), rejected.getMessage()));
        config.routes.exception(Exception.class, (failure, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), failure);
            error(ctx, 500, null, "internal error: " + failure.getClass().getSimpleName());
        });
    }

    private void identify(Context ctx) {
        ArrayNode report = JSON.createArrayNode();
        boolean allRead = true;
        // a place in line first: a busy server reads no more forms, and only a worker holds a photo's bytes
        try (IdentificationSlots.Admission admission = slots.admit()) {
            List<UploadedFile> photos = photosOf(ctx);
            try {
                for (UploadedFile photo : photos) {
                    String name = nameOf(photo);
                    try {
                        report.add(admission.run(() -> answer(bytesOf(photo), name)));
                    } catch (CoinIdException e) {
                        allRead = false;
                        report.addObject().put("photo", name).put("error", oneLine(e.getMessage()));
                    }
                }
            } finally {
                deleteUploads(ctx);
            }
        }
        ctx.status(allRead ? 200 : 422).contentType("application/json").result(report.toPrettyString());
    }

    /**
     * Deletes the parts of the request that were too large to keep in memory from the upload
     * directory now, before the answer leaves (Jetty would delete them only once it has left).
     */
    private static void deleteUploads(Context ctx) {
        try {
            for (Part part : ctx.req().getParts()) {
                part.delete();
            }
        } catch (IOException | ServletException | RuntimeException e) {
            LOG.warn("could not delete the uploads of a request: {}", e.getMessage());
        }
    }

    private static void discardBody(Context ctx) {
        try (InputStream body = ctx.req().getInputStream()) {
            body.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            // the connection broke: the rejection below is all there is to say
        }
    }

    private static byte[] bytesOf(UploadedFile photo) {
        try (InputStream in = photo.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + nameOf(photo), e);
        }
    }

    /** The request's photos, each checked for its declared type; a request that cannot hold photos is rejected. */
    private List<UploadedFile> photosOf(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            discardBody(ctx); // read to its end first: a client still sending would otherwise lose the answer
            throw new RequestRejected(415, null, "send the photos as multipart/form-data in the field '"
                    + PHOTO_FIELD + "', not as " + (ctx.contentType() == null ? "no content type" : ctx.contentType()));
        }
        List<UploadedFile> photos;
        try {
            photos = ctx.uploadedFiles(PHOTO_FIELD);
        } catch (Exception e) { // Jetty's ServletException too, which Javalin passes on unchecked
            throw unreadableForm(e);
        }
        if (photos.isEmpty()) {
            throw new RequestRejected(400, null, "no photo: the form has no file in the field '" + PHOTO_FIELD + "'");
        }
        if (photos.size() > limits.maxPhotos()) {
            throw new RequestRejected(413, null, photos.size() + " photos in one request; at most "
                    + limits.maxPhotos() + " are accepted");
        }
        for (UploadedFile photo : photos) {
            String type = photo.contentType() == null ? "" : photo.contentType().toLowerCase(Locale.ROOT);
            if (!type.startsWith("image/") && !type.equals("application/octet-stream") && !type.isEmpty()) {
                throw new RequestRejected(415, nameOf(photo), "sent as " + type + ", not as an image");
            }
        }
        return photos;
    }

    /** A form the server cannot read: too large (413) or malformed (400). */
    private RequestRejected unreadableForm(Exception e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e; cause != null && causes.length() < 2000; cause = cause.getCause()) {
            causes.append(cause.getMessage()).append("; ");
        }
        String message = causes.toString();
        if (message.toLowerCase(Locale.ROOT).contains("exceeded")) {
            return new RequestRejected(413, null, "a photo is larger than " + limits.maxPhotoBytes() / (1024 * 1024)
                    + " MB, or the request larger than " + limits.maxRequestBytes() / (1024 * 1024) + " MB");
        }
        LOG.info("unreadable multipart form: {}", message);
        return new RequestRejected(400, null, "the multipart form cannot be read (cut short or malformed)");
    }

    private void catalogEntry(Context ctx) {
        String id = ctx.pathParam("id");
        CatalogEntry entry = index.catalog().byId(id).orElse(null);
        if (entry == null) {
            ctx.status(404).contentType("application/json").result(JSON.createObjectNode().put("id", id)
                    .put("error", "no coin with this id in the catalog").toString());
            return;
        }
        ctx.contentType("application/json").result(CatalogEntryJson.of(entry, index.catalog()).toPrettyString());
    }

    private void health(Context ctx) {
        ctx.contentType("application/json").result(JSON.createObjectNode().put("status", "ok")
                .put("designs", index.designs().size()).put("workers", limits.workers())
                .put("requestsInProgress", slots.admitted()).toString());
    }

    private static void error(Context ctx, int status, String photo, String message) {
        ctx.status(status).contentType("application/json")
                .result(JSON.createObjectNode().put("photo", photo).put("error", oneLine(message)).toString());
    }

    /** The upload's file name without any folder a client put in it; "photo" if it has none. */
    private static String nameOf(UploadedFile photo) {
        String name = photo.filename() == null ? "" : photo.filename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? PHOTO_FIELD : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static Path privateDirectory() throws IOException {
        try {
            return Files.createTempDirectory("coinid-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException notPosix) {
            return Files.createTempDirectory("coinid-serve-");
        }
    }
}
