package org.zhengju.extract.tika;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.zhengju.extract.ocr.OcrEngine;
import org.zhengju.extract.ocr.OcrResult;

/** Answers "第N页识别文字" for page N and records which pages it was asked to recognize. */
final class RecordingOcrEngine implements OcrEngine {
  final List<Integer> recognized = new CopyOnWriteArrayList<>();

  static String textOf(int page) {
    return "第" + page + "页识别文字";
  }

  @Override
  public OcrResult recognize(BufferedImage page, int pageNumber) {
    recognized.add(pageNumber);
    return new OcrResult(pageNumber, textOf(pageNumber), Duration.ZERO);
  }

  @Override
  public String name() {
    return "recording";
  }

  @Override
  public String version() {
    return "recording 1.0";
  }
}
