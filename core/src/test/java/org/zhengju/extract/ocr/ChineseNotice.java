package org.zhengju.extract.ocr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;

/** A short Chinese notice drawn with a real CJK font, as a clean 300-dpi scan would show it. */
final class ChineseNotice {

  /** The notice's lines, the reference text for character error rates. */
  static final List<String> LINES =
      List.of(
          "关于组织农村富余劳动力转移就业的通知",
          "青岚纺织科技有限公司：",
          "根据自治区有关文件精神，现将2021年转移就业工作安排如下。",
          "每名新疆籍员工稳岗补贴标准为2000元/人。",
          "特此通知。");

  static final String TEXT = String.join("\n", LINES);

  private static final File FONT_FILE = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

  private ChineseNotice() {}

  /** The CJK font at {@code pixelSize}, or the test is skipped with the package to install. */
  static Font font(float pixelSize) throws IOException, FontFormatException {
    assumeTrue(
        FONT_FILE.isFile(),
        "SKIPPED: CJK font "
            + FONT_FILE
            + " is missing, cannot draw Chinese test pages:"
            + " apt-get install fonts-wqy-zenhei");
    return Font.createFont(Font.TRUETYPE_FONT, FONT_FILE).deriveFont(pixelSize);
  }

  /**
   * Draws the notice black on white, 12 pt text at 300 dpi (50 px), on a {@code width}×{@code
   * height} grey image.
   */
  static BufferedImage image(int width, int height) throws IOException, FontFormatException {
    return image(width, height, 1);
  }

  /** Draws the notice {@code repeats} times, one copy below the other. */
  static BufferedImage image(int width, int height, int repeats)
      throws IOException, FontFormatException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.BLACK);
      g.setFont(font(50f));
      int y = 150;
      for (int copy = 0; copy < repeats; copy++) {
        for (String line : LINES) {
          g.drawString(line, 120, y);
          y += 90;
        }
      }
    } finally {
      g.dispose();
    }
    return image;
  }
}
