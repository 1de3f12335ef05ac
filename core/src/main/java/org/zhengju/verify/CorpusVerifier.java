package org.zhengju.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.TextExtractor;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.TextNormalizer;
import org.zhengju.store.DocumentRecord;

/**
 * Re-reads the source files of an index, checks their SHA-256 and re-finds every quote at its cited
 * offsets: the check a reviewer runs before filing evidence.
 */
public final class CorpusVerifier {
  private final TextExtractor extractor;
  private final TextNormalizer normalizer;

  /**
   * A verifier that re-extracts with {@code extractor} and re-normalizes with {@code normalizer}.
   */
  public CorpusVerifier(TextExtractor extractor, TextNormalizer normalizer) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  /** Verifies {@code records}, re-extracting each top-level file once. */
  public VerificationReport verify(List<DocumentRecord> records) {
    Map<String, List<DocumentRecord>> byFile = new HashMap<>();
    List<String> missing = new ArrayList<>();
    for (DocumentRecord r : records) {
      if (r.file().isEmpty() || !Files.isRegularFile(Path.of(r.file().get())))
        missing.add(r.source());
      else byFile.computeIfAbsent(r.file().get(), k -> new ArrayList<>()).add(r);
    }
    List<Mismatch> mismatches = new ArrayList<>();
    int documents = 0;
    int quotes = 0;
    for (Map.Entry<String, List<DocumentRecord>> e : byFile.entrySet()) {
      String topSource = e.getValue().get(0).source().split("!/", 2)[0];
      Map<String, ExtractedDocument> extracted = new HashMap<>();
      Map<String, String> failed = new HashMap<>();
      for (ExtractionOutcome o : extractor.extract(Path.of(e.getKey()), topSource)) {
        if (o instanceof ExtractionOutcome.Extracted x) extracted.put(x.source(), x.document());
        else failed.put(o.source(), ((ExtractionOutcome.Failed) o).reason());
      }
      for (DocumentRecord r : e.getValue()) {
        ExtractedDocument doc = extracted.get(r.source());
        if (doc == null) {
          mismatches.add(
              new Mismatch(
                  r.source(),
                  "cannot be re-read: "
                      + failed.getOrDefault(r.source(), "not found in its file")));
          continue;
        }
        documents++;
        if (!doc.sha256().equals(r.sha256())) {
          mismatches.add(
              new Mismatch(
                  r.source(), "sha256 changed: indexed " + r.sha256() + ", now " + doc.sha256()));
          continue;
        }
        NormalizedText text = normalizer.normalize(doc);
        for (EvidenceItem item : r.evidence()) {
          if (QuoteLocator.matches(text, item)) quotes++;
          else
            mismatches.add(
                new Mismatch(
                    r.source(),
                    "quote not found at "
                        + item.start()
                        + "–"
                        + item.end()
                        + ": \""
                        + abbreviate(item.quote())
                        + "\""));
        }
      }
    }
    return new VerificationReport(documents, quotes, missing, mismatches);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
