package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/** Negative controls: programme-like vocabulary or names that must not yield an A–C link. */
final class ControlDocuments {
  private ControlDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    write(out, "controls/minglan_grants_2019_zhejiang.pdf", minglanGrants());
    out.write("controls/ruifeng_denial_statement_2021.docx", ruifengStatement());
    out.writeText(
        "controls/gannan_labour_transfer_paper.txt", gannanPaper(), StandardCharsets.UTF_8);
    out.writeText(
        "controls/aksu_transfer_article_with_expo_ad.html",
        aksuArticleWithAd(),
        StandardCharsets.UTF_8);
    out.writeText(
        "controls/qinglan_trading_keqiao_news.txt", qinglanTradingNews(), StandardCharsets.UTF_8);
  }

  /**
   * Ordinary Zhejiang grant table: job-stabilisation refund and R&D grants, no Xinjiang or ethnic
   * anchor.
   */
  static PdfComposer.GeneratedPdf minglanGrants() throws IOException {
    try (PdfComposer pdf =
        new PdfComposer(
            "浙江明澜新材料股份有限公司2019年年度报告（摘录）",
            "浙江明澜新材料股份有限公司",
            PdfComposer.utc(2020, 4, 20),
            "浙江明澜新材料股份有限公司2019年年度报告")) {
      pdf.heading("浙江明澜新材料股份有限公司", 16f);
      pdf.heading("2019年年度报告（摘录）", 14f);
      pdf.sectionTitle("第十一节 财务报告（节选）");
      pdf.paragraph("公司注册地址为浙江省绍兴市上虞区经济开发区，主要从事功能性涤纶薄膜和光学基膜的研发、生产和销售。");
      pdf.paragraph("政府补助：计入当期损益的政府补助");
      pdf.table(
          List.of(
              new String[] {"", "", "单位：元　币种：人民币"},
              new String[] {"项目", "本期发生额", "与资产相关/与收益相关"},
              new String[] {"省级重点研发计划研发补助", "2,400,000.00", "与收益相关"},
              new String[] {"失业保险稳岗补贴", "356,812.40", "与收益相关"},
              new String[] {"高新技术企业认定奖励", "300,000.00", "与收益相关"},
              new String[] {"专利资助", "42,000.00", "与收益相关"},
              new String[] {"合计", "3,098,812.40", ""}),
          new float[] {0f, 190f, 300f});
      pdf.paragraph("报告期内，公司积极响应稳就业政策，未实施裁员，全年新增就业岗位120个，享受失业保险稳岗返还政策。");
      return pdf.toGenerated();
    }
  }

  /** A company's denial: Xinjiang and transfer vocabulary, but only in negation. */
  static byte[] ruifengStatement() throws IOException {
    try (DocxBuilder docx = new DocxBuilder()) {
      docx.title("瑞丰家纺有限公司")
          .title("关于网络不实信息的澄清声明")
          .paragraph("近期，部分境外媒体和网络平台发布涉及我公司的不实信息，声称我公司生产过程中使用新疆“强迫劳动”。" + "对此，本公司郑重声明如下：")
          .paragraph("一、本公司从未参与任何劳动力转移项目，也不存在使用新疆籍员工的情况。")
          .paragraph("二、本公司所用棉纱均采购自山东、河北等地供应商及进口渠道，产品不含新疆棉。")
          .paragraph("三、本公司严格遵守《中华人民共和国劳动法》《中华人民共和国劳动合同法》，全部员工均依法签订劳动合同，" + "按时足额支付工资。")
          .paragraph("四、对恶意捏造、传播不实信息的行为，本公司保留依法追究其法律责任的权利。")
          .paragraph("特此声明。")
          .right("瑞丰家纺有限公司")
          .right("2021年4月2日");
      return docx.build("瑞丰家纺有限公司", LocalDateTime.of(2021, 4, 2, 14, 0));
    }
  }

  /**
   * Academic paper on organised labour transfer in Gansu (Tibetan areas): same vocabulary, no
   * Xinjiang anchor.
   */
  static String gannanPaper() {
    return """
        民族地区农村劳动力转移就业的组织化路径研究——以甘肃省甘南藏族自治州为例

        摘要：农村劳动力转移就业是增加农牧民收入的重要途径。本文基于2018—2019年在甘南藏族自治州卓尼县、\
        临潭县的田野调查，考察了以劳务合作社为载体的组织化劳务输转模式。研究发现，合作社在岗前培训、\
        集中输送和稳定就业等环节降低了农牧民外出务工的信息成本，但也存在务工人员流动性高、技能提升有限等问题。

        关键词：劳动力转移；劳务合作社；稳定就业；甘南藏族自治州

        一、引言
        甘南藏族自治州地处青藏高原东北边缘，农牧民收入长期低于全省平均水平。“十三五”以来，当地将劳务输转作为\
        脱贫攻坚的重要抓手，2019年全州有组织劳务输转农村富余劳动力3.6万人次。

        二、案例：卓尼县绿野农民专业合作社
        卓尼县绿野农民专业合作社成立于2015年，最初从事中药材种植，2017年起兼营劳务服务。合作社与县人社部门\
        合作，每年春季组织本乡藏族、汉族富余劳动力赴青海、内蒙古等地从事建筑和季节性农业劳动，每批由合作社\
        负责人带队，务工人员自愿报名，可随时返乡。2019年合作社共输转劳动力420人次，人均务工收入1.8万元。

        三、讨论
        与政府直接组织相比，合作社模式更依赖乡村熟人网络。受访者普遍认为，岗前培训时间偏短，稳岗补贴标准\
        （每人每月300元）吸引力有限。未来应加强职业技能培训与就业服务的衔接。

        参考文献（略）
        """;
  }

  /**
   * A Xinjiang transfer article that names no company, beside an unrelated trade-fair advertisement
   * block.
   */
  static String aksuArticleWithAd() {
    String article =
        "      <h1>阿克苏地区今年有组织转移农村富余劳动力12.6万人次</h1>\n"
            + "      <div class=\"info\">来源：本站综合　2019-12-20</div>\n"
            + HtmlPage.paragraphs(
                "记者从地区人社局获悉，今年以来，阿克苏地区坚持把农村富余劳动力转移就业作为脱贫攻坚的重要举措，"
                    + "累计有组织转移农村富余劳动力12.6万人次，完成年度目标任务的105%。",
                "各县市通过摸底排查建立劳动力资源台账，开展国语和职业技能培训3.2万人次，其中疆外转移就业8600人，" + "疆内就近就地就业11.7万人次。",
                "下一步，地区将继续落实稳岗补贴和交通补贴政策，推动转移就业人员稳定就业。");
    String sidebar =
        """
              <div class="ad">
                <h3>广告</h3>
                <p>第十二届华东五金机电博览会 2020年3月 上海新国际博览中心</p>
                <p>协办单位：东岳化纤有限公司　金梭纺织机械有限公司　远航国际物流有限公司</p>
                <p>展位预订热线：021-60000000</p>
              </div>
        """;
    return new HtmlPage(
            "zh-CN",
            "<meta charset=\"utf-8\">",
            "阿克苏地区今年有组织转移农村富余劳动力12.6万人次",
            List.of("首页", "新闻", "政务", "招商"),
            "首页 &gt; 新闻 &gt; 地州动态",
            article,
            sidebar,
            "    <p>版权所有 转载请注明出处</p>\n")
        .render();
  }

  /** Business news about a trading firm whose name resembles 青岚纺织科技有限公司 but which is unrelated. */
  static String qinglanTradingNews() {
    return """
        柯桥面料外贸订单回暖

        本报讯 10月以来，绍兴柯桥中国轻纺城的面料外贸订单明显回暖。位于柯桥区华舍街道的青岚纺织品贸易有限公司\
        负责人告诉记者，公司最近接到中东和南美客户的春夏面料订单共计380万米，比去年同期增长两成。
        青岚纺织品贸易有限公司成立于2012年，是一家以化纤面料出口为主的贸易企业，在柯桥、广州设有样品展厅，\
        自身不从事生产。公司负责人表示，今年将继续拓展“一带一路”沿线市场。

        （记者 沈佳）
        """;
  }

  private static void write(CorpusOutput out, String relative, PdfComposer.GeneratedPdf pdf)
      throws IOException {
    out.write(relative, pdf.bytes());
    out.writeGroundTruth(relative, pdf.transcript());
  }
}
