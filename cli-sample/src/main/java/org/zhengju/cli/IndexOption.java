package org.zhengju.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option shared by every command. */
final class IndexOption {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "The index folder.")
  Path index;

  /** Fails with exit code 3 unless an index exists at the folder. */
  Path existing() throws CliException {
    if (!Files.isDirectory(index) || isEmpty(index))
      throw new CliException(
          ExitCode.IO_OR_ENVIRONMENT,
          "no index at " + index + " (create one with: zhengju ingest PATH --index " + index + ")");
    return index;
  }

  private static boolean isEmpty(Path dir) {
    try (var s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (java.io.IOException e) {
      return true;
    }
  }
}
