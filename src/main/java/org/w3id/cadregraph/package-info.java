/** cadregraph: a knowledge graph of Chinese officials and meetings, extracted from news reports. */
package org.w3id.cadregraph;
