package org.zhengju.testdata.generate;

import java.awt.Color;
import java.io.IOException;

/**
 * Documents that exist only as scans: pages are images with no text layer, so their text can only
 * come from OCR. All names are fictional.
 */
final class ScannedDocuments {
  static final String LUOPU_NOTICE = "notices/luopu_transfer_notice_2019_scan.pdf";

  private ScannedDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    try (ScanComposer scan = luopuNotice()) {
      out.write(LUOPU_NOTICE, scan.toBytes());
      out.writeGroundTruth(LUOPU_NOTICE, scan.transcript());
    }
  }

  /**
   * A two-page red-header notice of a county HR bureau (洛人社发〔2019〕8号); the receiving company is
   * named only on page 2.
   */
  static ScanComposer luopuNotice() throws IOException {
    ScanComposer scan =
        new ScanComposer(
            "洛浦县人力资源和社会保障局关于组织第一批富余劳动力转移就业的通知", "洛浦县人力资源和社会保障局", PdfComposer.utc(2019, 3, 12));
    scan.redHeader("洛浦县人力资源和社会保障局文件", "洛人社发〔2019〕8号");
    scan.centred("关于组织第一批富余劳动力", 20f, Color.BLACK);
    scan.centred("转移就业的通知", 20f, Color.BLACK);
    scan.skip(10f);
    scan.plain("各乡（镇）人民政府，县直有关单位：");
    scan.paragraph(
        "为贯彻落实和田地区农村富余劳动力转移就业工作会议精神，加快推进我县劳动力有组织转移就业，经县人民政府"
            + "同意，决定于2019年4月开展第一批农村富余劳动力疆外转移就业工作。现将有关事项通知如下：");
    scan.paragraph("一、各乡（镇）要按照“应转尽转”的要求，逐村逐户摸清劳动力底数，建立转移就业人员台账，于3月20日前" + "将人员名单报县就业服务局。");
    scan.paragraph("二、县就业服务局负责组织转移人员参加为期20天的岗前培训和国语培训，培训合格后统一输送。");
    scan.paragraph("三、每批转移人员按每30人配备1名带队干部，带队干部负责转移人员的日常管理和思想教育工作。");
    scan.newPage();
    scan.paragraph(
        "四、经与接收企业对接，县人社局组织第一批富余劳动力50人赴锦程鞋业有限公司务工，实行集中食宿、统一管理，" + "企业位于福建省晋江市，试用期月工资不低于2600元。");
    scan.paragraph("五、对稳定就业满6个月的转移人员，按每人1500元标准给予一次性交通补贴。");
    scan.paragraph("请各乡（镇）高度重视，按时完成转移任务。");
    scan.skip(30f);
    scan.right("洛浦县人力资源和社会保障局");
    scan.right("2019年3月12日");
    return scan;
  }
}
