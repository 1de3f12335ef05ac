package org.zhengju.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.quantity.QuantityTagger;

/**
 * Manual throughput measurement of {@link LexiconTagger} and {@link QuantityTagger} on real Chinese
 * prose: the State Council government work reports in {@code
 * ../shared/data/real/government_work_reports.jsonl} (not part of the project; read by path). Not a
 * test: run it by hand, e.g.
 *
 * <pre>
 * mvn -q -o -pl core test-compile exec:java -Dexec.mainClass=org.zhengju.lexicon.LexiconTaggerThroughput
 *     -Dexec.classpathScope=test -Dexec.args=/work/shared/data/real/government_work_reports.jsonl
 * </pre>
 *
 * The texts are used as already normalized (identity offset map), so only tagging is timed.
 */
public final class LexiconTaggerThroughput {
  private static final int WARMUP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 10;

  private LexiconTaggerThroughput() {}

  /** Runs the measurement; the optional argument is the path of the JSONL corpus. */
  public static void main(String[] args) throws IOException {
    Path corpus =
        Path.of(args.length > 0 ? args[0] : "../shared/data/real/government_work_reports.jsonl");
    if (!Files.isReadable(corpus)) {
      System.err.println(
          "Corpus not found: "
              + corpus.toAbsolutePath()
              + " (it lives beside the project in shared/data/real; pass its path as the first argument)");
      System.exit(3);
    }
    List<NormalizedText> texts = new ArrayList<>();
    long chars = 0;
    ObjectMapper json = new ObjectMapper();
    for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode content = json.readTree(line).path("content");
      if (!content.isTextual()) continue;
      String s = content.asText();
      texts.add(new NormalizedText(s, s, OffsetMap.identity(s.length())));
      chars += s.length();
    }
    long buildStart = System.nanoTime();
    LexiconTagger lexiconTagger = new LexiconTagger(Lexicon.builtIn());
    long buildMs = (System.nanoTime() - buildStart) / 1_000_000;
    QuantityTagger quantityTagger = new QuantityTagger();
    System.out.printf(
        Locale.ROOT,
        "%d documents, %d chars; lexicon %d entries, tagger built in %d ms%n",
        texts.size(),
        chars,
        Lexicon.builtIn().size(),
        buildMs);
    measure("LexiconTagger", texts, chars, t -> lexiconTagger.tag(t).size());
    measure("QuantityTagger", texts, chars, t -> quantityTagger.tag(t).size());
  }

  private interface Tagging {
    int tag(NormalizedText text);
  }

  private static void measure(
      String name, List<NormalizedText> texts, long chars, Tagging tagging) {
    long found = 0;
    for (int r = 0; r < WARMUP_ROUNDS; r++) for (NormalizedText t : texts) found += tagging.tag(t);
    long start = System.nanoTime();
    found = 0;
    for (int r = 0; r < MEASURED_ROUNDS; r++)
      for (NormalizedText t : texts) found += tagging.tag(t);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%s: %.1f M chars/s (%d matches per pass, %.3f s per pass)%n",
        name,
        chars * MEASURED_ROUNDS / seconds / 1e6,
        found / MEASURED_ROUNDS,
        seconds / MEASURED_ROUNDS);
  }
}
