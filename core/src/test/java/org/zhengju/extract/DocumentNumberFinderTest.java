package org.zhengju.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentNumberFinderTest {

  private final DocumentNumberFinder finder = new DocumentNumberFinder();

  static Stream<Arguments> numbered() {
    return Stream.of(
        Arguments.of("新疆维吾尔自治区人民政府文件\n新政发〔2020〕16号\n关于…", "新政发〔2020〕16号"),
        Arguments.of("喀署办发[2018]7号", "喀署办发[2018]7号"),
        Arguments.of("和政办发（2019）123号", "和政办发（2019）123号"),
        Arguments.of("兵办发【2017】1号", "兵办发【2017】1号"),
        Arguments.of("阿地发(2021)9号", "阿地发(2021)9号"),
        Arguments.of("根据《通知》（新人社发〔2019〕45号）要求", "新人社发〔2019〕45号"),
        Arguments.of("新政发〔2020〕16号和新政发〔2020〕17号", "新政发〔2020〕16号"),
        Arguments.of("根据新政发〔2020〕16号文件精神", "新政发〔2020〕16号"),
        Arguments.of("按照喀地发〔2018〕3号要求", "喀地发〔2018〕3号"),
        Arguments.of("依据和政办发（2019）123号执行", "和政办发（2019）123号"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbered")
  void findsTheFirstDocumentNumberAsPrinted(String text, String expected) {
    assertThat(finder.find(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2020年16号文件 | ",
        "新政发〔1899〕16号 | ",
        "新政发〔2020〕12345号 | ",
        "第16号令 | ",
      })
  void findsNothingInTextWithoutADocumentNumber(String text, String ignored) {
    assertThat(finder.find(text)).isEmpty();
  }
}
