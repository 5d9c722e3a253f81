package dev.coinid.catalog;

/** Who took part in a joint issue of commemorative coins. */
public enum JointScope {
    /** Every euro-area country issued the same design (2007, 2009, 2012, 2015, 2022). */
    EURO_AREA("euro-area"),
    /** A group of neighbouring countries, such as the three Baltic states in 2018. */
    REGIONAL("regional"),
    /** Two countries, such as France and Germany for the Élysée Treaty in 2013. */
    BILATERAL("bilateral");

    private final String catalogName;

    JointScope(String catalogName) {
        this.catalogName = catalogName;
    }

    /** The word the catalog JSON uses for this scope in the {@code joint_scope} field. */
    public String catalogName() {
        return catalogName;
    }
}
