/**
 * The Lucene implementation of the corpus store and passage search: {@link
 * org.zhengju.index.LuceneCorpusStore} writes passages and document records, {@link
 * org.zhengju.index.LucenePassageSearcher} searches them. No Lucene type appears in their public
 * signatures.
 */
package org.zhengju.index;
