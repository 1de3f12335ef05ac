package org.zhengju.index.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.zhengju.index.NotAnIndexException;

/** Opens index directories with the checks that turn misuse into clear errors. */
public final class IndexDirectories {
  private IndexDirectories() {}

  /**
   * Opens {@code dir} for writing, creating it if missing; refuses a file or a non-empty non-index
   * directory.
   */
  public static Directory openForWriting(Path dir) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir))
      throw new NotAnIndexException(dir, "it is a file; give a directory");
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory) && !isEmpty(dir))
        throw new NotAnIndexException(
            dir, "the directory holds other files; give an empty or new directory");
      return directory;
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Opens an existing index in {@code dir} for reading. */
  public static Directory openForReading(Path dir) throws IOException {
    if (!Files.isDirectory(dir))
      throw new NotAnIndexException(dir, "no such directory; run ingest first");
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new NotAnIndexException(dir, "no index in this directory; run ingest first");
    }
    return directory;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      // Lucene's own lock file may be left behind by a store that never committed.
      return entries.allMatch(p -> p.getFileName().toString().equals("write.lock"));
    }
  }
}
