/**
 * Splitting normalized text into passages (paragraphs, split at sentence ends when long) with
 * pages.
 */
package org.zhengju.passage;
