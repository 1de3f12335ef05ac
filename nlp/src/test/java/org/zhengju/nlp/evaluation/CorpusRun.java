package org.zhengju.nlp.evaluation;

import java.io.IOException;
import java.util.List;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.analysis.DocumentAnalyzer;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.evidence.CompanyAggregator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.extract.ExtractionSettings;
import org.zhengju.extract.ocr.OcrSettings;
import org.zhengju.extract.tika.TikaTextExtractor;
import org.zhengju.ingest.IngestListener;
import org.zhengju.ingest.IngestSettings;
import org.zhengju.ingest.Ingestor;
import org.zhengju.lexicon.Lexicon;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.QuantityTagger;
import org.zhengju.store.InMemoryCorpusStore;
import org.zhengju.testdata.TestCorpus;

/**
 * The bundled corpus through the real {@link Ingestor} into an in-memory store, with the given
 * recognizers: the analysed documents (for mention figures) and the aggregated companies (for link
 * figures).
 */
record CorpusRun(List<AnalyzedDocument> documents, List<CompanyProfile> companies) {
  CorpusRun {
    documents = List.copyOf(documents);
    companies = List.copyOf(companies);
  }

  /** Ingests the whole bundled corpus; the recognizers stay open (the caller closes them). */
  static CorpusRun of(List<EntityRecognizer> recognizers) throws IOException {
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
      new Ingestor(extractor, analyzer, store, IngestSettings.defaults())
          .ingest(List.of(TestCorpus.root()), IngestListener.NONE);
      return new CorpusRun(store.analyzed(), new CompanyAggregator().aggregate(store.documents()));
    }
  }
}
