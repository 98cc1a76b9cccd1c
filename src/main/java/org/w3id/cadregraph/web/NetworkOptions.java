package org.w3id.cadregraph.web;

import java.util.List;

/** The regions and organizations the network form offers, each with its number of meetings. */
record NetworkOptions(List<NetworkView.Choice> regions, List<NetworkView.Choice> organizations) {
    private static final PageQuery REGIONS = PageQuery.load("network-regions");
    private static final PageQuery ORGANIZATIONS = PageQuery.load("network-organizations");

    static NetworkOptions load(StoreReader store) {
        return new NetworkOptions(choices(store, REGIONS, "region"), choices(store, ORGANIZATIONS, "organization"));
    }

    private static List<NetworkView.Choice> choices(StoreReader store, PageQuery query, String var) {
        return store.select(query.text()).stream()
                .map(r -> {
                    String iri = r.iri(var).orElseThrow();
                    String label = r.text("label").orElse(Link.shortName(iri));
                    return new NetworkView.Choice(iri, label + " (" + r.integer("meetings") + ")");
                })
                .toList();
    }
}
