/**
 * Linking companies to programmes as graded, citable evidence, per document and across the corpus.
 */
package org.zhengju.evidence;
