package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Documents that arrive wrapped in a container: an email forwarding a notice as a PDF attachment,
 * and a web capture (WARC) of a county news site. All names of companies, people and sites are
 * fictional.
 */
final class CaptureDocuments {
  static final String MAIL = "mail/yutian_hr_forward_2020.eml";
  static final String ATTACHMENT = "第二批转移就业通知.pdf";
  static final String WARC = "web/minfeng_news_capture_2021.warc.gz";
  static final String SENDOFF_URL =
      "http://www.niyazhisheng.example/xwzx/2021-04/13/content_3107.html";
  static final String TREES_URL =
      "http://www.niyazhisheng.example/xwzx/2021-04/13/content_3108.html";

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset GB18030 = Charset.forName("GB18030");

  private CaptureDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    PdfComposer.GeneratedPdf notice = yutianNotice();
    out.write(MAIL, yutianForward(notice.bytes()));
    out.writeGroundTruth(MAIL + "!/" + ATTACHMENT, notice.transcript());
    out.write(WARC, minfengCapture());
  }

  /**
   * A bureau staffer forwards the county notice to the townships: GB18030 body and subject, PDF
   * attached.
   */
  static byte[] yutianForward(byte[] attachment) throws IOException {
    String body =
        """
        各乡（镇）劳动保障所：

        现将县人社局《关于组织第二批农村富余劳动力转移就业的通知》（于人社发〔2020〕5号）转发给你们，\
        请按通知要求于3月20日前将报名花名册汇总报县就业服务局。通知全文见附件，请注意查收。

        县就业服务局 赵丽
        联系电话：0903-6800000
        """;
    return new MimeMail(
            "赵丽 <zhaoli@yutian-jyj.example>",
            "各乡镇劳动保障所 <xiangzhen@yutian-jyj.example>",
            "转发：关于组织第二批农村富余劳动力转移就业的通知",
            "Mon, 9 Mar 2020 10:24:00 +0800",
            "<20200309102400.5@yutian-jyj.example>",
            GB18030)
        .render(body, List.of(new MimeMail.Attachment(ATTACHMENT, "application/pdf", attachment)));
  }

  /** The attached county notice: born-digital, naming the receiving company in Fujian. */
  static PdfComposer.GeneratedPdf yutianNotice() throws IOException {
    try (PdfComposer pdf =
        new PdfComposer(
            "关于组织第二批农村富余劳动力转移就业的通知", "于田县人力资源和社会保障局", PdfComposer.utc(2020, 3, 6), "")) {
      pdf.heading("于田县人力资源和社会保障局", 18f);
      pdf.heading("关于组织第二批农村富余劳动力转移就业的通知", 14f);
      pdf.heading("于人社发〔2020〕5号", 10.5f);
      pdf.paragraph("各乡（镇）人民政府，县直有关单位：");
      pdf.paragraph(
          "为落实和田地区2020年农村富余劳动力转移就业工作任务，经县劳动力转移就业工作领导小组研究，决定开展第二批" + "疆外有组织转移就业工作。现将有关事项通知如下：");
      pdf.paragraph(
          "一、经与福建省对口协作部门对接，县人社局组织第二批富余劳动力120人赴闽溪鞋服有限公司务工，企业位于福建省"
              + "泉州市，实行集中食宿、统一管理，试用期月工资不低于2800元。");
      pdf.paragraph("二、各乡（镇）要按照“应转尽转”的要求做好摸底动员，于3月20日前将报名花名册报县就业服务局。");
      pdf.paragraph("三、出发前由县就业服务局组织为期15天的岗前培训和国语培训，每40人配备1名带队干部，随队驻厂开展管理服务。");
      pdf.paragraph("四、对稳定就业满6个月的转移人员，按每人2000元标准给予一次性交通补贴。");
      pdf.skip(12f);
      pdf.paragraph("于田县人力资源和社会保障局");
      pdf.paragraph("2020年3月6日");
      return pdf.toGenerated();
    }
  }

  /**
   * Two captured pages of a county news site, each a request and a response record, gzipped per
   * record.
   */
  static byte[] minfengCapture() throws IOException {
    WarcFile warc = new WarcFile("20210413032000-niyazhisheng");
    warc.warcinfo(
        "2021-04-13T03:20:00Z",
        "software: zhengju-testdata CorpusGenerator\r\nformat: WARC File Format 1.1\r\n");
    warc.exchange(SENDOFF_URL, "2021-04-13T03:20:11Z", minfengSendoff().getBytes(GBK));
    warc.exchange(TREES_URL, "2021-04-13T03:20:14Z", minfengTrees().getBytes(GBK));
    return warc.toBytes();
  }

  /**
   * GBK page (charset only in the HTML meta tag) reporting a send-off to a named receiving company.
   */
  static String minfengSendoff() throws IOException {
    String article =
        "      <h1>民丰县举行2021年第一批农村富余劳动力转移就业欢送仪式</h1>\n"
            + "      <div class=\"info\">来源：尼雅之声网　2021-04-12 18:40</div>\n"
            + HtmlPage.paragraphs(
                "4月12日上午，民丰县在县人民广场举行2021年第一批农村富余劳动力转移就业欢送仪式。来自若克雅乡、萨勒吾则克乡等"
                    + "5个乡镇的98名农村富余劳动力将乘坐包车赴湘岳服饰有限公司务工，从事服装缝制、整烫等工作。",
                "出发前，县人社局组织务工人员开展了为期20天的国语、法律法规和岗前技能培训，并选派3名带队干部随队驻厂，"
                    + "做好务工人员的日常管理和思想教育工作。企业提供集中食宿，月工资3000元以上。",
                "今年以来，民丰县已累计组织农村富余劳动力转移就业600余人次。");
    return page("民丰县举行2021年第一批农村富余劳动力转移就业欢送仪式_尼雅之声网", article);
  }

  /**
   * An unrelated page of the same site: spring tree planting, no company and no programme
   * vocabulary.
   */
  static String minfengTrees() throws IOException {
    String article =
        "      <h1>民丰县开展春季义务植树活动</h1>\n"
            + "      <div class=\"info\">来源：尼雅之声网　2021-04-12 17:05</div>\n"
            + HtmlPage.paragraphs(
                "4月11日，民丰县组织县直机关干部职工在尼雅河沿岸开展春季义务植树活动，共栽植红柳、梭梭等苗木1.2万株。",
                "活动现场，大家分工协作，挖坑、扶苗、培土、浇水，一派繁忙景象。据介绍，今年全县计划完成植树造林3000亩。");
    return page("民丰县开展春季义务植树活动_尼雅之声网", article);
  }

  private static String page(String title, String article) throws IOException {
    String html =
        new HtmlPage(
                "zh-CN",
                "<meta charset=\"gbk\">",
                title,
                List.of("首页", "新闻中心", "乡镇动态", "图片新闻", "政策解读"),
                "当前位置：<a href=\"#\">首页</a> &gt; <a href=\"#\">新闻中心</a>",
                article,
                "      <h3>最新发布</h3>\n      <p><a href=\"#\">民丰县召开春耕生产工作会议</a></p>\n",
                "    <p>尼雅之声网 版权所有</p>\n")
            .render();
    // fail at generation time rather than write '?' for a character GBK cannot hold
    CorpusOutput.encodeStrictly(html, GBK);
    return html;
  }
}
