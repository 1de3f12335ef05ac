package org.zhengju.lexicon;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One programme term of the lexicon.
 *
 * @param term the simplified-Chinese (or English) form that is matched
 * @param traditional the traditional-script form, if different
 * @param english English gloss(es); search expands each to {@code term}
 * @param category reported category
 * @param subcategory finer internal category (e.g. {@code CAMP_VSETC}, {@code INDOCTRINATION}), if
 *     any
 * @param specificity how telling the term is on its own
 * @param note reviewer's note on false positives, if any
 */
public record LexiconEntry(
    String term,
    Optional<String> traditional,
    List<String> english,
    Category category,
    Optional<String> subcategory,
    Specificity specificity,
    Optional<String> note) {
  public LexiconEntry {
    Objects.requireNonNull(term, "term");
    if (term.isBlank()) throw new IllegalArgumentException("term must not be blank");
    Objects.requireNonNull(traditional, "traditional");
    english = List.copyOf(Objects.requireNonNull(english, "english"));
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(subcategory, "subcategory");
    Objects.requireNonNull(specificity, "specificity");
    Objects.requireNonNull(note, "note");
  }
}
