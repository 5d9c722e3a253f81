package dev.coinid.research;

import dev.coinid.catalog.CatalogEntry;
import dev.coinid.catalog.CoinCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The query photos of a development set whose {@code labels.tsv} names, per line, a file (column
 * {@code file}) and the coin it shows (column {@code catalog_id}), with the optional column
 * {@code same_photo_as_reference} (likely / possible / no) of euro2-commemorative-photos.
 */
record LabelledPhotos(List<Path> files, List<CatalogEntry> coins, List<Boolean> mayShareGalleryPhoto) {

    static LabelledPhotos read(Path folder, CoinCatalog catalog) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve("labels.tsv"));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int file = header.indexOf("file");
        int id = header.indexOf("catalog_id");
        int samePhoto = header.indexOf("same_photo_as_reference");
        List<String[]> rows = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
        return new LabelledPhotos(
                rows.stream().map(r -> folder.resolve(r[file])).toList(),
                rows.stream().map(r -> catalog.byId(r[id]).orElseThrow(
                        () -> new IllegalStateException(folder + ": unknown catalog id " + r[id]))).toList(),
                rows.stream().map(r -> samePhoto >= 0 && !r[samePhoto].equals("no")).toList());
    }

    int size() {
        return files.size();
    }

    List<String> catalogIds() {
        return coins.stream().map(CatalogEntry::id).toList();
    }
}
