package org.zhengju.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengju.document.DocumentMetadata;
import org.zhengju.document.ExtractedDocument;
import org.zhengju.document.PageSpan;
import org.zhengju.document.TextSpan;

class ChineseTextNormalizerBoilerplateTest {

  private static final String SHA = "0".repeat(64);
  private final ChineseTextNormalizer normalizer = new ChineseTextNormalizer();

  private static ExtractedDocument document(String text, List<TextSpan> boilerplate) {
    return new ExtractedDocument(
        "a.pdf",
        SHA,
        "application/pdf",
        text,
        List.of(new PageSpan(1, 0, text.length())),
        DocumentMetadata.EMPTY,
        boilerplate);
  }

  @Test
  void sentenceRunningAcrossFooterAndHeaderIsJoinedAndMapsBack() {
    String text = "年报标题\n公司吸纳新疆籍\n— 1 —\n年报标题\n员工612人。\n— 2 —\n";
    List<TextSpan> boilerplate =
        List.of(
            new TextSpan(0, 4), new TextSpan(13, 18), new TextSpan(19, 23), new TextSpan(32, 37));

    NormalizedText normalized = normalizer.normalize(document(text, boilerplate));

    assertThat(normalized.text()).isEqualTo("公司吸纳新疆籍员工612人。");
    int staff = normalized.text().indexOf("员工");
    assertThat(normalized.sourceStart(staff)).isEqualTo(24);
    assertThat(normalized.sourceEnd(staff + 2)).isEqualTo(26);
    assertThat(normalized.sourceStart(0)).isEqualTo(5);
    assertThat(normalized.map().sourceLength()).isEqualTo(text.length());
  }

  @Test
  void withoutBoilerplateItIsTheSameAsNormalizingTheText() {
    String text = "年报标题\n公司吸纳新疆籍\n员工612人。\n";

    NormalizedText fromDocument = normalizer.normalize(document(text, List.of()));
    NormalizedText fromText = normalizer.normalize(text);

    assertThat(fromDocument.text()).isEqualTo(fromText.text());
    for (int i = 0; i <= fromText.text().length(); i++) {
      assertThat(fromDocument.sourceStart(i)).isEqualTo(fromText.sourceStart(i));
    }
  }

  @Test
  void theDefaultMethodOfTheInterfaceIgnoresBoilerplate() {
    TextNormalizer plain = normalizer::normalize;
    String text = "年报标题\n正文。\n";

    assertThat(plain.normalize(document(text, List.of(new TextSpan(0, 4)))).text())
        .isEqualTo(normalizer.normalize(text).text());
  }
}
