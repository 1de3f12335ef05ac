package org.zhengju.index.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhengju.Zhengju;
import org.zhengju.ingest.IngestListener;
import org.zhengju.ingest.IngestReport;
import org.zhengju.search.SearchHit;
import org.zhengju.testdata.GoldQuery;
import org.zhengju.testdata.TestCorpus;

/**
 * The hand-written search queries of testdata/gold/queries.tsv over the whole bundled corpus,
 * ingested through the library's facade into a Lucene index (rules only): expected files among the
 * hits, excluded files never hit.
 */
class GoldQueriesTest {
  @TempDir static Path index;
  static Zhengju zhengju;

  @BeforeAll
  static void ingestCorpus() throws Exception {
    zhengju = Zhengju.builder().index(index).build();
    IngestReport report = zhengju.ingest(List.of(TestCorpus.root()), IngestListener.NONE);
    assertThat(report.hasFailures()).as("corpus ingests without failures").isFalse();
  }

  @AfterAll
  static void close() throws Exception {
    zhengju.close();
  }

  /**
   * Queries whose answer needs CoreNLP (gold note {@code ner-only}) run in the CLI module's NER
   * evaluation.
   */
  static Stream<GoldQuery> queries() throws Exception {
    return TestCorpus.queries().stream().filter(q -> !q.note().contains("ner-only"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void goldQueryFindsItsFilesAndNotTheExcludedOnes(GoldQuery q) throws Exception {
    Set<String> sources =
        zhengju.search(q.query(), 1000).hits().stream()
            .map(SearchHit::source)
            .collect(Collectors.toSet());
    assertThat(sources).as("hits of %s (%s)", q.query(), q.note()).containsAll(q.expected());
    if (!q.excluded().isEmpty())
      assertThat(sources)
          .as("hits of %s (%s)", q.query(), q.note())
          .doesNotContainAnyElementsOf(q.excluded());
  }
}
