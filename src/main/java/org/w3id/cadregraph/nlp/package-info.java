/** Sentences, tokens, parts of speech and person names, with Apache OpenNLP. */
package org.w3id.cadregraph.nlp;
