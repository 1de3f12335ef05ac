package org.zhengju.evidence.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhengju.lexicon.Category;
import org.zhengju.lexicon.LexiconEntry;
import org.zhengju.lexicon.Specificity;

/**
 * The words the linking rules look for besides lexicon terms: verbs, negations, other provinces,
 * anchors.
 */
public final class Vocabulary {
  /**
   * UFLPA §2(d)(2)(B)(ii) verb families (DOMAIN.md §1.6): recruit, transport, transfer, harbor,
   * receive, manage.
   */
  public static final Pattern RECEIVE_VERB =
      Pattern.compile("接收|吸纳|接纳|承接|安置|招聘|招募|招收|招用|录用|聘用|输送|运送|护送|转移至|转移到|带队|管理|安排就业|入职|集中食宿|集中住宿");

  /**
   * A verb of movement or a place-of-work phrase right before the company's name: 赴/到/前往/进入 XX公司
   * (务工), 将在 XX公司 (从事…工作), also across a location phrase (前往位于广东省东莞市的 XX公司); or a receiver label
   * (接收企业：XX公司).
   */
  public static final Pattern DIRECTION_BEFORE_NAME =
      Pattern.compile(
          "(?:(?:赴|到|前往|进入|入职|输送到|输送至|转移至|转移到|送往|来到|抵达|到达|(?:将|均|统一|安排|分配|安置)在)"
              + "(?:位于[^，。；,;：:]{1,20}?的)?"
              + "|(?:接收|用工|输入|承接|吸纳|就业)(?:企业|单位|工厂)(?:名称)?[：:])[ ]?$");

  /**
   * A place-of-work phrase before a name (将在, 安排在 …), which names a destination only with work
   * after the name.
   */
  public static final Pattern LOCATIVE_BEFORE_NAME =
      Pattern.compile("在(?:位于[^，。；,;：:]{1,20}?的)?[ ]?$");

  /** Work done at the place just named: 将在XX公司从事服装缝制工作, 在XX公司务工. */
  public static final Pattern WORK_AFTER_NAME =
      Pattern.compile("^[^。；;]{0,20}?(?:从事|务工|就业|工作|上岗|打工)");

  /** A table header cell naming the receiving company column: 接收企业, 用工单位, 输入企业名称 … */
  public static final Pattern RECEIVER_COLUMN =
      Pattern.compile("(?:接收|用工|输入|承接|吸纳|就业)(?:企业|单位|工厂)(?:名称)?");

  /** Verbs of running a satellite factory or workshop. */
  public static final Pattern RUN_VERB = Pattern.compile("开办|创办|兴办|建立|设立|建成|开设|投资建设|运营|经营|领办|带动");

  /** Negations and denials that void a link in the same sentence. */
  public static final Pattern DENIAL =
      Pattern.compile(
          "从未|从来没有|不存在|否认|没有(?!一个)|未曾|并非|不涉及|绝不|不曾|未参与|未使用|未雇用|未招用|(?i:\\bnever\\b|\\bden(?:y|ies|ied)\\b)");

  /** Provinces and prefectures outside Xinjiang whose programmes use the same vocabulary. */
  public static final Pattern OTHER_PROVINCE =
      Pattern.compile(
          "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南"
              + "|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|甘南|临夏|凉山|怒江|昌都|日喀则");

  /** Words of location in a sentence that names the company: 注册地址, 位于 … */
  public static final Pattern LOCATION = Pattern.compile("注册地址|注册地|住所|位于|坐落于|坐落在|地址|落户|厂址|生产基地");

  /** Actual-controller disclosure naming the XPCC or the XUAR SASAC (DOMAIN.md §3.1). */
  public static final Pattern XPCC_CONTROLLER =
      Pattern.compile(
          "实际控制人[^。\\n]{0,40}?(新疆生产建设兵团|兵团|第[一二三四五六七八九十]{1,3}师|新疆维吾尔自治区人民政府国有资产监督管理委员会)");

  /** A sentence that refers back to the company named before it. */
  public static final Pattern ANAPHOR =
      Pattern.compile("^(?:[^，。,]{1,6}[，,])?(?:该公司|该企业|该厂|该合作社|公司|企业)");

  /** Categories that make a receiving/recruiting verb an A-grade link. */
  public static final Set<Category> PROGRAMME_WORKERS =
      EnumSet.of(
          Category.LABOUR_TRANSFER,
          Category.SURPLUS_LABOUR,
          Category.VOCATIONAL_TRAINING_CENTRE,
          Category.PAIRING_ASSISTANCE);

  private Vocabulary() {}

  /**
   * Whether the term ties text to Xinjiang by itself: a Xinjiang place, an XPCC or ethnic-workforce
   * term, or a high-specificity pairing-assistance, training-centre or 疆 term (援疆, 南疆劳动力).
   */
  public static boolean isAnchor(LexiconEntry entry) {
    Category c = entry.category();
    if (c == Category.XINJIANG_PLACE || c == Category.XPCC || c == Category.ETHNIC_MINORITY_WORKERS)
      return true;
    return entry.specificity() == Specificity.HIGH
        && (c == Category.PAIRING_ASSISTANCE
            || c == Category.VOCATIONAL_TRAINING_CENTRE
            || entry.term().contains("疆"));
  }

  /** Whether the term is programme vocabulary (everything but a bare place name). */
  public static boolean isProgramme(LexiconEntry entry) {
    return entry.category() != Category.XINJIANG_PLACE;
  }

  /** Whether the term names a satellite factory or poverty-alleviation workshop. */
  public static boolean isWorkshop(LexiconEntry entry) {
    return entry.category() == Category.POVERTY_ALLEVIATION
        && (entry.term().contains("卫星工厂") || entry.term().contains("扶贫车间"));
  }
}
