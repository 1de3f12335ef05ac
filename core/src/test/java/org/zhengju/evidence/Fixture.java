package org.zhengju.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.entity.Mention;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.Specificity;
import org.zhengju.lexicon.TermMatch;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.normalize.OffsetMap;
import org.zhengju.passage.Passage;
import org.zhengju.quantity.Quantity;
import org.zhengju.quantity.QuantityKind;

/**
 * Builds a hand-tagged document for linker and recognizer tests: identity-normalized text (or a
 * given match text and offset map), passages split at blank lines, and terms tagged at every
 * occurrence found with indexOf.
 */
public final class Fixture {
  public static final String SHA = "a".repeat(64);

  private final String source;
  private final NormalizedText text;
  private final List<TermMatch> terms = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private Optional<String> title = Optional.empty();

  private Fixture(String source, NormalizedText text) {
    this.source = source;
    this.text = text;
  }

  /** A document whose source, normalized and match texts are all {@code s}. */
  public static Fixture of(String s) {
    return new Fixture(s, new NormalizedText(s, s, OffsetMap.identity(s.length())));
  }

  /**
   * A traditional-script document: {@code text} as written, {@code match} its simplified folding.
   */
  public static Fixture traditional(String text, String match) {
    return new Fixture(text, new NormalizedText(text, match, OffsetMap.identity(text.length())));
  }

  /**
   * A document whose source has {@code indent} extra characters in front that normalization
   * dropped.
   */
  public static Fixture indented(String indent, String s) {
    OffsetMap.Builder b = new OffsetMap.Builder(s.length());
    for (int i = 0; i < s.length(); i++) b.add(indent.length() + i, indent.length() + i + 1);
    return new Fixture(indent + s, new NormalizedText(s, s, b.build(indent.length() + s.length())));
  }

  /**
   * A document whose normalization joined its lines (as for a PDF table whose cells are separated
   * by spaces): the source is {@code s}, the normalized text {@code s} with its line breaks
   * removed.
   */
  public static Fixture joinedLines(String s) {
    String joined = s.replace("\n", "");
    OffsetMap.Builder b = new OffsetMap.Builder(joined.length());
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) != '\n') b.add(i, i + 1);
    return new Fixture(s, new NormalizedText(joined, joined, b.build(s.length())));
  }

  /** Tags every occurrence of {@code term} (searched in the match text). */
  public Fixture term(String term, Category category, Specificity specificity) {
    LexiconEntry entry =
        new LexiconEntry(
            term,
            Optional.empty(),
            List.of(),
            category,
            Optional.empty(),
            specificity,
            Optional.empty());
    String match = text.matchText();
    int found = 0;
    for (int at = match.indexOf(term); at >= 0; at = match.indexOf(term, at + term.length())) {
      terms.add(
          new TermMatch(
              entry,
              text.sourceStart(at),
              text.sourceEnd(at + term.length()),
              at,
              at + term.length()));
      found++;
    }
    assertThat(found).as("fixture term %s must occur in the text", term).isPositive();
    return this;
  }

  /** Tags every occurrence of {@code term} if it occurs at all (for generated texts). */
  public Fixture termIfPresent(String term, Category category, Specificity specificity) {
    return text.matchText().contains(term) ? term(term, category, specificity) : this;
  }

  /** Tags a Xinjiang place. */
  public Fixture place(String place) {
    return term(place, Category.XINJIANG_PLACE, Specificity.HIGH);
  }

  /** Adds a persons quantity at the first occurrence of {@code written}. */
  public Fixture persons(String written, long value) {
    int at = at(written);
    quantities.add(
        new Quantity(
            QuantityKind.PERSONS,
            BigDecimal.valueOf(value),
            written.replaceAll("[\\d,]", ""),
            Optional.empty(),
            Optional.empty(),
            text.sourceStart(at),
            text.sourceEnd(at + written.length()),
            at,
            at + written.length()));
    return this;
  }

  /** Sets the document title. */
  public Fixture title(String t) {
    this.title = Optional.of(t);
    return this;
  }

  /** Normalized offset of the first occurrence of {@code s}; fails the test if absent. */
  public int at(String s) {
    int i = text.text().indexOf(s);
    assertThat(i).as("fixture text must contain %s", s).isGreaterThanOrEqualTo(0);
    return i;
  }

  public NormalizedText text() {
    return text;
  }

  public List<TermMatch> terms() {
    return terms;
  }

  public List<Quantity> quantities() {
    return quantities;
  }

  /**
   * Passages split at blank lines (identity offsets assumed between source and normalized when not
   * indented).
   */
  public List<Passage> passages() {
    List<Passage> out = new ArrayList<>();
    String t = text.text();
    int start = 0;
    while (start <= t.length()) {
      int end = t.indexOf("\n\n", start);
      if (end < 0) end = t.length();
      if (end > start)
        out.add(
            new Passage(
                out.size(),
                text.sourceStart(start),
                text.sourceEnd(end),
                start,
                end,
                Optional.empty(),
                t.substring(start, end)));
      start = end + 2;
    }
    return out;
  }

  public ExtractedDocument document() {
    DocumentMetadata meta =
        new DocumentMetadata(
            title,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Map.of());
    return new ExtractedDocument("doc.txt", SHA, "text/plain", source, List.of(), meta);
  }

  /** Mentions from the rule recognizer. */
  public List<Mention> mentions() {
    return new RuleCompanyRecognizer().recognize(text, passages());
  }

  /** Evidence from the linker with the rule recognizer's mentions. */
  public List<EvidenceItem> link() {
    return new EvidenceLinker().link(document(), text, passages(), terms, quantities, mentions());
  }
}
