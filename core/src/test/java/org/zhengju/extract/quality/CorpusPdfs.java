package org.zhengju.extract.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zhengju.testdata.TestCorpus;

/** The PDFs of the test corpus that have known text ({@code testdata/groundtruth}). */
final class CorpusPdfs {

  /** The corpus notice that exists only as a scan. */
  static final String SCAN = "notices/luopu_transfer_notice_2019_scan.pdf";

  private CorpusPdfs() {}

  /** Sources of every corpus PDF with known text, sorted; {@link #SCAN} among them. */
  static List<String> withKnownText() throws IOException {
    Path root = TestCorpus.root();
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        String source = root.relativize(file).toString().replace('\\', '/');
        if (TestCorpus.groundTruth(source).isPresent()) sources.add(source);
      }
    }
    return List.copyOf(sources);
  }

  /** The born-digital ones: every PDF with known text but the scan. */
  static List<String> bornDigital() throws IOException {
    return withKnownText().stream().filter(s -> !s.equals(SCAN)).toList();
  }
}
