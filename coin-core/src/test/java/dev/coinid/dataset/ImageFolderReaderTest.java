package dev.coinid.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coinid.error.DatasetLayoutException;
import dev.coinid.error.ImageDecodeException;
import dev.coinid.error.ImageTooLargeException;
import dev.coinid.image.ImageDecoder;
import dev.coinid.testing.TestPictures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFolderReaderTest {

    private static final byte[] JPEG = TestPictures.jpeg(TestPictures.gradient(12, 10));

    @TempDir
    Path root;

    @Test
    void classFoldersBecomeSortedLabelsWithTheirImages() throws IOException {
        picture("Vaticano/v1.jpg");
        picture("Atenas/a2.jpg");
        picture("Atenas/a1.jpg");
        picture("Francia/f1.png");

        ImageDataset dataset = ImageDataset.fromClassFolders(root);

        assertThat(dataset.labels()).containsExactly("Atenas", "Francia", "Vaticano");
        assertThat(dataset.countsByLabel()).containsExactly(Map.entry("Atenas", 2), Map.entry("Francia", 1),
                Map.entry("Vaticano", 1));
        assertThat(dataset.images()).extracting(i -> i.source().path().orElseThrow().getFileName().toString())
                .containsExactly("a1.jpg", "a2.jpg", "f1.png", "v1.jpg");
        assertThat(dataset.get(0).source().load().width()).isEqualTo(12);
    }

    @Test
    void readingIsLazySoABrokenFileFailsOnlyWhenLoadedAndNamesItself() throws IOException {
        picture("a/good.jpg");
        Path broken = Files.write(Files.createDirectories(root.resolve("b")).resolve("broken.jpg"), new byte[] {1, 2, 3});

        ImageDataset dataset = ImageDataset.fromClassFolders(root);

        assertThat(dataset.size()).isEqualTo(2);
        assertThatThrownBy(() -> dataset.get(1).source().load())
                .isInstanceOf(ImageDecodeException.class)
                .hasMessageContaining(broken.toString());
    }

    @Test
    void namesWithSpacesParenthesesAndNonAsciiLettersWork() throws IOException {
        picture("Ñandú Perú/Pièce (3).jpg");
        picture("Zürich Straße/Münze 0 (1).JPG");

        ImageDataset dataset = ImageDataset.fromClassFolders(root);

        assertThat(dataset.labels()).containsExactly("Zürich Straße", "Ñandú Perú");
        for (LabelledImage image : dataset) {
            assertThat(image.source().load().height()).isEqualTo(10);
        }
    }

    @Test
    void picturesInSubFoldersOfAClassFolderCount() throws IOException {
        picture("a/day1/x.jpg");
        picture("a/day2/y.jpg");
        picture("b/z.jpg");

        assertThat(ImageDataset.fromClassFolders(root).countsByLabel()).containsEntry("a", 2).containsEntry("b", 1);
    }

    @Test
    void unknownExtensionsAndHiddenFilesAreSkippedNotFatal() throws IOException {
        picture("a/x.jpg");
        picture("b/y.jpg");
        Files.writeString(root.resolve("a/notes.txt"), "not a picture");
        Files.write(root.resolve("a/raw.cr2"), JPEG);
        Files.writeString(root.resolve("b/.DS_Store"), "finder");
        Files.writeString(root.resolve("README.md"), "a file next to the class folders");
        Files.createDirectories(root.resolve(".thumbnails"));

        ImageDataset dataset = ImageDataset.fromClassFolders(root);

        assertThat(dataset.labels()).containsExactly("a", "b");
        assertThat(dataset.size()).isEqualTo(2);
    }

    @Test
    void anEmptyClassFolderIsALayoutErrorNamingIt() throws IOException {
        picture("a/x.jpg");
        picture("b/y.jpg");
        Path empty = Files.createDirectories(root.resolve("c"));
        Files.writeString(empty.resolve("notes.txt"), "no pictures here");

        assertLayoutError(() -> ImageDataset.fromClassFolders(root), empty, "has no images");
    }

    @Test
    void aSingleClassIsALayoutErrorNamingTheFolder() throws IOException {
        picture("only/x.jpg");

        assertLayoutError(() -> ImageDataset.fromClassFolders(root), root, "only one class ('only')");
    }

    @Test
    void classNamesDifferingOnlyInCaseAreALayoutError() throws IOException {
        picture("Atenas/x.jpg");
        picture("atenas/y.jpg");
        picture("Francia/z.jpg");

        assertLayoutError(() -> ImageDataset.fromClassFolders(root), root, "'Atenas' and 'atenas' differ only in case");
    }

    @Test
    void aMissingFolderOrAFileInsteadOfOneIsALayoutError() throws IOException {
        Path missing = root.resolve("nowhere");
        Path file = Files.write(root.resolve("file.jpg"), JPEG);

        assertLayoutError(() -> ImageDataset.fromClassFolders(missing), missing, "does not exist");
        assertLayoutError(() -> ImageDataset.fromFileNames(file, LabelRule.prefixBeforeFirstZero()), file,
                "not a folder");
    }

    @Test
    void aFolderWithoutClassFoldersIsALayoutError() throws IOException {
        picture("loose.jpg");

        assertLayoutError(() -> ImageDataset.fromClassFolders(root), root, "no class folders");
    }

    @Test
    void flatFolderIsLabelledByTheOriginalFileNameRule() throws IOException {
        picture("Atenas0 (78).jpg");
        picture("Atenas0 (9).jpg");
        picture("Francia0 (2).jpg");
        picture("Ñandú0 (1).png");
        picture("no label.jpg");
        Files.createDirectories(root.resolve("Vaticano0 (sub-folder)"));

        ImageDataset dataset = ImageDataset.fromFileNames(root, LabelRule.prefixBeforeFirstZero());

        assertThat(dataset.labels()).containsExactly("Atenas", "Francia", "Ñandú");
        assertThat(dataset.countsByLabel()).containsEntry("Atenas", 2);
        assertThat(dataset.images()).extracting(LabelledImage::label).containsExactly("Atenas", "Atenas", "Francia", "Ñandú");
    }

    @Test
    void flatFolderLabelsDifferingOnlyInCaseAreALayoutError() throws IOException {
        picture("Atenas0 (1).jpg");
        picture("atenas0 (2).jpg");

        assertThatThrownBy(() -> ImageDataset.fromFileNames(root, LabelRule.prefixBeforeFirstZero()))
                .isInstanceOf(DatasetLayoutException.class)
                .hasMessageContaining("differ only in case");
    }

    @Test
    void flatFolderWithoutLabelledImagesIsALayoutError() throws IOException {
        picture("holiday.jpg");

        assertLayoutError(() -> ImageDataset.fromFileNames(root, LabelRule.prefixBeforeFirstZero()), root,
                "no labelled images");
    }

    @Test
    void theGivenDecoderIsTheOneImagesAreLoadedWith() throws IOException {
        picture("folders/a/x.jpg");
        picture("folders/b/y.jpg");
        picture("flat/x_1.jpg");
        picture("flat/y_1.jpg");
        ImageDecoder tiny = ImageDecoder.defaults().withMaxPixels(100);

        ImageDataset folders = ImageDataset.fromClassFolders(root.resolve("folders"), tiny);
        ImageDataset flat = ImageDataset.fromFileNames(root.resolve("flat"), LabelRule.regex("^(x|y)_"), tiny);

        assertThatThrownBy(() -> folders.get(0).source().load()).isInstanceOf(ImageTooLargeException.class);
        assertThatThrownBy(() -> flat.get(1).source().load()).isInstanceOf(ImageTooLargeException.class);
        assertThat(flat.labels()).containsExactly("x", "y");
        assertThat(ImageFolderReader.using(tiny).decoder()).isSameAs(tiny);
    }

    @Test
    void readingTheSameFolderTwiceGivesTheSameDataset() throws IOException {
        for (String name : List.of("b/2.jpg", "a/3.jpg", "b/1.jpg", "a/10.jpg", "a/9.jpg")) {
            picture(name);
        }

        List<String> first = ImageDataset.fromClassFolders(root).stream().map(i -> i.source().name()).toList();
        List<String> second = ImageDataset.fromClassFolders(root).stream().map(i -> i.source().name()).toList();

        assertThat(first).isEqualTo(second).hasSize(5);
    }

    private Path picture(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.write(file, relative.toLowerCase().endsWith(".png")
                ? TestPictures.encode(TestPictures.gradient(12, 10).toBufferedImage(), "png") : JPEG);
    }

    /** Asserts that {@code read} fails with a {@link DatasetLayoutException} naming {@code path} and saying {@code problem}. */
    private static void assertLayoutError(ThrowingCallable read, Path path, String problem) {
        assertThatThrownBy(read)
                .isInstanceOf(DatasetLayoutException.class)
                .hasMessageContaining(path.toString())
                .hasMessageContaining(problem);
    }
}
