package org.zhengju.testdata.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhengju.testdata.GoldMention;

/** Behaviour of the mention scorer on small hand-made gold. */
class MentionScorerTest {
  /**
   * Folds the three traditional characters the cases use, standing in for the library's script
   * folding.
   */
  private static final UnaryOperator<String> TO_SIMPLIFIED =
      s -> s.replace('錦', '锦').replace('繡', '绣').replace('飾', '饰');

  private static final List<GoldMention> GOLD =
      List.of(
          new GoldMention("a.txt", "甲纺织有限公司", "甲纺织有限公司", ""),
          new GoldMention("a.txt", "甲纺织", "甲纺织有限公司", "short name"),
          new GoldMention("a.txt", "乙(阿克苏)有限公司", "乙（阿克苏）有限公司", "NFKC brackets"),
          new GoldMention("b.html", "錦繡服飾", "和田錦繡服飾有限公司", "traditional"),
          new GoldMention("b.html", "Jia Textile Co., Ltd.", "甲纺织有限公司", "English"));

  private final MentionScorer scorer = new MentionScorer(GOLD, TO_SIMPLIFIED);

  @Test
  void exactSurfacesAfterNfkcAreFoundAndCountedOncePerDocument() {
    MentionScore score =
        scorer.score(
            List.of(
                new ReportedMention("a.txt", "甲纺织有限公司", "甲纺织有限公司"),
                new ReportedMention("a.txt", "甲纺织有限公司", "甲纺织有限公司"),
                new ReportedMention("a.txt", "乙（阿克苏）有限公司", "乙（阿克苏）有限公司"),
                new ReportedMention("b.html", "Jia  Textile Co., Ltd.", "甲纺织有限公司")));
    assertThat(score.truePositives())
        .containsExactly("a.txt: 甲纺织有限公司", "a.txt: 乙(阿克苏)有限公司", "b.html: Jia Textile Co., Ltd.");
    assertThat(score.falseNegatives()).containsExactly("a.txt: 甲纺织", "b.html: 錦繡服飾");
    assertThat(score.falsePositives()).isEmpty();
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(3.0 / 5);
  }

  @Test
  void aNameWithAWrongBoundaryIsAFalsePositiveAndFindsNothing() {
    MentionScore score =
        scorer.score(
            List.of(
                new ReportedMention("a.txt", "年度报告甲纺织有限公司", "年度报告甲纺织有限公司"),
                new ReportedMention("a.txt", "甲纺", "甲纺织有限公司")));
    assertThat(score.truePositives()).isEmpty();
    assertThat(score.falsePositives()).containsExactly("a.txt: 年度报告甲纺织有限公司", "a.txt: 甲纺");
    assertThat(score.precision()).isEqualTo(0.0);
    assertThat(score.recall()).isEqualTo(0.0);
  }

  @Test
  void resolutionComparesCompaniesAcrossScriptsAndNeedsEveryOccurrenceRight() {
    MentionScore score =
        scorer.score(
            List.of(
                new ReportedMention("b.html", "錦繡服飾", "和田锦绣服饰有限公司"),
                new ReportedMention("a.txt", "甲纺织", "甲纺织有限公司"),
                new ReportedMention("a.txt", "甲纺织", "甲纺织品贸易有限公司"),
                new ReportedMention("a.txt", "甲纺织有限公司", "甲纺织有限公司")));
    assertThat(score.resolved()).containsExactly("a.txt: 甲纺织有限公司", "b.html: 錦繡服飾");
    assertThat(score.misresolved())
        .singleElement()
        .asString()
        .startsWith("a.txt: 甲纺织 → got")
        .contains("甲纺织品贸易有限公司");
    assertThat(score.resolutionAccuracy()).isEqualTo(2.0 / 3);
  }

  @Test
  void documentsWithoutGoldRowsAreListedButNotScored() {
    MentionScore score = scorer.score(List.of(new ReportedMention("new.eml", "丙有限公司", "丙有限公司")));
    assertThat(score.unscoredSources()).containsExactly("new.eml");
    assertThat(score.falsePositives()).isEmpty();
    assertThat(score.recall()).isEqualTo(0.0);
    assertThat(score.precision()).isEqualTo(1.0);
  }
}
