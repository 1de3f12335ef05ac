package org.zhengju.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.zhengju.index.internal.ChineseAnalyzers;

/**
 * Measures which analysis finds multi-character words and phrases without single-character noise,
 * on hand-labelled query/passage pairs: the chosen bigram chain (unigrams indexed, bigram-phrase
 * queries) against SmartChineseAnalyzer. Prints precision and recall of both; requires the chosen
 * chain to find every relevant passage and to be wrong only on the labelled word-boundary cases.
 */
class AnalyzerComparisonTest {

  /** A query, a passage, and whether a user would expect the passage to be found. */
  record Case(String query, String passage, boolean relevant) {}

  static final List<Case> CASES =
      List.of(
          new Case("劳动力转移", "农村富余劳动力有组织转移", false),
          new Case("劳动力转移", "组织农村劳动力转移就业", true),
          new Case("转移", "推进转移就业工作", true),
          new Case("就业", "开展转移就业培训", true),
          new Case("有限公司", "本公司承担有限责任", false),
          new Case("有限公司", "青岚纺织科技有限公司", true),
          new Case("棉", "收购棉花三千吨", true),
          new Case("棉", "纺织品出口增长", false),
          new Case("富余劳动力", "农村富余劳动力有组织转移", true),
          new Case("职业技能培训", "开展职业技能培训班", true),
          new Case("培训中心", "县职业技能教育培训中心", true),
          new Case("和田", "和田地区墨玉县", true),
          new Case("补贴", "发放稳岗补贴资金", true),
          new Case("南疆", "南京的疆外企业", false),
          new Case("对口援疆", "对口支援新疆", false),
          new Case("服装", "纺织服装产业园", true),
          new Case("劳务派遣", "劳务输出和派遣", false),
          new Case("\"新疆 补贴\"~10", "新疆籍员工每人发放补贴", true),
          new Case("墨玉", "墨玉县招聘会", true),
          new Case("援疆", "对口援疆工作", true),
          // Bigrams cannot see word boundaries: these two are the price of never missing a word.
          new Case("工资", "提供加工资料和图纸", false),
          new Case("人才", "培训合格的工人才能上岗", false));

  static final List<Case> BIGRAM_BOUNDARY_CASES = CASES.subList(CASES.size() - 2, CASES.size());

  /** Precision and recall of one analysis over {@link #CASES}. */
  record Score(int truePositives, int falsePositives, int falseNegatives, List<Case> wrong) {
    double precision() {
      return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  @Test
  void bigramChainGetsEveryLabelledPairRightAndSmartCnIsMeasured() throws Exception {
    Score bigrams;
    try (Analyzer index = ChineseAnalyzers.forIndexing();
        Analyzer query = ChineseAnalyzers.forQueries()) {
      bigrams = score("bigram", index, query);
    }
    Score smart;
    try (Analyzer smartcn = new SmartChineseAnalyzer()) {
      smart = score("smartcn", smartcn, smartcn);
    }
    System.out.printf(
        "bigram  P=%.2f R=%.2f tp=%d fp=%d fn=%d%nsmartcn P=%.2f R=%.2f tp=%d fp=%d fn=%d%n",
        bigrams.precision(),
        bigrams.recall(),
        bigrams.truePositives(),
        bigrams.falsePositives(),
        bigrams.falseNegatives(),
        smart.precision(),
        smart.recall(),
        smart.truePositives(),
        smart.falsePositives(),
        smart.falseNegatives());
    assertThat(bigrams.wrong()).containsExactlyElementsOf(BIGRAM_BOUNDARY_CASES);
    assertThat(bigrams.falseNegatives()).isZero();
    assertThat(bigrams.recall()).isGreaterThan(smart.recall());
  }

  private static Score score(String name, Analyzer indexAnalyzer, Analyzer queryAnalyzer)
      throws IOException, ParseException {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    List<Case> wrong = new java.util.ArrayList<>();
    for (Case c : CASES) {
      boolean found = matches(indexAnalyzer, queryAnalyzer, c);
      if (found != c.relevant()) {
        System.out.println(name + " wrong on " + c + " found=" + found);
        wrong.add(c);
      }
      if (found && c.relevant()) tp++;
      else if (found) fp++;
      else if (c.relevant()) fn++;
    }
    return new Score(tp, fp, fn, wrong);
  }

  private static boolean matches(Analyzer indexAnalyzer, Analyzer queryAnalyzer, Case c)
      throws IOException, ParseException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
        Document d = new Document();
        d.add(new TextField("f", c.passage(), Field.Store.NO));
        w.addDocument(d);
      }
      QueryParser parser = new QueryParser("f", queryAnalyzer);
      parser.setSplitOnWhitespace(true);
      parser.setAutoGeneratePhraseQueries(true);
      parser.setDefaultOperator(QueryParser.AND_OPERATOR);
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return new IndexSearcher(r).count(parser.parse(c.query())) > 0;
      }
    }
  }
}
