package dev.coinid.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coinid.artifact.ArtifactDirectory;
import dev.coinid.error.FileWriteException;
import dev.coinid.model.engine.InferenceEngine;
import dev.coinid.model.internal.Json;
import dev.coinid.model.recipe.Precision;
import dev.coinid.model.recipe.Preprocessing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A saved model on disk: a TensorFlow SavedModel ({@code saved_model.pb}, {@code variables/})
 * plus {@value ModelMetadata#FILE_NAME}, which records the SHA-256 of every SavedModel file.
 * Saving builds the whole directory under a temporary name beside the target and renames it into
 * place ({@link ArtifactDirectory}); loading checks the metadata, the format version, that every file is there and unchanged,
 * and that the graph fits the metadata, and says which of these failed.
 */
final class ModelDirectory {

    private ModelDirectory() {
    }

    /** Writes {@code engine} and {@code metadata} (checksums filled in) to {@code dir}, replacing a model there. */
    static ModelMetadata save(Path dir, InferenceEngine engine, ModelMetadata metadata) {
        Path target = dir.toAbsolutePath().normalize();
        ArtifactDirectory.refusal(target, ModelMetadata.FILE_NAME).ifPresent(problem -> {
            throw new ModelFormatException(target.toString(), problem);
        });
        ModelMetadata[] complete = new ModelMetadata[1];
        try {
            ArtifactDirectory.replace(target, temp -> {
                Files.delete(temp); // TensorFlow's exporter makes the directory itself
                engine.exportSavedModel(temp);
                complete[0] = withChecksums(metadata, checksums(temp));
                Files.writeString(temp.resolve(ModelMetadata.FILE_NAME), Json.writer().writeValueAsString(complete[0]));
            });
            return complete[0];
        } catch (IOException e) {
            throw new FileWriteException(target.toString(), "cannot save the model: " + e.getMessage(), e);
        }
    }

    /** Reads and checks the metadata and files of {@code dir}, then loads its graph. */
    static Loaded load(Path dir, int threads, Precision precision) {
        Path root = dir.toAbsolutePath().normalize();
        String where = root.toString();
        if (!Files.exists(root)) {
            throw new ModelFormatException(where, "no such model directory");
        }
        if (!Files.isDirectory(root)) {
            throw new ModelFormatException(where, "is a file, not a model directory");
        }
        ModelMetadata metadata = readMetadata(root);
        verifyFiles(root, metadata);
        InferenceEngine engine;
        try {
            engine = InferenceEngine.loadSavedModel(root, threads, precision);
        } catch (RuntimeException e) {
            throw new ModelFormatException(where, "TensorFlow cannot load the SavedModel: " + e.getMessage(), e);
        }
        Preprocessing p = metadata.preprocessing();
        if (engine.classes() != metadata.labels().size() || engine.height() != p.height() || engine.width() != p.width()) {
            engine.close();
            throw new ModelFormatException(where, "the graph takes " + engine.width() + "x" + engine.height() + " images to "
                    + engine.classes() + " classes, but " + ModelMetadata.FILE_NAME + " says " + p.width() + "x" + p.height()
                    + " and " + metadata.labels().size() + " labels");
        }
        return new Loaded(engine, metadata);
    }

    /** A loaded model: its network and metadata. */
    record Loaded(InferenceEngine engine, ModelMetadata metadata) {
    }

    private static ModelMetadata readMetadata(Path root) {
        Path file = root.resolve(ModelMetadata.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new ModelFormatException(root.toString(), "missing " + ModelMetadata.FILE_NAME
                    + " (not a coinid model, or a save that did not finish)");
        }
        JsonNode tree;
        try (InputStream in = Files.newInputStream(file)) {
            tree = Json.reader().readTree(in);
        } catch (IOException e) {
            throw new ModelFormatException(file.toString(), "not valid JSON: " + e.getMessage(), e);
        }
        JsonNode version = tree == null ? null : tree.get("formatVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new ModelFormatException(file.toString(), "has no formatVersion");
        }
        if (version.asInt() > ModelMetadata.CURRENT_FORMAT) {
            throw new UnsupportedModelVersionException(file.toString(), version.asInt(), ModelMetadata.CURRENT_FORMAT);
        }
        if (version.asInt() < 1) {
            throw new ModelFormatException(file.toString(), "invalid formatVersion " + version.asInt());
        }
        ModelMetadata metadata;
        try {
            metadata = Json.reader().forType(ModelMetadata.class).readValue(tree);
        } catch (IOException | IllegalArgumentException e) {
            throw new ModelFormatException(file.toString(), "unreadable metadata: " + e.getMessage(), e);
        }
        if (metadata.labels().size() < 2 || metadata.preprocessing() == null || metadata.architecture() == null) {
            throw new ModelFormatException(file.toString(), "metadata lacks labels, preprocessing or architecture");
        }
        if (metadata.checksums().isEmpty()) {
            throw new ModelFormatException(file.toString(), "metadata lists no SavedModel files");
        }
        return metadata;
    }

    private static void verifyFiles(Path root, ModelMetadata metadata) {
        for (Map.Entry<String, String> entry : metadata.checksums().entrySet()) {
            Path file = root.resolve(entry.getKey()).normalize();
            if (!file.startsWith(root)) {
                throw new ModelFormatException(root.toString(), "metadata names a file outside the model: " + entry.getKey());
            }
            if (!Files.isRegularFile(file)) {
                throw new ModelFormatException(file.toString(), "missing: the model directory is incomplete");
            }
            String actual = sha256(file);
            if (!actual.equals(entry.getValue())) {
                throw new ModelFormatException(file.toString(), "checksum mismatch: the file was changed or damaged"
                        + " after the model was saved");
            }
        }
    }

    /** SHA-256 of every file under {@code dir}, by path relative to it with '/' separators. */
    private static Map<String, String> checksums(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(ModelMetadata.FILE_NAME)) {
                    sums.put(relative, sha256(file));
                }
            }
        }
        return sums;
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            throw new ModelFormatException(file.toString(), "missing: the model directory is incomplete", e);
        } catch (IOException e) {
            throw new ModelFormatException(file.toString(), "cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    private static ModelMetadata withChecksums(ModelMetadata m, Map<String, String> checksums) {
        return new ModelMetadata(m.formatVersion(), m.libraryVersion(), m.labels(), m.preprocessing(), m.architecture(),
                m.training(), m.history(), m.metrics(), checksums);
    }
}
