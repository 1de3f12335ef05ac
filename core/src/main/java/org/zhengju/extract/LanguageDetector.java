package org.zhengju.extract;

import com.ibm.icu.text.Transliterator;
import java.util.Optional;

/**
 * Guesses the language of a document's text from its scripts: simplified Chinese ({@code zh-Hans}),
 * traditional Chinese ({@code zh-Hant}), Uyghur in Arabic script ({@code ug}) or English ({@code en}).
 *
 * <p>A heuristic for the four languages of the corpus, not a general identifier. Han characters decide
 * between the Chinese variants by counting characters that exist only in one script (a character that
 * the ICU Traditional→Simplified folding changes is traditional-only, one that Simplified→Traditional
 * changes is simplified-only). Arabic-script text counts as Uyghur only when it uses letters that Uyghur
 * has and Arabic and Persian lack (ۆ ۇ ې ى ڭ). Latin text counts as English only when common English
 * function words occur. Anything else, or too little text, gives no answer rather than a wrong one.
 *
 * <p>Thread-safe: the transliterators are used under a lock, they are not documented as thread-safe.
 */
public final class LanguageDetector {

  /** Fewer letters than this say nothing reliable about a language. */
  private static final int MIN_LETTERS = 8;

  /** Only the start of a long document is looked at: its language does not change on page 300. */
  private static final int SAMPLE_CODE_POINTS = 5_000;

  /** Latin letters per Han character of the same information, roughly (an English word is ~5 letters). */
  private static final int LATIN_LETTERS_PER_HAN = 4;

  private static final String UYGHUR_LETTERS = "ۆۇېىڭ";

  private static final java.util.regex.Pattern ENGLISH_WORDS =
      java.util.regex.Pattern.compile("(?i)\\b(the|and|of|to|in|is|for|with|that)\\b");

  private final Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
  private final Transliterator toTraditional = Transliterator.getInstance("Simplified-Traditional");

  /** Returns the BCP-47 tag of the language {@code text} is written in, or empty when unsure. */
  public Optional<String> detect(CharSequence text) {
    java.util.Objects.requireNonNull(text, "text");
    StringBuilder han = new StringBuilder();
    int arabic = 0;
    int uyghur = 0;
    int latin = 0;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < SAMPLE_CODE_POINTS; seen++) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN && Character.isLetter(cp)) {
        han.appendCodePoint(cp);
      } else if (cp >= 0x0600 && cp <= 0x06FF && Character.isLetter(cp)) {
        arabic++;
        if (UYGHUR_LETTERS.indexOf(cp) >= 0) uyghur++;
      } else if (script == Character.UnicodeScript.LATIN && Character.isLetter(cp)) {
        latin++;
      }
    }
    int latinWeight = latin / LATIN_LETTERS_PER_HAN;
    if (han.length() + arabic + latin < MIN_LETTERS) return Optional.empty();
    if (han.length() >= arabic && han.length() >= latinWeight) return Optional.of(chineseVariant(han.toString()));
    if (arabic >= latinWeight) return uyghur > 0 ? Optional.of("ug") : Optional.empty();
    return ENGLISH_WORDS.matcher(text).find() ? Optional.of("en") : Optional.empty();
  }

  private String chineseVariant(String han) {
    String simplified;
    String traditional;
    synchronized (this) {
      simplified = toSimplified.transliterate(han);
      traditional = toTraditional.transliterate(han);
    }
    int traditionalOnly = differences(han, simplified);
    int simplifiedOnly = differences(han, traditional);
    return traditionalOnly > simplifiedOnly ? "zh-Hant" : "zh-Hans";
  }

  /** How many code points differ; the folding is one-to-one for Han characters, a length change counts all. */
  private static int differences(String original, String folded) {
    if (original.length() != folded.length()) {
      return Math.abs(original.codePointCount(0, original.length()) - folded.codePointCount(0, folded.length()));
    }
    int count = 0;
    for (int i = 0; i < original.length(); i++) if (original.charAt(i) != folded.charAt(i)) count++;
    return count;
  }
}
