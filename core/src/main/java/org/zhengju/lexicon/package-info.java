/** The programme-term lexicon (built-in and user files) and its linear-time Aho–Corasick tagger. */
package org.zhengju.lexicon;
