package org.zhengju.entity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a document defines for its companies: bracketed short names (（以下简称“青岚纺织”）),
 * annual-report glossary rows (公司、本公司、青岚纺织 指 青岚纺织科技有限公司), English names in brackets right after the
 * Chinese name (and Chinese names in brackets right after the English one), and a listed company's
 * 证券简称, and the entries of an English definitions section ("Company" or "Hengyuan" means Hengyuan
 * Apparel Co., Ltd.).
 */
public final class AliasDefinitions {
  private static final Pattern SHORT_NAME_BRACKET =
      Pattern.compile("[（(][^（()）]{0,80}?(?:以下简称|以下称|下称|简称)[^）)]{0,60}[）)]");
  private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{1,30})[”\"」』]");
  private static final Pattern GLOSSARY_ROW =
      Pattern.compile("(?m)^[ \\t]*([^\\n。；;：:]{1,60}?)[ \\t]+指[ \\t]+([^\\n]+)$");
  private static final Pattern GLOSSARY_SEPARATOR = Pattern.compile("[、，,/]");

  /** A listed company's stock short name in a filing's header: 证券简称：垦源番茄 (not a bond's 债券简称). */
  private static final Pattern STOCK_SHORT_NAME =
      Pattern.compile("(?:证券简称|股票简称|A股简称)[：:][ ]?([\\p{IsHan}A-Za-z]{2,8})");

  /**
   * An English definitions entry: one or more quoted terms joined by "or", "and" or commas, then
   * "means" and the legal name ("Company" or "Hengyuan" means Hengyuan Apparel Co., Ltd.). Like a
   * 释义 row it may define generic words ("Company"), which are then names in that document.
   */
  private static final Pattern ENGLISH_DEFINITION =
      Pattern.compile(
          "((?:[“\"][^”\"\n]{1,40}[”\"][ \t]*(?:(?:,|or|and)[ \t]+)?)+)means[ \t]+(?:the[ \t]+)?");

  private static final Pattern LEGAL_FORM_AT_END =
      Pattern.compile("(?:集团)?(?:股份)?有限(?:责任)?公司$|[（(]集团[）)]有限公司$|(?:集团|总)公司$");

  /** How far (characters) from a stock short name its legal name may stand. */
  private static final int STOCK_NAME_REACH = 80;

  private AliasDefinitions() {}

  /**
   * Definitions found in {@code matchText}, given the legal-name spans already found in it.
   *
   * @param matchText simplified match text of the whole document
   * @param legalNames company legal-name spans in order (Chinese and English)
   */
  public static List<AliasDefinition> find(String matchText, List<Span> legalNames) {
    List<AliasDefinition> found = new ArrayList<>();
    bracketDefinitions(matchText, legalNames, found);
    glossaryRows(matchText, legalNames, found);
    stockShortNames(matchText, legalNames, found);
    englishDefinitions(matchText, legalNames, found);
    return found;
  }

  /**
   * 证券简称：垦源番茄 names the legal name standing nearest it (after first, then before, within {@value
   * #STOCK_NAME_REACH} characters) whose characters contain the short name's in order.
   */
  private static void stockShortNames(
      String text, List<Span> legalNames, List<AliasDefinition> out) {
    Matcher m = STOCK_SHORT_NAME.matcher(text);
    while (m.find()) {
      Span best = null;
      int bestLength = 0;
      for (Span s : legalNames) {
        boolean near =
            (s.start() >= m.end() && s.start() - m.end() <= STOCK_NAME_REACH)
                || (s.end() <= m.start(1) && m.start(1) - s.end() <= STOCK_NAME_REACH);
        int length = near ? abbreviatedLength(m.group(1), text.substring(s.start(), s.end())) : 0;
        if (length < 2) continue;
        boolean bestBefore = best != null && best.start() < m.end();
        // Spans come in order: the first one after wins; among those before, the last (nearest)
        // one.
        if (best == null || bestBefore) {
          best = s;
          bestLength = length;
        }
      }
      if (best != null)
        out.add(new AliasDefinition(new Span(m.start(1), m.start(1) + bestLength), best, false));
    }
  }

  /**
   * The length of the longest prefix of {@code run} whose characters occur in {@code name} in the
   * same order: the short name itself when normalization ran the next cell on (垦源番茄公告编号 → 垦源番茄).
   * The legal form at the end of the name does not count.
   */
  private static int abbreviatedLength(String run, String legalName) {
    // Only the name before its legal form: 公 of 公告编号 must not match the 公司 of 股份有限公司.
    String name = LEGAL_FORM_AT_END.matcher(legalName).replaceFirst("");
    for (int length = run.length(); length >= 2; length--)
      if (inOrder(run.substring(0, length), name)) return length;
    return 0;
  }

  /** Whether every character of {@code alias} occurs in {@code name}, in the same order. */
  private static boolean inOrder(String alias, String name) {
    int at = 0;
    for (int i = 0; i < alias.length(); i++) {
      at = name.indexOf(alias.charAt(i), at);
      if (at < 0) return false;
      at++;
    }
    return true;
  }

  private static void bracketDefinitions(
      String text, List<Span> legalNames, List<AliasDefinition> out) {
    Matcher m = SHORT_NAME_BRACKET.matcher(text);
    while (m.find()) {
      Optional<Span> owner = chineseNameEndingAt(text, legalNames, m.start());
      if (owner.isEmpty()) continue;
      Matcher q = QUOTED.matcher(text).region(m.start(), m.end());
      while (q.find()) {
        String alias = q.group(1).strip();
        if (alias.isEmpty() || NameKey.isGeneric(alias)) continue;
        out.add(new AliasDefinition(new Span(q.start(1), q.end(1)), owner.get(), false));
      }
    }
    // Chinese name inside a bracket opened right after the English name: Hengyuan Apparel Co., Ltd.
    // (恒远服饰股份有限公司)
    for (Span chinese : legalNames) {
      if (isLatin(text.charAt(chinese.start()))) continue;
      englishNameBefore(text, legalNames, chinese)
          .ifPresent(english -> out.add(new AliasDefinition(english, chinese, false)));
    }
    // English name inside a bracket opened right after the Chinese name: 青岚纺织科技有限公司（Qinglan … Co.,
    // Ltd.）
    for (Span english : legalNames) {
      if (!isLatin(text.charAt(english.start()))) continue;
      int open = lastOpenBracketBefore(text, english.start());
      if (open < 0) continue;
      chineseNameEndingAt(text, legalNames, open)
          .ifPresent(owner -> out.add(new AliasDefinition(english, owner, false)));
    }
  }

  /**
   * "Company" or "Hengyuan" means Hengyuan Apparel Co., Ltd.: each quoted term names the legal name
   * that follows.
   */
  private static void englishDefinitions(
      String text, List<Span> legalNames, List<AliasDefinition> out) {
    Matcher m = ENGLISH_DEFINITION.matcher(text);
    while (m.find()) {
      int end = m.end();
      Optional<Span> legal = legalNames.stream().filter(s -> s.start() == end).findFirst();
      if (legal.isEmpty()) continue;
      Matcher q = QUOTED.matcher(text).region(m.start(1), m.end(1));
      while (q.find()) {
        if (!q.group(1).isBlank())
          out.add(new AliasDefinition(new Span(q.start(1), q.end(1)), legal.get(), true));
      }
    }
  }

  private static void glossaryRows(String text, List<Span> legalNames, List<AliasDefinition> out) {
    Matcher m = GLOSSARY_ROW.matcher(text);
    while (m.find()) {
      int rightStart = m.start(2);
      Optional<Span> legal =
          legalNames.stream()
              .filter(s -> s.start() >= rightStart && s.start() <= rightStart + 2)
              .findFirst();
      if (legal.isEmpty()) continue;
      String left = m.group(1);
      Matcher sep = GLOSSARY_SEPARATOR.matcher(left);
      int tokenStart = 0;
      while (true) {
        boolean more = sep.find();
        int tokenEnd = more ? sep.start() : left.length();
        addToken(m.start(1), left, tokenStart, tokenEnd, legal.get(), out);
        if (!more) break;
        tokenStart = sep.end();
      }
    }
  }

  private static void addToken(
      int base, String left, int from, int to, Span legal, List<AliasDefinition> out) {
    while (from < to && Character.isWhitespace(left.charAt(from))) from++;
    while (to > from && Character.isWhitespace(left.charAt(to - 1))) to--;
    if (to - from < 2) return;
    out.add(new AliasDefinition(new Span(base + from, base + to), legal, true));
  }

  /** The Chinese legal name ending at {@code offset} (at most two spaces before it), if any. */
  private static Optional<Span> chineseNameEndingAt(
      String text, List<Span> legalNames, int offset) {
    for (Span s : legalNames) {
      if (isLatin(text.charAt(s.start()))) continue;
      if (s.end() <= offset && offset - s.end() <= 2 && text.substring(s.end(), offset).isBlank())
        return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The English legal name that {@code chinese} stands in brackets right after, if any. */
  private static Optional<Span> englishNameBefore(
      String text, List<Span> legalNames, Span chinese) {
    int close = chinese.end();
    while (close < text.length() && text.charAt(close) == ' ') close++;
    if (close >= text.length() || (text.charAt(close) != ')' && text.charAt(close) != '）'))
      return Optional.empty();
    for (Span s : legalNames) {
      if (!isLatin(text.charAt(s.start())) || s.end() > chinese.start()) continue;
      String between = text.substring(s.end(), chinese.start());
      if (between.matches("\\s{0,2}[（(]\\s{0,2}")) return Optional.of(s);
    }
    return Optional.empty();
  }

  private static int lastOpenBracketBefore(String text, int offset) {
    for (int i = offset - 1; i >= Math.max(0, offset - 12); i--) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') return i;
      if (c == '）' || c == ')' || c == '。') return -1;
    }
    return -1;
  }

  private static boolean isLatin(char c) {
    return c < 128 && Character.isLetter(c);
  }
}
