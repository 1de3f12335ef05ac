package org.zhengju.lexicon.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds British and American spellings of the words that occur in programme vocabulary
 * (labour/labor, centre/center, programme/program, organise/organize …), so that either spelling
 * finds the other.
 */
public final class EnglishSpelling {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern BRITISH =
      Pattern.compile(
          "\\b(?:(labou)(r)|(cent)(re)|(programme)|(organi|mobili|stabili|centrali|militari|radicali|subsidi|civili)(s)(e|ed|es|ing|er|ers|ation|ations)\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AMERICAN =
      Pattern.compile(
          "\\b(?:(labo)(r)(?=s?\\b|ers?\\b)|(cent)(er)(?=s?\\b)|(program)(?=s?\\b)|(organi|mobili|stabili|centrali|militari|radicali|subsidi|civili)(z)(e|ed|es|ing|er|ers|ation|ations)\\b)",
          Pattern.CASE_INSENSITIVE);

  private EnglishSpelling() {}

  /**
   * The lookup key of an English phrase: lower case, whitespace collapsed to single spaces,
   * trimmed, and American spelling.
   */
  public static String key(String phrase) {
    String s = WHITESPACE.matcher(phrase.trim()).replaceAll(" ").toLowerCase(Locale.ROOT);
    return toAmerican(s);
  }

  /** The phrase with British spellings replaced by American ones. */
  public static String toAmerican(String s) {
    Matcher m = BRITISH.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) replacement = m.group(1).substring(0, 4) + m.group(2);
      else if (m.group(3) != null) replacement = m.group(3) + swap(m.group(4));
      else if (m.group(5) != null) replacement = m.group(5).substring(0, 7);
      else
        replacement = m.group(6) + (m.group(7).equals("S") ? "Z" : "z") + nullToEmpty(m.group(8));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The phrase with American spellings replaced by British ones. */
  public static String toBritish(String s) {
    Matcher m = AMERICAN.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null)
        replacement =
            m.group(1) + (Character.isUpperCase(m.group(1).charAt(3)) ? "U" : "u") + m.group(2);
      else if (m.group(3) != null) replacement = m.group(3) + swap(m.group(4));
      else if (m.group(5) != null)
        replacement = m.group(5) + (Character.isUpperCase(m.group(5).charAt(6)) ? "ME" : "me");
      else
        replacement = m.group(6) + (m.group(7).equals("Z") ? "S" : "s") + nullToEmpty(m.group(8));
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The phrase as written plus its American and British spellings, without duplicates. */
  public static Set<String> variants(String s) {
    Set<String> out = new LinkedHashSet<>();
    out.add(s);
    out.add(toAmerican(s));
    out.add(toBritish(s));
    return out;
  }

  private static String swap(String ending) {
    // "re" <-> "er", keeping the case of each letter position
    return new String(new char[] {ending.charAt(1), ending.charAt(0)});
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
