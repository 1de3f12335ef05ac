package org.zhengju.entity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names a document defines for its companies: bracketed short names (（以下简称“青岚纺织”）),
 * annual-report glossary rows (公司、本公司、青岚纺织 指 青岚纺织科技有限公司) and English names in brackets
 * right after the Chinese name.
 */
public final class AliasDefinitions {
  private static final Pattern SHORT_NAME_BRACKET =
      Pattern.compile("[（(][^（()）]{0,80}?(?:以下简称|以下称|下称|简称)[^）)]{0,60}[）)]");
  private static final Pattern QUOTED = Pattern.compile("[“\"「『]([^”\"」』]{1,30})[”\"」』]");
  private static final Pattern GLOSSARY_ROW =
      Pattern.compile("(?m)^[ \\t]*([^\\n。；;：:]{1,60}?)[ \\t]+指[ \\t]+([^\\n]+)$");
  private static final Pattern GLOSSARY_SEPARATOR = Pattern.compile("[、，,/]");

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
    return found;
  }

  private static void bracketDefinitions(String text, List<Span> legalNames, List<AliasDefinition> out) {
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
    // Chinese name inside a bracket opened right after the English name: Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司)
    for (Span chinese : legalNames) {
      if (isLatin(text.charAt(chinese.start()))) continue;
      englishNameBefore(text, legalNames, chinese)
          .ifPresent(english -> out.add(new AliasDefinition(english, chinese, false)));
    }
    // English name inside a bracket opened right after the Chinese name: 青岚纺织科技有限公司（Qinglan … Co., Ltd.）
    for (Span english : legalNames) {
      if (!isLatin(text.charAt(english.start()))) continue;
      int open = lastOpenBracketBefore(text, english.start());
      if (open < 0) continue;
      chineseNameEndingAt(text, legalNames, open)
          .ifPresent(owner -> out.add(new AliasDefinition(english, owner, false)));
    }
  }

  private static void glossaryRows(String text, List<Span> legalNames, List<AliasDefinition> out) {
    Matcher m = GLOSSARY_ROW.matcher(text);
    while (m.find()) {
      int rightStart = m.start(2);
      Optional<Span> legal =
          legalNames.stream().filter(s -> s.start() >= rightStart && s.start() <= rightStart + 2).findFirst();
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

  private static void addToken(int base, String left, int from, int to, Span legal, List<AliasDefinition> out) {
    while (from < to && Character.isWhitespace(left.charAt(from))) from++;
    while (to > from && Character.isWhitespace(left.charAt(to - 1))) to--;
    if (to - from < 2) return;
    out.add(new AliasDefinition(new Span(base + from, base + to), legal, true));
  }

  /** The Chinese legal name ending at {@code offset} (at most two spaces before it), if any. */
  private static Optional<Span> chineseNameEndingAt(String text, List<Span> legalNames, int offset) {
    for (Span s : legalNames) {
      if (isLatin(text.charAt(s.start()))) continue;
      if (s.end() <= offset && offset - s.end() <= 2 && text.substring(s.end(), offset).isBlank()) return Optional.of(s);
    }
    return Optional.empty();
  }

  /** The English legal name that {@code chinese} stands in brackets right after, if any. */
  private static Optional<Span> englishNameBefore(String text, List<Span> legalNames, Span chinese) {
    int close = chinese.end();
    while (close < text.length() && text.charAt(close) == ' ') close++;
    if (close >= text.length() || (text.charAt(close) != ')' && text.charAt(close) != '）')) return Optional.empty();
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
