package org.zhengju.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zhengju.search.PassageSearcher;

/**
 * Opens corpus stores and searchers of one backend (Lucene now, OpenSearch later). An extension
 * point found with {@link java.util.ServiceLoader}; {@link #name()} is its stable short name.
 */
public interface StoreProvider {

  /** The backend's short name, e.g. {@code lucene}. */
  String name();

  /** Opens (creating if needed) the store at {@code dir} for writing. The caller closes it. */
  CorpusStore openStore(Path dir) throws IOException;

  /**
   * Opens a searcher over the store at {@code dir}, readable while a writer is open. The caller
   * closes it.
   *
   * @param queryFolder folds query text the way documents were folded (traditional → simplified,
   *     width)
   * @param glossExpander maps an English gloss to the Chinese lexicon terms it stands for (empty if
   *     none)
   */
  PassageSearcher openSearcher(
      Path dir, UnaryOperator<String> queryFolder, Function<String, List<String>> glossExpander)
      throws IOException;

  /** Reads every document record of the store at {@code dir} without opening it for writing. */
  List<DocumentRecord> readDocuments(Path dir) throws IOException;
}
