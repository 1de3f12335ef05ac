package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Company filings: a bond annual-report excerpt, an English annual-report excerpt and a controller
 * notice.
 */
final class ReportDocuments {
  private static final float[] GLOSSARY_COLUMNS = {0f, 170f, 200f};
  private static final float[] GRANT_COLUMNS = {0f, 170f, 260f, 340f};

  private ReportDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    write(out, "reports/qinglan_bond_annual_report_2019_excerpt.pdf", qinglanReport());
    out.writeText(
        "reports/hengyuan_annual_report_2020_en.html", hengyuanEnglish(), StandardCharsets.UTF_8);
    write(out, "reports/kenyuan_controller_change_2021.pdf", kenyuanNotice());
    write(out, "reports/jinfan_top_suppliers_2020_excerpt.pdf", jinfanSuppliers());
  }

  /**
   * Four pages: glossary (释义), company facts, a two-column discussion page, and a grant table in 元.
   */
  static PdfComposer.GeneratedPdf qinglanReport() throws IOException {
    try (PdfComposer pdf =
        new PdfComposer(
            "青岚纺织科技有限公司公司债券2019年年度报告（摘录）",
            "青岚纺织科技有限公司",
            PdfComposer.utc(2020, 4, 28),
            "青岚纺织科技有限公司公司债券2019年年度报告")) {
      pdf.heading("青岚纺织科技有限公司", 18f);
      pdf.heading("公司债券2019年年度报告（摘录）", 15f);
      pdf.table(
          List.<String[]>of(new String[] {"债券简称：19青岚01", "债券代码：155977"}), new float[] {60f, 260f});
      pdf.sectionTitle("第一节 释义");
      pdf.paragraph("在本年度报告中，除非文义另有所指，下列词语具有如下含义：");
      pdf.table(
          List.of(
              new String[] {"公司、本公司、青岚纺织", "指", "青岚纺织科技有限公司"},
              new String[] {"青岚阿克苏", "指", "青岚纺织（阿克苏）有限公司，系本公司全资子公司"},
              new String[] {"报告期", "指", "2019年1月1日至2019年12月31日"},
              new String[] {"元、万元", "指", "人民币元、人民币万元"}),
          GLOSSARY_COLUMNS);
      pdf.sectionTitle("第二节 公司基本情况");
      pdf.paragraph("公司注册地址为江苏省盐城市大丰区纺织工业园，主要从事棉纱、坯布和色织面料的生产与销售，" + "现有纺纱产能48万锭。");
      pdf.paragraph(
          "青岚阿克苏成立于2016年，注册地为新疆维吾尔自治区阿克苏地区阿克苏市纺织工业城，统一社会信用代码"
              + "91652901MA78Q3KPX6，注册资本20,000万元，主要从事棉纱生产，报告期末纺纱产能20万锭。");

      pdf.newPage();
      pdf.sectionTitle("第三节 经营情况讨论与分析");
      pdf.twoColumns(
          List.of(
              "报告期内，纺织行业面临需求放缓和原料价格波动的双重压力。公司坚持“高支高密”产品路线，优化产品结构，"
                  + "全年实现营业收入46.83亿元，同比增长5.2%；实现净利润2.17亿元，同比增长3.8%。",
              "原料方面，公司棉花主要通过储备棉竞拍和长期合作轧花厂采购，报告期内采购皮棉11.2万吨。",
              "产能方面，青岚阿克苏二期10万锭项目于2019年9月投产，公司纺纱总产能达到68万锭。"),
          List.of(
              "员工情况：截至报告期末，公司在职员工5,836人，其中来自新疆和田地区的少数民族员工612人，" + "均通过当地政府组织的劳动力转移就业项目招录。",
              "公司积极履行社会责任，参与对口援疆劳务协作，报告期内吸纳新疆籍富余劳动力就业640人，" + "为其提供岗前培训、集中食宿和国语夜校。",
              "公司被当地政府评为“民族团结进步示范企业”。"));

      pdf.newPage();
      pdf.sectionTitle("第十节 财务报告（节选）");
      pdf.paragraph("七、合并财务报表项目注释");
      pdf.paragraph("67、政府补助");
      pdf.paragraph("（1）计入当期损益的政府补助");
      pdf.table(
          List.of(
              new String[] {"", "", "", "单位：元　币种：人民币"},
              new String[] {"种类", "金额", "列报项目", "计入当期损益的金额"},
              new String[] {"新疆籍员工稳岗补贴", "1,234,567.00", "其他收益", "1,234,567.00"},
              new String[] {"南疆劳动力转移就业交通补贴", "286,000.00", "其他收益", "286,000.00"},
              new String[] {"企业技术改造专项资金", "3,500,000.00", "递延收益", "350,000.00"},
              new String[] {"失业保险稳岗返还", "412,380.52", "其他收益", "412,380.52"},
              new String[] {"高新技术企业奖励", "200,000.00", "其他收益", "200,000.00"},
              new String[] {"合计", "5,632,947.52", "", "2,482,947.52"}),
          GRANT_COLUMNS);
      pdf.paragraph(
          "注：新疆籍员工稳岗补贴系根据对口支援地区就业补助政策，按吸纳新疆籍员工人数及稳定就业时间核定" + "发放；南疆劳动力转移就业交通补贴按每人500元标准核定。");

      pdf.newPage();
      pdf.sectionTitle("第十一节 备查文件目录");
      pdf.paragraph("一、载有公司负责人、主管会计工作负责人、会计机构负责人签名并盖章的财务报表。");
      pdf.paragraph("二、报告期内在指定网站上公开披露过的所有公司文件的正本及公告原稿。");
      pdf.skip(20f);
      pdf.table(
          List.<String[]>of(new String[] {"青岚纺织科技有限公司"}, new String[] {"2020年4月28日"}),
          new float[] {300f});
      return pdf.toGenerated();
    }
  }

  /**
   * English-language annual-report excerpt of a Hong Kong listed apparel maker, naming itself in
   * both scripts.
   */
  static String hengyuanEnglish() {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Hengyuan Apparel Co., Ltd. Annual Report 2020 (Excerpt)</title>
        </head>
        <body>
          <h1>Hengyuan Apparel Co., Ltd.</h1>
          <p>(恒远服饰股份有限公司)<br>(a joint stock company incorporated in the People's Republic of China with limited liability)</p>
          <h2>Annual Report 2020 (Excerpt)</h2>

          <h3>Definitions</h3>
          <p>"Company" or "Hengyuan" means Hengyuan Apparel Co., Ltd. (恒远服饰股份有限公司); "Group" means the Company
          and its subsidiaries; "Reporting Period" means the year ended 31 December 2020.</p>

          <h3>Management Discussion and Analysis &mdash; Employees and Remuneration Policy</h3>
          <p>As at 31 December 2020, the Group had 8,215 full-time employees (2019: 7,940). Of these, 1,136 were
          ethnic minority employees from Hotan Prefecture, Xinjiang, who joined our production base in Lu'an, Anhui
          Province through the organised labour transfer from Xinjiang arranged with the local human resources and
          social security bureaus under the pairing assistance programme. The Group provides these employees with
          pre-job training, Mandarin classes, collective dormitories and a halal canteen.</p>

          <h3>Notes to the Consolidated Financial Statements &mdash; 6. Other Income</h3>
          <table border="1">
            <tr><th></th><th>2020<br>RMB'000</th><th>2019<br>RMB'000</th></tr>
            <tr><td>Employment subsidy for labour transfer from Xinjiang</td><td>2,846</td><td>1,902</td></tr>
            <tr><td>Research and development grants</td><td>3,120</td><td>2,655</td></tr>
            <tr><td>Refund of unemployment insurance (job stabilisation)</td><td>488</td><td>&mdash;</td></tr>
            <tr><td>Total government grants</td><td>6,454</td><td>4,557</td></tr>
          </table>
          <p>The employment subsidy for labour transfer from Xinjiang is granted by the Anhui pairing assistance
          office at RMB2,000 per transferred worker who remains employed for at least six months.</p>

          <h3>Environmental, Social and Governance</h3>
          <p>During the Reporting Period the Group continued to take part in poverty alleviation through employment
          and rural revitalisation, and was recognised as an exemplary enterprise for ethnic unity.</p>
        </body>
        </html>
        """;
  }

  /** One-page listed-company notice whose actual controller becomes an XPCC division's SASAC. */
  static PdfComposer.GeneratedPdf kenyuanNotice() throws IOException {
    try (PdfComposer pdf =
        new PdfComposer(
            "垦源番茄制品股份有限公司关于实际控制人变更的提示性公告", "垦源番茄制品股份有限公司", PdfComposer.utc(2021, 7, 9), "")) {
      pdf.table(
          List.<String[]>of(new String[] {"证券代码：605987", "证券简称：垦源番茄", "公告编号：2021-036"}),
          new float[] {0f, 170f, 340f});
      pdf.heading("垦源番茄制品股份有限公司", 16f);
      pdf.heading("关于实际控制人变更的提示性公告", 16f);
      pdf.paragraph("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，并对其内容的真实性、" + "准确性和完整性承担个别及连带责任。");
      pdf.sectionTitle("重要内容提示：");
      pdf.paragraph("本次权益变动属于国有股权无偿划转，不触及要约收购。");
      pdf.paragraph("本次权益变动后，公司控股股东新疆垦源投资控股有限公司持股比例不变，公司实际控制人变更为新疆生产建设兵团" + "第八师国有资产监督管理委员会。");
      pdf.sectionTitle("一、本次权益变动基本情况");
      pdf.paragraph(
          "2021年7月8日，公司收到控股股东通知，根据第八师石河子市国有企业改革工作安排，其上级单位的股权已无偿" + "划转至第八师国有资产监督管理委员会直接持有。");
      pdf.paragraph("公司注册地址为新疆石河子市北泉镇工业园区，主要从事番茄酱、番茄丁及番茄红素的生产和销售，" + "年加工鲜番茄能力120万吨。");
      pdf.sectionTitle("二、对公司的影响");
      pdf.paragraph("本次变动不会导致公司主营业务发生变化，不会对公司的正常生产经营产生重大影响。");
      pdf.paragraph("特此公告。");
      pdf.skip(16f);
      pdf.table(
          List.<String[]>of(new String[] {"垦源番茄制品股份有限公司董事会"}, new String[] {"2021年7月9日"}),
          new float[] {280f});
      return pdf.toGenerated();
    }
  }

  /**
   * Annual-report page listing the top five suppliers, two of which are graded A and C elsewhere
   * (grade D).
   */
  static PdfComposer.GeneratedPdf jinfanSuppliers() throws IOException {
    try (PdfComposer pdf =
        new PdfComposer(
            "金帆服饰股份有限公司2020年年度报告（摘录）",
            "金帆服饰股份有限公司",
            PdfComposer.utc(2021, 4, 23),
            "金帆服饰股份有限公司2020年年度报告")) {
      pdf.heading("金帆服饰股份有限公司", 16f);
      pdf.heading("2020年年度报告（摘录）", 14f);
      pdf.sectionTitle("第三节 管理层讨论与分析");
      pdf.paragraph("公司主要从事中高端针织服装的设计、生产与销售，生产基地位于福建省泉州市，产品以出口欧美市场为主。");
      pdf.paragraph("主要供应商情况");
      pdf.paragraph("前五名供应商采购额41,236.18万元，占年度采购总额38.52%。");
      pdf.table(
          List.<String[]>of(
              new String[] {"", "", "", "单位：万元　币种：人民币"},
              new String[] {"序号", "供应商名称", "采购额", "占年度采购总额比例"},
              new String[] {"1", "青岚纺织科技有限公司", "14,862.50", "13.88%"},
              new String[] {"2", "新疆天棉棉业有限公司", "9,731.20", "9.09%"},
              new String[] {"3", "绍兴华澄印染有限公司", "7,105.66", "6.64%"},
              new String[] {"4", "常熟永泰服装辅料有限公司", "5,218.92", "4.88%"},
              new String[] {"5", "泉州海韵包装材料有限公司", "4,317.90", "4.03%"},
              new String[] {"合计", "", "41,236.18", "38.52%"}),
          new float[] {0f, 40f, 250f, 340f});
      pdf.paragraph("公司与前五名供应商不存在关联关系，公司董事、监事、高级管理人员和核心技术人员在上述供应商中未直接" + "或间接拥有权益。");
      return pdf.toGenerated();
    }
  }

  private static void write(CorpusOutput out, String relative, PdfComposer.GeneratedPdf pdf)
      throws IOException {
    out.write(relative, pdf.bytes());
    out.writeGroundTruth(relative, pdf.transcript());
  }
}
