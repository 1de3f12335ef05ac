/**
 * Internals of the lexicon: the Aho–Corasick automaton, the TSV readers and English spelling
 * folding. Not API: may change without notice.
 */
package org.zhengju.lexicon.internal;
