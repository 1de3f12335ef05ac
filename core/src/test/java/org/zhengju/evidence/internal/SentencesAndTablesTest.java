package org.zhengju.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesAndTablesTest {

  @Test
  void splitsEnglishSentencesAtAFullStopBeforeACapitalButNotAfterLegalFormAbbreviations() {
    String s =
        "Hengyuan Apparel Co., Ltd. Annual Report. The Group had 8,215 employees in 2020. Of these, 1,136 were ethnic minority employees.";
    List<int[]> out = Sentences.split(s, 0, s.length());
    assertThat(out)
        .extracting(r -> s.substring(r[0], r[1]))
        .containsExactly(
            "Hengyuan Apparel Co., Ltd. Annual Report.",
            "The Group had 8,215 employees in 2020.",
            "Of these, 1,136 were ethnic minority employees.");
    assertThat(out.get(1)).containsExactly(42, 80);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Supplier No. 5 is Qinglan.",
        "Signed by J. Smith on behalf of the Group.",
        "Fees (see Note 6.) Were paid."
      })
  void keepsAbbreviationsInitialsAndNumberedNotesInOneSentence(String s) {
    assertThat(Sentences.split(s, 0, s.length())).hasSize(1);
  }

  @Test
  void findsTheHeaderCellAboveACellInTheSameColumn() {
    String t = "任务分解表\n乡镇\t转移人数\t接收企业\n固玛镇\t120\t皖江电子科技有限公司\n木吉镇\t90\t宣城嘉禾鞋业有限公司";
    int cell = t.indexOf("宣城嘉禾");
    int[] header = TableColumns.headerAbove(t, cell, Vocabulary.RECEIVER_COLUMN).orElseThrow();
    assertThat(header).containsExactly(6, 18, 14, 18);
    assertThat(t.substring(header[2], header[3])).isEqualTo("接收企业");
    // The township column has no receiver header; a line that is not a table row has none either.
    assertThat(TableColumns.headerAbove(t, t.indexOf("木吉镇"), Vocabulary.RECEIVER_COLUMN)).isEmpty();
    assertThat(TableColumns.headerAbove(t, 2, Vocabulary.RECEIVER_COLUMN)).isEmpty();
  }
}
