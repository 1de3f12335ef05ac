package org.zhengju.extract;

import com.ibm.icu.text.Transliterator;
import java.util.BitSet;
import java.util.Optional;

/**
 * Guesses the language of a document's text from its scripts: simplified Chinese ({@code zh-Hans}),
 * traditional Chinese ({@code zh-Hant}), Uyghur in Arabic script ({@code ug}) or English ({@code
 * en}).
 *
 * <p>A heuristic for the four languages of the corpus, not a general identifier. Han characters
 * decide between the Chinese variants by counting characters that exist only in one script (a
 * character that the ICU Traditional→Simplified folding changes is traditional-only, one that
 * Simplified→Traditional changes is simplified-only). Arabic-script text counts as Uyghur only when
 * at least 2% of its letters are ones Uyghur uses and Arabic and Persian do not (ۆ ۇ ې ڭ ۋ); ى is
 * not counted, Arabic writes it too (على). Latin text counts as English only when common English
 * function words occur. Anything else, or too little text, gives no answer rather than a wrong one.
 *
 * <p>Thread-safe and immutable after construction. The constructor runs both ICU foldings once over
 * the CJK Unified Ideographs block (0.15–0.35 s on a busy machine, plus ICU loading its data the
 * first time) and keeps the answer as two bit sets, because transliterating every document's text
 * made extraction of small HTML pages measurably slower (ExtractionBench).
 */
public final class LanguageDetector {

  /** Fewer letters than this say nothing reliable about a language. */
  private static final int MIN_LETTERS = 8;

  /** Only the start of a long document is looked at: its language does not change on page 300. */
  private static final int SAMPLE_CODE_POINTS = 20_000;

  /**
   * Latin letters per Han character of the same information, roughly (an English word is ~5
   * letters).
   */
  private static final int LATIN_LETTERS_PER_HAN = 4;

  private static final String UYGHUR_LETTERS = "ۆۇېڭۋ";

  /**
   * Uyghur text has these letters in almost every word; a stray one in Arabic or Kurdish text does
   * not count.
   */
  private static final double MIN_UYGHUR_SHARE = 0.02;

  private static final java.util.regex.Pattern ENGLISH_WORDS =
      java.util.regex.Pattern.compile("(?i)\\b(the|and|of|to|in|is|for|with|that)\\b");

  /**
   * The CJK Unified Ideographs block: every character of ordinary Chinese text, in both scripts.
   */
  private static final int FIRST_HAN = 0x4E00;

  private static final int LAST_HAN = 0x9FFF;

  private final BitSet traditionalOnly;
  private final BitSet simplifiedOnly;

  /** Creates a detector; it folds the Han block once, so share one instance. */
  public LanguageDetector() {
    StringBuilder block = new StringBuilder(LAST_HAN - FIRST_HAN + 1);
    for (int c = FIRST_HAN; c <= LAST_HAN; c++) block.append((char) c);
    String han = block.toString();
    traditionalOnly = changedBy(Transliterator.getInstance("Traditional-Simplified"), han);
    simplifiedOnly = changedBy(Transliterator.getInstance("Simplified-Traditional"), han);
  }

  /**
   * The characters of {@code han} that {@code folding} changes, as offsets from {@link #FIRST_HAN}.
   */
  private static BitSet changedBy(Transliterator folding, String han) {
    BitSet changed = new BitSet(han.length());
    String folded = folding.transliterate(han);
    if (folded.length() == han.length()) {
      for (int i = 0; i < han.length(); i++) if (folded.charAt(i) != han.charAt(i)) changed.set(i);
    } else {
      // Not expected for these one-to-one foldings; character by character is slower but always
      // right.
      for (int i = 0; i < han.length(); i++) {
        String one = han.substring(i, i + 1);
        if (!folding.transliterate(one).equals(one)) changed.set(i);
      }
    }
    return changed;
  }

  /** Returns the BCP-47 tag of the language {@code text} is written in, or empty when unsure. */
  public Optional<String> detect(CharSequence text) {
    java.util.Objects.requireNonNull(text, "text");
    int han = 0;
    int traditional = 0;
    int simplified = 0;
    int arabic = 0;
    int uyghur = 0;
    int latin = 0;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < SAMPLE_CODE_POINTS; seen++) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN && Character.isLetter(cp)) {
        han++;
        if (cp >= FIRST_HAN && cp <= LAST_HAN) {
          if (traditionalOnly.get(cp - FIRST_HAN)) traditional++;
          if (simplifiedOnly.get(cp - FIRST_HAN)) simplified++;
        }
      } else if (cp >= 0x0600 && cp <= 0x06FF && Character.isLetter(cp)) {
        arabic++;
        if (UYGHUR_LETTERS.indexOf(cp) >= 0) uyghur++;
      } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
        latin++;
      }
    }
    int latinWeight = latin / LATIN_LETTERS_PER_HAN;
    if (han + arabic + latin < MIN_LETTERS) return Optional.empty();
    if (han >= arabic && han >= latinWeight)
      return Optional.of(traditional > simplified ? "zh-Hant" : "zh-Hans");
    if (arabic >= latinWeight)
      return uyghur >= MIN_UYGHUR_SHARE * arabic ? Optional.of("ug") : Optional.empty();
    return ENGLISH_WORDS.matcher(text).find() ? Optional.of("en") : Optional.empty();
  }
}
