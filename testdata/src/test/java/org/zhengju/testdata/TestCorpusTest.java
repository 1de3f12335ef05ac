package org.zhengju.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Behaviour of the corpus locator and the gold loaders. */
class TestCorpusTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty(TestCorpus.ROOT_PROPERTY);
  }

  @Test
  void findsTheCorpusByWalkingUpFromTheWorkingDirectory() {
    Path root = TestCorpus.root();
    assertThat(root.getFileName()).hasToString("corpus");
    assertThat(root.getParent().getFileName()).hasToString("testdata");
    assertThat(root.resolve("notices")).isDirectory();
  }

  @Test
  void systemPropertyOverridesTheSearch(@TempDir Path dir) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("my-corpus"));
    System.setProperty(TestCorpus.ROOT_PROPERTY, corpus.toString());
    assertThat(TestCorpus.root()).isEqualTo(corpus.toAbsolutePath().normalize());
  }

  @Test
  void propertyNamingAMissingFolderFailsWithTheFolderInTheMessage(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere");
    System.setProperty(TestCorpus.ROOT_PROPERTY, missing.toString());
    assertThatThrownBy(TestCorpus::root)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(TestCorpus.ROOT_PROPERTY)
        .hasMessageContaining("nowhere");
  }

  @Test
  void goldRejectsPathsAndUnknownFiles() {
    assertThatThrownBy(() -> TestCorpus.gold("../pom.xml"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestCorpus.gold("missing.tsv"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("missing.tsv");
    assertThat(TestCorpus.gold("links.tsv")).isRegularFile();
  }

  @Test
  void archiveSourcesResolveToTheArchiveAndItsMember() {
    String source = "archives/qira_transfer_materials_2018.zip!/附件/工作简报第7期.pdf";
    assertThat(TestCorpus.file(source))
        .isEqualTo(TestCorpus.root().resolve("archives/qira_transfer_materials_2018.zip"));
    assertThat(TestCorpus.member(source)).contains("附件/工作简报第7期.pdf");
    assertThat(TestCorpus.member("news/awati_cotton_purchase.txt")).isEmpty();
  }

  @Test
  void loadsLinksWithGradesAndTheNerOnlyFlag() throws IOException {
    assertThat(TestCorpus.links())
        .filteredOn(l -> l.company().equals("华锦制衣"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.grade()).isEqualTo(GoldGrade.A);
              assertThat(l.nerOnly()).isTrue();
              assertThat(l.source()).isEqualTo("news/zepu_huajin_trade_name.html");
            });
    assertThat(TestCorpus.links())
        .filteredOn(l -> l.company().equals("瑞丰家纺有限公司"))
        .extracting(GoldLink::grade)
        .containsExactly(GoldGrade.E);
  }

  @Test
  void loadsQueriesWithListsSplitOnBars() throws IOException {
    GoldQuery query =
        TestCorpus.queries().stream()
            .filter(q -> q.query().equals("company:\"青岚纺织\""))
            .findFirst()
            .orElseThrow();
    assertThat(query.expected())
        .containsExactly(
            "notices/moyu_transfer_notice_2019.docx",
            "reports/qinglan_bond_annual_report_2019_excerpt.pdf");
    assertThat(query.excluded()).containsExactly("controls/qinglan_trading_keqiao_news.txt");
  }

  @Test
  void loadsMentionsWithTheCompanyEachSurfaceRefersTo() throws IOException {
    assertThat(TestCorpus.mentions())
        .filteredOn(m -> m.source().equals("news/luopu_satellite_factory_big5.html"))
        .extracting(GoldMention::surface, GoldMention::company)
        .contains(Tuple.tuple("錦繡服飾", "和田錦繡服飾有限公司"), Tuple.tuple("錦繡服飾第三衛星工廠", "和田錦繡服飾有限公司"));
    assertThatThrownBy(() -> new GoldMention("a.txt", "", "甲有限公司", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("surface");
  }

  @Test
  void gradeHelperSeparatesProgrammeLinksFromVocabularyOnly() {
    assertThat(GoldGrade.A.isProgrammeLink()).isTrue();
    assertThat(GoldGrade.C.isProgrammeLink()).isTrue();
    assertThat(GoldGrade.D.isProgrammeLink()).isFalse();
    assertThat(GoldGrade.E.isProgrammeLink()).isFalse();
  }

  @Test
  void recordsRejectBlankFields() {
    assertThatThrownBy(() -> new GoldLink(" ", GoldGrade.A, "a.txt", "x", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("company");
    assertThatThrownBy(() -> new GoldAlias("甲有限公司", "甲有限公司", "a.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias");
    assertThatThrownBy(() -> new GoldQuery("q", List.of("a"), List.of("a"), ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
