package org.zhengju.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files under the paths given to an ingest run, each with its source name relative to the
 * path it was found under. Folders are walked recursively in name order; hidden files and folders
 * are skipped.
 */
public final class SourceWalker {

  /**
   * Lists the files under {@code roots}.
   *
   * @throws NoSuchFileException if a root does not exist
   * @throws IOException if a folder cannot be read
   */
  public List<SourceFile> list(List<Path> roots) throws IOException {
    List<SourceFile> files = new ArrayList<>();
    for (Path root : roots) {
      Path abs = root.toAbsolutePath().normalize();
      if (!Files.exists(abs))
        throw new NoSuchFileException(root.toString(), null, "no such file or folder");
      if (Files.isRegularFile(abs)) {
        files.add(new SourceFile(abs, abs.getFileName().toString()));
        continue;
      }
      try (Stream<Path> walk = Files.walk(abs)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !isHidden(abs.relativize(p)))
            .sorted()
            .forEach(
                p -> files.add(new SourceFile(p, abs.relativize(p).toString().replace('\\', '/'))));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) if (part.toString().startsWith(".")) return true;
    return false;
  }
}
