package org.zhengju.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.TextExtractor;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.QuantityTagger;
import org.zhengju.store.InMemoryCorpusStore;

class IngestorTest {
  private final DocumentAnalyzer analyzer =
      new DocumentAnalyzer(
          new ChineseTextNormalizer(),
          new PassageSplitter(),
          new LexiconTagger(Lexicon.builtIn()),
          new QuantityTagger(),
          List.of(new RuleCompanyRecognizer()));

  @Test
  void aFileThatExhaustsMemoryFailsAloneWithAnActionableReason(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a-bomb.pdf"), "x");
    Files.writeString(dir.resolve("b-good.txt"), "和田地区组织富余劳动力转移就业。\n");
    TextExtractor tika = new TikaTextExtractor();
    TextExtractor bombing =
        new TextExtractor() {
          @Override
          public List<ExtractionOutcome> extract(Path file, String source) {
            if (source.endsWith(".pdf")) throw new OutOfMemoryError("Java heap space");
            return tika.extract(file, source);
          }

          @Override
          public String name() {
            return "bombing";
          }
        };
    try (InMemoryCorpusStore store = new InMemoryCorpusStore()) {
      IngestReport report =
          new Ingestor(bombing, analyzer, store, new IngestSettings(2, Duration.ofMinutes(1), 10))
              .ingest(List.of(dir), IngestListener.NONE);
      assertThat(report.outcomes()).hasSize(2);
      FileOutcome bomb = report.withStatus(FileOutcome.Status.FAILED).get(0);
      assertThat(bomb.source()).isEqualTo("a-bomb.pdf");
      assertThat(bomb.reason().orElseThrow()).contains("ran out of memory").contains("-Xmx");
      assertThat(report.documents()).isEqualTo(1);
      assertThat(store.documents()).extracting(r -> r.source()).containsExactly("b-good.txt");
    } finally {
      tika.close();
    }
  }

  @Test
  void identicalFilesInOneRunAreStoredOnceAndTheCopyIsSkipped(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "墨玉县组织农村富余劳动力转移就业。\n");
    Files.writeString(dir.resolve("b.txt"), "墨玉县组织农村富余劳动力转移就业。\n");
    try (TikaTextExtractor tika = new TikaTextExtractor();
        InMemoryCorpusStore store = new InMemoryCorpusStore()) {
      IngestReport report =
          new Ingestor(tika, analyzer, store, IngestSettings.defaults())
              .ingest(List.of(dir), IngestListener.NONE);
      assertThat(report.documents()).isEqualTo(1);
      assertThat(report.skipped()).isEqualTo(1);
      assertThat(store.documents()).hasSize(1);
    }
  }
}
