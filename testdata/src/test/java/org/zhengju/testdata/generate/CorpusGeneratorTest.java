package org.zhengju.testdata.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.testdata.TestCorpus;

/** The committed corpus is exactly what the generator produces, byte for byte. */
class CorpusGeneratorTest {
  @Test
  void regeneratingReproducesTheCommittedCorpusAndGroundTruthByteForByte(
      @TempDir Path out, @TempDir Path truth) throws IOException {
    assumeTrue(
        Files.isRegularFile(Path.of(PdfComposer.FONT_FILE)),
        "font " + PdfComposer.FONT_FILE + " is needed to regenerate the PDFs");
    CorpusGenerator.main(new String[] {out.toString(), truth.toString()});
    Path committed = TestCorpus.root();
    List<String> generated = relativeFiles(out);
    assertThat(generated).containsExactlyElementsOf(relativeFiles(committed));
    for (String file : generated) {
      assertThat(Files.readAllBytes(out.resolve(file)))
          .as("bytes of %s (regenerate with mvn -pl testdata compile exec:java and commit)", file)
          .isEqualTo(Files.readAllBytes(committed.resolve(file)));
    }
    Path committedTruth = committed.resolveSibling("groundtruth");
    List<String> truths = relativeFiles(truth);
    assertThat(truths)
        .containsExactlyElementsOf(relativeFiles(committedTruth))
        .contains("notices/luopu_transfer_notice_2019_scan.pdf.txt");
    for (String file : truths) {
      assertThat(Files.readAllBytes(truth.resolve(file)))
          .as("bytes of groundtruth/%s", file)
          .isEqualTo(Files.readAllBytes(committedTruth.resolve(file)));
    }
  }

  private static List<String> relativeFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList();
    }
  }
}
