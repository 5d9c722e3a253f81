package dev.coinid.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The countries that issue their own euro coins, and so the only countries a catalog record may
 * name: the 21 members of the euro area (Bulgaria joined on 1 January 2026) and the four small
 * states that strike euro coins under a monetary agreement with the European Union (Andorra,
 * Monaco, San Marino and Vatican City).
 *
 * <p>Countries that use the euro without such an agreement (Kosovo, Montenegro) issue no coins of
 * their own and are therefore not here; neither are EU members outside the euro area. Codes are
 * ISO 3166-1 alpha-2 in lower case, so Greece is {@code gr}, not the EU's own {@code el}.
 */
public enum EuroCountry {
    ANDORRA("ad"),
    AUSTRIA("at"),
    BELGIUM("be"),
    BULGARIA("bg"),
    CROATIA("hr"),
    CYPRUS("cy"),
    ESTONIA("ee"),
    FINLAND("fi"),
    FRANCE("fr"),
    GERMANY("de"),
    GREECE("gr"),
    IRELAND("ie"),
    ITALY("it"),
    LATVIA("lv"),
    LITHUANIA("lt"),
    LUXEMBOURG("lu"),
    MALTA("mt"),
    MONACO("mc"),
    NETHERLANDS("nl"),
    PORTUGAL("pt"),
    SAN_MARINO("sm"),
    SLOVAKIA("sk"),
    SLOVENIA("si"),
    SPAIN("es"),
    VATICAN_CITY("va");

    private static final Map<String, EuroCountry> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EuroCountry::code, Function.identity()));

    private final String code;

    EuroCountry(String code) {
        this.code = code;
    }

    /** The ISO 3166-1 alpha-2 code in lower case, as the catalog writes it. */
    public String code() {
        return code;
    }

    /** The country with this ISO 3166-1 alpha-2 code (either case), if it issues euro coins. */
    public static Optional<EuroCountry> fromCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code.toLowerCase(Locale.ROOT)));
    }
}
