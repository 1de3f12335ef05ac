package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Government notices and implementation plans (DOMAIN.md §1.2, first row). All names are fictional.
 */
final class NoticeDocuments {
  private NoticeDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    out.write("notices/moyu_transfer_notice_2019.docx", moyuNotice());
    out.writeText("notices/yecheng_transfer_plan_2020.txt", yechengPlan(), StandardCharsets.UTF_8);
  }

  /**
   * County HR bureau notice with a document number, naming the receiving factory in another
   * province.
   */
  static byte[] moyuNotice() throws IOException {
    try (DocxBuilder docx = new DocxBuilder()) {
      docx.title("墨玉县人力资源和社会保障局")
          .title("关于组织第三批农村富余劳动力有组织转移就业的通知")
          .centred("墨人社发〔2019〕12号")
          .plain("各乡（镇）人民政府，县直有关单位：")
          .paragraph(
              "为深入贯彻落实自治区和和田地区关于南疆四地州农村富余劳动力转移就业工作的部署要求，按照“应转尽转、能转尽转”"
                  + "的原则，做好2019年农村富余劳动力有组织转移就业工作，经县劳动力转移就业工作领导小组研究，决定组织第三批农村富余"
                  + "劳动力赴疆外务工。现将有关事项通知如下：")
          .paragraph("一、转移对象和规模")
          .paragraph(
              "本批次计划转移农村富余劳动力300人，其中建档立卡贫困户劳动力不少于180人。转移对象为年满18周岁至45周岁、"
                  + "身体健康、具备基本国语交流能力的农村富余劳动力，优先安排“两后生”和零就业家庭劳动力。各乡（镇）要认真做好摸底"
                  + "排查，完善劳动力资源台账，于3月25日前将报名花名册报县就业服务局。")
          .paragraph("二、接收企业和岗位")
          .paragraph(
              "本批次劳动力统一赴青岚纺织科技有限公司务工（企业位于江苏省盐城市大丰区），从事纺纱、织造、验布等岗位。"
                  + "企业提供集中食宿，试用期月工资不低于2800元，转正后实行计件工资，按月足额发放。")
          .paragraph("三、岗前培训")
          .paragraph(
              "出发前，由县就业服务局会同各乡（镇）对转移人员开展为期15天的集中岗前培训，培训内容包括国语培训、法律法规、"
                  + "组织纪律、城市生活常识和安全生产知识。培训期间每人每天补助伙食费30元。")
          .paragraph("四、组织输送")
          .paragraph(
              "本批次采取“点对点”包车和务工专列相结合的方式集中输送，计划于4月8日在县人民广场举行欢送仪式。县人社局按每50人"
                  + "配备1名带队干部，带队干部随队驻厂不少于3个月，负责转移人员的思想教育、日常管理和请销假工作，协助企业做好稳定"
                  + "就业工作。")
          .paragraph("五、补贴政策")
          .paragraph(
              "对有组织转移到疆外就业、稳定就业满3个月的，按每人2000元标准给予一次性交通和生活补贴；稳定就业满9个月的，"
                  + "再给予每人每月300元的稳岗补贴。对完成转移任务的乡（镇），按每转移1人给予工作经费200元。")
          .paragraph("六、工作要求")
          .paragraph("（一）各乡（镇）要把劳动力转移就业作为脱贫攻坚的重要任务，实行目标责任制，纳入年度绩效考核。")
          .paragraph("（二）要切实做好转移人员家庭的帮扶工作，做到“一人就业、全家脱贫”。")
          .paragraph("（三）转移人员在企业期间要遵守企业规章制度，不得擅自离岗。")
          .plain("附件：第三批转移就业人员分配表")
          .table(
              List.of(
                  new String[] {"乡（镇）", "计划人数", "带队干部人数"},
                  new String[] {"喀尔赛镇", "60", "1"},
                  new String[] {"普恰克其镇", "80", "2"},
                  new String[] {"阔依其乡", "60", "1"},
                  new String[] {"扎瓦镇", "100", "2"},
                  new String[] {"合计", "300", "6"}))
          .right("墨玉县人力资源和社会保障局")
          .right("2019年3月18日");
      return docx.build("墨玉县人社局办公室", LocalDateTime.of(2019, 3, 18, 9, 0));
    }
  }

  /**
   * Plain UTF-8 plan in which the receiving company is defined once and then named by its short
   * name.
   */
  static String yechengPlan() {
    return """
        叶城县就业工作领导小组办公室文件

        叶就业办〔2020〕5号

        关于印发《叶城县2020年农村富余劳动力疆外转移就业工作实施方案》的通知

        各乡（镇）人民政府，县直各有关单位：
        现将《叶城县2020年农村富余劳动力疆外转移就业工作实施方案》印发给你们，请认真贯彻执行。

        叶城县2020年农村富余劳动力疆外转移就业工作实施方案

        为全面完成2020年农村富余劳动力转移就业目标任务，根据上海市对口支援新疆工作前方指挥部与我县签订的劳务协作协议，\
        结合我县实际，制定本方案。

        一、目标任务
        2020年全县计划有组织转移农村富余劳动力1.2万人，其中疆外转移就业1500人。重点面向乌夏克巴什镇、依提木孔乡、\
        伯西热克乡等乡镇的建档立卡贫困户劳动力。

        二、用工企业
        经前方指挥部协调，我县与浦江云锦服饰有限公司（以下简称“云锦服饰”）签订了三年期劳务用工协议。
        云锦服饰位于上海市松江区，主要从事针织服装加工。云锦服饰计划2020年接收我县劳动力400人，分两批到岗。
        云锦服饰负责为转移人员提供集中食宿、岗位技能培训和社会保险，试用期工资不低于每月3000元。县就业局派驻2名驻企干部，\
        与云锦服饰共同实行“跟班管理”。

        三、组织实施
        （一）摸底动员。各乡镇要组织“访惠聚”驻村工作队逐户宣讲政策，做通思想工作，对符合条件的劳动力做到应转尽转。
        （二）岗前培训。在县职业技能培训中心开展为期一个月的封闭式培训，重点开展国语培训、感恩教育和纪律教育，培训合格后\
        方可上岗。
        （三）集中输送。由县人社局统一包车送站，每批配备带队干部，确保“出得去、稳得住、能致富”。
        （四）跟踪服务。云锦服饰每月向县就业局报送转移人员在岗、离岗情况，对擅自离岗人员，由驻企干部及时做好思想工作并\
        劝返。

        四、保障措施
        对稳定就业满6个月的转移人员，按每人2000元给予一次性奖励；对云锦服饰按每吸纳1人给予1000元用工补贴，所需资金从\
        援疆资金中列支。各乡镇要将转移就业任务完成情况纳入年度考核，实行月通报制度。

        叶城县就业工作领导小组办公室
        2020年2月26日
        """;
  }
}
