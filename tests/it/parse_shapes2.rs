//! Shapes of issue 17, one fixture per rule (tests/fixtures/shapes2, invented
//! departments and items): every field of every item is compared (number,
//! section, title, target, measures, lead and co-operating offices with `*` for
//! a group, persons, deadline as written, notes), and every warning with its
//! position.

use duban::plan::{Parsed, Role};

fn fixture(name: &str) -> Parsed {
    crate::common::parsed_fixture("shapes2", name)
}

/// The plan as one text: title, sections, one line per item, then the warnings
/// (`! position message`).
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
            "{} §{} {} | T:{} | M:{} | L:{} | C:{} | P:{} | D:{} | N:{}\n",
            i.number,
            i.section.map_or("-".to_string(), |s| s.to_string()),
            i.title,
            i.target,
            i.measures.join("⏎"),
            offices(Role::Lead),
            offices(Role::Co),
            i.persons.join("、"),
            i.deadline.as_deref().unwrap_or("-"),
            i.notes.join("⏎"),
        ));
    }
    for w in &parsed.warnings {
        out.push_str(&format!("! {} {}\n", w.line, w.text(true)));
    }
    out
}

#[track_caller]
fn assert_plan(name: &str, want: &str) {
    let got = render(&fixture(name));
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

/// Office clauses in 〔〕 and ［］ read like those in （）.
#[test]
fn office_clauses_in_tortoise_shell_and_square_brackets() {
    assert_plan(
        "s01_tortoise_brackets.txt",
        "
        青川县农业农村局2025年重点工作安排
        §1 一、产业发展
        §2 二、农村改革
        1 §1 扩大稻渔综合种养面积 | T: | M:新增示范基地3个，带动农户增收。 | L:种植业股 | C:水产站 | P: | D:- | N:
        2 §1 建设冷链集配中心 | T: | M:完成选址和立项。 | L:计划财务股 | C:乡村产业股 | P: | D:9月底前 | N:
        3 §1 举办农民丰收节活动 | T: | M: | L:乡村产业股 | C:办公室 | P: | D:- | N:
        4 §2 推进宅基地规范管理 | T: | M:开展闲置宅基地摸底。 | L:农村改革股 | C: | P: | D:- | N:
        ",
    );
}

/// A parenthesis inside an office name (各县（市、区）政府（管委会）, 市城投（集团）公司) is part of the name, never a clause or an `X会Y` joint.
#[test]
fn brackets_inside_office_names_are_part_of_the_name() {
    assert_plan(
        "s02_bracketed_names.txt",
        "
        临溪市发展和改革委员会2025年工作要点
        §1 一、重大项目
        1 §1 加快城东物流园建设 | T: | M:完成一期仓储主体工程。 | L:临溪物流（集团）有限公司 | C:市交通运输局 | P: | D:- | N:
        2 §1 推动园区基础设施配套 | T: | M:新建污水管网12公里。 | L:市城投（集团）公司 | C:各县（市、区）政府（管委会）* | P: | D:- | N:
        3 §1 落实项目用地保障 | T: | M: | L:市自然资源局 | C:各县（市、区）政府（管委会）* | P: | D:- | N:
        ",
    );
}

/// Notes inside an office clause (下同, 不再列出, 以下各项均需…) name no office; 下同 gives its offices to the items after it that name none.
#[test]
fn notes_in_office_clauses_are_not_offices_and_xia_tong_carries_forward() {
    assert_plan(
        "s03_notes_carry.txt",
        "
        东坪区市场监督管理局2025年工作要点
        §1 一、质量安全
        §2 二、食品安全
        1 §1 开展电梯安全隐患排查 | T: | M:对使用十五年以上电梯逐台检查。 | L:特种设备科 | C:各市场监管所* | P: | D:- | N:
        2 §1 组织锅炉能效测试 | T: | M:完成重点用能单位测试20家。 | L:特种设备科 | C:各市场监管所* | P: | D:- | N:
        3 §1 推进气瓶追溯体系建设 | T: | M: | L:特种设备科 | C:各市场监管所* | P: | D:- | N:
        4 §2 抽检校园周边食品 | T: | M:每季度抽检一次。 | L:食品安全科 | C:各市场监管所*、其他科室* | P: | D:- | N:
        5 §2 整治农村集市食品摊点 | T: | M: | L:食品安全科 | C: | P: | D:- | N:
        ",
    );
}

/// `X、Y等，各县、市、区政府`: every office before 等, and the group after it as one name.
#[test]
fn a_list_ending_in_deng_keeps_the_group_after_it_whole() {
    assert_plan(
        "s04_deng_group.txt",
        "
        南岭市卫生健康委员会2025年重点任务
        §1 一、公共卫生
        1 §1 完善村级卫生室布局 | T: | M:新建标准化卫生室40个。 | L:基层卫生科 | C:规划财务科、各县、市、区政府* | P: | D:- | N:
        2 §1 开展重点人群免费体检 | T: | M:覆盖65岁以上老人。 | L:家庭发展科 | C:老龄健康科 | P: | D:- | N:
        3 §1 推广家庭医生签约服务 | T: | M: | L:基层卫生科 | C:各县、市、区卫生健康局* | P: | D:- | N:
        ",
    );
}

/// Items run together in one paragraph (（一）…（二）…, 1.…；2.…) split where the numbers run on.
#[test]
fn items_run_together_in_one_paragraph_are_split_in_order() {
    assert_plan(
        "s05_run_together.txt",
        "
        白沙镇人民政府2025年民生实事安排
        §1 一、便民服务
        §2 二、环境整治
        4 §1 改造镇区农贸市场 | T: | M:更新摊位120个。 | L:镇经济发展办 | C: | P: | D:- | N:
        5 §1 新建村级养老服务站 | T: | M:覆盖全部行政村。 | L:镇社会事务办 | C: | P: | D:- | N:
        6 §1 开通镇村公交线路 | T: | M:新增班次6个。 | L:镇综合执法队 | C: | P: | D:- | N:
        1 §2 清理房前屋后垃圾 | T: | M: | L:镇环保站 | C: | P: | D:- | N:
        2 §2 修缮河道护坡 | T: | M: | L:镇水利站 | C: | P: | D:- | N:
        3 §2 补植行道树 | T: | M: | L:镇农业服务中心 | C: | P: | D:- | N:
        ",
    );
}

/// A table pasted one cell per line, each closed by ` |`.
#[test]
fn a_table_pasted_one_cell_per_line_with_bars() {
    assert_plan(
        "s06_pipe_cells.txt",
        "
        河口区文化和旅游局2025年重点任务清单
        1 §- 修复老街历史建筑立面 | T: | M: | L:文物保护科 | C:区住建局 | P: | D:10月底前 | N:
        2 §- 举办滨江音乐季 | T: | M: | L:艺术科 | C:区融媒体中心 | P: | D:第三季度 | N:
        3 §- 完善景区导览标识 | T: | M: | L:旅游发展科 | C: | P: | D:年底前 | N:
        ",
    );
}

/// A header whose merged cell left a gap (rows one cell short) and a row with more cells than the header: read by place, the overrun said.
#[test]
fn rows_that_do_not_fit_their_header_are_read_with_a_warning() {
    assert_plan(
        "s07_header_mismatch.txt",
        "
        北岸县水利局2025年重点工作台账
        1 §- 加固病险水库3座 | T: | M: | L:工程建设股 | C: | P: | D:汛前 | N:
        2 §- 疏浚灌溉渠道20公里 | T: | M: | L:农村水利股 | C: | P: | D:5月底前 | N:
        3 §- 建设智慧水务平台 | T: | M: | L:办公室 | C: | P: | D:12月 | N:
        ! 4 第1项：期限“汛前”推不出日期，按计划年度年底计（可用 duban due 设定）
        ! 6 表格行有6个单元格，而表头只有5列：超出表头的单元格未读取
        ",
    );
}

/// A 责任领导 column: the item's leaders (persons), never offices.
#[test]
fn a_leaders_column_names_persons_not_offices() {
    assert_plan(
        "s08_leaders.txt",
        "
        金源市商务局2025年重点工作分解表
        1 §- 举办特色消费季 | T: | M: | L:市场运行科 | C:各县市区商务局* | P:周明 | D:5月至10月 | N:
        2 §- 培育外贸新业态 | T: | M: | L:对外贸易科 | C:市税务局 | P:吴芳、郑强 | D:全年 | N:
        3 §- 推进县域商业体系建设 | T: | M: | L:流通发展科 | C:市财政局 | P:周明 | D:长期坚持 | N:
        ",
    );
}

/// A 督办 ledger: 督办事项 is the title, 办理时限 the deadline, 办理情况 and 备注 the notes.
#[test]
fn a_supervision_ledger_brings_its_progress_as_notes() {
    assert_plan(
        "s09_ledger_progress.txt",
        "
        清溪县政府办公室2025年督办事项台账
        1 §- 老旧小区加装电梯 | T: | M: | L:县住建局 | C: | P: | D:9月底前 | N:进展情况：已完成12部，另有5部在施工⏎备注：群众关注度高
        2 §- 中小学食堂提质改造 | T: | M: | L:县教育局 | C: | P: | D:8月底前 | N:进展情况：招标已完成
        3 §- 城区停车位扩容 | T: | M: | L:县公安局交警大队 | C: | P: | D:年底前 | N:进展情况：正在选址⏎备注：需县自然资源局配合
        ",
    );
}

/// Group names (相关科室, 各县（市、区）政府, 各市州教育局, …成员单位) are kept as written and marked as groups.
#[test]
fn group_names_are_kept_as_written_and_marked_as_groups() {
    assert_plan(
        "s10_groups.txt",
        "
        西岭市教育局2025年工作要点
        §1 一、教育管理
        1 §1 完善学校安全管理制度 | T: | M:修订校园安全检查清单。 | L:安全稳定科 | C:相关科室* | P: | D:- | N:
        2 §1 推进教育数字化转型 | T: | M:建设市级教育资源平台。 | L:信息中心 | C:各县（市、区）政府*、各市州教育局* | P: | D:- | N:
        3 §1 加强督导结果运用 | T: | M: | L:督导室 | C:市教育督导委员会成员单位* | P: | D:- | N:
        ",
    );
}

/// Slips in the labelled shape (a repeated item number, a section numeral that skips) are read, each with a warning naming its line.
#[test]
fn slips_in_the_labelled_shape_are_read_with_warnings() {
    assert_plan(
        "s11_slips.txt",
        "
        南江县教育局2025年工作要点
        §1 一、党的建设
        §3 三、教育发展
        1 §1 加强理论武装 | T:全年开展集中学习12次。 | M:制定学习计划。 | L:办公室 | C: | P: | D:- | N:
        2 §1 落实意识形态工作责任制 | T:专题研判4次。 | M:每季度研判一次。 | L:办公室 | C: | P: | D:- | N:
        3 §3 扩大优质学位供给 | T:新增学位1200个。 | M:新建城东小学。 | L:计划财务股 | C: | P: | D:8月底前 | N:
        ! 8 事项编号重复：1（应为2），已作为事项读取
        ! 8 事项编号不唯一（有重复，或在各标题下重新开始）：事项按文中顺序编为1、2、3…
        ! 12 一级标题“三、”出现在应为“二、”的位置（标题编号跳号或倒退），已按原文读取
        ",
    );
}
