/** Thread pools shared by the stages that run one step on every core. */
package org.w3id.cadregraph.concurrent;
