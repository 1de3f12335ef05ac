package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/** A quota spreadsheet and a ZIP of working papers (nested folder, embedded PDF and text). */
final class TableDocuments {
  private TableDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    out.write("tables/pishan_transfer_quota_2020.xlsx", pishanQuota());
    out.write("archives/qira_transfer_materials_2018.zip", qiraArchive());
  }

  /** Three sheets: township quotas with receiving companies, company facts, subsidy rates. */
  static byte[] pishanQuota() throws IOException {
    try (XlsxBuilder xlsx = new XlsxBuilder()) {
      xlsx.sheet(
          "转移就业计划",
          List.of(
              List.of("皮山县2020年农村富余劳动力疆外有组织转移就业任务分解表"),
              List.of("乡镇", "转移人数", "接收企业", "带队干部", "出发时间"),
              List.of("固玛镇", 120, "皖江电子科技有限公司", 2, "2020年3月"),
              List.of("桑株镇", 80, "皖江电子科技有限公司", 1, "2020年3月"),
              List.of("科克铁热克乡", 60, "宣城嘉禾鞋业有限公司", 1, "2020年4月"),
              List.of("木吉镇", 90, "宣城嘉禾鞋业有限公司", 2, "2020年4月"),
              List.of("杜瓦镇", 50, "皖江电子科技有限公司", 1, "2020年5月"),
              List.of("合计", 400, "", 7, "")));
      xlsx.sheet(
          "接收企业情况",
          List.of(
              List.of("企业名称", "所在地", "岗位", "月工资（元）", "食宿安排"),
              List.of("皖江电子科技有限公司", "安徽省芜湖市", "电子元件组装", 3200, "集中食宿"),
              List.of("宣城嘉禾鞋业有限公司", "安徽省宣城市", "制鞋、针车", 3000, "集中食宿")));
      xlsx.sheet(
          "补贴标准",
          List.of(
              List.of("项目", "标准", "发放条件"),
              List.of("一次性交通补贴", "2000元/人", "有组织转移到疆外就业"),
              List.of("稳岗补贴", "每人每月300元", "稳定就业满6个月"),
              List.of("乡镇工作经费", "200元/人", "完成年度转移任务")));
      return xlsx.build("皮山县就业服务局", LocalDateTime.of(2020, 2, 20, 10, 30));
    }
  }

  /** ZIP with a top-level note, a nested folder holding a PDF bulletin and a text staffing list. */
  static byte[] qiraArchive() throws IOException {
    LocalDateTime stamp = LocalDateTime.of(2018, 6, 5, 16, 0);
    String readme =
        """
        策勒县2018年疆外转移就业工作资料汇编

        本压缩包收录：
        1. 附件/工作简报第7期.pdf
        2. 附件/在岗人员情况.txt

        策勒县人力资源和社会保障局 2018年6月
        """;
    String staffing =
        """
        策勒县第二批疆外转移就业人员在岗情况（截至2018年6月1日）

        接收企业：津海服装有限公司（天津市）
        到岗人数：150人
        在岗人数：148人
        返乡人数：2人（家庭原因，已由带队干部做好思想工作后办理请假手续）
        驻厂带队干部：3人
        """;
    return StableZip.create(
        List.of(
            new StableZip.Member("说明.txt", readme.getBytes(StandardCharsets.UTF_8)),
            new StableZip.Member("附件/", new byte[0]),
            new StableZip.Member("附件/工作简报第7期.pdf", qiraBulletin()),
            new StableZip.Member("附件/在岗人员情况.txt", staffing.getBytes(StandardCharsets.UTF_8))),
        stamp);
  }

  /** The bulletin embedded in the archive. */
  static byte[] qiraBulletin() throws IOException {
    try (PdfComposer pdf =
        new PdfComposer("策勒县劳动力转移就业工作简报第7期", "策勒县人社局", PdfComposer.utc(2018, 5, 22), "")) {
      pdf.heading("劳动力转移就业工作简报", 18f);
      pdf.heading("第7期", 12f);
      pdf.table(
          List.<String[]>of(new String[] {"策勒县劳动力转移就业工作领导小组办公室", "2018年5月22日"}),
          new float[] {0f, 330f});
      pdf.sectionTitle("我县第二批150名富余劳动力赴天津就业");
      pdf.paragraph("5月20日，我县第二批150名农村富余劳动力乘坐包机抵达天津，将在津海服装有限公司从事服装缝制工作。");
      pdf.paragraph(
          "本批务工人员来自策勒乡、固拉哈玛乡、达玛沟乡等乡镇，其中建档立卡贫困户劳动力96人。出发前，县里组织"
              + "务工人员进行了为期20天的国语、法律法规和缝纫技能集中培训，并在县文化广场举行了欢送仪式。");
      pdf.paragraph("天津市对口支援策勒县工作组协调落实了岗位和食宿，企业为务工人员安排集中住宿、统一就餐，县里选派3名" + "带队干部驻厂开展跟踪管理服务。");
      pdf.sectionTitle("下一步工作");
      pdf.paragraph("继续做好第三批转移人员的摸底动员和岗前培训，确保全年完成疆外转移就业600人的目标任务。");
      return pdf.toBytes();
    }
  }
}
