package org.zhengju.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.zhengju.index.internal.IndexDirectories;
import org.zhengju.index.internal.StoredRecords;
import org.zhengju.search.PassageSearcher;
import org.zhengju.store.CorpusStore;
import org.zhengju.store.DocumentRecord;
import org.zhengju.store.StoreProvider;

/**
 * The Lucene backend ({@code lucene}) of the core's store extension point, found with
 * ServiceLoader.
 */
public final class LuceneStoreProvider implements StoreProvider {

  @Override
  public String name() {
    return "lucene";
  }

  @Override
  public CorpusStore openStore(Path dir) throws IOException {
    return LuceneCorpusStore.open(dir);
  }

  @Override
  public PassageSearcher openSearcher(
      Path dir, UnaryOperator<String> queryFolder, Function<String, List<String>> glossExpander)
      throws IOException {
    return LucenePassageSearcher.open(dir, queryFolder, glossExpander);
  }

  @Override
  public List<DocumentRecord> readDocuments(Path dir) throws IOException {
    try (Directory directory = IndexDirectories.openForReading(dir);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return new StoredRecords().all(new IndexSearcher(reader));
    }
  }
}
