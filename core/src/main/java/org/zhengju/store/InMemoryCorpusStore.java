package org.zhengju.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhengju.analysis.AnalyzedDocument;

/**
 * A corpus store that keeps everything in memory: for pipelines that want the analysis without an
 * index, and for evaluations. Thread-safe; holds no resources, so closing it does nothing.
 */
public final class InMemoryCorpusStore implements CorpusStore {
  private final List<AnalyzedDocument> analyzed = new ArrayList<>();
  private final List<DocumentRecord> records = new ArrayList<>();
  private final Set<String> hashes = new HashSet<>();

  @Override
  public synchronized boolean contains(String sha256) {
    return hashes.contains(sha256);
  }

  @Override
  public synchronized void add(
      AnalyzedDocument document, Path file, Optional<String> partialReason) {
    analyzed.add(document);
    records.add(DocumentRecords.of(document, file, partialReason));
    hashes.add(document.document().sha256());
  }

  @Override
  public void commit() {}

  @Override
  public synchronized List<DocumentRecord> documents() {
    return List.copyOf(records);
  }

  /**
   * Every analysed document added, in order, with its normalized text, passages, terms and
   * mentions.
   */
  public synchronized List<AnalyzedDocument> analyzed() {
    return List.copyOf(analyzed);
  }

  @Override
  public synchronized long passageCount() {
    return analyzed.stream().mapToLong(d -> d.passages().size()).sum();
  }

  @Override
  public void close() {}
}
