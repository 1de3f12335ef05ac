/**
 * Lucene plumbing behind the index module's public classes: fields, analysis, queries, snippets.
 * Not API.
 */
package org.zhengju.index.internal;
