//! Documents of the whole family issue 10 names, as departments publish them: a
//! county bureau's 工作要点 with its cover letter, a district's 任务分解 with
//! label lines and leaders, text pasted from a PDF with page numbers and running
//! headers, task tables as text, Word (heading styles, automatic numbering, merged
//! cells), Excel and OpenDocument ledgers with merged cells, and saved article
//! pages. All invented (tests/fixtures/family, binaries built by make_binary.py).
//! Every item is compared whole: number, section, title, target, measures, lead
//! and co-operating offices (`*` marks a group such as 各县市区), persons and
//! deadline.

use duban::plan::blocks::{Block, Container, Document};
use duban::plan::formats;
use duban::plan::{ParseError, Parsed, Role, parse_document};

fn fixture(name: &str) -> Parsed {
    crate::common::parsed_fixture("family", name)
}

/// The plan as one text: title, sections, then one line per item.
fn render(parsed: &Parsed) -> String {
    let plan = &parsed.plan;
    let mut out = format!("{}\n", plan.title);
    for s in &plan.sections {
        out.push_str(&format!("§{} {}、{}\n", s.number, s.numeral, s.title));
    }
    for i in &plan.items {
        let offices = |role: Role| {
            i.offices
                .iter()
                .filter(|o| o.role == role)
                .map(|o| format!("{}{}", o.name, if o.group { "*" } else { "" }))
                .collect::<Vec<_>>()
                .join("、")
        };
        out.push_str(&format!(
            "{} §{} {} | T:{} | M:{} | L:{} | C:{} | P:{} | D:{}\n",
            i.number,
            i.section.map_or("-".to_string(), |s| s.to_string()),
            i.title,
            i.target,
            i.measures.join("⏎"),
            offices(Role::Lead),
            offices(Role::Co),
            i.persons.join("、"),
            i.deadline.as_deref().unwrap_or("-"),
        ));
    }
    out
}

#[track_caller]
fn assert_plan(name: &str, want: &str) {
    let parsed = fixture(name);
    let got = render(&parsed);
    let want: String = want
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect();
    if got != want {
        for (g, w) in got.lines().zip(want.lines()) {
            if g != w {
                panic!("{name}: first difference\n got: {g}\nwant: {w}\n\nwhole:\n{got}");
            }
        }
        panic!("{name}: lengths differ\n{got}");
    }
}

/// A county bureau: cover letter, 责任股室 clauses in （）, 【】 and (), offices separated by a space, 牵头股室/配合股室, X牵头 Y配合 with a deadline, 分别牵头.
#[test]
fn county_bureau_points_after_a_cover_letter_with_gu_shi_clauses() {
    assert_plan(
        "f01_county_edu_points.txt",
        "
        青山县教育局2025年工作要点
        §1 一、坚持党建引领
        §2 二、推进基础教育优质均衡
        §3 三、加强教师队伍建设
        1 §1 深化党建品牌创建 | T: | M:每所学校打造一个党建特色项目，开展“书记讲党课”活动。⏎年底前评选10个示范党组织。 | L:党建办 | C:人事股 | P: | D:年底前
        2 §1 加强师德师风建设 | T: | M:开展师德专题培训，建立师德失范行为通报制度。 | L:人事股 | C: | P: | D:-
        3 §2 扩大学前教育普惠资源 | T: | M:新建公办幼儿园3所，普惠性幼儿园覆盖率达到92%以上。⏎9月底前完成城区幼儿园招生工作。 | L:基教股 | C:计财股、各乡镇中心学校* | P: | D:9月底前
        4 §2 办好县域普通高中 | T: | M:实施县中提升计划，推进第二中学扩容工程。 | L:基教股 | C:计财股 | P: | D:-
        5 §2 落实“双减”政策 | T: | M:规范校外培训机构管理，课后服务覆盖率保持100%。 | L:基教股 | C:安全股、督导室 | P: | D:-
        6 §3 补充教师编制 | T: | M:招聘新教师120名，其中特岗教师40名。 | L:人事股 | C:计财股 | P: | D:上半年完成
        7 §3 提升校长领导力 | T: | M:组织中小学校长跟岗研修。 | L:人事股、教研室 | C: | P: | D:-
        ",
    );
}

/// A district government: title broken over two lines, items followed by 牵头区领导 (a person), 牵头单位 naming two offices (the first leads), 责任单位 lists separated by ，, spaces, 和 and 及, 各街道 and 区直各部门 as groups.
#[test]
fn district_decomposition_with_label_lines_and_leaders() {
    assert_plan(
        "f02_district_decomp.txt",
        "
        东岭区政府2024年重点工作任务分解和责任分工方案
        §1 一、主要预期目标
        §2 二、扩大有效投资
        §3 三、保障和改善民生
        1 §1 地区生产总值增长6%左右 | T: | M: | L:区发改局 | C:东岭经济开发区、各街道* | P:王建国 | D:-
        2 §1 一般公共预算收入增长5%左右 | T: | M: | L:区财政局 | C:区税务局、各街道* | P:李明 | D:12月底前
        3 §2 实施重点项目60个以上，完成投资120亿元 | T: | M: | L:区发改局、区住建局 | C:东岭经济开发区、各街道*、区直各部门* | P: | D:全年
        4 §2 加快老旧小区改造，年内改造小区25个 | T: | M: | L:区住建局 | C:区财政局、区城管局、各街道* | P: | D:10月底前
        5 §3 新增城镇就业3000人以上 | T: | M: | L:区人社局 | C:各街道*、各有关部门* | P: | D:-
        6 §3 新建改扩建中小学4所，新增学位2400个 | T: | M: | L:区教育局 | C:区发改局、区自然资源局 | P: | D:2024年8月31日前
        ",
    );
}

/// Text copied from a PDF: lines hard-wrapped mid-sentence, page numbers (— 1 —) and a running header between pages, one of them in the middle of an item; the issuer on the line above the title.
#[test]
fn pdf_pasted_text_without_page_numbers_and_running_headers() {
    assert_plan(
        "f03_health_pdf_pasted.txt",
        "
        江川市卫生健康委员会2024年重点工作任务分工方案
        §1 一、深化医药卫生体制改革
        §2 二、提升公共卫生服务能力
        §3 三、推动中医药传承创新
        1 §1 推进紧密型县域医共体建设 | T: | M:在全市4个县区全面推开医共体实体化运行，统一人员调配和财务管理，基层就诊率提高到65%以上。 | L:体改科 | C:医政科、财务科 | P: | D:-
        2 §1 完善分级诊疗制度 | T: | M:建立双向转诊信息平台，推动检查检验结果互认，6月底前实现二级以上医院互认全覆盖。 | L:医政科 | C:规划信息科 | P: | D:6月底前
        3 §1 深化公立医院薪酬制度改革 | T: | M:制定公立医院薪酬总量核定办法，落实主要负责人年薪制。 | L:人事科 | C:财务科、体改科 | P: | D:-
        4 §2 加强疾病预防控制体系建设 | T: | M:推进市疾控中心实验室改造，完成县级疾控中心标准化建设2个，年底前通过省级验收。 | L:疾控科 | C:规划信息科、财务科 | P: | D:年底前
        5 §2 做好重点传染病防控 | T: | M:落实传染病监测预警制度，加强学校、养老机构等重点场所防控指导。 | L:疾控科 | C:卫生应急办 | P: | D:-
        6 §2 提升妇幼健康服务水平 | T: | M:孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下。 | L:妇幼科 | C: | P: | D:-
        7 §3 建设中医药特色专科 | T: | M:新增省级中医重点专科2个，每个县区中医院建成治未病科。 | L:中医科 | C:医政科 | P: | D:-
        8 §3 推广中医适宜技术 | T: | M:乡镇卫生院和社区卫生服务中心全部能够提供6类以上中医药技术方法。 | L:中医科 | C:基层卫生科 | P: | D:-
        ",
    );
}

/// A task table typed with | frames: group rows with one filled cell are sections; several offices in a 牵头单位 cell, the first leads.
#[test]
fn text_table_with_group_rows_framed_in_pipes() {
    assert_plan(
        "f04_city_table_pipes.txt",
        "
        南湖市2024年民生实事任务台账
        §1 一、教育惠民
        §2 二、健康惠民
        §3 三、住房保障
        1 §1 新增公办学位 | T: | M:新建改扩建中小学8所，新增学位6000个。 | L:市教育局 | C:市发展改革委、市自然资源局、各县市区人民政府* | P: | D:2024年8月底前
        2 §1 建设智慧校园 | T: | M:建成智慧校园示范校30所。⏎完成城乡学校宽带提速。 | L:市教育局、市数据局 | C:各县市区* | P: | D:12月底前
        3 §2 改善基层医疗条件 | T: | M:改造提升村卫生室100个。 | L:市卫生健康委 | C:市财政局、各县市区* | P: | D:年底前
        4 §2 开展免费体检 | T: | M:为65岁以上老年人免费健康体检。 | L:市卫生健康委 | C:各县（市、区）人民政府* | P: | D:全年
        5 §3 筹集保障性租赁住房 | T: | M:筹集房源2000套。 | L:市住房城乡建设局 | C:市自然资源局、市财政局 | P: | D:11月底前
        ",
    );
}

/// A province in traditional script: （X、Y牽頭，Z及各市州人民政府按職責分工負責）, （X牽頭，Y配合）, （X負責）.
#[test]
fn traditional_script_office_clauses() {
    assert_plan(
        "f05_province_traditional.txt",
        "
        西江省2023年優化營商環境工作要點
        §1 一、推動審批服務提速
        §2 二、強化公正監管
        1 §1 全面實施行政許可事項清單管理 | T: | M:10月底前編製並公佈省市縣三級清單，清單之外不得實施行政許可。 | L:省政府辦公廳、省司法廳 | C:省直各有關部門*、各市州人民政府* | P: | D:10月底前
        2 §1 深化工程建設項目審批改革 | T: | M:推行聯合審圖和聯合驗收，審批時間壓減至80個工作日以內。 | L:省住房城鄉建設廳 | C:省自然資源廳、省發展改革委 | P: | D:-
        3 §2 推進跨部門綜合監管 | T: | M:建立重點領域綜合監管清單，年底前實現常態化聯合抽查。 | L:省市場監管局 | C:省司法廳 | P: | D:年底前
        4 §2 規範涉企行政檢查 | T: | M:嚴禁重複檢查和多頭檢查，推行“綜合查一次”。 | L:省司法廳 | C: | P: | D:-
        ",
    );
}

/// Label lines whose lists are separated by spaces, 和, 及 and ，; 时间节点; 主要责任单位 / 协同责任单位; a rule sentence; 长期坚持 is kept as the deadline's words (issue 17: standing work, due at the year end).
#[test]
fn office_lists_with_spaces_he_and_ji() {
    assert_plan(
        "f06_offices_mixed.txt",
        "
        北坪市教育局2024年重点工作任务清单
        §1 一、学前教育和义务教育
        §2 一（一）、学前教育
        §3 一（二）、义务教育
        §4 二、职业教育
        1 §2 实施学前教育普及普惠提升行动，公办园在园幼儿占比达到55% | T: | M: | L:基础教育科 | C:规划建设科、各县市区教育局* | P: | D:9月底前
        2 §2 开展幼儿园保教质量评估 | T: | M: | L:基础教育科 | C:督导室 | P: | D:11月底前
        3 §3 推进义务教育集团化办学，新组建教育集团12个 | T: | M: | L:基础教育科 | C:人事科、规划建设科、各县市区教育局* | P: | D:全年
        4 §3 做好义务教育招生入学工作，落实免试就近入学 | T: | M: | L:基础教育科、政策法规科 | C:各县市区教育局* | P: | D:8月底前
        5 §4 推动产教融合，新建市级产教融合实训基地5个 | T: | M: | L:职业教育科 | C:市发展改革委、市人社局 | P: | D:长期坚持
        6 §4 举办全市职业院校技能大赛 | T: | M: | L:职业教育科 | C:教研室 | P: | D:2024年5月31日
        ",
    );
}

/// Word: sections in unnumbered Heading 1 and Heading 2 styles, items in Word's automatic list numbering, clauses in 【】; the issuing line at the end is no warning.
#[test]
fn word_heading_styles_without_numbers_are_sections() {
    assert_plan(
        "f07_heading_styles.docx",
        "
        云岭州教育体育局2025年工作要点
        §1 一、加强党的建设
        §2 二、办好人民满意的教育
        §3 二（一）、义务教育
        §4 二（二）、职业教育
        1 §1 推进清廉学校建设 | T: | M:制定清廉学校建设评价标准，年底前建成示范校20所。 | L:机关党委 | C:纪检组 | P: | D:年底前
        2 §1 落实意识形态工作责任制 | T: | M:每半年开展一次专题研判。 | L:宣传科 | C: | P: | D:-
        3 §3 推进城乡学校共同体建设 | T: | M:结对学校达到120对，实现乡村学校全覆盖。 | L:基础教育科 | C:教师工作科 | P: | D:-
        4 §3 加强学生体质健康监测 | T: | M:体质健康达标率达到92%以上，9月底前完成年度测试。 | L:体卫艺科 | C: | P: | D:9月底前
        5 §4 建设高水平专业群 | T: | M:新增省级高水平专业群3个。 | L:职业教育科 | C:计划财务科 | P: | D:-
        ",
    );
}

/// Word: a task table after its cover letter, group rows merged across, a 牵头单位 cell merged down two rows, two offices in one 牵头单位 cell, 市工业和信息化局 kept whole.
#[test]
fn word_table_with_merged_group_rows_and_lead_cells() {
    assert_plan(
        "f08_table_merged.docx",
        "
        河阳市2024年政府工作报告重点任务分解
        §1 一、推动产业升级
        §2 二、增进民生福祉
        1 §1 培育先进制造业集群 | T: | M:新增规模以上工业企业50家。 | L:市工业和信息化局 | C:市发展改革委、各县（市、区）人民政府* | P: | D:12月底前
        2 §1 推进园区提质 | T: | M:园区亩均税收提高10%。 | L:市工业和信息化局 | C:市商务局 | P: | D:11月底前
        3 §1 发展数字经济 | T: | M:建成5G基站1500个。⏎数字经济核心产业增加值增长12%。 | L:市数据局、市工业和信息化局 | C:各县（市、区）人民政府* | P: | D:年底前
        4 §2 促进高质量充分就业 | T: | M:城镇新增就业2.5万人。 | L:市人力资源社会保障局 | C:市教育局、市财政局 | P: | D:全年
        5 §2 提高养老服务水平 | T: | M:新建社区嵌入式养老服务中心20个。 | L:市民政局 | C:市卫生健康委、市财政局 | P: | D:10月底前
        ",
    );
}

/// Excel: a title merged across, group rows merged across, one item over two rows (序号, 重点工作, 牵头单位 and 责任领导 merged down), dates as cells, — as an empty cell.
#[test]
fn excel_ledger_with_merged_title_items_and_leads() {
    assert_plan(
        "f09_ledger.xlsx",
        "
        平川区教育局2024年重点工作任务台账
        §1 一、教育基础设施
        §2 二、教育教学质量
        1 §1 新建第三实验小学 | T: | M:完成主体工程。⏎完成设备采购和安装。 | L:规划建设股 | C:计财股、装备中心 | P:赵立 | D:2024-09-30；2024-12-31
        2 §1 改造农村学校旱厕 | T: | M:改造旱厕15座。 | L:后勤保障股 | C:各镇中心校* | P:钱进 | D:6月底前
        3 §2 提升中考质量 | T: | M:开展毕业年级质量分析。 | L:教研室、基教股 | C:各初中学校* | P:孙芳 | D:全年
        4 §2 推进课后服务 | T: | M:课后服务参与率达到95%。 | L:基教股 | C: | P:孙芳 | D:长期坚持
        ",
    );
}

/// OpenDocument: a merged title, a 牵头科室 and a 时间节点 each merged down two rows apply to both items.
#[test]
fn opendocument_merged_cells_repeat() {
    assert_plan(
        "f10_duties.ods",
        "
        石门县卫生健康局2024年重点工作责任分工
        1 §- 建设胸痛中心和卒中中心 | T: | M: | L:医政股 | C:县人民医院 | P: | D:9月底前
        2 §- 推进医疗质量提升行动 | T: | M: | L:医政股 | C:各乡镇卫生院* | P: | D:年底前
        3 §- 开展爱国卫生运动 | T: | M: | L:疾控股 | C:各乡镇人民政府* | P: | D:全年
        4 §- 做好重点人群家庭医生签约服务 | T: | M: | L:基层股 | C:各乡镇卫生院* | P: | D:全年
        ",
    );
}

/// Word: sections in styles named 标题 1 / 标题 2 (no numbers), items typed with numbers, 牵头科室 / 配合科室 / 分管领导 / 时间节点 label lines.
#[test]
fn word_custom_biaoti_styles_with_label_lines() {
    assert_plan(
        "f11_health_labels.docx",
        "
        金沙区卫生健康委员会2024年重点工作任务分解
        §1 一、筑牢公共卫生防线
        §2 一（一）、疾病防控
        §3 一（二）、卫生应急
        §4 二、提升医疗服务水平
        1 §2 强化传染病监测预警 | T: | M:建成多点触发监测预警平台。 | L:疾控科 | C:信息中心、卫生应急办 | P:周宁 | D:6月底前
        2 §2 推进慢性病综合防控示范区建设 | T: | M: | L:疾控科 | C: | P: | D:年底前
        3 §3 开展卫生应急演练 | T: | M:全年组织综合演练不少于2次。 | L:卫生应急办 | C:医政科、各医疗卫生单位* | P:周宁 | D:-
        4 §4 改善就医感受 | T: | M:推行预约诊疗和一站式服务。 | L:医政科、护理科 | C:各公立医院* | P:吴涛 | D:全年
        ",
    );
}

/// A saved article page: navigation, breadcrumb, share bar and footer left out; a table with colspan group rows and a rowspan 牵头科室.
#[test]
fn web_article_with_a_task_table() {
    assert_plan(
        "f12_article_table.html",
        "
        枫林市教育局2024年重点工作任务分解
        §1 一、基础教育
        §2 二、教师队伍
        1 §1 推进县域义务教育优质均衡发展 | T: | M:指导2个县申报国家级评估认定。 | L:基础教育科 | C:督导室 | P: | D:10月底前
        2 §1 深化集团化办学 | T: | M:新增紧密型教育集团10个。 | L:基础教育科 | C:各县（市、区）教育局* | P: | D:12月底前
        3 §2 实施名师培养工程 | T: | M:遴选市级名师工作室30个。 | L:教师工作科、教科院 | C:人事科 | P: | D:6月底前
        4 §2 规范教师招聘 | T: | M:公开招聘教师300名。 | L:人事科 | C: | P: | D:8月底前
        ",
    );
}

/// A saved article page whose plan title stands outside the article (a styled div): the page's <title> names the plan.
#[test]
fn web_article_points_titled_by_the_page_title() {
    assert_plan(
        "f13_article_points.html",
        "
        松原区教育局2024年工作要点
        §1 一、落实立德树人根本任务
        §2 二、推动各类教育协调发展
        1 §1 加强思想政治教育 | T: | M:推进大中小学思政课一体化建设，开展思政课教师全员轮训。 | L:德育科 | C:教研中心 | P: | D:-
        2 §1 加强学校体育和美育 | T: | M:确保学生每天校园内体育活动时间不少于1小时。⏎上半年举办全区中小学生运动会。 | L:体卫艺科 | C: | P: | D:-
        3 §2 促进学前教育普惠发展 | T: | M:新增普惠性学位900个，12月底前完成2所幼儿园建设。 | L:基教科 | C:计财科 | P: | D:12月底前
        4 §2 提升职业教育办学水平 | T: | M:区职业中专新开设专业2个。 | L:职成科 | C:人事科 | P: | D:-
        5 §2 关心特殊群体学生 | T: | M:随班就读学生建档立卡率100%。 | L:基教科 | C:区特殊教育学校 | P: | D:-
        ",
    );
}

fn para(text: &str, heading: Option<u8>, at: usize) -> Block {
    Block::Paragraph {
        text: text.into(),
        heading,
        at,
    }
}

fn styled_document(container: Container) -> Document {
    Document {
        container,
        blocks: vec![
            para("某局2025年工作要点", Some(1), 1),
            para("加强党的建设", Some(2), 2),
            para(
                "1.推进清廉学校建设。年底前建成示范校。（责任科室：机关党委）",
                None,
                3,
            ),
            para("提升办学质量", Some(2), 4),
            para("义务教育", Some(3), 5),
            para(
                "2.推进城乡学校共同体。（责任科室：基教科、人事科）",
                None,
                6,
            ),
            para("高中教育", Some(3), 7),
            para("推进县中振兴", Some(4), 8),
            para("实施县中提升计划。", None, 9),
            para("责任科室：基教科", None, 10),
        ],
    }
}

/// Word's heading styles make sections of unnumbered headings: the body's top
/// level a section, the next a sub-section; a deeper heading with label lines
/// under it (and no numbered item) is an item's title.
#[test]
fn unnumbered_word_headings_are_sections_sub_sections_or_item_titles() {
    let parsed = parse_document(&styled_document(Container::Docx)).unwrap();
    assert_eq!(
        render(&parsed),
        "某局2025年工作要点\n\
         §1 一、加强党的建设\n\
         §2 二、提升办学质量\n\
         §3 二（一）、义务教育\n\
         §4 二（二）、高中教育\n\
         1 §1 推进清廉学校建设 | T: | M:年底前建成示范校。 | L:机关党委 | C: | P: | D:年底前\n\
         2 §3 推进城乡学校共同体 | T: | M: | L:基教科 | C:人事科 | P: | D:-\n\
         3 §4 推进县中振兴 | T: | M:实施县中提升计划。 | L:基教科 | C: | P: | D:-\n"
    );
    assert_eq!(parsed.warnings, []);
}

/// A web page's headings are the site's as often as the plan's: they stay text.
#[test]
fn web_page_headings_are_not_sections() {
    let parsed = parse_document(&styled_document(Container::Html)).unwrap();
    assert!(
        parsed.plan.sections.is_empty(),
        "{:?}",
        parsed.plan.sections
    );
}

/// A document without items is refused saying what was seen, in Chinese too.
#[test]
fn the_refusal_says_what_was_seen_in_both_languages() {
    let doc = Document {
        container: Container::Docx,
        blocks: vec![
            para("某单位通知", None, 1),
            Block::Row {
                cells: vec!["序号".into(), "任务".into(), "备注".into()],
                table: 0,
                at: 2,
            },
            Block::Row {
                cells: vec!["1".into(), "甲".into(), "乙".into()],
                table: 0,
                at: 3,
            },
        ],
    };
    let Err(ParseError::NotAPlan { seen }) = parse_document(&doc) else {
        panic!("refused");
    };
    assert_eq!(seen.paragraphs, 1);
    assert_eq!(seen.numbered, 0);
    assert_eq!(
        seen.tables,
        [duban::plan::SeenTable {
            columns: "序号 / 任务 / 备注".into(),
            missing: duban::plan::parse::Missing::Office,
        }]
    );
}

/// Text from a PDF that spaces digits from Chinese (2024 年 9 月): 【牵头单位】 labels without a colon, 市司法局（牵头） inside a list, 等相关部门, page numbers - 2 -.
#[test]
fn pdf_text_with_bracketed_labels_and_spaced_digits() {
    assert_plan(
        "f14_pdf_spaced.txt",
        "
        临河市2024年优化营商环境重点任务清单
        §1 一、提升政务服务效能
        §2 二、强化法治保障
        1 §1 推行“高效办成一件事” | T: | M:年内上线20个“一件事”主题服务，2024年9月30日前实现企业开办全程网办。 | L:市政务服务中心 | C:市市场监管局、市税务局、相关部门* | P: | D:2024年9月30日前
        2 §1 压缩工程建设项目审批时间 | T: | M:社会投资简易低风险项目审批不超过15个工作日。 | L:市住房城乡建设局 | C:市自然资源局、市发展改革委 | P: | D:2024年12月底前
        3 §2 规范涉企执法行为 | T: | M:推行包容审慎监管，制定轻微违法不予处罚清单。 | L:市司法局 | C:市市场监管局、市生态环境局 | P: | D:6月底前
        4 §2 加强知识产权保护 | T: | M:建成知识产权保护工作站3个。 | L:市市场监管局 | C:市公安局、各县市区政府* | P: | D:-
        ",
    );
}

/// Excel: an explanation sheet, a header over two rows, （一） group rows in the 序号 column, a 具体目标 column as the target.
#[test]
fn excel_header_over_two_rows_with_sub_group_rows() {
    assert_plan(
        "f15_two_row_header.xlsx",
        "
        丰水县2024年教育重点工作任务分工表
        §1 （一）、学前教育
        §2 （二）、教师队伍
        1 §1 新建公办幼儿园 | T:新建幼儿园2所，新增学位540个 | M: | L:计财股 | C:基教股、各乡镇人民政府* | P: | D:2024年8月
        2 §1 提升保教质量 | T:开展保教质量评估全覆盖 | M: | L:基教股 | C:教研室 | P: | D:2024年11月
        3 §2 补充师资 | T:招聘教师80名 | M: | L:人事股、计财股 | C:纪检组 | P: | D:2024年7月
        ",
    );
}

/// A county's livelihood projects: a title that ends in no plan word (its year
/// names it), 负责 inside a list, 等 before a marker, 牵头领导 / 责任人 in a clause,
/// a bracket that only names offices.
#[test]
fn county_projects_with_bare_office_brackets() {
    assert_plan(
        "f16_county_livelihood.txt",
        "
        某县人民政府2024年十件民生实事
        §1 一、教育
        §2 二、医疗
        1 §1 新建幼儿园2所 | T: | M: | L:县教育局 | C:县财政局、县自然资源局 | P: | D:2024年底前完成
        2 §1 改造学校食堂10个 | T: | M: | L:县教育局 | C: | P:王五、李四 | D:-
        3 §1 实施校园安全提升工程 | T: | M: | L:县教育局 | C:县公安局 | P: | D:9月底前
        4 §2 建设县域医疗次中心2个 | T: | M: | L:县卫健局 | C:各乡镇人民政府* | P: | D:-
        5 §2 开展免费两癌筛查 | T: | M: | L:县卫健局 | C:县妇联 | P: | D:-
        ",
    );
}

/// A government's decomposition of its 政府工作报告: the notice has its own 1. 2. 3.
/// points and quotes the title with 〈〉 where the title line writes 《》; the
/// table comes as tab-separated rows with 牵头市领导 (persons) and group lines.
#[test]
fn report_decomposition_after_a_notice_with_numbered_points() {
    assert_plan(
        "f17_report_decomposition_tabs.txt",
        "
        2024年市《政府工作报告》任务分解和责任分工方案
        §1 一、主要预期目标
        §2 二、重点工作
        1 §1 地区生产总值增长6%左右 | T: | M: | L:市发展改革委 | C:各县区政府*、市直有关部门* | P:张某 | D:-
        2 §1 城镇调查失业率控制在5.5%以内 | T: | M: | L:市人力资源社会保障局 | C:各县区政府* | P:李某 | D:-
        3 §2 实施项目建设攻坚行动，全年实施亿元以上项目200个 | T: | M: | L:市发展改革委 | C:市自然资源局、市生态环境局 | P:张某 | D:-
        ",
    );
}

/// Without a title line, a task table's header row above its first group row
/// starts the body (the group row alone would leave the header behind).
#[test]
fn a_header_row_above_the_first_group_row_starts_the_body() {
    let row = |cells: &[&str], at: usize| Block::Row {
        cells: cells.iter().map(|c| c.to_string()).collect(),
        table: 0,
        at,
    };
    let doc = Document {
        container: Container::Xlsx,
        blocks: vec![
            row(&["序号", "重点任务", "牵头单位"], 1),
            para("一、经济发展", None, 2),
            row(&["1", "稳增长", "市发展改革委"], 3),
        ],
    };
    let parsed = parse_document(&doc).unwrap();
    assert_eq!(
        render(&parsed),
        "未命名计划\n§1 一、经济发展\n1 §1 稳增长 | T: | M: | L:市发展改革委 | C: | P: | D:-\n"
    );
}

/// A ledger table copied out of a PDF: each row one line of cells separated by
/// spaces, a task cell with a space inside, digits spaced from Chinese, page
/// numbers and a running header between the rows.
#[test]
fn pdf_ledger_rows_separated_by_spaces() {
    assert_plan(
        "f18_pdf_table_spaced.txt",
        "
        长宁区卫生健康局2024年重点工作任务台账
        §1 一、医疗服务
        §2 二、公共卫生
        1 §1 建设区域医疗中心 | T: | M: | L:医政科 | C:规划财务科 | P: | D:2024年12月底前
        2 §1 推进智慧医院建设 | T: | M: | L:信息中心 | C:医政科 | P: | D:9月底前
        3 §1 开展医疗质量提升行动 | T: | M: | L:医政科 | C:各医疗机构* | P: | D:全年
        4 §2 完善疾控体系 | T: | M: | L:疾控科 | C:规划财务科、区疾控中心 | P: | D:年底前
        5 §2 推进爱国卫生运动 | T: | M: | L:爱卫办 | C:各街道* | P: | D:长期坚持
        ",
    );
}

/// A Word plan titled in `Heading 1` with no plan word in its title, its sections
/// in unnumbered `Heading 2`: the lone top heading is the title, not a section.
#[test]
fn a_lone_top_heading_in_word_is_the_title() {
    let doc = Document {
        container: Container::Docx,
        blocks: vec![
            para("某县2024年十件民生实事", Some(1), 1),
            para("教育", Some(2), 2),
            para("1.新建幼儿园2所。（县教育局牵头，县财政局配合）", None, 3),
            para("医疗", Some(2), 4),
            para("2.建设医疗次中心。（县卫健局负责）", None, 5),
        ],
    };
    assert_eq!(
        render(&parse_document(&doc).unwrap()),
        "某县2024年十件民生实事\n\
         §1 一、教育\n\
         §2 二、医疗\n\
         1 §1 新建幼儿园2所 | T: | M: | L:县教育局 | C:县财政局 | P: | D:-\n\
         2 §2 建设医疗次中心 | T: | M: | L:县卫健局 | C: | P: | D:-\n"
    );
}

/// Items numbered （1） under numbered headings 1. that carry no offices: the
/// headings are sub-sections, the （1） lines the items.
#[test]
fn paren_items_under_numbered_headings() {
    let text = "某省教育厅2024年工作要点\n\
                一、加强党的建设\n\
                1.思想建设\n\
                （1）深化理论学习。开展读书班。（责任处室：机关党委）\n\
                （2）加强宣传。办好专栏。（责任处室：宣传处）\n\
                2.组织建设\n\
                （1）建强支部。开展评星定级。（责任处室：机关党委、人事处）\n\
                二、发展教育\n\
                1.基础教育\n\
                （1）扩大学位供给。新增学位1万个，9月底前完成。（责任处室：基教处）\n";
    let doc = formats::read("plan.txt", text.as_bytes()).unwrap();
    assert_eq!(
        render(&parse_document(&doc).unwrap()),
        "某省教育厅2024年工作要点\n\
         §1 一、加强党的建设\n\
         §2 一（1）、思想建设\n\
         §3 一（2）、组织建设\n\
         §4 二、发展教育\n\
         §5 二（1）、基础教育\n\
         1 §2 深化理论学习 | T: | M:开展读书班。 | L:机关党委 | C: | P: | D:-\n\
         2 §2 加强宣传 | T: | M:办好专栏。 | L:宣传处 | C: | P: | D:-\n\
         3 §3 建强支部 | T: | M:开展评星定级。 | L:机关党委 | C:人事处 | P: | D:-\n\
         4 §5 扩大学位供给 | T: | M:新增学位1万个，9月底前完成。 | L:基教处 | C: | P: | D:9月底前\n"
    );
}

/// A city's 责任分解 issued by a notice that names it without 《》 and has its own
/// 一、二、 points (one of them the list rule); items end in brackets of office
/// names alone.
#[test]
fn notice_points_before_an_unquoted_title_stay_in_the_header() {
    assert_plan(
        "f19_city_report_duties.txt",
        "
        2020年政府工作报告重点工作责任分解
        §1 一、稳定经济增长
        §2 二、改善民生
        1 §1 地区生产总值增长6.5%左右 | T: | M: | L:市发改委 | C:市统计局 | P: | D:-
        2 §1 实施重大项目300个，完成投资2000亿元 | T: | M: | L:市发改委 | C:各区县（市）政府* | P: | D:-
        3 §2 新增城镇就业20万人 | T: | M: | L:市人力社保局 | C: | P: | D:-
        ",
    );
}

/// Without a title line, a cover letter's own 一、二、 points stay in the header:
/// the body starts at the last 一、 before the first item.
#[test]
fn without_a_title_the_last_first_section_before_the_items_starts_the_body() {
    let text = "各单位：\n\
                一、提高站位，强化责任。\n\
                二、列第一位的为牵头单位。\n\
                某办公室\n\
                2020年5月20日\n\
                一、稳定经济增长\n\
                1.地区生产总值增长6.5%左右。（市发改委、市统计局）\n";
    let doc = formats::read("plan.txt", text.as_bytes()).unwrap();
    let parsed = parse_document(&doc).unwrap();
    assert_eq!(
        render(&parsed),
        "未命名计划\n§1 一、稳定经济增长\n\
         1 §1 地区生产总值增长6.5%左右 | T: | M: | L:市发改委 | C:市统计局 | P: | D:-\n"
    );
    assert_eq!(parsed.plan.date.as_deref(), Some("2020-05-20"));
}

/// Offices named for a whole section, above its first item, are said and
/// ignored, not a reason to refuse the document.
#[test]
fn an_office_label_above_the_first_item_is_a_warning() {
    let text = "某市2024年重点工作任务分解方案\n\
                一、稳定工业增长\n\
                牵头单位：市工信局\n\
                1.规上工业增加值增长7%。\n\
                责任单位：市工信局、市统计局\n";
    let doc = formats::read("plan.txt", text.as_bytes()).unwrap();
    let parsed = parse_document(&doc).unwrap();
    assert_eq!(
        render(&parsed),
        "某市2024年重点工作任务分解方案\n§1 一、稳定工业增长\n\
         1 §1 规上工业增加值增长7% | T: | M: | L:市工信局 | C:市统计局 | P: | D:-\n"
    );
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, 3);
    assert!(parsed.warnings[0].text(true).contains("不属于任何事项"));
}

/// An Excel ledger with one sheet per part of the plan, named for it: each sheet
/// name is a section (a default name such as Sheet3 is not).
#[test]
fn excel_sheets_named_for_their_part_are_sections() {
    assert_plan(
        "f20_sheets.xlsx",
        "
        未命名计划
        §1 一、教育发展
        §2 二、卫生健康
        1 §1 新建中小学3所 | T: | M: | L:市教育局 | C:市自然资源局 | P: | D:2024年9月
        2 §1 扩大职业教育招生 | T: | M: | L:市教育局 | C:市人社局 | P: | D:全年
        3 §2 建设紧密型医共体 | T: | M: | L:市卫生健康委 | C:各县市区* | P: | D:年底前
        ",
    );
}

/// A task cell of several paragraphs (Word, or Alt+Enter in Excel): the first is the
/// item's title and the enumerated ones after it its measures; a title that only
/// wrapped over two lines is one title again.
#[test]
fn a_task_cell_of_paragraphs_is_a_title_and_its_measures() {
    let row = |cells: &[&str], at: usize| Block::Row {
        cells: cells.iter().map(|c| c.to_string()).collect(),
        table: 0,
        at,
    };
    let doc = Document {
        container: Container::Docx,
        blocks: vec![
            para("某区卫生健康局2025年重点工作任务台账", None, 1),
            row(&["序号", "重点任务", "牵头单位", "完成时限"], 2),
            row(
                &[
                    "1",
                    "建设区域医疗中心\n1.完成主体工程\n2.引进专家团队",
                    "医政科",
                    "年底前",
                ],
                3,
            ),
            row(&["2", "推进智慧医院\n建设", "信息中心", "9月底前"], 4),
            row(&["3", "改善就医体验：\n优化预约流程", "医政科", "全年"], 5),
        ],
    };
    let parsed = parse_document(&doc).unwrap();
    let got: Vec<(&str, Vec<&str>)> = parsed
        .plan
        .items
        .iter()
        .map(|i| {
            (
                i.title.as_str(),
                i.measures.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("建设区域医疗中心", vec!["完成主体工程", "引进专家团队"]),
            ("推进智慧医院建设", vec![]),
            ("改善就医体验", vec!["优化预约流程"]),
        ]
    );
}
