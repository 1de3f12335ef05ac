package org.zhengju.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zhengju.analysis.AnalyzedDocument;

/**
 * Where analysed documents go: their passages (for search) and their records (for companies and
 * verification). The Lucene index implements it; an OpenSearch backend can later.
 *
 * <p>Holds an open index: whoever opens a store closes it, which commits what was added.
 */
public interface CorpusStore extends AutoCloseable {

  /** Whether a document with this SHA-256 is already stored (re-ingesting it is skipped). */
  boolean contains(String sha256) throws IOException;

  /**
   * Adds one analysed document.
   *
   * @param document the analysis result
   * @param file absolute path of the top-level file it was read from
   * @param partialReason why the document is only partially extracted, if so
   */
  void add(AnalyzedDocument document, Path file, Optional<String> partialReason) throws IOException;

  /** Makes everything added so far durable and visible to readers. */
  void commit() throws IOException;

  /** Every stored document record, in ingestion order. */
  List<DocumentRecord> documents() throws IOException;

  /** Number of passages stored. */
  long passageCount() throws IOException;

  @Override
  void close() throws IOException;
}
