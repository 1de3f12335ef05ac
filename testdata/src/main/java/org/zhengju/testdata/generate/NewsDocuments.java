package org.zhengju.testdata.generate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * State and local media pages in the encodings such sites really use (GBK, GB18030, Big5, UTF-8).
 */
final class NewsDocuments {
  private static final List<String> LOCAL_MENU =
      List.of("首页", "时政", "本地", "社会", "经济", "专题", "视频", "图片", "评论", "融媒");

  private NewsDocuments() {}

  static void writeAll(CorpusOutput out) throws IOException {
    out.writeText("news/shule_special_train_gbk.html", shuleTrain(), Charset.forName("GBK"));
    out.writeText("news/jiashi_sendoff_gb18030.html", jiashiSendoff(), Charset.forName("GB18030"));
    out.writeText(
        "news/luopu_satellite_factory_big5.html", luopuSatelliteFactory(), Charset.forName("Big5"));
    out.writeText("news/zepu_huajin_trade_name.html", zepuHuajin(), StandardCharsets.UTF_8);
    out.writeText("news/awati_cotton_purchase.txt", awatiCotton(), StandardCharsets.UTF_8);
  }

  /**
   * Receiving-city news site, GBK bytes declared by http-equiv, heavy navigation boilerplate and an
   * ad.
   */
  static String shuleTrain() {
    String article =
        "      <h1>疏勒县第二批120名富余劳动力乘坐务工专列抵达鲁丰电子科技有限公司</h1>\n"
            + "      <div class=\"info\">来源：东岱新闻网　作者：刘晓　发布时间：2019-11-06 15:32　浏览次数：1208</div>\n"
            + HtmlPage.paragraphs(
                "本网讯（记者 刘晓 通讯员 王建）11月6日上午，满载新疆喀什地区疏勒县第二批120名富余劳动力的务工专列缓缓驶入"
                    + "东岱站。经过四天三夜的行程，他们将在鲁丰电子科技有限公司从事电子元器件组装工作。",
                "据了解，此次转移是我省对口支援疏勒县劳务协作的重要内容。出发前，疏勒县对务工人员进行了为期20天的岗前培训，"
                    + "内容包括国语、法律法规和基本生产技能。县人社局选派6名带队干部随行，将与企业共同做好务工人员的日常管理和"
                    + "思想教育工作。",
                "鲁丰电子科技有限公司人力资源部负责人介绍，公司为新疆籍员工专门设立了清真食堂和集中宿舍，每个宿舍配备双语管理员，"
                    + "员工试用期月工资3200元，实行“师带徒”岗位培训。今年以来，公司已累计接收疏勒县务工人员360人。",
                "“一人就业，全家脱贫。”来自疏勒县巴仁乡的买买提·艾力说，他希望在这里学到技术，挣钱给家里盖新房。",
                "（责任编辑：张敏）");
    String sidebar =
        """
              <h3>热点排行</h3>
              <ul>
                <li><a href="#">我市启动冬季供暖设施安全检查</a></li>
                <li><a href="#">东岱至青州城际公交下月开通</a></li>
                <li><a href="#">全市中小学开展消防安全演练</a></li>
                <li><a href="#">第五届东岱菊花展开幕</a></li>
              </ul>
              <div class="ad">东岱城投集团有限公司　城市更新项目招商热线：0536-8000000</div>
        """;
    String footer =
        """
            <p><a href="#">关于我们</a> | <a href="#">联系我们</a> | <a href="#">广告服务</a> | <a href="#">网站地图</a></p>
            <p>主办：东岱市融媒体中心　版权所有 未经授权禁止复制或建立镜像</p>
            <p>违法和不良信息举报电话：0536-12345</p>
        """;
    return new HtmlPage(
            "zh-CN",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
            "疏勒县第二批120名富余劳动力乘坐务工专列抵达鲁丰电子科技有限公司_东岱新闻网",
            LOCAL_MENU,
            "当前位置：<a href=\"#\">首页</a> &gt; <a href=\"#\">本地新闻</a> &gt; 正文",
            article,
            sidebar,
            footer)
        .render();
  }

  /**
   * County media-centre page in GB18030 with no charset declaration at all (detection must guess).
   */
  static String jiashiSendoff() {
    String article =
        "      <h1>伽师县举行2018年第五批农村富余劳动力转移就业欢送仪式</h1>\n"
            + "      <div class=\"info\">伽师县融媒体中心　2018年04月12日</div>\n"
            + HtmlPage.paragraphs(
                "4月12日，伽师县在县城文化广场举行2018年第五批农村富余劳动力转移就业欢送仪式，来自卧里托格拉克镇、铁日木乡等"
                    + "8个乡镇的216名农村富余劳动力踏上赴广东务工的旅程。",
                "本批务工人员将前往位于广东省东莞市的粤华玩具制品有限公司，从事玩具组装、包装等工作。企业提供免费集中食宿，" + "月工资3500元以上。",
                "此前，县人社局组织务工人员在县职业技能培训基地开展了为期一个月的国语、法律法规和岗前技能培训。县里选派12名"
                    + "带队干部全程护送，并驻厂开展跟踪管理服务，确保务工人员“转得出、稳得住”。",
                "据统计，今年以来伽师县已累计向疆外有组织转移农村富余劳动力1260人，完成年度目标任务的63%。");
    String sidebar =
        """
              <h3>相关新闻</h3>
              <ul>
                <li><a href="#">伽师县召开春耕生产推进会</a></li>
                <li><a href="#">我县开展“民族团结一家亲”结对认亲活动</a></li>
              </ul>
        """;
    // the Uyghur-script county name (Peyzawat) is outside GBK, so only a GB18030 decoder reads the
    // page whole
    String footer =
        "    <p>伽师县融媒体中心 主办　技术支持：县信息中心　\u067E\u06D5\u064A\u0632\u0627\u06CB\u0627\u062A</p>\n";
    return new HtmlPage(
            "zh-CN",
            "",
            "伽师县举行2018年第五批农村富余劳动力转移就业欢送仪式",
            List.of("首页", "伽师要闻", "乡镇动态", "政策解读", "便民服务"),
            "您现在的位置：首页 &gt;&gt; 伽师要闻",
            article,
            sidebar,
            footer)
        .render();
  }

  /**
   * Hong Kong style commentary site in traditional script, Big5 bytes, naming a satellite-factory
   * operator.
   */
  static String luopuSatelliteFactory() {
    String article =
        "      <h1>洛浦縣衛星工廠調查：村民「家門口就業」背後</h1>\n"
            + "      <div class=\"info\">東方時評網　2020年9月14日</div>\n"
            + HtmlPage.paragraphs(
                "據新疆官方媒體報道，和田錦繡服飾有限公司（下稱「錦繡服飾」）近年在和田地區洛浦縣各鄉村開辦了12家衛星工廠，" + "吸納當地農村富餘勞動力1,100餘人就業。",
                "位於洛浦縣多魯鄉的錦繡服飾第三衛星工廠共有工人186名，其中大部分為維吾爾族婦女，主要為公司加工運動服和校服。",
                "報道稱，工人上崗前須在鄉職業技能培訓點接受國語、法律法規和縫紉技能培訓，工廠實行統一上下班、統一管理，" + "每週一舉行升國旗儀式。",
                "當地官員表示，衛星工廠讓村民實現「家門口就業」，是「一人就業、全家脫貧」的重要途徑。工人月工資在1,500元至"
                    + "2,200元之間，工廠另按每人每月300元標準領取政府崗位補貼。",
                "研究人員指出，此類衛星工廠屬於新疆「就地就近就業」政策的一部分，與疆外有組織轉移並行推進。");
    String sidebar =
        """
              <h3>熱門文章</h3>
              <ul>
                <li><a href="#">港股收市：恆指升一百二十點</a></li>
                <li><a href="#">本週天氣：驟雨有雷暴</a></li>
              </ul>
        """;
    String footer = "    <p>東方時評網 版權所有 不得轉載</p>\n";
    return new HtmlPage(
            "zh-Hant",
            "<meta charset=\"big5\">",
            "洛浦縣衛星工廠調查：村民「家門口就業」背後 | 東方時評網",
            List.of("首頁", "港聞", "兩岸", "國際", "財經", "評論"),
            "首頁 &gt; 兩岸 &gt; 新疆",
            article,
            sidebar,
            footer)
        .render();
  }

  /**
   * UTF-8 news page naming the receiving firm only by its trade name, never with a legal-form
   * suffix.
   */
  static String zepuHuajin() {
    String article =
        "      <h1>泽普县第四批86名富余劳动力赴华锦制衣务工</h1>\n"
            + "      <div class=\"info\">泽普零距离　2019年6月3日</div>\n"
            + HtmlPage.paragraphs(
                "6月2日，泽普县组织第四批农村富余劳动力赴华锦制衣务工，该批次共86人，来自波斯喀木乡、依克苏乡等5个乡镇，" + "均经过为期15天的岗前培训和国语培训。",
                "在华锦制衣，新疆籍员工实行集中食宿、统一管理，企业专门安排双语班组长。县里派出的驻企工作组将与企业一道，" + "做好务工人员思想教育和稳定就业工作。",
                "今年以来，泽普县已累计向疆外转移就业2300余人，人均月收入达到3000元以上。");
    String sidebar = "      <h3>推荐阅读</h3>\n      <p><a href=\"#\">泽普县金湖杨景区迎来旅游旺季</a></p>\n";
    return new HtmlPage(
            "zh-CN",
            "<meta charset=\"utf-8\">",
            "泽普县第四批86名富余劳动力赴华锦制衣务工",
            List.of("首页", "要闻", "基层", "民生"),
            "首页 &gt; 要闻",
            article,
            sidebar,
            "    <p>泽普零距离 版权所有</p>\n")
        .render();
  }

  /**
   * Plain business news about a Xinjiang-registered cotton processor, with no programme vocabulary
   * at all.
   */
  static String awatiCotton() {
    return """
        阿瓦提县新棉收购进度过半

        本报讯 眼下正值新棉收购旺季，新疆天棉棉业有限公司轧花车间门前排起了长长的送棉车队。
        新疆天棉棉业有限公司成立于2009年，注册地位于阿克苏地区阿瓦提县，统一社会信用代码91652928MA776WJ1E6，是当地\
        规模较大的棉花加工企业之一。
        公司总经理介绍，今年公司计划收购籽棉3.5万吨，截至10月20日已收购1.9万吨，收购价格为每公斤6.2元至6.5元，\
        比去年同期略有上涨。公司今年新上的两条皮棉生产线已全部投产，皮棉日产量达到260吨，产品主要销往江苏、浙江等地\
        的纺纱企业。
        据县发展改革委统计，截至目前全县已收购籽棉18.6万吨，完成预计总量的56%。

        （记者 周涛）
        """;
  }
}
