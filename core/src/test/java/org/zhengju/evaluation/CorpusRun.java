package org.zhengju.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.evidence.CompanyAggregator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.ingest.IngestListener;
import org.zhengju.ingest.IngestReport;
import org.zhengju.ingest.IngestSettings;
import org.zhengju.ingest.Ingestor;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.QuantityTagger;
import org.zhengju.store.InMemoryCorpusStore;
import org.zhengju.testdata.score.ReportedCompany;
import org.zhengju.testdata.score.ReportedEvidence;

/**
 * The whole road over a corpus folder through the real {@link Ingestor}, into an in-memory store.
 */
record CorpusRun(
    IngestReport report, List<AnalyzedDocument> documents, List<CompanyProfile> companies) {

  /** Runs the pipeline with the given recognizers over every file under {@code root}. */
  static CorpusRun of(Path root, List<EntityRecognizer> recognizers) throws IOException {
    DocumentAnalyzer analyzer =
        new DocumentAnalyzer(
            new ChineseTextNormalizer(),
            new PassageSplitter(),
            new LexiconTagger(Lexicon.builtIn()),
            new QuantityTagger(),
            recognizers);
    // OCR on, as a researcher's run has it: the corpus holds a notice that exists only as a scan.
    ExtractionSettings extraction = ExtractionSettings.defaults().withOcr(OcrSettings.defaults());
    try (TikaTextExtractor extractor = new TikaTextExtractor(extraction);
        InMemoryCorpusStore store = new InMemoryCorpusStore()) {
      IngestReport report =
          new Ingestor(extractor, analyzer, store, IngestSettings.defaults())
              .ingest(List.of(root), IngestListener.NONE);
      return new CorpusRun(
          report, store.analyzed(), new CompanyAggregator().aggregate(store.documents()));
    }
  }

  /** The rule-based recognizer alone. */
  static CorpusRun rulesOnly(Path root) throws IOException {
    return of(root, List.of(new RuleCompanyRecognizer()));
  }

  /** The companies in the scorer's plain terms. */
  List<ReportedCompany> reported() {
    return companies.stream()
        .map(
            c ->
                new ReportedCompany(
                    c.name(),
                    c.aliases(),
                    c.grade().name(),
                    c.evidence().stream()
                        .map(e -> new ReportedEvidence(e.source(), e.quote(), e.grade().name()))
                        .toList()))
        .toList();
  }
}
