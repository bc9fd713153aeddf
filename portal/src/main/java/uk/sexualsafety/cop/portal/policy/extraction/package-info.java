/**
 * Reading a policy's file safely: its size, its type by content and, for Word and OpenDocument files, its archive
 * are checked before any parser sees it; then Apache Tika reads its text on a small pool of threads with a time limit
 * and a limit on characters. Plain Java, so that it is tested without a container.
 */
package uk.sexualsafety.cop.portal.policy.extraction;
