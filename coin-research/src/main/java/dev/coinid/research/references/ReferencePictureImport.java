package dev.coinid.research.references;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes coin-references' pictures from Open Coin Data, as its mapping table says: for each row
 * of {@code references.tsv} that names a picture, the Open Coin Data picture shrunk (area
 * average) so that its longer side is {@value #SIZE} px, the size identification describes a coin
 * at, and saved as a baseline JPEG of quality {@value #QUALITY} named {@code <catalog id>.jpg}.
 * Pictures no row names any more are deleted. The two pictures of the common side go to
 * {@code common-sides/} the same way. Run it after changing the table:
 *
 * <pre>
 * mvn -B -ntp -q -pl coin-research exec:java \
 *   -Dexec.mainClass=dev.coinid.research.references.ReferencePictureImport \
 *   -Dexec.args="../shared/datasets/open-coin-data coin-references"
 * </pre>
 */
public final class ReferencePictureImport {

    static final int SIZE = 320;
    static final float QUALITY = 0.88f;
    /** Open Coin Data's pictures of the 2-euro coin's common side, the old map and the new. */
    static final List<String> COMMON_SIDES = List.of("common-2002-200.jpg", "common-2007-200.jpg");

    private ReferencePictureImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReferencePictureImport <open-coin-data folder> <coin-references module folder>");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path resources = Path.of(args[1], "src/main/resources/dev/coinid/references");
        Path pictures = Files.createDirectories(resources.resolve("pictures"));
        List<String> rows = Files.readAllLines(resources.resolve("references.tsv"));
        Set<String> written = new HashSet<>();
        long bytes = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split("\t", -1);
            if (fields.length < 3 || fields[2].isBlank()) {
                continue;
            }
            String name = fields[0] + ".jpg";
            BufferedImage original = ImageIO.read(source.resolve(fields[2]).toFile());
            if (original == null) {
                throw new IOException(source.resolve(fields[2]) + ": not a picture");
            }
            bytes += write(shrunk(original), pictures.resolve(name));
            written.add(name);
        }
        // the common side's two maps (2002 and 2007), for telling a photo of it
        Path commonSides = Files.createDirectories(resources.resolve("common-sides"));
        for (String map : COMMON_SIDES) {
            BufferedImage original = ImageIO.read(source.resolve("Images").resolve(map).toFile());
            bytes += write(shrunk(original), commonSides.resolve(map));
        }
        int deleted = 0;
        try (Stream<Path> files = Files.list(pictures)) {
            for (Path file : files.toList()) {
                if (!written.contains(file.getFileName().toString())) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        System.out.printf("%d pictures written (%.1f MB), %d no longer mapped deleted%n", written.size(), bytes / 1e6,
                deleted);
    }

    private static BufferedImage shrunk(BufferedImage original) {
        double scale = Math.min(1.0, SIZE / (double) Math.max(original.getWidth(), original.getHeight()));
        int width = (int) Math.round(original.getWidth() * scale);
        int height = (int) Math.round(original.getHeight() * scale);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(original.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return out;
    }

    /** Writes a JPEG under a temporary name and moves it into place; returns its size. */
    private static long write(BufferedImage image, Path file) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".writing");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(temporary.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(file);
    }
}
