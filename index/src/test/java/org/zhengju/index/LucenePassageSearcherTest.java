package org.zhengju.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhengju.search.QuerySyntaxException;
import org.zhengju.search.SearchHit;
import org.zhengju.search.SearchResult;

class LucenePassageSearcherTest {
  @TempDir static Path tmp;
  static LucenePassageSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path index = tmp.resolve("index");
    try (LuceneCorpusStore store = LuceneCorpusStore.open(index)) {
      store.add(TestCorpus.documentA(), tmp.resolve("a.pdf"), Optional.empty());
      store.add(TestCorpus.documentB(), tmp.resolve("b.docx"), Optional.empty());
      store.add(TestCorpus.documentC(), tmp.resolve("c.txt"), Optional.empty());
    }
    searcher = LucenePassageSearcher.open(index, TestCorpus.FOLDER, TestCorpus.GLOSSES);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
  }

  /** Each hit as source#passage-start-text, for compact set assertions. */
  private static List<String> found(String query) throws IOException {
    SearchResult result = searcher.search(query, 20);
    assertThat(result.total()).as("total of %s", query).isEqualTo(result.hits().size());
    return result.hits().stream().map(LucenePassageSearcherTest::passageOf).toList();
  }

  /** The hit's source and the first four characters of the passage its start offset lies in. */
  private static String passageOf(SearchHit hit) {
    var doc =
        switch (hit.source()) {
          case "notices/a.pdf" -> TestCorpus.documentA();
          case "reports/b.docx" -> TestCorpus.documentB();
          default -> TestCorpus.documentC();
        };
    var passage =
        doc.passages().stream()
            .filter(p -> p.start() <= hit.start() && hit.end() <= p.end())
            .findFirst()
            .orElseThrow();
    return hit.source() + "@" + passage.text().substring(0, 4);
  }

  private static String plain(String snippet) {
    return snippet.replace("<em>", "").replace("</em>", "").replace("…", "");
  }

  @Test
  void findsAWordAsAPhraseWithPageSnippetAndExactSourceOffsets() throws IOException {
    SearchResult result = searcher.search("劳动力转移", 10);
    assertThat(result.query()).isEqualTo("劳动力转移");
    assertThat(result.total()).isEqualTo(3);
    SearchHit a =
        result.hits().stream()
            .filter(h -> h.source().equals("notices/a.pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(a.sha256()).isEqualTo(TestCorpus.SHA_A);
    assertThat(a.page()).contains(2);
    assertThat(a.start()).isEqualTo(59);
    assertThat(a.end()).isEqualTo(64);
    assertThat(a.snippet())
        .isEqualTo("青岚纺织科技有限公司（以下简称青岚纺织）计划接收和田地区墨玉县<em>劳动力转移</em>就业二百名，每人发放稳岗补贴2000元。");
    assertThat(a.score()).isPositive();
  }

  @Test
  void findsTraditionalScriptAndCitesItInSourceCoordinates() throws IOException {
    SearchHit b =
        searcher.search("劳动力转移", 10).hits().stream()
            .filter(h -> h.source().equals("reports/b.docx"))
            .findFirst()
            .orElseThrow();
    assertThat(b.page()).isEmpty();
    assertThat(b.snippet()).isEqualTo("組織 <em>勞動力轉移</em>，發放補貼。");
    // Normalized offset 25 comes after the collapsed double space: source offsets are one further
    // on.
    assertThat(b.start()).isEqualTo(26);
    assertThat(b.end()).isEqualTo(31);
    String source = TestCorpus.documentB().document().text();
    assertThat(source.substring(b.start(), b.end())).isEqualTo("勞動力轉移");
  }

  @Test
  void citesWhereTheWholeWordStandsNotWhereOneOfItsBigramsStrays() throws IOException {
    SearchHit c =
        searcher.search("劳动力转移", 10).hits().stream()
            .filter(h -> h.source().equals("plain/c.txt"))
            .findFirst()
            .orElseThrow();
    assertThat(c.snippet()).isEqualTo("转移就业之后，再谈<em>劳动力转移</em>。");
    int passageStart = TestCorpus.documentC().document().text().indexOf(TestCorpus.C4);
    assertThat(c.start()).isEqualTo(passageStart + 9);
    assertThat(c.end()).isEqualTo(passageStart + 14);
  }

  @Test
  void highlightsEveryTermOfAProximityPhrase() throws IOException {
    SearchHit hit = searcher.search("\"新疆 补贴\"~10", 5).hits().get(0);
    assertThat(hit.snippet()).isEqualTo("<em>新疆</em>籍员工每人发放<em>补贴</em>300元。");
    assertThat(hit.start()).isEqualTo(0);
    assertThat(hit.end()).isEqualTo(2);
  }

  @Test
  void foldsTraditionalQueryText() throws IOException {
    assertThat(found("勞動力轉移")).containsExactlyInAnyOrderElementsOf(found("劳动力转移"));
  }

  @Test
  void doesNotMatchAWordScatteredThroughASentence() throws IOException {
    // A0 holds 劳动力 … 转移 but not 劳动力转移.
    assertThat(found("劳动力转移")).doesNotContain("notices/a.pdf@关于做好");
    assertThat(found("转移"))
        .containsExactlyInAnyOrder(
            "notices/a.pdf@关于做好", "notices/a.pdf@青岚纺织", "reports/b.docx@組織 勞", "plain/c.txt@转移就业");
  }

  @Test
  void findsSingleCharactersAndLongWordsWithoutPartialWordNoise() throws IOException {
    assertThat(found("棉")).containsExactlyInAnyOrder("reports/b.docx@青岚纺织", "plain/c.txt@天地玄黄");
    assertThat(found("有限公司"))
        .containsExactlyInAnyOrder("notices/a.pdf@青岚纺织", "reports/b.docx@青岚纺织");
    assertThat(found("有限责任")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "补贴 NOT 新疆                 | notices/a.pdf@青岚纺织 reports/b.docx@組織 勞",
        "补贴 -新疆                    | notices/a.pdf@青岚纺织 reports/b.docx@組織 勞",
        "棉花 OR 墨玉县                | notices/a.pdf@青岚纺织 reports/b.docx@青岚纺织",
        "(新疆 OR 喀什) AND 棉花       | reports/b.docx@青岚纺织",
        "棉花 AND (NOT 新疆)           | reports/b.docx@青岚纺织",
        "新疆 补贴                     | plain/c.txt@新疆籍员 plain/c.txt@新疆风光",
        "+新疆 +补贴 +员工             | plain/c.txt@新疆籍员",
        "\"新疆 补贴\"~10              | plain/c.txt@新疆籍员",
        "\"新疆 补贴\"                 | ''",
        "NOT 补贴                      | notices/a.pdf@关于做好 reports/b.docx@青岚纺织 plain/c.txt@月薪<3 plain/c.txt@天地玄黄 plain/c.txt@转移就业",
      })
  void combinesWordsWithOperatorsAndProximity(String query, String expected) throws IOException {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" (?=[a-z])"));
    assertThat(found(query.trim())).containsExactlyInAnyOrderElementsOf(want);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "company:\"青岚纺织\"                                | notices/a.pdf@青岚纺织",
        "company:\"青岚纺织科技有限公司\"                    | notices/a.pdf@青岚纺织",
        "company:\"Qinglan Textile Technology Co., Ltd.\"    | notices/a.pdf@青岚纺织",
        "company:\"青岚纺织品贸易有限公司\"                  | reports/b.docx@青岚纺织",
        "company:青岚                                        | ''",
        "category:subsidy                                    | notices/a.pdf@青岚纺织",
        "category:SURPLUS_LABOUR                             | notices/a.pdf@关于做好",
        "place:和田                                          | notices/a.pdf@青岚纺织",
        "place:喀什地区                                      | reports/b.docx@青岚纺织",
        "year:2019                                           | notices/a.pdf@关于做好",
        "year:2021                                           | reports/b.docx@青岚纺织 reports/b.docx@組織 勞",
        "year:2021 AND 棉花                                  | reports/b.docx@青岚纺织",
        "year:[2018 TO 2020]                                 | notices/a.pdf@关于做好",
      })
  void searchesKeywordFieldsAndResolvesCompanyAliasesExactly(String query, String expected)
      throws IOException {
    List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" (?=[a-z])"));
    assertThat(found(query.trim())).containsExactlyInAnyOrderElementsOf(want);
  }

  @Test
  void expandsEnglishGlossesQuotedOrNot() throws IOException {
    assertThat(found("labour transfer")).containsExactlyInAnyOrderElementsOf(found("劳动力转移"));
    assertThat(found("Labour  Transfer")).containsExactlyInAnyOrderElementsOf(found("劳动力转移"));
    assertThat(found("\"surplus labour\"")).containsExactly("notices/a.pdf@关于做好");
    assertThat(found("subsidy 新疆"))
        .containsExactlyInAnyOrder("plain/c.txt@新疆籍员", "plain/c.txt@新疆风光");
    assertThat(found("labour")).isEmpty();
  }

  @Test
  void highlightsGlossMatchesInChinese() throws IOException {
    SearchHit hit = searcher.search("\"surplus labour\"", 1).hits().get(0);
    assertThat(hit.snippet()).isEqualTo("关于做好2019年农村<em>富余劳动力</em>有组织转移工作的通知。");
    assertThat(hit.start()).isEqualTo(11);
    assertThat(hit.end()).isEqualTo(16);
  }

  @Test
  void givesThePassageSpanWhenOnlyFieldsMatched() throws IOException {
    SearchHit hit = searcher.search("category:SURPLUS_LABOUR", 5).hits().get(0);
    assertThat(hit.start()).isEqualTo(0);
    assertThat(hit.end()).isEqualTo(27);
    assertThat(hit.snippet()).isEqualTo(TestCorpus.A0);
  }

  @Test
  void escapesHtmlInSnippets() throws IOException {
    SearchHit hit = searcher.search("月薪", 5).hits().get(0);
    assertThat(hit.snippet()).isEqualTo("<em>月薪</em>&lt;3000元 &amp; 包食宿");
  }

  @Test
  void cutsLongPassagesAroundTheFirstMatch() throws IOException {
    SearchHit hit = searcher.search("棉纺", 5).hits().get(0);
    int at = TestCorpus.FILLER.length();
    assertThat(hit.snippet()).startsWith("…").endsWith("…").contains("<em>棉纺</em>");
    assertThat(plain(hit.snippet())).hasSizeLessThanOrEqualTo(200);
    assertThat(TestCorpus.C3).contains(plain(hit.snippet()));
    int passageStart = TestCorpus.C0.length() + TestCorpus.C1.length() + TestCorpus.C2.length() + 3;
    assertThat(hit.start()).isEqualTo(passageStart + at);
    assertThat(hit.end()).isEqualTo(passageStart + at + 2);
  }

  @Test
  void countsAllHitsBeyondTheLimit() throws IOException {
    SearchResult result = searcher.search("NOT 补贴", 1);
    assertThat(result.total()).isEqualTo(5);
    assertThat(result.hits()).hasSize(1);
    assertThat(searcher.search("新疆", 0).hits()).isEmpty();
    assertThat(searcher.search("新疆", 0).total()).isEqualTo(2);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"劳动力转移                | cannot parse query: unbalanced quote",
        "(新疆 AND 补贴              | cannot parse query: unbalanced parenthesis",
        "新疆 AND 补贴)              | cannot parse query: unbalanced parenthesis",
        "新疆 AND                    | cannot parse query: the query ends where a word was expected",
        "AND 新疆                    | cannot parse query: unexpected 'AND' at position 1",
        "place:和田*                 | wildcards and fuzzy terms work on text only",
        "foo:bar                     | unknown field 'foo:'",
        "category:NOPE               | unknown category 'NOPE'",
        "year:19                     | year must have four digits",
        "'   '                       | cannot parse query: empty query",
      })
  void reportsWhatIsWrongWithAQuery(String query, String message) {
    assertThatThrownBy(() -> searcher.search(query, 10))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessageContaining(message);
  }
}
