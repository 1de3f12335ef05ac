package org.zhengju.nlp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.nlp.CoreNlpEntityRecognizer;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.QuantityTagger;

/**
 * Benchmark (not a test) of issue 4's cost target: analysis (normalize → tag → recognize → link) of
 * real government prose dense with programme vocabulary, with rules only and with rules + CoreNLP,
 * after CoreNLP's models are loaded (load time reported apart). Target: NER costs at most 1.5× the
 * analysis without it.
 *
 * <p>{@code MAVEN_OPTS=-Xmx3g mvn -q -pl nlp test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.zhengju.nlp.bench.IngestCostBench -Dexec.args="20 3"} — arguments: number of
 * reports (of ../shared/data/real/government_work_reports.jsonl, read in place, never copied),
 * rounds.
 */
public final class IngestCostBench {
  private IngestCostBench() {}

  /** Runs the benchmark; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path file =
        Path.of(args.length > 2 ? args[2] : "../shared/data/real/government_work_reports.jsonl");
    if (!Files.isReadable(file)) {
      System.out.println(
          "SKIPPED: "
              + file.toAbsolutePath()
              + " not found (it lives in ../shared beside the checkout)");
      return;
    }
    List<ExtractedDocument> docs = read(file, reports);
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    Lexicon lexicon = Lexicon.builtIn();
    try (CoreNlpEntityRecognizer coreNlp = new CoreNlpEntityRecognizer()) {
      long t0 = System.nanoTime();
      coreNlp.load();
      System.out.printf("CoreNLP model load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
      DocumentAnalyzer rules = analyzer(lexicon, List.of(new RuleCompanyRecognizer()));
      DocumentAnalyzer ner = analyzer(lexicon, List.of(new RuleCompanyRecognizer(), coreNlp));
      time(rules, docs); // warm-up
      time(ner, docs);
      double best = Double.MAX_VALUE;
      double bestNer = Double.MAX_VALUE;
      for (int r = 0; r < rounds; r++) {
        best = Math.min(best, time(rules, docs));
        bestNer = Math.min(bestNer, time(ner, docs));
      }
      System.out.printf("%d reports, %,d chars; best of %d rounds%n", docs.size(), chars, rounds);
      System.out.printf("rules only:      %.2f s (%,.0f chars/s)%n", best, chars / best);
      System.out.printf("rules + CoreNLP: %.2f s (%,.0f chars/s)%n", bestNer, chars / bestNer);
      System.out.printf("NER cost ratio:  %.2f× (target ≤ 1.5×)%n", bestNer / best);
      System.out.println("CoreNLP stats (all rounds): " + coreNlp.stats());
    }
  }

  private static DocumentAnalyzer analyzer(Lexicon lexicon, List<EntityRecognizer> recognizers) {
    return new DocumentAnalyzer(
        new ChineseTextNormalizer(),
        new PassageSplitter(),
        new LexiconTagger(lexicon),
        new QuantityTagger(),
        recognizers);
  }

  private static double time(DocumentAnalyzer analyzer, List<ExtractedDocument> docs) {
    long t0 = System.nanoTime();
    for (ExtractedDocument d : docs) analyzer.analyze(d);
    return (System.nanoTime() - t0) / 1e9;
  }

  private static List<ExtractedDocument> read(Path jsonl, int n)
      throws IOException, NoSuchAlgorithmException {
    ObjectMapper mapper = new ObjectMapper();
    List<ExtractedDocument> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null && docs.size() < n) {
        String text = mapper.readTree(line).path("content").asText();
        String sha =
            HexFormat.of()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(text.getBytes(StandardCharsets.UTF_8)));
        docs.add(
            new ExtractedDocument(
                "report-" + docs.size(),
                sha,
                "text/plain",
                text,
                List.of(),
                DocumentMetadata.EMPTY));
      }
    }
    return docs;
  }
}
