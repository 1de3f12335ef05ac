package org.zhengju.lexicon;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhengju.lexicon.internal.AhoCorasick;
import org.zhengju.lexicon.internal.EnglishSpelling;

/**
 * Finds every lexicon term in a normalized text in one pass (Aho–Corasick), in time linear in the
 * text length plus the number of matches.
 *
 * <p>Each entry is matched by its term, its traditional form, and both folded to simplified
 * character by character (ICU {@code Traditional-Simplified}, as the normalizer folds {@link
 * org.zhengju.normalize.NormalizedText#matchText()}). An entry whose term is written in Latin
 * letters is an English term: its term and every English gloss are matched case-insensitively, in
 * British and American spelling, and only as whole words (never inside a longer Latin word). The
 * same word-boundary rule applies to any pattern that begins or ends with a Latin letter or digit.
 *
 * <p>Immutable after construction and safe to share between threads. Building one takes on the
 * order of a second (ICU loads its transliteration rules), so build it once per lexicon and share
 * it.
 */
public final class LexiconTagger {
  private static final Comparator<TermMatch> ORDER =
      Comparator.comparingInt(TermMatch::normalizedStart)
          .thenComparing(Comparator.comparingInt(TermMatch::normalizedEnd).reversed());

  private final List<LexiconEntry> entries;
  private final AhoCorasick automaton;

  /** For each pattern, the indices into {@link #entries} it stands for. */
  private final int[][] patternEntries;

  private final boolean[] boundedStart;
  private final boolean[] boundedEnd;

  /** A tagger for the terms of {@code lexicon}. */
  public LexiconTagger(Lexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    entries = lexicon.entries();
    ScriptFolder toSimplified =
        new ScriptFolder(Transliterator.getInstance("Traditional-Simplified"));
    // pattern (after case folding) -> entries, so a string shared by two entries is one pattern
    Map<String, Set<Integer>> patterns = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      for (String p : patternsOf(entries.get(i), toSimplified)) {
        patterns.computeIfAbsent(foldCase(p), k -> new LinkedHashSet<>()).add(i);
      }
    }
    List<String> strings = new ArrayList<>(patterns.keySet());
    patternEntries = new int[strings.size()][];
    boundedStart = new boolean[strings.size()];
    boundedEnd = new boolean[strings.size()];
    for (int p = 0; p < strings.size(); p++) {
      String s = strings.get(p);
      patternEntries[p] = patterns.get(s).stream().mapToInt(Integer::intValue).toArray();
      boundedStart[p] = isWordChar(s.charAt(0));
      boundedEnd[p] = isWordChar(s.charAt(s.length() - 1));
    }
    automaton = new AhoCorasick(strings);
  }

  private static Set<String> patternsOf(LexiconEntry e, ScriptFolder toSimplified) {
    Set<String> out = new LinkedHashSet<>();
    out.add(e.term());
    out.add(toSimplified.fold(e.term()));
    e.traditional()
        .ifPresent(
            t -> {
              out.add(t);
              out.add(toSimplified.fold(t));
            });
    if (isLatin(e.term())) {
      Set<String> english = new LinkedHashSet<>();
      english.add(e.term());
      english.addAll(e.english());
      for (String g : english)
        out.addAll(EnglishSpelling.variants(g.strip().replaceAll("\\s+", " ")));
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /**
   * Folds traditional characters to simplified one char at a time, so the length never changes.
   * Caches each character's fold: ICU transliteration is slow and the lexicon repeats characters a
   * lot. Used only while constructing, by one thread.
   */
  private static final class ScriptFolder {
    private final Transliterator transliterator;
    private final Map<Character, Character> cache = new HashMap<>();

    ScriptFolder(Transliterator transliterator) {
      this.transliterator = transliterator;
    }

    String fold(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) b.append(fold(s.charAt(i)));
      return b.toString();
    }

    private char fold(char c) {
      if (c < 0x2E80 || Character.isSurrogate(c)) return c;
      return cache.computeIfAbsent(
          c,
          k -> {
            String folded = transliterator.transliterate(String.valueOf(k));
            return folded.length() == 1 ? folded.charAt(0) : k;
          });
    }
  }

  private static String foldCase(String s) {
    char[] cs = s.toCharArray();
    for (int i = 0; i < cs.length; i++) cs[i] = AhoCorasick.fold(cs[i]);
    return new String(cs);
  }

  private static boolean isLatin(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x2E80) return false;
      if (Character.isLetter(c)) letter = true;
    }
    return letter;
  }

  /** A letter or digit of a script written with spaces between words (Latin, Greek, Cyrillic …). */
  private static boolean isWordChar(char c) {
    return c < 0x2E80 && Character.isLetterOrDigit(c);
  }

  /**
   * All lexicon terms in {@code text.matchText()}, overlaps included, ordered by start, then
   * longest first. Each match carries normalized offsets and the source offsets they map to.
   */
  public List<TermMatch> tag(org.zhengju.normalize.NormalizedText text) {
    Objects.requireNonNull(text, "text");
    String s = text.matchText();
    List<TermMatch> out = new ArrayList<>();
    automaton.search(
        s,
        (p, start, end) -> {
          if (boundedStart[p] && start > 0 && isWordChar(s.charAt(start - 1))) return;
          if (boundedEnd[p] && end < s.length() && isWordChar(s.charAt(end))) return;
          for (int e : patternEntries[p])
            out.add(
                new TermMatch(
                    entries.get(e), text.sourceStart(start), text.sourceEnd(end), start, end));
        });
    out.sort(ORDER);
    return out;
  }

  /**
   * The leftmost-longest subset of {@code matches}: scanning by start offset, each match is kept if
   * it does not overlap one already kept, preferring the longer of matches that start together.
   * Input in any order; output ordered by start.
   */
  public static List<TermMatch> longestNonOverlapping(List<TermMatch> matches) {
    Objects.requireNonNull(matches, "matches");
    List<TermMatch> sorted = new ArrayList<>(matches);
    sorted.sort(ORDER);
    List<TermMatch> out = new ArrayList<>();
    int end = -1;
    for (TermMatch m : sorted) {
      if (m.normalizedStart() >= end) {
        out.add(m);
        end = m.normalizedEnd();
      }
    }
    return List.copyOf(out);
  }
}
