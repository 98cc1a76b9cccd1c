package org.w3id.cadregraph.network;

/** Receives attendance records: this official, named so, attended that meeting. A record may come more than once. */
@FunctionalInterface
public interface Attendance {
    void attended(String meeting, String official, String label);
}
