package org.zhengju.evidence.internal;

import java.util.List;
import java.util.Objects;
import org.zhengju.lexicon.TermMatch;

/**
 * A company and the programme terms attributed to it in one place of a document, before grading.
 *
 * @param company the company's resolved name
 * @param subjectStart normalized start of what names the company in the sentence (its name, or 该公司)
 * @param subjectEnd normalized end of that
 * @param listStart normalized start of the coordinated list of names the company stands in
 *     (甲公司、乙公司), or {@code subjectStart} when it stands alone
 * @param sentenceStart normalized start of the sentence holding {@code subjectStart}
 * @param sentenceEnd normalized end of that sentence
 * @param terms programme terms attributed to the company, in order
 * @param sameSentence whether the terms stand in the company's own sentence (else an adjacent one)
 * @param quoteStart normalized start of the quote (sentences holding the name and the terms,
 *     bounded)
 * @param quoteEnd normalized end of the quote
 */
public record Candidate(
    String company,
    int subjectStart,
    int subjectEnd,
    int listStart,
    int sentenceStart,
    int sentenceEnd,
    List<TermMatch> terms,
    boolean sameSentence,
    int quoteStart,
    int quoteEnd) {
  public Candidate {
    Objects.requireNonNull(company, "company");
    terms = List.copyOf(terms);
  }
}
