package dev.coinid.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coinid.artifact.ArtifactDirectory;
import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The on-disk form of a {@link DesignIndex}: a directory holding {@value #MANIFEST} (format
 * version, description settings, one record per reference picture, and a CRC-32C checksum over
 * the records and the binary files), {@value #SPECTRA} (each reference's spectrum, little-endian
 * 32-bit floats) and {@value #NORMS} (each reference's norm, mean then deviation, little-endian
 * 64-bit floats); the manifest also holds the accept score and the verification's chance level
 * ({@link VerificationChance}; an index written before it was measured gets the bundled index's).
 * Format 2 stores what loading used to recompute, so that a load is a read;
 * format 1 (descriptions in {@value #DESCRIPTIONS}, no norms, a SHA-256 checksum) still loads, at
 * the old cost.
 * Written to a temporary sibling directory and moved into place; read back only if the format is
 * known, the settings match this library's and the checksum holds.
 */
final class IndexDirectory {

    static final String MANIFEST = "coinid-index.json";
    static final String SPECTRA = "spectra.f32";
    static final String NORMS = "norms.f64";
    /** The common side's pictures' spectra, where the index holds any (format 2). */
    static final String COMMON_SIDES = "common-sides.f32";
    /** Format 1's descriptions, from which loading computed the spectra and norms. */
    static final String DESCRIPTIONS = "descriptions.f32";
    /** The format this library writes; it reads this one and older ones. */
    static final int FORMAT_VERSION = 2;
    /** The description this library computes, by name: an index of another description cannot be compared. */
    static final String DESCRIPTION = "polar-gradient-histogram/" + PolarGradientHistogram.ANGLES + "x"
            + PolarGradientHistogram.RINGS + "x" + PolarGradientHistogram.ORIENTATIONS;

    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private IndexDirectory() {
    }

    static void write(Path directory, DesignIndex index) {
        Path target = directory.toAbsolutePath().normalize();
        ArtifactDirectory.refusal(target, MANIFEST).ifPresent(problem -> {
            throw new IndexFormatException(directory.toString(), problem);
        });
        try {
            ArtifactDirectory.replace(target, temporary -> {
                byte[] spectra = spectrumBytes(index.references());
                byte[] norms = normBytes(index.norms());
                byte[] commonSides = floatBytes(index.commonSides().spectra());
                Files.write(temporary.resolve(SPECTRA), spectra);
                Files.write(temporary.resolve(NORMS), norms);
                if (!index.commonSides().isEmpty()) {
                    Files.write(temporary.resolve(COMMON_SIDES), commonSides);
                }
                ObjectNode manifest = JSON.createObjectNode();
                manifest.put("format", "coinid-index");
                manifest.put("formatVersion", FORMAT_VERSION);
                manifest.put("description", DESCRIPTION);
                manifest.put("catalog", index.catalog().source());
                manifest.put("acceptAt", index.acceptAt());
                ArrayNode records = manifest.putArray("references");
                for (IndexedReference reference : index.references()) {
                    records.addObject().put("catalogId", reference.catalogId()).put("design", reference.design())
                            .put("picture", reference.picture());
                }
                VerificationChance chance = index.chance();
                manifest.putObject("verificationChance").put("cellChance", chance.cellChance()).put("mean", chance.mean())
                        .put("deviation", chance.deviation()).put("samples", chance.samples());
                ArrayNode sides = manifest.putArray("commonSides");
                index.commonSides().pictures().forEach(sides::add);
                manifest.put("crc32c", crc32c(records, spectra, norms, commonSides));
                JSON.writeValue(temporary.resolve(MANIFEST).toFile(), manifest);
            });
        } catch (IOException e) {
            throw new IndexFormatException(directory.toString(), "cannot write the index: " + e.getMessage(), e);
        }
    }

    static DesignIndex read(Path directory, CoinCatalog catalog) {
        if (!Files.isDirectory(directory)) {
            throw new IndexFormatException(directory.toString(), Files.exists(directory)
                    ? "not an index directory" : "does not exist");
        }
        return read(IndexFiles.of(directory), catalog);
    }

    static DesignIndex read(IndexFiles files, CoinCatalog catalog) {
        String where = files.where();
        JsonNode manifest;
        try {
            manifest = JSON.readTree(files.read(MANIFEST));
        } catch (NoSuchFileException e) {
            throw new IndexFormatException(where, "not a coinid index: " + MANIFEST + " is missing", e);
        } catch (IOException e) {
            throw new IndexFormatException(where, "cannot read the index: " + e.getMessage(), e);
        }
        if (manifest == null || !"coinid-index".equals(manifest.path("format").asText())) {
            throw new IndexFormatException(where, "not a coinid index: " + MANIFEST + " has no \"format\": \"coinid-index\"");
        }
        int version = manifest.path("formatVersion").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new IndexFormatException(where, "index format " + version + " is newer than this library reads ("
                    + FORMAT_VERSION + "); upgrade coinid or rebuild the index");
        }
        if (version < 1) {
            throw new IndexFormatException(where, MANIFEST + " has no valid formatVersion");
        }
        if (!DESCRIPTION.equals(manifest.path("description").asText())) {
            throw new IndexFormatException(where, "index of description '" + manifest.path("description").asText()
                    + "', this library computes '" + DESCRIPTION + "'; rebuild the index");
        }
        JsonNode records = manifest.path("references");
        if (!records.isArray() || records.isEmpty()) {
            throw new IndexFormatException(where, MANIFEST + " lists no reference");
        }
        int count = records.size();
        boolean stored = version >= 2;
        byte[][] binaries = stored ? new byte[][] {read(files, SPECTRA), read(files, NORMS)}
                : new byte[][] {read(files, DESCRIPTIONS)};
        String expected = stored ? manifest.path("crc32c").asText() : manifest.path("sha256").asText();
        JsonNode sides = manifest.path("commonSides");
        byte[] commonSides = stored && sides.isArray() && !sides.isEmpty() ? read(files, COMMON_SIDES) : new byte[0];
        String actual = stored ? crc32c((ArrayNode) records, binaries[0], binaries[1], commonSides)
                : checksum((ArrayNode) records, binaries);
        if (!actual.equals(expected)) {
            throw new IndexFormatException(where, "checksum mismatch: the index was changed or damaged after it was "
                    + "written; rebuild it");
        }
        int length = stored ? RotationCorrelation.SPECTRUM_LENGTH : PolarGradientHistogram.LENGTH;
        expectSize(where, stored ? SPECTRA : DESCRIPTIONS, binaries[0], (long) count * length * Float.BYTES);
        FloatBuffer values = ByteBuffer.wrap(binaries[0]).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        List<IndexedReference> references = new ArrayList<>(count);
        for (JsonNode record : records) {
            String id = record.path("catalogId").asText();
            CatalogEntry entry = catalog.byId(id).orElseThrow(() -> new IndexFormatException(where,
                    "reference '" + id + "' is not in the catalog " + catalog.source()));
            float[] vector = new float[length];
            values.get(vector);
            String design = record.path("design").asText(DesignIndex.designOf(entry));
            String picture = record.path("picture").asText(id);
            references.add(stored ? new IndexedReference(entry.id(), design, picture, vector)
                    : IndexedReference.described(entry.id(), design, picture, vector));
        }
        double acceptAt = manifest.path("acceptAt").asDouble(DesignIndex.DEFAULT_ACCEPT_AT);
        if (!(acceptAt > 0 && acceptAt < 1)) {
            throw new IndexFormatException(where, MANIFEST + " has acceptAt " + acceptAt + ", not strictly between 0 and 1");
        }
        VerificationChance chance = chance(where, manifest.path("verificationChance"));
        if (!stored) {
            return new DesignIndex(catalog, references).withAcceptAt(acceptAt).withChance(chance);
        }
        expectSize(where, NORMS, binaries[1], (long) count * 2 * Double.BYTES);
        DoubleBuffer norms = ByteBuffer.wrap(binaries[1]).order(ByteOrder.LITTLE_ENDIAN).asDoubleBuffer();
        double[] mean = new double[count];
        double[] deviation = new double[count];
        for (int r = 0; r < count; r++) {
            mean[r] = norms.get();
            deviation[r] = norms.get();
        }
        DesignIndex index = new DesignIndex(catalog, references, ReferenceNorms.of(mean, deviation))
                .withAcceptAt(acceptAt).withChance(chance);
        if (commonSides.length == 0) {
            return index;
        }
        expectSize(where, COMMON_SIDES, commonSides, (long) sides.size() * RotationCorrelation.SPECTRUM_LENGTH * Float.BYTES);
        FloatBuffer sideValues = ByteBuffer.wrap(commonSides).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        List<String> sidePictures = new ArrayList<>();
        List<float[]> sideSpectra = new ArrayList<>();
        for (JsonNode side : sides) {
            float[] spectrum = new float[RotationCorrelation.SPECTRUM_LENGTH];
            sideValues.get(spectrum);
            sidePictures.add(side.asText());
            sideSpectra.add(spectrum);
        }
        return index.withCommonSides(sidePictures, sideSpectra);
    }

    /**
     * The verifier's chance level as the manifest holds it; an index saved before it was measured
     * at build time has none and gets the bundled index's ({@link VerificationChance#BUNDLED}).
     */
    private static VerificationChance chance(String where, JsonNode saved) {
        if (saved.isMissingNode() || saved.isNull()) {
            return VerificationChance.BUNDLED;
        }
        try {
            return new VerificationChance(saved.path("cellChance").asDouble(Double.NaN), saved.path("mean").asDouble(Double.NaN),
                    saved.path("deviation").asDouble(Double.NaN), saved.path("samples").asInt(0));
        } catch (IllegalArgumentException e) {
            throw new IndexFormatException(where, MANIFEST + " has a verificationChance that is " + e.getMessage(), e);
        }
    }

    private static byte[] read(IndexFiles files, String name) {
        try {
            return files.read(name);
        } catch (NoSuchFileException e) {
            throw new IndexFormatException(files.where(), "not a coinid index: " + name + " is missing", e);
        } catch (IOException e) {
            throw new IndexFormatException(files.where(), "cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static void expectSize(String where, String name, byte[] bytes, long expected) {
        if (bytes.length != expected) {
            throw new IndexFormatException(where, name + " holds " + bytes.length + " bytes, expected " + expected);
        }
    }

    private static byte[] spectrumBytes(List<IndexedReference> references) {
        return floatBytes(references.stream().map(IndexedReference::spectrum).toList());
    }

    private static byte[] floatBytes(List<float[]> vectors) {
        ByteBuffer buffer = ByteBuffer.allocate(vectors.stream().mapToInt(v -> v.length).sum() * Float.BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        FloatBuffer floats = buffer.asFloatBuffer();
        vectors.forEach(floats::put);
        return buffer.array();
    }

    private static byte[] normBytes(ReferenceNorms norms) {
        ByteBuffer buffer = ByteBuffer.allocate(norms.size() * 2 * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int r = 0; r < norms.size(); r++) {
            buffer.putDouble(norms.mean(r)).putDouble(norms.deviation(r));
        }
        return buffer.array();
    }

    /**
     * CRC-32C over the reference records (as compact JSON) and the binary files, in order: format
     * 2's check against damage, which the processor computes at memory speed (SHA-256 took a
     * tenth of a second over the bundled index's 15 MB at start-up).
     */
    static String crc32c(ArrayNode records, byte[]... binaries) {
        CRC32C crc = new CRC32C();
        crc.update(records.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (byte[] binary : binaries) {
            crc.update(binary);
        }
        return String.format("%08x", crc.getValue());
    }

    /** SHA-256 over the reference records (as compact JSON) and the binary files, in order: format 1's check. */
    static String checksum(ArrayNode records, byte[]... binaries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(records.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (byte[] binary : binaries) {
                digest.update(binary);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
