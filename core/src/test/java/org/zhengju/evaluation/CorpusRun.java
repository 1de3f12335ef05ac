package org.zhengju.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.evidence.CompanyAggregator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.ingest.SourceFile;
import org.zhengju.ingest.SourceWalker;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.QuantityTagger;
import org.zhengju.store.DocumentRecord;
import org.zhengju.testdata.score.ReportedCompany;
import org.zhengju.testdata.score.ReportedEvidence;

/** The whole road over a corpus folder, in memory: extraction, analysis and aggregation, without an index. */
record CorpusRun(List<AnalyzedDocument> documents, List<ExtractionOutcome.Failed> failures, List<CompanyProfile> companies) {

  /** Runs the pipeline with the given recognizers over every file under {@code root}. */
  static CorpusRun of(Path root, List<EntityRecognizer> recognizers) throws IOException {
    DocumentAnalyzer analyzer = new DocumentAnalyzer(new ChineseTextNormalizer(), new PassageSplitter(),
        new LexiconTagger(Lexicon.builtIn()), new QuantityTagger(), recognizers);
    List<AnalyzedDocument> docs = new ArrayList<>();
    List<ExtractionOutcome.Failed> failures = new ArrayList<>();
    List<DocumentRecord> records = new ArrayList<>();
    try (TikaTextExtractor extractor = new TikaTextExtractor()) {
      for (SourceFile f : new SourceWalker().list(List.of(root))) {
        for (ExtractionOutcome o : extractor.extract(f.path(), f.source())) {
          if (o instanceof ExtractionOutcome.Failed failed) {
            failures.add(failed);
            continue;
          }
          AnalyzedDocument d = analyzer.analyze(((ExtractionOutcome.Extracted) o).document());
          docs.add(d);
          records.add(new DocumentRecord(d.document().source(), d.document().sha256(), d.document().mediaType(),
              Optional.of(f.path().toString()), "indexed", Optional.empty(), d.companies(), d.evidence()));
        }
      }
    }
    return new CorpusRun(docs, failures, new CompanyAggregator().aggregate(records));
  }

  /** The rule-based recognizer alone. */
  static CorpusRun rulesOnly(Path root) throws IOException {
    return of(root, List.of(new RuleCompanyRecognizer()));
  }

  /** The companies in the scorer's plain terms. */
  List<ReportedCompany> reported() {
    return companies.stream()
        .map(c -> new ReportedCompany(c.name(), c.aliases(), c.grade().name(),
            c.evidence().stream().map(e -> new ReportedEvidence(e.source(), e.quote(), e.grade().name())).toList()))
        .toList();
  }
}
