package dev.coinid.catalog;

/**
 * Whether a 2-euro coin is a commemorative issue (a one-off design for an event, minted in a
 * limited number) or one of a country's regular national-side designs (minted every year).
 */
public enum CoinType {
    /** A one-off commemorative design, including the coins of joint issues. */
    COMMEMORATIVE("commemorative"),
    /** A country's regular national-side design, in circulation for a whole series of years. */
    REGULAR("regular");

    private final String catalogName;

    CoinType(String catalogName) {
        this.catalogName = catalogName;
    }

    /** The word the catalog JSON uses for this type in the {@code type} field. */
    public String catalogName() {
        return catalogName;
    }
}
