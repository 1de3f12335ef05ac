package org.zhengju.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index directory is held open for writing by another store (another process, or this one). */
public class IndexLockedException extends IOException {
  /** Creates the exception for {@code dir}, keeping Lucene's lock failure as the cause. */
  public IndexLockedException(Path dir, Throwable cause) {
    super("index is locked by another process: " + dir, cause);
  }
}
