package dev.coinid.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One row of a coin's mintage table: the coins struck in one year at one mint, by quality. A
 * figure the source leaves blank is empty; a figure of 0 means none were struck in that quality.
 *
 * @param year the year the coins carry
 * @param mintMark the mint mark, where the country strikes at several mints (Germany's A, D, F,
 *     G and J), else empty
 * @param circulated coins struck for circulation
 * @param brilliantUncirculated coins struck in brilliant uncirculated quality (coin sets, coin cards)
 * @param proof coins struck in proof quality
 */
public record Mintage(
        int year,
        Optional<String> mintMark,
        OptionalLong circulated,
        OptionalLong brilliantUncirculated,
        OptionalLong proof) {

    public Mintage {
        Objects.requireNonNull(mintMark, "mintMark");
        Objects.requireNonNull(circulated, "circulated");
        Objects.requireNonNull(brilliantUncirculated, "brilliantUncirculated");
        Objects.requireNonNull(proof, "proof");
    }
}
