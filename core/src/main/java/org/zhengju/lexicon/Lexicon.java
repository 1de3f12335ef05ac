package org.zhengju.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhengju.lexicon.internal.EnglishSpelling;
import org.zhengju.lexicon.internal.LexiconTsv;
import org.zhengju.lexicon.internal.PlaceTsv;

/**
 * An immutable set of programme terms, each with its category, specificity and English glosses.
 *
 * <p>The built-in lexicon ({@link #builtIn()}) combines {@code lexicon.tsv} (programme vocabulary,
 * Chinese and English) with {@code xinjiang-places.tsv} (the Xinjiang gazetteer and the XPCC
 * divisions). Users add their own terms with {@link #load(Path)} and {@link #plus(Lexicon)}. No two
 * entries share a term.
 */
public final class Lexicon {
  private static final String LEXICON_RESOURCE = "lexicon.tsv";
  private static final String PLACES_RESOURCE = "xinjiang-places.tsv";

  private final List<LexiconEntry> entries;
  private final Map<String, LexiconEntry> byTerm;
  private final Map<String, LexiconEntry> byTraditional;
  private final Map<String, List<LexiconEntry>> byGloss;

  private Lexicon(List<LexiconEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, LexiconEntry> terms = new HashMap<>();
    Map<String, LexiconEntry> traditional = new HashMap<>();
    Map<String, List<LexiconEntry>> glosses = new HashMap<>();
    for (LexiconEntry e : this.entries) {
      if (terms.putIfAbsent(e.term(), e) != null)
        throw new IllegalArgumentException("duplicate term in entries: " + e.term());
      e.traditional().ifPresent(t -> traditional.putIfAbsent(t, e));
      for (String gloss : e.english()) {
        List<LexiconEntry> list =
            glosses.computeIfAbsent(EnglishSpelling.key(gloss), k -> new ArrayList<>());
        if (!list.contains(e)) list.add(e);
      }
    }
    byTerm = Map.copyOf(terms);
    byTraditional = Map.copyOf(traditional);
    byGloss =
        glosses.entrySet().stream()
            .collect(
                Collectors.toUnmodifiableMap(Map.Entry::getKey, g -> List.copyOf(g.getValue())));
  }

  /**
   * A lexicon of exactly {@code entries}; throws {@link IllegalArgumentException} if two share a
   * term.
   */
  public static Lexicon of(List<LexiconEntry> entries) {
    return new Lexicon(Objects.requireNonNull(entries, "entries"));
  }

  /**
   * The built-in lexicon: programme terms and the Xinjiang place list. Parsed once on first use;
   * the result is immutable, so sharing it is safe.
   */
  public static Lexicon builtIn() {
    return BuiltIn.LEXICON;
  }

  /**
   * Reads a user lexicon file in the {@code lexicon.tsv} format (UTF-8; columns {@code term,
   * traditional, english, category, subcategory, specificity, note}).
   *
   * @throws LexiconFormatException naming the file and line of the first malformed row
   * @throws IOException if the file cannot be read
   */
  public static Lexicon load(Path tsv) throws IOException {
    Objects.requireNonNull(tsv, "tsv");
    Path name = tsv.getFileName();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    return new Lexicon(LexiconTsv.parse(lines, name == null ? tsv.toString() : name.toString()));
  }

  /**
   * This lexicon with {@code other}'s entries added; where both have an entry for the same term,
   * {@code other}'s wins.
   */
  public Lexicon plus(Lexicon other) {
    Objects.requireNonNull(other, "other");
    Map<String, LexiconEntry> merged = new LinkedHashMap<>();
    for (LexiconEntry e : entries) merged.put(e.term(), e);
    for (LexiconEntry e : other.entries) {
      merged.remove(e.term());
      merged.put(e.term(), e);
    }
    return new Lexicon(new ArrayList<>(merged.values()));
  }

  /** All entries, in file order. */
  public List<LexiconEntry> entries() {
    return entries;
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }

  /**
   * Entries with an English gloss equal to {@code english}, ignoring case, runs of whitespace and
   * British/American spelling ("Labour Transfer" finds the entries glossed "labor transfer"). Empty
   * if none.
   */
  public List<LexiconEntry> byGloss(String english) {
    Objects.requireNonNull(english, "english");
    return byGloss.getOrDefault(EnglishSpelling.key(english), List.of());
  }

  /** The entry whose term (or, failing that, traditional form) is exactly {@code term}. */
  public Optional<LexiconEntry> byTerm(String term) {
    Objects.requireNonNull(term, "term");
    LexiconEntry e = byTerm.get(term);
    return Optional.ofNullable(e != null ? e : byTraditional.get(term));
  }

  @Override
  public String toString() {
    return "Lexicon[" + entries.size() + " entries]";
  }

  /**
   * Holder of the parsed built-in lexicon, initialised on first use (the JVM guarantees once,
   * thread-safely).
   */
  private static final class BuiltIn {
    static final Lexicon LEXICON = loadBuiltIn();

    private static Lexicon loadBuiltIn() {
      try {
        List<LexiconEntry> all =
            new ArrayList<>(LexiconTsv.parse(resourceLines(LEXICON_RESOURCE), LEXICON_RESOURCE));
        all.addAll(PlaceTsv.parse(resourceLines(PLACES_RESOURCE), PLACES_RESOURCE));
        return new Lexicon(Collections.unmodifiableList(all));
      } catch (IOException e) {
        // The resources ship inside this jar: failing to read them is a packaging bug, not a user
        // error.
        throw new UncheckedIOException(
            "built-in lexicon resources are missing or malformed: " + e.getMessage(), e);
      }
    }

    private static List<String> resourceLines(String name) throws IOException {
      InputStream in = Lexicon.class.getResourceAsStream(name);
      if (in == null) throw new IOException("resource not found: org/zhengju/lexicon/" + name);
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return r.lines().collect(Collectors.toList());
      }
    }
  }
}
