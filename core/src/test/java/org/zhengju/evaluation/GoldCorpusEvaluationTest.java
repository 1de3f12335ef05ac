package org.zhengju.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengju.analysis.AnalyzedDocument;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.testdata.TestCorpus;
import org.zhengju.testdata.score.LinkScore;
import org.zhengju.testdata.score.LinkScorer;
import org.zhengju.verify.QuoteLocator;

/**
 * The linked companies of the bundled corpus against the hand-written gold (testdata/gold), with
 * the rule-based recognizer alone. Companies only a statistical recognizer can find (gold note
 * {@code ner-only}) are scored by the nlp module's evaluation instead.
 */
class GoldCorpusEvaluationTest {
  static CorpusRun run;
  static LinkScore score;

  @BeforeAll
  static void runCorpus() throws Exception {
    run = CorpusRun.rulesOnly(TestCorpus.root());
    score =
        new LinkScorer(TestCorpus.links(), TestCorpus.nonLinks())
            .withoutNerOnly()
            .score(run.reported());
    System.out.println("[gold, rules only] " + score.summary());
  }

  @Test
  void everyCorpusFileIsExtracted() {
    assertThat(run.report().hasFailures()).as(run.report().outcomes().toString()).isFalse();
    assertThat(run.documents()).hasSizeGreaterThanOrEqualTo(18);
  }

  @Test
  void linkedCompaniesMeetThePrecisionBar() {
    assertThat(score.precision()).as(score.summary()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void linkedCompaniesMeetTheRecallBar() {
    assertThat(score.recall()).as(score.summary()).isGreaterThanOrEqualTo(0.90);
  }

  @Test
  void noNegativeControlIsLinked() {
    assertThat(score.nonLinkViolations()).as(score.summary()).isEmpty();
  }

  @Test
  void everyGoldEvidenceRowIsFoundInAQuote() {
    assertThat(score.missedEvidence()).as(score.summary()).isEmpty();
  }

  @Test
  void linkedCompaniesGetTheGoldGrade() {
    assertThat(score.gradeMismatches()).as(score.summary()).isEmpty();
  }

  @Test
  void supplyChainCompaniesGetGradeDAndNoOtherCompanyDoes() {
    assertThat(score.supplyChainFound()).as(score.summary()).contains("金帆服饰股份有限公司");
    assertThat(score.supplyChainMissed()).as(score.summary()).isEmpty();
    assertThat(score.supplyChainUnexpected()).as(score.summary()).isEmpty();
  }

  @Test
  void everyQuoteIsReFoundAtItsOffsetsAndPage() {
    int quotes = 0;
    for (AnalyzedDocument d : run.documents()) {
      for (EvidenceItem e : d.evidence()) {
        assertThat(QuoteLocator.matches(d.normalized(), e))
            .as("quote of %s at %d–%d in %s", e.company(), e.start(), e.end(), e.source())
            .isTrue();
        assertThat(e.page()).isEqualTo(d.document().pageAt(e.start()));
        assertThat(d.document().text().substring(e.start(), e.end()))
            .as("source span is not blank")
            .isNotBlank();
        quotes++;
      }
    }
    assertThat(quotes).isGreaterThan(20);
  }
}
