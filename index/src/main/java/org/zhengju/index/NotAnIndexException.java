package org.zhengju.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The given index path exists but does not hold a Zhengju index (a file, or a directory of other
 * files).
 */
public class NotAnIndexException extends IOException {
  /** Creates the exception for {@code path} with the reason a user can act on. */
  public NotAnIndexException(Path path, String reason) {
    super("not an index: " + path + " (" + reason + ")");
  }
}
