package org.zhengju.testdata.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.testdata.GoldGrade;
import org.zhengju.testdata.GoldLink;
import org.zhengju.testdata.GoldNonLink;

/**
 * Behaviour of the link scorer on small hand-made gold, grades A–C and the supply-chain grade D.
 */
class LinkScorerTest {
  private static final String QINGLAN = "青岚纺织科技有限公司";
  private static final String JINFAN = "金帆服饰股份有限公司";

  private static final List<GoldLink> LINKS =
      List.of(
          new GoldLink(QINGLAN, GoldGrade.A, "notice.docx", "赴青岚纺织科技有限公司务工", ""),
          new GoldLink(JINFAN, GoldGrade.D, "jinfan.pdf", QINGLAN, "top-five supplier"));

  private static final List<GoldNonLink> NON_LINKS =
      List.of(new GoldNonLink("绍兴华澄印染有限公司", "jinfan.pdf", "ordinary supplier"));

  private final LinkScorer scorer = new LinkScorer(LINKS, NON_LINKS);

  private static ReportedCompany qinglan() {
    return new ReportedCompany(
        QINGLAN,
        List.of("青岚纺织"),
        "A",
        List.of(new ReportedEvidence("notice.docx", "组织劳动力赴青岚纺织科技有限公司务工。", "A")));
  }

  private static ReportedCompany jinfan(String grade, ReportedEvidence... evidence) {
    return new ReportedCompany(JINFAN, List.of(), grade, List.of(evidence));
  }

  private static final ReportedEvidence SUPPLY_ROW =
      new ReportedEvidence("jinfan.pdf", "1 青岚纺织科技有限公司 14,862.50 13.88%", "D");

  @Test
  void aGoldDCompanyReportedWithDAndItsRowIsFoundAndNotCountedAsLinked() {
    LinkScore s = scorer.score(List.of(qinglan(), jinfan("D", SUPPLY_ROW)));
    assertThat(s.supplyChainFound()).containsExactly(JINFAN);
    assertThat(s.supplyChainMissed()).isEmpty();
    assertThat(s.supplyChainUnexpected()).isEmpty();
    assertThat(s.missedEvidence()).isEmpty();
    assertThat(s.truePositives()).containsExactly(QINGLAN);
    assertThat(s.falsePositives()).isEmpty();
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void aGoldDCompanyNotReportedOrReportedWithEIsMissed() {
    assertThat(scorer.score(List.of(qinglan())).supplyChainMissed())
        .containsExactly(JINFAN + " (not found)");
    LinkScore e = scorer.score(List.of(qinglan(), jinfan("E", SUPPLY_ROW)));
    assertThat(e.supplyChainMissed()).containsExactly(JINFAN + " (got E)");
    assertThat(e.gradeMismatches()).containsExactly(JINFAN + ": gold D, got E");
  }

  @Test
  void aGoldDCompanyReportedWithAToCIsAFalsePositive() {
    LinkScore s = scorer.score(List.of(qinglan(), jinfan("B", SUPPLY_ROW)));
    assertThat(s.falsePositives()).containsExactly(JINFAN + " (B)");
    assertThat(s.truePositives()).containsExactly(QINGLAN);
    assertThat(s.supplyChainMissed()).containsExactly(JINFAN + " (got B)");
    assertThat(s.precision()).isEqualTo(0.5);
  }

  @Test
  void aGoldDRowNeedsADItemFromItsSourceHoldingTheFragment() {
    ReportedEvidence otherSource = new ReportedEvidence("other.pdf", SUPPLY_ROW.quote(), "D");
    ReportedEvidence otherGrade = new ReportedEvidence("jinfan.pdf", SUPPLY_ROW.quote(), "E");
    ReportedEvidence otherRow = new ReportedEvidence("jinfan.pdf", "3 绍兴华澄印染有限公司 7,105.66", "D");
    LinkScore s = scorer.score(List.of(qinglan(), jinfan("D", otherSource, otherGrade, otherRow)));
    assertThat(s.supplyChainFound()).containsExactly(JINFAN);
    assertThat(s.missedEvidence()).containsExactly(JINFAN + " @ jinfan.pdf: " + QINGLAN);
  }

  @Test
  void aDCompanyOutsideTheGoldIsReportedAsUnexpected() {
    ReportedCompany other = new ReportedCompany("远帆贸易有限公司", List.of(), "D", List.of(SUPPLY_ROW));
    LinkScore s = scorer.score(List.of(qinglan(), jinfan("D", SUPPLY_ROW), other));
    assertThat(s.supplyChainUnexpected()).containsExactly("远帆贸易有限公司");
    assertThat(s.falsePositives()).isEmpty();
  }

  @Test
  void aNonLinkReportedWithDIsNoViolation() {
    ReportedCompany supplier =
        new ReportedCompany("绍兴华澄印染有限公司", List.of(), "D", List.of(SUPPLY_ROW));
    LinkScore d = scorer.score(List.of(qinglan(), jinfan("D", SUPPLY_ROW), supplier));
    assertThat(d.nonLinkViolations()).isEmpty();
    ReportedCompany linked = new ReportedCompany("绍兴华澄印染有限公司", List.of(), "C", List.of(SUPPLY_ROW));
    assertThat(scorer.score(List.of(qinglan(), linked)).nonLinkViolations())
        .containsExactly("绍兴华澄印染有限公司 (C)");
  }
}
