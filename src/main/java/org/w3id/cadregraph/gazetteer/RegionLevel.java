package org.w3id.cadregraph.gazetteer;

/** The level of a Chinese administrative division. */
public enum RegionLevel {
    COUNTRY, PROVINCE, CITY, COUNTY, TOWNSHIP;

    /** Parses the {@code level} column of {@code regions.tsv}. */
    public static RegionLevel parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "country" -> COUNTRY;
            case "province" -> PROVINCE;
            case "city", "prefecture" -> CITY;
            case "county", "district" -> COUNTY;
            case "township", "town" -> TOWNSHIP;
            default -> throw new IllegalArgumentException("unknown region level: " + s);
        };
    }
}
