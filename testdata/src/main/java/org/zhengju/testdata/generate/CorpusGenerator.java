package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Regenerates every document of the bundled test corpus into the folder given as the only argument.
 *
 * <p>Run with {@code mvn -q -pl testdata compile exec:java} (the pom passes {@code
 * testdata/corpus}). The output is byte-stable: running it twice gives identical files, so
 * regenerated binaries only show up in a diff when their content changed.
 */
public final class CorpusGenerator {
  private CorpusGenerator() {}

  /**
   * Writes the corpus below {@code args[0]} and, when {@code args[1]} is given, the known text of
   * the scanned documents below it ({@code <source>.txt}).
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException(
          "usage: CorpusGenerator <corpus-folder> [<ground-truth-folder>]");
    }
    Optional<Path> groundTruth =
        args.length == 2 ? Optional.of(Path.of(args[1])) : Optional.empty();
    CorpusOutput out = new CorpusOutput(Path.of(args[0]), groundTruth);
    NoticeDocuments.writeAll(out);
    NewsDocuments.writeAll(out);
    ReportDocuments.writeAll(out);
    TableDocuments.writeAll(out);
    ControlDocuments.writeAll(out);
    ScannedDocuments.writeAll(out);
    CaptureDocuments.writeAll(out);
  }
}
