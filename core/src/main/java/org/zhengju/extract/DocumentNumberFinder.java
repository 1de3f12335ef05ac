package org.zhengju.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the issuing number of a Chinese government document (发文字号) such as {@code 新政发〔2020〕16号}: an
 * issuer abbreviation of up to eight Han characters, a year in brackets, a serial number and 号.
 *
 * <p>The number is printed under the red header, so the first match in the text is the document's
 * own; later matches are usually documents it cites. Words such as 根据 or 按照 that a sentence runs
 * into the issuer abbreviation are cut off. Stateless and thread-safe.
 */
public final class DocumentNumberFinder {

  /** DOMAIN.md §3.6; the brackets vary between 〔〕, [], （）, 【】 and (). */
  private static final Pattern NUMBER =
      Pattern.compile("[\\p{IsHan}]{1,8}[〔\\[（【(](19|20)\\d{2}[〕\\]）】)]\\d{1,4}号");

  /**
   * Words that run into an issuer abbreviation when a number is cited in a sentence
   * (根据新政发〔2020〕16号); the pattern's Han run would swallow them. Only two-character words: single
   * characters such as 和 are also issuer abbreviations (和 for 和田, as in 和政办发).
   */
  private static final Pattern LEADING_WORDS =
      Pattern.compile("^(?:根据|按照|依据|遵照|参照|对照|结合|落实|贯彻|执行|印发|转发|关于)+");

  /** Only the first pages are searched: the number stands under the header. */
  private static final int SEARCHED_CHARACTERS = 5_000;

  /** Returns the first document number in {@code text}, as printed, or empty if there is none. */
  public Optional<String> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = NUMBER.matcher(text);
    matcher.region(0, Math.min(text.length(), SEARCHED_CHARACTERS));
    if (!matcher.find()) return Optional.empty();
    String number = LEADING_WORDS.matcher(matcher.group()).replaceFirst("");
    // An issuer needs at least one character before the bracket: 根据〔2020〕16号 alone is no number.
    return number.isEmpty() || isBracket(number.charAt(0)) ? Optional.empty() : Optional.of(number);
  }

  private static boolean isBracket(char c) {
    return "〔[（【(".indexOf(c) >= 0;
  }
}
