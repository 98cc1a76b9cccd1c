/** Reading report files (charset, HTML) and cleaning them (page chrome, mojibake, glued news, bylines). */
package org.w3id.cadregraph.report;
