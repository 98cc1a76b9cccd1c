package org.w3id.cadregraph.web;

import java.util.List;
import java.util.Optional;
import org.w3id.cadregraph.network.NetworkChoice;
import org.w3id.cadregraph.network.NetworkChoices;
import org.w3id.cadregraph.network.NetworkSummary;

/** The regions and organizations the network form offers, each with its number of meetings. */
record NetworkOptions(List<NetworkView.Choice> regions, List<NetworkView.Choice> organizations) {

    /** From the store's network summary when it has one (counted when the store was built), else counted now. */
    static NetworkOptions load(StoreReader store, Optional<NetworkSummary> summary) {
        if (summary.isPresent()) {
            return new NetworkOptions(choices(summary.get().regions()), choices(summary.get().organizations()));
        }
        return new NetworkOptions(choices(NetworkChoices.REGIONS.count(store.dataset(), store.timeout())),
                choices(NetworkChoices.ORGANIZATIONS.count(store.dataset(), store.timeout())));
    }

    private static List<NetworkView.Choice> choices(List<NetworkChoice> choices) {
        return choices.stream()
                .map(c -> new NetworkView.Choice(c.iri(), c.label().orElse(Link.shortName(c.iri())) + " (" + c.meetings() + ")"))
                .toList();
    }
}
