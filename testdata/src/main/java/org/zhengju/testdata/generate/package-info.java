/**
 * Deterministic generator of the bundled test corpus; build tooling, not API.
 *
 * <p>Run {@link org.zhengju.testdata.generate.CorpusGenerator} to rewrite {@code testdata/corpus}.
 * Every document's prose is written out in the {@code *Documents} classes; the writers fix every
 * timestamp and identifier so that a regeneration produces the same bytes.
 */
package org.zhengju.testdata.generate;
