package org.w3id.cadregraph.identity;

import java.text.Normalizer;
import java.util.Locale;

/** The identity key of a name: lower-case letters and digits only, so spelling variants of spacing and punctuation meet. */
public final class NameKey {
    private NameKey() {}

    /** "Wang Yi'ou", "Wang Yiou", "WANG Yiou" → "wangyiou"; "WengTiehui", "Weng Tiehui" → "wengtiehui". */
    public static String of(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
    }
}
