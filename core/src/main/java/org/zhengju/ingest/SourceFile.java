package org.zhengju.ingest;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to ingest and the name it is recorded under.
 *
 * @param path absolute path of the file
 * @param source path relative to the root it was found under, with {@code /} separators
 */
public record SourceFile(Path path, String source) {
  public SourceFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(source, "source");
  }
}
