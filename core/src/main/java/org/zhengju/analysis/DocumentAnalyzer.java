package org.zhengju.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.entity.CompanyNameResolver;
import org.zhengju.entity.DocumentCompanies;
import org.zhengju.entity.EntityKind;
import org.zhengju.entity.EntityRecognizer;
import org.zhengju.entity.Mention;
import org.zhengju.evidence.AnchoredPassages;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.evidence.EvidenceLinker;
import org.zhengju.lexicon.LexiconTagger;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.TextNormalizer;
import org.zhengju.passage.Passage;
import org.zhengju.passage.PassageSplitter;
import org.zhengju.quantity.Quantity;
import org.zhengju.quantity.QuantityTagger;

/**
 * Runs the text stages on one extracted document: normalize → passages → tag terms and quantities →
 * recognize names → resolve companies → link evidence. Thread-safe when its parts are (the built-in
 * ones are).
 *
 * <p>Selective recognizers (CoreNLP) see only the sentences where they can change an answer:
 * sentences of passages anchored in Xinjiang with programme terms and a link cue, in which the
 * cheap recognizers found no company (see {@link AnchoredPassages#linkableSentences}). Elsewhere a
 * company they found could only be graded E, which is never reported. The analyzer does not own the
 * recognizers; whoever created them closes them.
 */
public final class DocumentAnalyzer {
  private final TextNormalizer normalizer;
  private final PassageSplitter splitter;
  private final LexiconTagger terms;
  private final QuantityTagger quantities;
  private final List<EntityRecognizer> recognizers;
  private final CompanyNameResolver resolver = new CompanyNameResolver();
  private final EvidenceLinker linker = new EvidenceLinker();

  /**
   * An analyzer built from its stages.
   *
   * @param recognizers entity recognizers, cheap ones first; selective ones run last on the
   *     passages left open
   */
  public DocumentAnalyzer(
      TextNormalizer normalizer,
      PassageSplitter splitter,
      LexiconTagger terms,
      QuantityTagger quantities,
      List<EntityRecognizer> recognizers) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.splitter = Objects.requireNonNull(splitter, "splitter");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.quantities = Objects.requireNonNull(quantities, "quantities");
    this.recognizers = List.copyOf(recognizers);
    if (this.recognizers.isEmpty())
      throw new IllegalArgumentException("recognizers must not be empty");
  }

  /** Analyses one document. */
  public AnalyzedDocument analyze(ExtractedDocument document) {
    NormalizedText text = normalizer.normalize(document);
    List<Passage> passages = splitter.split(document, text);
    List<TermMatch> termMatches = terms.tag(text);
    List<Quantity> quantityMatches = quantities.tag(text);
    List<Mention> mentions = recognize(document, text, passages, termMatches);
    DocumentCompanies companies = resolver.resolve(text, mentions);
    List<EvidenceItem> evidence =
        linker.link(document, text, passages, termMatches, quantityMatches, companies.mentions());
    return new AnalyzedDocument(
        document,
        text,
        passages,
        termMatches,
        quantityMatches,
        companies.mentions(),
        companies.companies(),
        evidence);
  }

  /** The short names of the recognizers in use, in order. */
  public List<String> recognizerNames() {
    return recognizers.stream().map(EntityRecognizer::name).toList();
  }

  private List<Mention> recognize(
      ExtractedDocument document,
      NormalizedText text,
      List<Passage> passages,
      List<TermMatch> termMatches) {
    List<Mention> mentions = new ArrayList<>();
    for (EntityRecognizer r : recognizers) {
      if (!r.selective()) mentions.addAll(r.recognize(text, passages));
    }
    boolean anySelective = recognizers.stream().anyMatch(EntityRecognizer::selective);
    List<int[]> companies =
        mentions.stream()
            .filter(m -> m.kind() == EntityKind.COMPANY)
            .map(m -> new int[] {m.normalizedStart(), m.normalizedEnd()})
            .toList();
    List<Passage> open =
        anySelective
            ? AnchoredPassages.linkableSentences(document, text, passages, termMatches, companies)
            : List.of();
    if (!open.isEmpty()) {
      for (EntityRecognizer r : recognizers) {
        if (r.selective()) mentions.addAll(r.recognize(text, open));
      }
    }
    mentions.sort(
        Comparator.comparingInt(Mention::normalizedStart)
            .thenComparingInt(m -> -m.normalizedEnd()));
    return mentions;
  }
}
