package org.zhengju.normalize;

import java.util.Objects;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.normalize.internal.BoilerplateSkipper;
import org.zhengju.normalize.internal.CompatibilityFolder;
import org.zhengju.normalize.internal.FoldedUnits;
import org.zhengju.normalize.internal.LineAssembler;
import org.zhengju.normalize.internal.SimplifiedFolding;

/**
 * Normalizes extracted Chinese text: width and compatibility folding, joining of lines broken
 * inside a sentence, whitespace collapsing, and traditional-to-simplified folding for {@link
 * NormalizedText#matchText()}; every normalized character maps back to the exact source range it
 * came from.
 *
 * <p>Width and compatibility: NFKC, per normalization segment, so {@code １２万人} → {@code 12万人},
 * {@code ２０００元／人} → {@code 2000元/人}, {@code ＸＸ有限公司} → {@code XX有限公司} and the ideographic space
 * becomes a space. Deliberate exceptions: the full-width punctuation {@code ，；：？！（）} stays
 * full-width (it is part of Chinese orthography and NFKC would make it ASCII; {@code 。、“”‘’《》【】〔〕}
 * are unaffected by NFKC anyway), and circled or parenthesized numbers and ideographs ({@code ①},
 * {@code ㈠}) stay as written so that list markers do not become quantities.
 *
 * <p>Lines: a line break inside a Chinese sentence is removed; one between Latin words becomes a
 * space; one after sentence-final punctuation ({@code 。！？；：}), next to a table row (a line with a
 * tab), before an enumeration marker ({@code 一、}, {@code （二）}, {@code 3.}) or made of blank lines
 * is a paragraph break, written as exactly one {@code \n} — except after a line that a single
 * {@code \n} would join to the next (a heading without final punctuation followed by a blank line),
 * where it is written {@code \n\n} so that normalizing again keeps the break. Whitespace: runs of
 * spaces become one space, or none between CJK characters; each tab stays a tab (spreadsheet
 * cells); line-leading and trailing spaces and {@code \r} are dropped; blank lines produce no text
 * of their own.
 *
 * <p>Normalizing is idempotent on {@code text}. Immutable and thread-safe.
 */
public final class ChineseTextNormalizer implements TextNormalizer {
  private final CompatibilityFolder folder = new CompatibilityFolder();

  /** A normalizer with the rules described above. */
  public ChineseTextNormalizer() {}

  /** Normalizes {@code source}; see the class description for the rules. */
  @Override
  public NormalizedText normalize(String source) {
    Objects.requireNonNull(source, "source");
    return assemble(source, folder.fold(source));
  }

  /**
   * Normalizes {@code document.text()} without its boilerplate lines: each boilerplate span and the
   * line break right after it are dropped before lines are joined, so a sentence running from one
   * page into the next across a running footer and header is joined as if they were not there.
   * Offsets still map into the document's text.
   */
  @Override
  public NormalizedText normalize(ExtractedDocument document) {
    Objects.requireNonNull(document, "document");
    String source = document.text();
    if (document.boilerplate().isEmpty()) return normalize(source);
    return assemble(
        source, BoilerplateSkipper.skip(folder.fold(source), source, document.boilerplate()));
  }

  private static NormalizedText assemble(String source, FoldedUnits folded) {
    StringBuilder text = new StringBuilder(source.length());
    OffsetMap.Builder map = new OffsetMap.Builder(source.length());
    new LineAssembler(folded, text, map).assemble();
    String normalized = text.toString();
    return new NormalizedText(
        normalized, SimplifiedFolding.fold(normalized), map.build(source.length()));
  }

  /**
   * Folds a search query the way document text is folded for matching (NFKC and width, traditional
   * to simplified), but keeps its whitespace, line structure and operators as typed: in a query a
   * space between two Chinese words separates terms (as in {@code "新疆 补贴"~10}), so it must not be
   * removed as in OCR'd text.
   */
  public String foldQuery(String query) {
    Objects.requireNonNull(query, "query");
    FoldedUnits folded = folder.fold(query);
    return SimplifiedFolding.fold(folded.subSequence(0, folded.size()).toString());
  }
}
