package org.zhengju.index.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zhengju.entity.CompanyName;
import org.zhengju.evidence.EvidenceItem;
import org.zhengju.evidence.Grade;
import org.zhengju.lexicon.Category;
import org.zhengju.store.DocumentRecord;

class DocumentRecordJsonTest {
  private static final String SHA = "b".repeat(64);
  private final DocumentRecordJson json = new DocumentRecordJson();

  private static DocumentRecord record(EvidenceItem... evidence) {
    return new DocumentRecord(
        "reports/jinfan.pdf",
        SHA,
        "application/pdf",
        Optional.of("/corpus/reports/jinfan.pdf"),
        "indexed",
        Optional.empty(),
        List.of(
            new CompanyName("金帆服饰股份有限公司", List.of("金帆服饰"), Optional.empty()),
            new CompanyName("青岚纺织科技有限公司", List.of(), Optional.of("91330621MA2BQL0017"))),
        List.of(evidence));
  }

  private static final EvidenceItem SUPPLY_ROW =
      new EvidenceItem(
          "金帆服饰股份有限公司",
          "reports/jinfan.pdf",
          SHA,
          Optional.of(1),
          196,
          238,
          "1 青岚纺织科技有限公司 14,862.50 13.88%",
          Set.of(),
          Grade.D,
          "top-five supplier: 青岚纺织科技有限公司",
          Optional.of("青岚纺织科技有限公司"));

  private static final EvidenceItem SUBSIDY_ROW =
      new EvidenceItem(
          "金帆服饰股份有限公司",
          "reports/jinfan.pdf",
          SHA,
          Optional.empty(),
          10,
          30,
          "新疆籍员工稳岗补贴 1,234,567.00",
          Set.of(Category.SUBSIDY, Category.XINJIANG_PLACE),
          Grade.B,
          "own filing reports a Xinjiang-labour subsidy");

  @Test
  void roundTripsEvidenceWithAndWithoutACounterparty() throws IOException {
    DocumentRecord r = record(SUPPLY_ROW, SUBSIDY_ROW);
    String written = json.write(r);
    assertThat(written).contains("\"counterparty\":\"青岚纺织科技有限公司\"");
    DocumentRecord read = json.read(written);
    assertThat(read).isEqualTo(r);
    assertThat(read.evidence().get(0).counterparty()).contains("青岚纺织科技有限公司");
    assertThat(read.evidence().get(1).counterparty()).isEmpty();
  }

  @Test
  void readsRecordsWrittenBeforeEvidenceHadACounterparty() throws IOException {
    String written = json.write(record(SUBSIDY_ROW));
    String older = written.replace(",\"counterparty\":null", "");
    assertThat(older).doesNotContain("counterparty");
    assertThat(json.read(older)).isEqualTo(record(SUBSIDY_ROW));
  }

  @Test
  void reportsADamagedBlobAsAnIOException() {
    assertThatThrownBy(() -> json.read("{\"source\": 3, \"evidence\": ["))
        .isInstanceOf(IOException.class);
  }
}
