package org.zhengju.extract.ocr;

import java.io.IOException;

/**
 * Runs the {@link OcrEngine} contract against the real Tesseract engine (skipped loudly if not
 * installed).
 */
class TesseractOcrEngineContractTest extends OcrEngineContract {

  @Override
  protected OcrEngine openEngine() throws IOException, InterruptedException {
    return Tesseract.openOrSkip();
  }
}
