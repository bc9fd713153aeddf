/**
 * Matching open investigation requests with the shared pool of independent investigators: who may not take a
 * request and why, and how the rest rank. Plain Java over values loaded beforehand, so that ranking thousands of
 * investigators stays a single pass and can be tested without a database; the architecture test keeps Spring, JPA
 * and Vaadin out of it.
 */
package uk.sexualsafety.cop.portal.investigator.matching;
