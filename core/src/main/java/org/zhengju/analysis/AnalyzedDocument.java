package org.zhengju.analysis;

import java.util.List;
import java.util.Objects;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.entity.CompanyName;
import org.zhengju.entity.Mention;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.passage.Passage;
import org.zhengju.quantity.Quantity;

/**
 * Everything the pipeline learned about one document: its normalized text, passages, tagged terms
 * and quantities, recognized names, the companies it names and the evidence it holds.
 */
public record AnalyzedDocument(
    ExtractedDocument document,
    NormalizedText normalized,
    List<Passage> passages,
    List<TermMatch> terms,
    List<Quantity> quantities,
    List<Mention> mentions,
    List<CompanyName> companies,
    List<EvidenceItem> evidence) {
  public AnalyzedDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(normalized, "normalized");
    passages = List.copyOf(passages);
    terms = List.copyOf(terms);
    quantities = List.copyOf(quantities);
    mentions = List.copyOf(mentions);
    companies = List.copyOf(companies);
    evidence = List.copyOf(evidence);
  }
}
