/** Scoring an extraction against gold annotations, exactly as {@code ../shared/eval/score.py} does. */
package org.w3id.cadregraph.eval;
