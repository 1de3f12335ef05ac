package org.zhengju.extract.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.testdata.TestCorpus;

/** The PDFs of the test corpus that have known text ({@code testdata/groundtruth}). */
final class CorpusPdfs {

  /** The corpus notice that exists only as a scan. */
  static final String SCAN = "notices/luopu_transfer_notice_2019_scan.pdf";

  private CorpusPdfs() {}

  /**
   * Sources of every corpus PDF with known text ({@code groundtruth/<source>.txt}), sorted; {@link
   * #SCAN} among them, and PDFs inside containers too (an email attachment {@code
   * mail.eml!/name.pdf}).
   */
  static List<String> withKnownText() throws IOException {
    Path truth = TestCorpus.root().resolveSibling("groundtruth");
    List<String> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(truth)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".pdf.txt")).sorted().toList()) {
        String relative = truth.relativize(file).toString().replace('\\', '/');
        sources.add(relative.substring(0, relative.length() - ".txt".length()));
      }
    }
    return List.copyOf(sources);
  }

  /**
   * Extracts the file holding {@code source} (the PDF itself or its container) and returns that
   * PDF's outcome.
   */
  static ExtractionOutcome extract(TikaTextExtractor extractor, String source) throws IOException {
    int member = source.indexOf(TestCorpus.ARCHIVE_SEPARATOR);
    String container = member < 0 ? source : source.substring(0, member);
    return extractor.extract(TestCorpus.file(source), container).stream()
        .filter(o -> o.source().equals(source))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + source));
  }

  /** The born-digital ones: every PDF with known text but the scan. */
  static List<String> bornDigital() throws IOException {
    return withKnownText().stream().filter(s -> !s.equals(SCAN)).toList();
  }
}
