package org.w3id.cadregraph.extract;

/** How an official took part in a meeting. Every role implies {@link #ATTENDED}. */
public enum Role { ATTENDED, PRESIDED, SPOKE, SIGNED }
