package org.zhengju.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the issuing number of a Chinese government document (发文字号) such as {@code 新政发〔2020〕16号}:
 * an issuer abbreviation of up to eight Han characters, a year in brackets, a serial number and 号.
 *
 * <p>The number is printed under the red header, so the first match in the text is the document's own;
 * later matches are usually documents it cites. Stateless and thread-safe.
 */
public final class DocumentNumberFinder {

  /** DOMAIN.md §3.6; the brackets vary between 〔〕, [], （）, 【】 and (). */
  private static final Pattern NUMBER =
      Pattern.compile("[\\p{IsHan}]{1,8}[〔\\[（【(](19|20)\\d{2}[〕\\]）】)]\\d{1,4}号");

  /** Only the first pages are searched: the number stands under the header. */
  private static final int SEARCHED_CHARACTERS = 5_000;

  /** Returns the first document number in {@code text}, as printed, or empty if there is none. */
  public Optional<String> find(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = NUMBER.matcher(text);
    matcher.region(0, Math.min(text.length(), SEARCHED_CHARACTERS));
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }
}
