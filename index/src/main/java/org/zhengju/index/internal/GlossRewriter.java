package org.zhengju.index.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Rewrites English glosses of lexicon terms in a raw query into a group of the gloss and its
 * Chinese terms, so that {@code labour transfer} finds 劳动力转移. Runs before query parsing because a
 * gloss of several words must be recognized as one phrase even when the user did not quote it.
 *
 * <p>Unquoted runs of plain English words are matched longest first, from the left; a quoted phrase
 * is expanded when its whole content is a gloss (and it has no proximity suffix, which would change
 * its meaning). Operators ({@code AND OR NOT}) and field-prefixed words are never part of a gloss.
 */
public final class GlossRewriter {
  private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z][A-Za-z'\\-]*");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");
  private final Function<String, List<String>> glossExpander;

  /**
   * A rewriter that looks glosses up with {@code glossExpander} (English phrase, lower case →
   * Chinese terms).
   */
  public GlossRewriter(Function<String, List<String>> glossExpander) {
    this.glossExpander = Objects.requireNonNull(glossExpander, "glossExpander");
  }

  /** {@code query} with every recognized gloss replaced by {@code ("gloss" OR "term" OR …)}. */
  public String rewrite(String query) {
    StringBuilder out = new StringBuilder(query.length() + 32);
    List<int[]> run = new ArrayList<>();
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (c == '"') {
        flush(query, run, out);
        int close = query.indexOf('"', i + 1);
        if (close < 0) { // unbalanced: leave it for the syntax check to report
          out.append(query, i, query.length());
          return out.toString();
        }
        String content = query.substring(i + 1, close);
        boolean fielded = i > 0 && query.charAt(i - 1) == ':';
        boolean proximity = close + 1 < query.length() && query.charAt(close + 1) == '~';
        List<String> terms =
            fielded || proximity || !isEnglish(content) ? List.of() : lookup(content);
        out.append(terms.isEmpty() ? query.substring(i, close + 1) : group(content, terms));
        i = close + 1;
      } else if (c == '(' || c == ')') {
        flush(query, run, out);
        out.append(c);
        i++;
      } else if (Character.isWhitespace(c)) {
        if (run.isEmpty()) out.append(c); // inside a run, flush() puts single spaces back
        i++;
      } else {
        int end = i;
        while (end < query.length() && !isBoundary(query.charAt(end))) end++;
        String word = query.substring(i, end);
        boolean eligible =
            ENGLISH_WORD.matcher(word).matches()
                && !OPERATORS.contains(word)
                && (end >= query.length() || query.charAt(end) != '"');
        if (eligible) {
          run.add(new int[] {i, end});
        } else {
          flush(query, run, out);
          out.append(word);
        }
        i = end;
      }
    }
    flush(query, run, out);
    return out.toString().strip();
  }

  private void flush(String query, List<int[]> run, StringBuilder out) {
    int i = 0;
    while (i < run.size()) {
      int matchedEnd = -1;
      List<String> terms = List.of();
      for (int j = run.size(); j > i; j--) {
        terms = lookup(join(query, run, i, j));
        if (!terms.isEmpty()) {
          matchedEnd = j;
          break;
        }
      }
      if (i > 0) out.append(' ');
      if (matchedEnd < 0) {
        out.append(query, run.get(i)[0], run.get(i)[1]);
        i++;
      } else {
        out.append(group(join(query, run, i, matchedEnd), terms));
        i = matchedEnd;
      }
    }
    if (!run.isEmpty()) out.append(' ');
    run.clear();
  }

  private static String join(String query, List<int[]> run, int from, int to) {
    StringBuilder phrase = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) phrase.append(' ');
      phrase.append(query, run.get(k)[0], run.get(k)[1]);
    }
    return phrase.toString();
  }

  private List<String> lookup(String phrase) {
    String key = phrase.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (key.isEmpty()) return List.of();
    List<String> terms = glossExpander.apply(key);
    return terms == null ? List.of() : terms;
  }

  private static String group(String gloss, List<String> terms) {
    StringBuilder g = new StringBuilder("(").append(quote(gloss));
    for (String term : terms) g.append(" OR ").append(quote(term));
    return g.append(')').toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static boolean isEnglish(String s) {
    return !s.isBlank()
        && Arrays.stream(s.trim().split("\\s+")).allMatch(w -> ENGLISH_WORD.matcher(w).matches());
  }

  private static boolean isBoundary(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
  }
}
