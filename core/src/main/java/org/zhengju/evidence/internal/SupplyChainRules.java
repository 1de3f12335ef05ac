package org.zhengju.evidence.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengju.entity.Mention;
import org.zhengju.evidence.Grade;
import org.zhengju.normalize.NormalizedText;

/**
 * Grade D candidates (DOMAIN.md §1.4, §3.7): the rows of a filing's top-five supplier or customer
 * table. Each row naming a company other than the filing's subject is a candidate for the subject,
 * with that company as counterparty; whether it is evidence depends on the counterparty's grade
 * elsewhere in the corpus, which only the aggregator knows.
 *
 * <p>Rows are read on the extracted (source) lines, not the normalized ones: normalization joins
 * the lines of a PDF table whose cells are separated by spaces, as if they were one broken
 * sentence. A row is a line where the name fills a cell (spaces or tabs, or the line's edge, on
 * both sides, a bracketed note allowed after it), without sentence punctuation, and with at most
 * {@value #MAX_WORDY_CELLS} other cells that are not numbers (序号, amounts, shares). Its header is
 * the nearest line above naming suppliers or customers (供应商名称, 前五名客户, 主要供应商情况, "Top five
 * suppliers", "Customer name"), reached through lines that are rows or unit lines (单位：万元), or the
 * line right under it (a column header without the keyword, 序号 名称 采购额); a sentence or another
 * table's header in between ends the search. A sentence mentioning a supplier is never a row.
 */
public final class SupplyChainRules {
  /** How many lines above a row its header may stand (five rows, a total, unit and title lines). */
  private static final int MAX_ROWS_UP = 12;

  /** A longer line is a paragraph, not a table row. */
  private static final int MAX_ROW = 300;

  /** Cells of a row besides the name that may be words (goods bought, 是否关联方 …). */
  private static final int MAX_WORDY_CELLS = 3;

  /** A header naming the table's suppliers or customers, anywhere in its line (match text). */
  private static final Pattern HEADER =
      Pattern.compile(
          "(?:前五名|前5名|前五大|前5大|前五|主要|重要)(供应商|客户)|(供应商|客户)(?:名称|名字)"
              + "|(?i:\\b(?:top (?:five|5|ten|10)|(?:five )?largest|major|main|principal|key)"
              + "\\s+(supplier|customer)s?\\b)"
              + "|(?i:\\b(supplier|customer)s?(?:'s?)?\\s+names?\\b)"
              + "|(?i:\\bnames? of (?:the )?(supplier|customer)s?\\b)");

  /** A header cell that is the bare word (序号 供应商 采购额). */
  private static final Pattern HEADER_CELL = Pattern.compile("(供应商|客户)|(?i:(supplier|customer)s?)");

  /** A unit or currency line between a table's title and its header. */
  private static final Pattern UNIT = Pattern.compile("单位|币种|(?i:\\bunit\\b|currency|RMB|CNY)");

  /** A cell that is a number, share, amount or ordinal. */
  private static final Pattern NUMERIC =
      Pattern.compile("[（(]?[-−+]?[\\d０-９][\\d０-９,，.．%％]*[）)]?|第?[一二三四五]名?|[¥￥$]|[-—–]+");

  /** A cell of a source line: a run without spaces or tabs. */
  private static final Pattern CELL = Pattern.compile("[^\\s\u3000]+");

  private static final Pattern NOTE_AFTER_NAME = Pattern.compile("[（(][^）)\\n]{0,12}[）)]");

  /** Chinese sentence punctuation: a line holding it is prose. */
  private static final String PROSE = "。！？；，";

  /**
   * An English sentence: a lowercase word followed by a full stop at the end or before a capital.
   */
  private static final Pattern ENGLISH_SENTENCE = Pattern.compile("[a-z]{2,}[.!?](?:$|\\s+[A-Z])");

  /**
   * One table row naming a supplier or customer of the filing's subject.
   *
   * @param counterparty the resolved name of the supplier or customer
   * @param rowStart normalized start of the row (the quote)
   * @param rowEnd normalized end of the row
   * @param verdict grade D and a rationale naming the counterparty and its role
   */
  public record SupplyRow(String counterparty, int rowStart, int rowEnd, Verdict verdict) {
    public SupplyRow {
      Objects.requireNonNull(counterparty, "counterparty");
      Objects.requireNonNull(verdict, "verdict");
    }
  }

  private final String source;
  private final NormalizedText text;

  /**
   * Rules over one document.
   *
   * @param source the extracted text, whose lines are the table's rows
   * @param text its normalization (the quote's text and the simplified match text)
   */
  public SupplyChainRules(String source, NormalizedText text) {
    this.source = Objects.requireNonNull(source, "source");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * The supplier and customer rows of {@code subject}'s filing, one per mention standing in such a
   * row (the subject's own mentions excluded), in mention order.
   *
   * @param subject the filing's subject
   * @param companyMentions resolved company mentions of the document
   */
  public List<SupplyRow> rows(String subject, List<Mention> companyMentions) {
    Objects.requireNonNull(subject, "subject");
    List<SupplyRow> out = new ArrayList<>();
    for (Mention m : companyMentions) {
      if (m.resolvedName().equals(subject)) continue;
      int[] line = line(m.start());
      if (!isRow(line, m.start(), m.end())) continue;
      Optional<String> role = headerAbove(line[0]);
      if (role.isEmpty()) continue;
      int from = text.map().toNormalized(line[0]);
      int to = text.map().toNormalized(line[1]);
      String normalized = text.text();
      while (from < to && Character.isWhitespace(normalized.charAt(from))) from++;
      while (to > from && Character.isWhitespace(normalized.charAt(to - 1))) to--;
      if (from == to) continue;
      String rationale = "top-five " + role.get() + ": " + m.resolvedName();
      out.add(new SupplyRow(m.resolvedName(), from, to, new Verdict(Grade.D, rationale)));
    }
    return out;
  }

  /**
   * Whether the source line {@code line} is a table row in which {@code [start, end)} fills a cell.
   */
  private boolean isRow(int[] line, int start, int end) {
    if (line[1] - line[0] > MAX_ROW || start < line[0] || end > line[1]) return false;
    if (start > line[0] && !isSpace(source.charAt(start - 1))) return false;
    int after = end;
    Matcher note = NOTE_AFTER_NAME.matcher(source).region(end, line[1]);
    if (note.lookingAt()) after = note.end();
    if (after < line[1] && !isSpace(source.charAt(after))) return false;
    String rest = source.substring(line[0], start) + " " + source.substring(after, line[1]);
    if (isProse(rest)) return false;
    int wordy = 0;
    for (String cell : rest.strip().split("[\\s\u3000]+"))
      if (!cell.isEmpty() && !NUMERIC.matcher(cell).matches()) wordy++;
    return wordy <= MAX_WORDY_CELLS;
  }

  /**
   * The role ("supplier" or "customer") the header above the row starting at {@code rowStart}
   * names, if a header is reached through rows and unit lines only.
   */
  private Optional<String> headerAbove(int rowStart) {
    int end = rowStart - 1;
    boolean columnHeaderSeen = false;
    for (int rows = 0; end > 0 && rows < MAX_ROWS_UP; rows++) {
      int[] line = line(end - 1);
      String raw = source.substring(line[0], line[1]);
      end = line[0] - 1;
      if (raw.isBlank()) continue;
      if (isProse(raw)) return Optional.empty();
      String match = match(line[0], line[1]);
      Optional<String> role = role(match, line);
      if (role.isPresent()) return role;
      boolean digits = raw.codePoints().anyMatch(Character::isDigit);
      if (!digits && UNIT.matcher(match).find()) continue;
      if (digits) {
        if (columnHeaderSeen) return Optional.empty();
        continue;
      }
      // A column header without the keyword (序号 名称 采购额) may sit right under the table's title
      // (前五名供应商情况); under anything else it heads another table.
      if (columnHeaderSeen) return Optional.empty();
      columnHeaderSeen = true;
    }
    return Optional.empty();
  }

  private Optional<String> role(String match, int[] line) {
    Matcher h = HEADER.matcher(match);
    if (h.find()) return Optional.of(roleOf(h));
    // Bare 供应商 / Customer only as a whole cell: 客户服务热线 is not a header.
    Matcher cell = CELL.matcher(source).region(line[0], line[1]);
    while (cell.find()) {
      Matcher c = HEADER_CELL.matcher(match(cell.start(), cell.end()).strip());
      if (c.matches()) return Optional.of(roleOf(c));
    }
    return Optional.empty();
  }

  private static String roleOf(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      String word = m.group(g);
      if (word != null)
        return word.equals("供应商") || word.equalsIgnoreCase("supplier") ? "supplier" : "customer";
    }
    return "supplier";
  }

  private static boolean isProse(String s) {
    for (int i = 0; i < s.length(); i++) if (PROSE.indexOf(s.charAt(i)) >= 0) return true;
    return ENGLISH_SENTENCE.matcher(s.strip()).find();
  }

  /** The source line {@code {start, end}} holding {@code offset}, without its line break. */
  private int[] line(int offset) {
    int start = source.lastIndexOf('\n', offset - 1) + 1;
    int end = source.indexOf('\n', offset);
    if (end < 0) end = source.length();
    if (end > start && source.charAt(end - 1) == '\r') end--;
    return new int[] {start, end};
  }

  /** The simplified match text of the source range {@code [from, to)}. */
  private String match(int from, int to) {
    int a = text.map().toNormalized(from);
    int b = Math.max(a, text.map().toNormalized(to));
    return text.matchText().substring(a, b);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
