package org.zhengju.index.facade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengju.Zhengju;
import org.zhengju.ingest.IngestListener;

/** The facade keeps one searcher open between searches and still sees what a later ingest adds. */
class FacadeSearchTest {

  @Test
  void searchAfterASecondIngestSeesTheNewDocuments(@TempDir Path tmp) throws Exception {
    Path first = Files.createDirectories(tmp.resolve("first"));
    Path second = Files.createDirectories(tmp.resolve("second"));
    Files.writeString(first.resolve("a.txt"), "墨玉县组织农村富余劳动力转移就业。\n");
    Files.writeString(second.resolve("b.txt"), "洛浦县组织第二批富余劳动力转移就业。\n");
    try (Zhengju zj = Zhengju.builder().index(tmp.resolve("idx")).build()) {
      zj.ingest(List.of(first), IngestListener.NONE);
      assertThat(zj.search("富余劳动力", 10).total()).isEqualTo(1);
      assertThat(zj.search("墨玉县", 10).total()).isEqualTo(1);
      zj.ingest(List.of(second), IngestListener.NONE);
      assertThat(zj.search("富余劳动力", 10).total()).isEqualTo(2);
      assertThat(zj.search("洛浦县", 10).hits())
          .singleElement()
          .extracting(h -> h.source())
          .isEqualTo("b.txt");
    }
  }
}
