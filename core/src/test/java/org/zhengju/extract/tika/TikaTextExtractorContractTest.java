package org.zhengju.extract.tika;

import java.io.IOException;
import java.nio.file.Path;
import org.zhengju.extract.TextExtractor;
import org.zhengju.extract.TextExtractorContract;

class TikaTextExtractorContractTest extends TextExtractorContract {

  private final TikaTextExtractor extractor = new TikaTextExtractor();

  @Override
  protected TextExtractor extractor() {
    return extractor;
  }

  @Override
  protected Path validSample(Path dir) throws IOException {
    return Fixtures.simplePdf(dir.resolve("sample.pdf"), "第一页：阿克苏地区", "第二页：喀什地区");
  }
}
