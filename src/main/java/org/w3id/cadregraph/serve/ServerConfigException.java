package org.w3id.cadregraph.serve;

/** A Fuseki configuration that cadregraph cannot serve (for example no or several TDB2 locations). */
public class ServerConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerConfigException(String message) {
        super(message);
    }
}
