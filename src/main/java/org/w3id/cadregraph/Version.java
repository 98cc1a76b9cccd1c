package org.w3id.cadregraph;

/** The extractor's version, recorded in each report graph's provenance. */
public final class Version {
    private Version() {}

    /** The jar manifest's Implementation-Version, or "dev" when run from classes. */
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
