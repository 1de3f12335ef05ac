package org.zhengju.nlp.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengju.entity.RuleCompanyRecognizer;
import org.zhengju.evidence.CompanyAggregator;
import org.zhengju.evidence.CompanyProfile;
import org.zhengju.nlp.CoreNlpEntityRecognizer;
import org.zhengju.testdata.GoldAlias;
import org.zhengju.testdata.GoldLink;
import org.zhengju.testdata.TestCorpus;
import org.zhengju.testdata.score.LinkScore;
import org.zhengju.testdata.score.LinkScorer;
import org.zhengju.testdata.score.ReportedCompany;
import org.zhengju.testdata.score.ReportedEvidence;

/**
 * The bundled corpus against the whole gold (including companies named by trade name only), with
 * the rule-based recognizer alone and with rules + CoreNLP: the figures for both modes, and the
 * bars for the full pipeline.
 */
class NerGoldEvaluationTest {
  static CoreNlpEntityRecognizer coreNlp;
  static List<CompanyProfile> rulesOnly;
  static List<CompanyProfile> withNer;
  static LinkScore rulesScore;
  static LinkScore nerScore;

  @BeforeAll
  static void runBothModes() throws Exception {
    coreNlp = new CoreNlpEntityRecognizer();
    assertThat(coreNlp.unavailableReason()).as("CoreNLP must be usable in this test JVM").isEmpty();
    rulesOnly = CorpusRun.of(List.of(new RuleCompanyRecognizer())).companies();
    withNer = CorpusRun.of(List.of(new RuleCompanyRecognizer(), coreNlp)).companies();
    LinkScorer scorer = new LinkScorer(TestCorpus.links(), TestCorpus.nonLinks());
    rulesScore = scorer.score(reported(rulesOnly));
    nerScore = scorer.score(reported(withNer));
    System.out.println("[gold, rules only, whole gold] " + rulesScore.summary());
    System.out.println("[gold, rules + CoreNLP, whole gold] " + nerScore.summary());
    System.out.println("[CoreNLP] " + coreNlp.stats());
  }

  @AfterAll
  static void close() {
    coreNlp.close();
  }

  @Test
  void coreNlpLinksEveryCompanyTheRulesCannotName() throws IOException {
    List<GoldLink> nerOnly = TestCorpus.links().stream().filter(GoldLink::nerOnly).toList();
    assertThat(nerOnly).isNotEmpty();
    for (GoldLink l : nerOnly) {
      assertThat(find(rulesOnly, l.company()))
          .as("rules alone cannot find %s", l.company())
          .isEmpty();
      Optional<CompanyProfile> found = find(withNer, l.company());
      assertThat(found).as("CoreNLP finds %s", l.company()).isPresent();
      assertThat(found.get().grade().name()).isEqualTo(l.grade().name());
    }
  }

  @Test
  void coreNlpAddsRecallWithoutLosingPrecision() {
    assertThat(nerScore.recall()).isGreaterThan(rulesScore.recall());
    assertThat(nerScore.precision())
        .as(nerScore.summary())
        .isGreaterThanOrEqualTo(rulesScore.precision());
  }

  @Test
  void fullPipelineMeetsTheBars() {
    assertThat(nerScore.precision()).as(nerScore.summary()).isGreaterThanOrEqualTo(0.95);
    assertThat(nerScore.recall()).as(nerScore.summary()).isGreaterThanOrEqualTo(0.90);
    assertThat(nerScore.nonLinkViolations()).as(nerScore.summary()).isEmpty();
  }

  @Test
  void everyGoldAliasResolvesToItsCompanyInBothModes() throws IOException {
    for (GoldAlias a : TestCorpus.aliases()) {
      for (List<CompanyProfile> mode : List.of(rulesOnly, withNer)) {
        assertThat(find(mode, a.alias()).map(CompanyProfile::name))
            .as("alias %s of %s (%s)", a.alias(), a.company(), a.source())
            .hasValueSatisfying(
                name ->
                    assertThat(find(mode, a.company()).map(CompanyProfile::name)).hasValue(name));
      }
    }
  }

  private static Optional<CompanyProfile> find(List<CompanyProfile> profiles, String name) {
    return new CompanyAggregator().find(profiles, name);
  }

  private static List<ReportedCompany> reported(List<CompanyProfile> profiles) {
    return profiles.stream()
        .map(
            c ->
                new ReportedCompany(
                    c.name(),
                    c.aliases(),
                    c.grade().name(),
                    c.evidence().stream()
                        .map(e -> new ReportedEvidence(e.source(), e.quote(), e.grade().name()))
                        .toList()))
        .toList();
  }
}
