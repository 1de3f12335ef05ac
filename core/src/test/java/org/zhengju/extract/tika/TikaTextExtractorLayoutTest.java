package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.extract.ExtractionOutcome;
import org.zhengju.normalize.ChineseTextNormalizer;
import org.zhengju.normalize.NormalizedText;
import org.zhengju.testdata.TestCorpus;

/**
 * Layout of the annual-report excerpt: running lines recorded, table rows kept whole, reading order
 * of columns.
 */
class TikaTextExtractorLayoutTest {

  private static final String REPORT = "reports/qinglan_bond_annual_report_2019_excerpt.pdf";
  private static final String HEADER = "青岚纺织科技有限公司公司债券2019年年度报告";

  @TempDir Path dir;

  private static ExtractedDocument extract(Path file, String source) {
    List<ExtractionOutcome> outcomes = new TikaTextExtractor().extract(file, source);
    assertThat(outcomes).hasSize(1).first().isInstanceOf(ExtractionOutcome.Extracted.class);
    return ((ExtractionOutcome.Extracted) outcomes.get(0)).document();
  }

  @Test
  void runningHeaderAndPageNumbersOfEveryPageAreBoilerplateAndStayInTheText() {
    ExtractedDocument document = extract(TestCorpus.file(REPORT), REPORT);

    List<String> lines =
        document.boilerplate().stream()
            .map(s -> document.text().substring(s.start(), s.end()))
            .toList();
    assertThat(lines)
        .containsExactly(HEADER, "— 1 —", HEADER, "— 2 —", HEADER, "— 3 —", HEADER, "— 4 —");
    for (PageSpan page : document.pages()) {
      assertThat(document.boilerplate()).filteredOn(s -> page.contains(s.start())).hasSize(2);
    }
  }

  @Test
  void normalizedTextLeavesBoilerplateOutAndMapsBackExactly() {
    ExtractedDocument document = extract(TestCorpus.file(REPORT), REPORT);

    NormalizedText normalized = new ChineseTextNormalizer().normalize(document);

    for (int i = 0; i < normalized.text().length(); i++) {
      int source = normalized.sourceStart(i);
      assertThat(document.boilerplate())
          .as("normalized char %d from source %d", i, source)
          .noneMatch(span -> span.contains(source));
    }
    assertThat(normalized.text()).doesNotContain("— 2 —");
    // The header's words remain only where they are body text: the cover heading of page 1 (two
    // lines, joined).
    assertThat(document.text().split("2019年年度报告", -1)).hasSize(6);
    assertThat(normalized.text().split("2019年年度报告", -1)).hasSize(2);
    String phrase = "经营情况讨论与分析";
    int at = normalized.text().indexOf(phrase);
    assertThat(at).isGreaterThanOrEqualTo(0);
    int sourceStart = normalized.sourceStart(at);
    assertThat(document.text().substring(sourceStart, normalized.sourceEnd(at + phrase.length())))
        .isEqualTo(phrase);
    assertThat(document.pageAt(sourceStart)).contains(2);
  }

  @Test
  void grantTableRowStaysOnOneLine() {
    ExtractedDocument document = extract(TestCorpus.file(REPORT), REPORT);

    assertThat(document.text())
        .containsPattern("(?m)^新疆籍员工稳岗补贴[ \\t]+1,234,567\\.00[ \\t]+其他收益[ \\t]+1,234,567\\.00$");
    int at = document.text().indexOf("新疆籍员工稳岗补贴 1,234,567.00");
    assertThat(document.pageAt(at)).contains(3);
  }

  @Test
  void twoColumnPageWrittenColumnByColumnReadsLeftColumnFirst() {
    ExtractedDocument document = extract(TestCorpus.file(REPORT), REPORT);

    String text = document.text();
    int left = text.indexOf("5,836人，其中来自新疆和田地区的少数民族员工");
    int right = text.indexOf("公司积极履行社会责任");
    assertThat(left).isPositive();
    assertThat(right).isGreaterThan(left);
  }

  /**
   * A two-column page whose content stream draws the lines row by row (left line, right line, left
   * line …) reads column by column; the full-width heading above the columns stays first and the
   * centred page number below them stays last.
   */
  @Test
  void twoColumnPageDrawnRowByRowReadsLeftColumnThenRightColumn() throws IOException {
    // Columns of 20 characters at 12 pt (240 pt) with a 20 pt gutter, as on an A4 report page.
    String[] left = {"报告期内公司共有员工五千八百三十六人，其中", "来自新疆和田地区的少数民族员工一千二百人，", "均签订劳动合同并缴纳社会保险。"};
    String[] right = {"公司积极履行社会责任，坚持依法合规经营，在", "员工权益保护、安全生产和环境保护等方面持", "续投入，报告期内未发生重大事故。"};
    List<Fixtures.Line> lines = new java.util.ArrayList<>();
    lines.add(new Fixtures.Line(200, 790, "第三节 履行社会责任情况"));
    for (int i = 0; i < left.length; i++) {
      lines.add(new Fixtures.Line(50, 760 - 20 * i, left[i]));
      lines.add(new Fixtures.Line(310, 760 - 20 * i, right[i]));
    }
    lines.add(new Fixtures.Line(280, 60, "— 7 —"));
    Path pdf = Fixtures.pdf(dir.resolve("rows.pdf"), List.of(Fixtures.SINGLE_LINE_PAGE, lines));

    ExtractedDocument document = extract(pdf, "rows.pdf");

    String page2 =
        "第三节 履行社会责任情况\n" + String.join("\n", left) + "\n" + String.join("\n", right) + "\n— 7 —\n";
    String text = document.text();
    assertThat(text).endsWith(page2);
    int start = text.length() - page2.length();
    assertThat(document.pages()).hasSize(2);
    assertThat(document.pages().get(1)).isEqualTo(new PageSpan(2, start, text.length()));
    assertThat(document.pages().get(0).end()).isLessThanOrEqualTo(start);
    assertThat(text.substring(document.pages().get(0).start(), document.pages().get(0).end()))
        .contains(Fixtures.SINGLE_LINE_PAGE.get(0).text());
  }

  /** A page with one column and a gap-separated line or two is left exactly in stream order. */
  @Test
  void singleColumnPageWithSpacedLinesKeepsStreamOrder() throws IOException {
    List<Fixtures.Line> lines =
        List.of(
            new Fixtures.Line(60, 760, "公司名称 青岚纺织科技有限公司"),
            new Fixtures.Line(60, 740, "注册地址 新疆维吾尔自治区和田地区"),
            new Fixtures.Line(60, 720, "本报告期内公司主营业务未发生变化，经营情况良好。"));
    Path pdf = Fixtures.pdf(dir.resolve("single.pdf"), List.of(lines));

    String text = extract(pdf, "single.pdf").text();

    assertThat(text)
        .isEqualTo("公司名称 青岚纺织科技有限公司\n注册地址 新疆维吾尔自治区和田地区\n" + "本报告期内公司主营业务未发生变化，经营情况良好。\n");
  }

  /**
   * A wide table drawn row by row has a gap down its middle like a gutter, but its cells are not
   * prose: every row stays one line, in the order drawn.
   */
  @Test
  void wideTableIsNotReadAsTwoColumns() throws IOException {
    List<Fixtures.Line> lines = new java.util.ArrayList<>();
    String[][] rows = {
      {"新疆籍员工稳岗补贴", "1,234,567.00", "其他收益", "1,234,567.00"},
      {"南疆转移就业奖励资金", "456,000.00", "营业外收入", "456,000.00"},
      {"职业技能培训补贴款", "88,500.00", "其他收益", "88,500.00"},
    };
    float y = 760;
    for (String[] row : rows) {
      lines.add(new Fixtures.Line(40, y, row[0]));
      lines.add(new Fixtures.Line(190, y, row[1]));
      lines.add(new Fixtures.Line(320, y, row[2]));
      lines.add(new Fixtures.Line(450, y, row[3]));
      y -= 20;
    }
    Path pdf = Fixtures.pdf(dir.resolve("table.pdf"), List.of(lines));

    String text = extract(pdf, "table.pdf").text();

    assertThat(text.lines().toList())
        .containsExactly(
            "新疆籍员工稳岗补贴 1,234,567.00 其他收益 1,234,567.00",
            "南疆转移就业奖励资金 456,000.00 营业外收入 456,000.00",
            "职业技能培训补贴款 88,500.00 其他收益 88,500.00");
  }

  /**
   * A tight table whose cells sit close together and whose rows join Chinese cells with a gap (as a
   * two-column row would) still keeps its rows: its amount column is numbers, not prose.
   */
  @Test
  void tightTableWithChineseCellsIsNotReadAsTwoColumns() throws IOException {
    String[][] rows = {
      {"新疆籍员工稳岗补贴", "其他收益", "1,234,567.00", "元"},
      {"南疆转移就业奖励金", "营业外收", "456,000.00", "元"},
      {"职业技能培训补贴款", "其他收益", "88,500.00", "元"},
    };
    List<Fixtures.Line> lines = new java.util.ArrayList<>();
    float y = 760;
    for (String[] row : rows) {
      lines.add(new Fixtures.Line(50, y, row[0]));
      lines.add(new Fixtures.Line(170, y, row[1]));
      lines.add(new Fixtures.Line(230, y, row[2]));
      lines.add(new Fixtures.Line(314, y, row[3]));
      y -= 20;
    }
    Path pdf = Fixtures.pdf(dir.resolve("tight.pdf"), List.of(lines));

    String text = extract(pdf, "tight.pdf").text();

    assertThat(text.lines().toList())
        .containsExactly(
            "新疆籍员工稳岗补贴 其他收益 1,234,567.00 元",
            "南疆转移就业奖励金 营业外收 456,000.00 元",
            "职业技能培训补贴款 其他收益 88,500.00 元");
  }

  /**
   * A list of labels and values in two columns is not read column by column, though every cell is
   * Chinese: the values stand far from their labels, unlike the lines of two full columns.
   */
  @Test
  void labelValueListIsNotReordered() throws IOException {
    List<Fixtures.Line> lines =
        List.of(
            new Fixtures.Line(60, 760, "法定代表人"),
            new Fixtures.Line(320, 760, "张三丰先生"),
            new Fixtures.Line(60, 740, "注册地址"),
            new Fixtures.Line(320, 740, "新疆和田市北京路"),
            new Fixtures.Line(60, 720, "经营范围"),
            new Fixtures.Line(320, 720, "纺织品生产与销售"));
    Path pdf = Fixtures.pdf(dir.resolve("pairs.pdf"), List.of(lines));

    String text = extract(pdf, "pairs.pdf").text();

    assertThat(text.lines().toList())
        .containsExactly("法定代表人 张三丰先生", "注册地址 新疆和田市北京路", "经营范围 纺织品生产与销售");
  }
}
