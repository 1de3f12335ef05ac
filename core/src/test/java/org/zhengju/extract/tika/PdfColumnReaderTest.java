package org.zhengju.extract.tika;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pages are worth rereading for their columns. */
class PdfColumnReaderTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "左栏第一行甲乙丙 右栏第一行子丑寅\\n左栏第二行丁戊己 右栏第二行卯辰巳\\n | true",
        "左栏第一行，其中 右栏第一行子丑寅\\n左栏第二行丁戊己\\t右栏第二行卯辰巳 | true",
        "左栏第一行甲乙丙 右栏第一行子丑寅\\n本行没有空格只是正文\\n | false",
        "序号 供应商名称 采购额 占年度采购总额比例\\n1 青岚纺织科技有限公司 14,862.50 13.88%\\n | false",
        "新疆籍员工稳岗补贴 1,234,567.00 其他收益\\n南疆转移就业奖励 456,000.00 营业外收入\\n | false",
        "法定代表人 张三丰先生\\n注册地址 新疆和田市北京路\\n | true",
        "公司主要从事针织服装的设计、生产与销售。\\n产品以出口欧美市场为主。\\n | false",
        " | false",
      })
  void pageIsExaminedOnlyWithTwoRowsOfLongChineseRunsSplitByAGap(String text, boolean expected) {
    String page = text == null ? "" : text.replace("\\n", "\n").replace("\\t", "\t");

    assertThat(PdfColumnReader.twoSplitRows(page)).isEqualTo(expected);
  }
}
