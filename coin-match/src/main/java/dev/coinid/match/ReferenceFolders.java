package dev.coinid.match;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;
import dev.coinid.dataset.ImageFolderReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads which reference pictures a set of folders holds. Two layouts, mixed freely: a picture
 * named after its coin ({@code gr-2004-olympic-games-in-athens-2004.jpg}, as catalog galleries
 * are), or a sub-folder named after the coin holding any number of pictures of it
 * ({@code gr-2004-olympic-games-in-athens-2004/front.jpg}, for a user's own photos). Hidden files
 * and files that are not pictures are ignored. Every id must be in the catalog.
 */
final class ReferenceFolders {

    private ReferenceFolders() {
    }

    /** The reference pictures in {@code folders}, in folder order and then by name. */
    static List<ReferencePicture> list(List<Path> folders, CoinCatalog catalog) {
        if (folders.isEmpty()) {
            throw new ReferenceException(null, "no reference folder given");
        }
        List<ReferencePicture> pictures = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new ReferenceException(folder.toString(), Files.exists(folder)
                        ? "not a folder" : "folder does not exist");
            }
            int before = pictures.size();
            for (Path entry : sortedChildren(folder)) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry)) {
                    catalogued(name, entry, catalog);
                    for (Path file : sortedChildren(entry)) {
                        if (Files.isRegularFile(file) && isPicture(file)) {
                            pictures.add(new ReferencePicture(name, file));
                        }
                    }
                } else if (isPicture(entry)) {
                    String id = name.substring(0, name.lastIndexOf('.'));
                    catalogued(id, entry, catalog);
                    pictures.add(new ReferencePicture(id, entry));
                }
            }
            if (pictures.size() == before) {
                throw new ReferenceException(folder.toString(), "holds no reference picture (expected <catalog id>.jpg "
                        + "or <catalog id>/<name>.jpg)");
            }
        }
        return pictures;
    }

    /** The catalog entry of {@code id}, or a {@link ReferenceException} naming {@code file} when the catalog has none. */
    static CatalogEntry catalogued(String id, Path file, CoinCatalog catalog) {
        return catalog.byId(id).orElseThrow(() -> new ReferenceException(file.toString(), "'" + id
                + "' is not a catalog id (" + catalog.source() + "); name a reference picture <catalog id>.jpg"));
    }

    private static boolean isPicture(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0
                && ImageFolderReader.IMAGE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Path> sortedChildren(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new ReferenceException(folder.toString(), "cannot list the folder: " + e.getMessage(), e);
        }
    }
}
