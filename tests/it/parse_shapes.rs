//! Every document shape issue 10 lists, read from fixtures written for this test
//! (invented plans of other departments) and from block streams built here, so
//! that table shapes are tested apart from the .docx/.xlsx readers.

use duban::plan::blocks::{Block, Container, Document};
use duban::plan::{Item, ParseError, Parsed, Role, parse, parse_bytes, parse_document};

/// One item as the tests compare it: number, title, leads, co-operating offices,
/// persons, deadline.
type View<'a> = (
    u32,
    &'a str,
    Vec<&'a str>,
    Vec<&'a str>,
    Vec<&'a str>,
    Option<&'a str>,
);

fn view(item: &Item) -> View<'_> {
    let names = |role: Role| {
        item.offices
            .iter()
            .filter(|o| o.role == role)
            .map(|o| o.name.as_str())
            .collect::<Vec<_>>()
    };
    (
        item.number,
        item.title.as_str(),
        names(Role::Lead),
        names(Role::Co),
        item.persons.iter().map(String::as_str).collect(),
        item.deadline.as_deref(),
    )
}

#[track_caller]
fn assert_items(parsed: &Parsed, want: &[View<'_>]) {
    let got: Vec<View<'_>> = parsed.plan.items.iter().map(view).collect();
    assert_eq!(got.len(), want.len(), "{got:#?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g, w);
    }
}

/// Each item's office names, in order.
fn office_names(parsed: &Parsed) -> Vec<Vec<&str>> {
    office_roles(parsed)
        .into_iter()
        .map(|offices| offices.into_iter().map(|(name, _)| name).collect())
        .collect()
}

/// Each item's offices with their parts, in order.
fn office_roles(parsed: &Parsed) -> Vec<Vec<(&str, Role)>> {
    parsed
        .plan
        .items
        .iter()
        .map(|i| {
            i.offices
                .iter()
                .map(|o| (o.name.as_str(), o.role))
                .collect()
        })
        .collect()
}

fn fixture(name: &str) -> Parsed {
    let path = format!(
        "{}/tests/fixtures/shapes/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    parse_bytes(&std::fs::read(&path).unwrap()).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn sections(parsed: &Parsed) -> Vec<(u32, &str, &str)> {
    parsed
        .plan
        .sections
        .iter()
        .map(|s| (s.number, s.numeral.as_str(), s.title.as_str()))
        .collect()
}

fn measures(parsed: &Parsed, number: u32) -> Vec<&str> {
    let item = parsed.plan.items.iter().find(|i| i.number == number);
    item.unwrap().measures.iter().map(String::as_str).collect()
}

// ------------------------------------------------------------ paragraph items

#[test]
fn city_plan_paragraph_items_with_office_clauses() {
    let parsed = fixture("city_tasks.txt");
    assert_eq!(parsed.warnings, []);
    let plan = &parsed.plan;
    // The cover letter is the header; the rule line (列第一位的为牵头单位) is no item.
    assert_eq!(plan.title, "某某市2023年重点工作任务分解方案");
    assert_eq!(plan.date.as_deref(), Some("2023-02-10"));
    assert_eq!(plan.issuers, ["某某市人民政府办公室"]);
    assert_eq!(
        sections(&parsed),
        [(1, "一", "稳住经济大盘"), (2, "二", "增进民生福祉")]
    );
    assert_items(
        &parsed,
        &[
            (
                1,
                "地区生产总值增长6.5%左右",
                vec!["市发展改革委"],
                vec!["市统计局"],
                vec![],
                None,
            ),
            (
                2,
                "一般公共预算收入增长6%左右",
                vec!["市财政局"],
                vec!["市税务局"],
                vec![],
                Some("6月底前"),
            ),
            (
                3,
                "扩大有效投资",
                vec!["市发展改革委", "市住房城乡建设局"],
                vec!["各县市区人民政府"],
                vec![],
                Some("2023年9月30日前"),
            ),
            (
                4,
                "加快县域高中发展",
                vec!["市教育局"],
                vec!["市财政局", "各县（市、区）人民政府"],
                vec![],
                None,
            ),
            (
                5,
                "稳定和扩大就业",
                vec!["市人力资源社会保障局"],
                vec!["市财政局", "市教育局"],
                vec![],
                Some("年底前"),
            ),
            (
                6,
                "推进健康城市建设",
                vec!["市卫生健康委"],
                vec!["市爱卫办"],
                vec![],
                Some("上半年"),
            ),
            (
                7,
                "推进基层治理现代化",
                vec!["市委组织部", "市民政局"],
                vec!["市司法局", "各县市区"],
                vec![],
                None,
            ),
        ],
    );
    assert_eq!(
        measures(&parsed, 4),
        [
            "实施县中振兴计划，年内新建高中5所。",
            "扩大优质高中招生规模。"
        ]
    );
    assert_eq!(plan.items[0].target, "");
    assert_eq!(plan.items[3].line, 13);
}

#[test]
fn district_plan_after_a_cover_letter_with_its_own_points() {
    let parsed = fixture("district_edu.txt");
    let plan = &parsed.plan;
    assert_eq!(plan.title, "某某区教育局2024年工作要点");
    assert_eq!(plan.doc_number.as_deref(), Some("某教发〔2024〕3号"));
    assert_eq!(plan.date.as_deref(), Some("2024-02-20"));
    assert_eq!(plan.issuers, ["某某区教育局"]);
    assert!(
        plan.general_requirements
            .as_deref()
            .unwrap()
            .starts_with("2024年全区教育工作的总体要求是")
    );
    // The letter's 一、二、三、 are not sections.
    assert_eq!(
        sections(&parsed),
        [(1, "一", "加强党的建设"), (2, "二", "办好人民满意教育")]
    );
    // Numbers restart in section 二: the board numbers items in document order.
    assert_items(
        &parsed,
        &[
            (
                1,
                "深化党建引领",
                vec!["组织人事股"],
                vec![],
                vec![],
                Some("年底前"),
            ),
            (
                2,
                "加强师德师风建设",
                vec!["教师管理股"],
                vec!["督导室"],
                vec![],
                None,
            ),
            (
                3,
                "扩大学前教育资源",
                vec!["学前教育股"],
                vec!["计划财务股"],
                vec![],
                Some("9月底前"),
            ),
            (
                4,
                "推进义务教育优质均衡",
                vec!["基础教育股"],
                vec!["教研室"],
                vec![],
                None,
            ),
            (
                5,
                "5项民生实事按期完成",
                vec!["基础教育股"],
                vec![],
                vec![],
                None,
            ),
        ],
    );
    let sections_of: Vec<Option<u32>> = plan.items.iter().map(|i| i.section).collect();
    assert_eq!(sections_of, [Some(1), Some(1), Some(2), Some(2), Some(2)]);
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, 18, "where numbering restarts");
    assert!(parsed.warnings[0].text(false).contains("restart"));
}

// ------------------------------------------------------------ label lines

#[test]
fn health_commission_sub_headings_as_items_with_label_lines() {
    let parsed = fixture("health_duties.txt");
    assert_eq!(
        parsed.plan.title,
        "某某市卫生健康委员会2023年重点工作责任分工方案"
    );
    assert_eq!(
        sections(&parsed),
        [(1, "一", "提升医疗服务能力"), (2, "二", "强化公共卫生体系")]
    );
    assert_items(
        &parsed,
        &[
            (
                1,
                "推进紧密型县域医共体建设",
                vec!["医政医管科"],
                vec!["基层卫生科", "财务科"],
                vec!["王明"],
                Some("2023年12月底前"),
            ),
            (
                2,
                "加强临床重点专科建设",
                vec!["医政医管科"],
                vec!["科教科"],
                vec!["李华", "赵强"],
                Some("上半年"),
            ),
            (
                3,
                "完善疾病预防控制体系",
                vec!["疾控科"],
                vec!["卫生应急办公室"],
                vec!["陈静"],
                Some("长期坚持"),
            ),
            (
                4,
                "做好重点人群健康服务",
                vec!["基层卫生科"],
                vec!["老龄健康科"],
                vec![],
                Some("全年"),
            ),
        ],
    );
    assert_eq!(
        measures(&parsed, 1),
        [
            "年内实现县域医共体全覆盖，完善双向转诊机制。",
            "提升基层首诊率。"
        ]
    );
    // Persons are never offices.
    for item in &parsed.plan.items {
        for p in &item.persons {
            assert!(item.offices.iter().all(|o| &o.name != p));
        }
    }
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
}

// ------------------------------------------------------------ text from a PDF

#[test]
fn hard_wrapped_text_from_a_pdf_is_joined_again() {
    let parsed = fixture("pdf_wrapped.txt");
    assert_eq!(parsed.warnings, []);
    assert_eq!(
        parsed.plan.title,
        "某县农业农村局2024年重点工作任务分解方案"
    );
    assert_items(
        &parsed,
        &[
            (
                1,
                "全年粮食播种面积稳定在52万亩以上",
                vec!["种植业股"],
                vec!["农业技术推广中心", "各乡镇人民政府"],
                vec![],
                Some("6月底前"),
            ),
            (
                2,
                "建设高标准农田3万亩",
                vec!["农田建设股"],
                vec!["计划财务股", "各乡镇（街道）"],
                vec![],
                Some("2024年10月31日前"),
            ),
            (
                3,
                "整治农村人居环境",
                vec!["乡村建设股"],
                vec!["县爱卫办"],
                vec![],
                Some("年底前"),
            ),
            (
                4,
                "发展乡村特色产业",
                vec!["产业发展股"],
                vec![],
                vec![],
                None,
            ),
        ],
    );
    assert_eq!(
        measures(&parsed, 2),
        ["统筹整合涉农资金，加强项目建设质量监管，2024年10月31日前全面完工。"]
    );
    assert_eq!(measures(&parsed, 4), ["培育省级农业产业化龙头企业2家。"]);
}

// ------------------------------------------------------------ tables

/// The ledger every table test reads, whatever the container.
fn ledger_items() -> Vec<View<'static>> {
    vec![
        (
            3,
            "推进工业园区扩区调规",
            vec!["区发改局"],
            vec!["区自然资源局", "区工信局"],
            vec!["张伟"],
            Some("2023年6月底前"),
        ),
        (
            68,
            "优化营商环境",
            vec!["区政务服务中心"],
            vec!["区直各单位"],
            vec!["刘洋"],
            Some("年底前"),
        ),
        (
            69,
            "培育市场主体",
            vec!["区市场监管局", "区工信局"],
            vec!["区统计局"],
            vec!["刘洋"],
            Some("全年"),
        ),
        (
            73,
            "建设城乡供水一体化工程",
            vec!["区水利局"],
            vec!["各乡镇（街道）"],
            vec!["王芳"],
            Some("长期坚持"),
        ),
    ]
}

#[test]
fn ledger_as_tab_separated_rows() {
    let parsed = fixture("ledger_tabs.txt");
    assert_eq!(parsed.warnings, []);
    assert_eq!(parsed.plan.title, "某某区2023年重点工作任务台账");
    assert_eq!(
        sections(&parsed),
        [(1, "一", "经济发展"), (2, "二", "社会事业")]
    );
    assert_items(&parsed, &ledger_items());
    // The task cell's first sentence is the title; its rest and 细化分工 are measures.
    assert_eq!(
        measures(&parsed, 3),
        ["完成园区总体规划修编。", "完成扩区调规报批"]
    );
    // Two rows with one 序号 are one item.
    assert_eq!(
        measures(&parsed, 69),
        ["新增市场主体5000户", "新增规模以上工业企业10家"]
    );
    let sections_of: Vec<Option<u32>> = parsed.plan.items.iter().map(|i| i.section).collect();
    assert_eq!(sections_of, [Some(1), Some(1), Some(1), Some(2)]);
}

#[test]
fn ledger_as_one_cell_per_line() {
    let parsed = fixture("ledger_cells.txt");
    assert_eq!(parsed.warnings, []);
    let want: Vec<View<'_>> = ledger_items()
        .into_iter()
        .filter(|v| v.0 != 69)
        .map(|mut v| {
            if v.0 == 73 {
                v.3 = vec![]; // — in the 配合单位 cell
            }
            v
        })
        .collect();
    assert_items(&parsed, &want);
    assert_eq!(
        sections(&parsed),
        [(1, "一", "经济发展"), (2, "二", "社会事业")]
    );
}

fn row(cells: &[&str], table: usize, at: usize) -> Block {
    Block::Row {
        cells: cells.iter().map(|c| c.to_string()).collect(),
        table,
        at,
    }
}

/// The ledger as a spreadsheet reader would give it: a title merged across the
/// columns, the header, a group row merged across, vertically merged cells repeated.
fn ledger_document(container: Container) -> Document {
    let blocks = vec![
        row(&["某某区2023年重点工作任务台账"; 8], 0, 1),
        row(
            &[
                "序号",
                "重点任务",
                "细化分工",
                "牵头单位",
                "配合单位",
                "完成时限",
                "分管领导",
                "备注",
            ],
            0,
            2,
        ),
        row(&["一、经济发展"; 8], 0, 3),
        row(
            &[
                "3",
                "推进工业园区扩区调规。完成园区总体规划修编。",
                "完成扩区调规报批",
                "区发改局",
                "区自然资源局、区工信局",
                "2023年6月底前",
                "张伟",
                "",
            ],
            0,
            4,
        ),
        row(
            &[
                "68",
                "优化营商环境",
                "推行“一件事一次办”改革",
                "区政务服务中心",
                "区直各单位等",
                "年底前",
                "刘洋",
                "",
            ],
            0,
            5,
        ),
        row(
            &[
                "69",
                "培育市场主体",
                "新增市场主体5000户",
                "区市场监管局",
                "",
                "全年",
                "刘洋",
                "",
            ],
            0,
            6,
        ),
        row(
            &[
                "69",
                "培育市场主体",
                "新增规模以上工业企业10家",
                "区工信局",
                "区统计局",
                "全年",
                "刘洋",
                "",
            ],
            0,
            7,
        ),
        row(&["二", "社会事业", "", "", "", "", "", ""], 0, 8),
        row(
            &[
                "73",
                "建设城乡供水一体化工程",
                "完成主管网铺设",
                "区水利局",
                "各乡镇（街道）",
                "长期坚持",
                "王芳",
                "列第一位的为牵头单位",
            ],
            0,
            9,
        ),
    ];
    Document { container, blocks }
}

#[test]
fn ledger_as_spreadsheet_rows() {
    for container in [Container::Xlsx, Container::Docx, Container::Html] {
        let parsed = parse_document(&ledger_document(container)).unwrap();
        assert_eq!(parsed.warnings, [], "{container:?}");
        assert_eq!(parsed.plan.title, "某某区2023年重点工作任务台账");
        assert_eq!(
            sections(&parsed),
            [(1, "一", "经济发展"), (2, "二", "社会事业")]
        );
        assert_items(&parsed, &ledger_items());
        // Positions are the container's: the row of the spreadsheet.
        let lines: Vec<usize> = parsed.plan.items.iter().map(|i| i.line).collect();
        assert_eq!(lines, [4, 5, 6, 9]);
    }
}

#[test]
fn table_warnings_keep_their_row() {
    let mut doc = ledger_document(Container::Xlsx);
    // Row 5 loses its offices.
    if let Block::Row { cells, .. } = &mut doc.blocks[4] {
        cells[3].clear();
        cells[4].clear();
    }
    let parsed = parse_document(&doc).unwrap();
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, 5);
    assert!(parsed.warnings[0].text(false).contains("68"));
}

#[test]
fn table_with_a_responsible_column_only_and_no_numbers() {
    let doc = Document {
        container: Container::Docx,
        blocks: vec![
            Block::Paragraph {
                text: "某局2024年重点任务清单".into(),
                heading: Some(1),
                at: 1,
            },
            row(&["工作任务", "责任处室", "时间节点", "责任人"], 0, 2),
            row(
                &[
                    "完善制度。修订管理办法。",
                    "办公室、法规处",
                    "6月底前",
                    "张三",
                ],
                0,
                3,
            ),
            row(&["开展培训", "人事处", "全年", ""], 0, 4),
        ],
    };
    let parsed = parse_document(&doc).unwrap();
    assert_items(
        &parsed,
        &[
            (
                1,
                "完善制度",
                vec!["办公室"],
                vec!["法规处"],
                vec!["张三"],
                Some("6月底前"),
            ),
            (2, "开展培训", vec!["人事处"], vec![], vec![], Some("全年")),
        ],
    );
    assert_eq!(measures(&parsed, 1), ["修订管理办法。"]);
}

// ------------------------------------------------------------ a mixed document

#[test]
fn mixed_document_of_labels_paragraphs_and_a_table() {
    let parsed = fixture("mixed.txt");
    assert_eq!(parsed.warnings, []);
    assert_eq!(
        sections(&parsed),
        [
            (1, "一", "党的建设"),
            (2, "二", "教育发展"),
            (3, "三", "重点项目")
        ]
    );
    assert_items(
        &parsed,
        &[
            (
                1,
                "加强基层党组织建设",
                vec!["组织宣传科"],
                vec!["各直属学校"],
                vec![],
                None,
            ),
            (
                2,
                "落实意识形态工作责任制",
                vec!["组织宣传科"],
                vec![],
                vec![],
                None,
            ),
            (
                3,
                "推进学前教育普及普惠",
                vec!["学前教育科"],
                vec!["计划财务科"],
                vec![],
                Some("2025年8月底前"),
            ),
            (
                4,
                "实施义务教育强校提质行动",
                vec!["基础教育科"],
                vec!["教研室"],
                vec![],
                None,
            ),
            (
                5,
                "建设第二实验中学",
                vec!["计划财务科"],
                vec!["基础教育科"],
                vec![],
                Some("2025年9月1日前"),
            ),
            (
                6,
                "改造薄弱学校校舍",
                vec!["计划财务科"],
                vec![],
                vec![],
                Some("年底前"),
            ),
            (
                7,
                "常规工作",
                vec!["办公室"],
                vec!["相关科室"],
                vec![],
                None,
            ),
        ],
    );
    let plan = &parsed.plan;
    assert_eq!(plan.items[0].target, "基层党组织全面进步、全面过硬。");
    assert_eq!(
        plan.items[0].measures,
        ["开展党支部标准化建设。", "评选示范党支部20个。"]
    );
    assert_eq!(plan.items[4].section, Some(3));
    assert_eq!(plan.items[6].section, None);
}

// ------------------------------------------------------------ numbering

#[test]
fn every_item_numbering_style() {
    for (one, two) in [
        ("1.", "2."),
        ("1、", "2、"),
        ("1．", "2．"),
        ("（1）", "（2）"),
        ("(1)", "(2)"),
        ("1)", "2)"),
        ("1）", "2）"),
    ] {
        let doc = format!(
            "某局2024年工作要点\n一、总体\n{one}完善制度。修订办法。（责任单位：甲处）\n\
             {two}开展培训。（乙处牵头，丙处配合）\n"
        );
        let parsed = parse(&doc).unwrap_or_else(|e| panic!("{one}: {e}"));
        assert_eq!(parsed.warnings, [], "{one}");
        assert_items(
            &parsed,
            &[
                (1, "完善制度", vec!["甲处"], vec![], vec![], None),
                (2, "开展培训", vec!["乙处"], vec!["丙处"], vec![], None),
            ],
        );
    }
}

#[test]
fn sub_headings_hold_items_or_are_items() {
    let doc = "某局2024年工作要点\n\
        一、改革\n\
        （一）管理改革\n\
        1.完善制度。（责任单位：甲处）\n\
        2.优化流程。（责任单位：乙处）\n\
        （二）开展专项督查\n\
        对重点任务开展督查。（责任单位：督查室）\n\
        二、保障\n\
        3.加强经费保障。（责任单位：财务处）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (1, "完善制度", vec!["甲处"], vec![], vec![], None),
            (2, "优化流程", vec!["乙处"], vec![], vec![], None),
            // A sub-heading item takes a number no numbered item has (after the
            // largest), so that the document's own numbers stay.
            (4, "开展专项督查", vec!["督查室"], vec![], vec![], None),
            (3, "加强经费保障", vec!["财务处"], vec![], vec![], None),
        ],
    );
    assert_eq!(parsed.warnings, []);
    // A sub-heading with items under it is a section; sections are then numbered
    // in document order.
    assert_eq!(
        sections(&parsed),
        [
            (1, "一", "改革"),
            (2, "一（一）", "管理改革"),
            (3, "二", "保障")
        ]
    );
    let sections_of: Vec<Option<u32>> = parsed.plan.items.iter().map(|i| i.section).collect();
    assert_eq!(sections_of, [Some(2), Some(2), Some(2), Some(3)]);
    assert_eq!(measures(&parsed, 4), ["对重点任务开展督查。"]);
}

#[test]
fn document_numbers_are_kept_when_unique() {
    let doc = "某局2024年任务分解方案\n一、总体\n3.甲。（责任单位：甲处）\n68.乙。（责任单位：乙处）\n\
               69.丙。（责任单位：丙处）\n73.丁。（责任单位：丁处）\n";
    let parsed = parse(doc).unwrap();
    let numbers: Vec<u32> = parsed.plan.items.iter().map(|i| i.number).collect();
    assert_eq!(numbers, [3, 68, 69, 73]);
}

// ------------------------------------------------------------ refusals

#[test]
fn item_numbers_past_the_limit_are_left_out_with_a_warning_naming_the_line() {
    for big in ["4294967296", "10000000", "99999999999999999999"] {
        let doc = format!(
            "某局2024年工作要点\n一、总体\n1.甲事项\n目标任务:甲。\n工作措施:乙。\n责任单位:办公室\n\
             {big}.标题\n目标任务:丙。\n2.乙事项\n目标任务:丁。\n工作措施:戊。\n责任单位:财务处\n"
        );
        let parsed = parse(&doc).unwrap_or_else(|e| panic!("{big}: {e}"));
        let w = parsed
            .warnings
            .iter()
            .find(|w| w.line == 7)
            .unwrap_or_else(|| panic!("{big}: {:?}", parsed.warnings));
        assert!(w.text(false).contains(big), "{}", w.text(false));
        assert!(w.text(true).contains("无法使用"), "{}", w.text(true));
        let titles: Vec<&str> = parsed.plan.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(
            titles,
            ["甲事项", "乙事项"],
            "{big}: never text of the item above"
        );
        assert_eq!(parsed.plan.items[0].target, "甲。");
        assert_eq!(parsed.plan.items[1].target, "丁。");
    }
    // With nothing else to read, the document has no item: refused.
    let doc = Document {
        container: Container::Docx,
        blocks: vec![
            Block::Paragraph {
                text: "一、总体".into(),
                heading: None,
                at: 1,
            },
            Block::Paragraph {
                text: "4294967296.标题".into(),
                heading: None,
                at: 2,
            },
        ],
    };
    assert!(matches!(
        parse_document(&doc),
        Err(ParseError::NotAPlan { .. })
    ));
}

#[test]
fn documents_without_items_say_what_they_hold() {
    let doc = Document {
        container: Container::Text,
        blocks: vec![
            Block::Paragraph {
                text: "这是一段说明文字。".into(),
                heading: None,
                at: 1,
            },
            Block::Paragraph {
                text: "没有任何工作事项。".into(),
                heading: None,
                at: 2,
            },
        ],
    };
    let err = parse_document(&doc).unwrap_err().to_string();
    assert!(err.contains("2 paragraphs"), "{err}");
    assert!(err.contains("no numbered items"), "{err}");
    assert!(
        err.contains("duban reads"),
        "names the shapes understood: {err}"
    );

    let doc = Document {
        container: Container::Xlsx,
        blocks: vec![
            row(&["序号", "任务", "备注"], 0, 1),
            row(&["1", "甲", ""], 0, 2),
        ],
    };
    let err = parse_document(&doc).unwrap_err().to_string();
    assert!(
        err.contains("a table with columns 序号 / 任务 / 备注 but no office column"),
        "{err}"
    );
    // The text entry point keeps its plain error.
    assert_eq!(parse("这是一段说明文字。"), Err(ParseError::NoItems));
}

#[test]
fn text_after_an_item_closed_by_its_office_clause_is_not_its_body() {
    let doc = "某局2024年工作要点\n一、总体\n1.完善制度。修订办法。（责任单位：甲处）\n\
               各单位要高度重视，认真抓好落实。\n某局办公室 2024年3月1日印发\n";
    let parsed = parse(doc).unwrap();
    assert_eq!(measures(&parsed, 1), ["修订办法。"]);
    assert_eq!(parsed.warnings.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].line, 4);
}

/// Lines built from the characters the structure reader looks at, in every order a
/// small generator gives: reading them may refuse, never panic.
#[test]
fn hostile_text_never_panics() {
    const PIECES: &[&str] = &[
        "（",
        "）",
        "(",
        ")",
        "【",
        "】",
        "[",
        "]",
        "、",
        "。",
        "：",
        ":",
        "；",
        "1",
        "12",
        "．",
        ".",
        "一",
        "十",
        "（一）",
        "一、",
        "责任单位",
        "牵头",
        "配合",
        "会",
        "及",
        "等",
        "\t",
        "|",
        "序号",
        "重点任务",
        "牵头单位",
        "6月底前",
        "年底",
        "甲处",
        " ",
        "4294967296",
        "在完成上述工作的同时",
        "工作要点",
        "牽頭單位",
        "长期坚持",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for _ in 0..3000 {
        let lines = 1 + next(8);
        let mut doc = String::new();
        for _ in 0..lines {
            for _ in 0..next(12) {
                doc.push_str(PIECES[next(PIECES.len())]);
            }
            doc.push('\n');
        }
        let _ = parse(&doc);
        let _ = parse_document(&duban::plan::formats::text::read(&doc));
    }
}

#[test]
fn a_header_over_two_rows_with_a_merged_office_column() {
    let doc = Document {
        container: Container::Docx,
        blocks: vec![
            Block::Paragraph {
                text: "某市2024年重点工作任务分解方案".into(),
                heading: None,
                at: 1,
            },
            row(
                &["序号", "重点任务", "责任单位", "责任单位", "完成时限"],
                0,
                2,
            ),
            row(&["序号", "重点任务", "牵头", "配合", "完成时限"], 0, 3),
            row(
                &[
                    "1",
                    "稳定就业。",
                    "市人社局",
                    "市财政局、市教育局",
                    "年底前",
                ],
                0,
                4,
            ),
            row(&["2", "保障住房。", "市住建局", "", "长期坚持"], 0, 5),
        ],
    };
    let parsed = parse_document(&doc).unwrap();
    assert_eq!(parsed.warnings, []);
    assert_items(
        &parsed,
        &[
            (
                1,
                "稳定就业",
                vec!["市人社局"],
                vec!["市财政局", "市教育局"],
                vec![],
                Some("年底前"),
            ),
            (
                2,
                "保障住房",
                vec!["市住建局"],
                vec![],
                vec![],
                Some("长期坚持"),
            ),
        ],
    );
}

#[test]
fn several_labels_on_one_line_and_qualified_labels() {
    let doc = "某局2024年工作要点\n一、总体\n1.完善制度。修订办法。\n\
               牵头单位：甲局  配合单位：乙局、丙局  完成时限：6月底前\n\
               2.开展培训。\n责任单位（部门）：丁处；责任人：张三\n";
    let parsed = parse(doc).unwrap();
    assert_eq!(parsed.warnings, []);
    assert_items(
        &parsed,
        &[
            (
                1,
                "完善制度",
                vec!["甲局"],
                vec!["乙局", "丙局"],
                vec![],
                Some("6月底前"),
            ),
            (2, "开展培训", vec!["丁处"], vec![], vec!["张三"], None),
        ],
    );
}

#[test]
fn picked_items_under_no_heading_keep_their_numbers() {
    let doc = "3.稳定粮食生产。（责任单位：农业农村局）\n68.整治人居环境。（责任单位：住建局）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (3, "稳定粮食生产", vec!["农业农村局"], vec![], vec![], None),
            (68, "整治人居环境", vec!["住建局"], vec![], vec![], None),
        ],
    );
}

#[test]
fn the_title_quoted_by_the_notice_starts_the_plan() {
    let doc = "关于印发《某市2024年民生实事项目》的通知\n各区人民政府：\n\
               一、请各区高度重视。\n二、请按月报送进展。\n某市人民政府办公室\n2024年1月5日\n\
               某市2024年民生实事项目\n一、教育\n1.新建幼儿园10所。（责任主体：市教育局）\n";
    let parsed = parse(doc).unwrap();
    assert_eq!(parsed.plan.title, "某市2024年民生实事项目");
    assert_eq!(sections(&parsed), [(1, "一", "教育")]);
    assert_items(
        &parsed,
        &[(1, "新建幼儿园10所", vec!["市教育局"], vec![], vec![], None)],
    );
}

// ------------------------------------------------------------ QA office clauses

#[test]
fn deadline_words_inside_an_office_clause() {
    let doc = "一、任务\n1.事项一。（责任单位：人事股；长期坚持）\n2.事项二。（责任单位：人事股；全年）\n3.事项三。（分管领导：王五；牵头处室：职成处；全年）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (
                1,
                "事项一",
                vec!["人事股"],
                vec![],
                vec![],
                Some("长期坚持"),
            ),
            (2, "事项二", vec!["人事股"], vec![], vec![], Some("全年")),
            (
                3,
                "事项三",
                vec!["职成处"],
                vec![],
                vec!["王五"],
                Some("全年"),
            ),
        ],
    );
    assert!(parsed.plan.items.iter().all(|i| i.measures.is_empty()));
}

#[test]
fn deadline_after_a_comma_in_a_label_is_no_office() {
    let doc = "一、任务\n7.事项七。（责任单位：各县（市、区）人民政府，年底前）\n8.事项八。（责任单位：甲处、乙处，2023年9月30日前）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (
                7,
                "事项七",
                vec!["各县（市、区）人民政府"],
                vec![],
                vec![],
                Some("年底前"),
            ),
            (
                8,
                "事项八",
                vec!["甲处"],
                vec!["乙处"],
                vec![],
                Some("2023年9月30日前"),
            ),
        ],
    );
}

#[test]
fn joint_and_bare_responsibility_clauses() {
    let doc = "一、任务\n6.事项六。（市教育局会同市财政局负责）\n7.事项七。（市教育局会同市发展改革委、市财政局等负责，长期坚持）\n8.事项八。（市教育局负责）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (
                6,
                "事项六",
                vec!["市教育局"],
                vec!["市财政局"],
                vec![],
                None,
            ),
            (
                7,
                "事项七",
                vec!["市教育局"],
                vec!["市发展改革委", "市财政局"],
                vec![],
                Some("长期坚持"),
            ),
            (8, "事项八", vec!["市教育局"], vec![], vec![], None),
        ],
    );
    assert!(parsed.plan.items.iter().all(|i| i.measures.is_empty()));
}

#[test]
fn a_whole_list_sharing_the_work_leads_together() {
    let doc = "一、任务\n5.事项五。（责任单位：基教处、财务处按职责分工负责）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[(5, "事项五", vec!["基教处", "财务处"], vec![], vec![], None)],
    );
}

#[test]
fn two_person_labels_are_not_one_label_twice() {
    let doc =
        "一、任务\n1.事项一\n牵头负责领导：张三\n责任人：李四\n责任单位：甲处\n完成时限：6月底前\n";
    let parsed = parse(doc).unwrap();
    assert_eq!(parsed.warnings, []);
    assert_items(
        &parsed,
        &[(
            1,
            "事项一",
            vec!["甲处"],
            vec![],
            vec!["张三", "李四"],
            Some("6月底前"),
        )],
    );
}

#[test]
fn an_unbracketed_office_sentence_in_a_paragraph_item() {
    let doc = "一、任务\n68.推进“双减”工作走深走实，规范校外培训。责任单位：基础教育处、市场监管局分别牵头，各县（市、区）人民政府按职责分工负责。2023年9月30日前完成。\n69.事项。做好乙。（责任单位：甲处）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (
                68,
                "推进“双减”工作走深走实，规范校外培训",
                // As written: this document has no 基教处 for it to be an alias of.
                vec!["基础教育处", "市场监管局"],
                vec!["各县（市、区）人民政府"],
                vec![],
                Some("2023年9月30日前"),
            ),
            (69, "事项", vec!["甲处"], vec![], vec![], None),
        ],
    );
    assert!(
        measures(&parsed, 68).is_empty(),
        "{:?}",
        measures(&parsed, 68)
    );
    assert_eq!(measures(&parsed, 69), ["做好乙。"]);
}

#[test]
fn a_hard_wrapped_item_heading_joins_its_next_line() {
    let doc = "一、任务\n72.建设数字校园。（责任单位：甲处）\n73.建设智慧教育平台，整合各类\n资源，实现互联互通。推进应用。（责任单位：乙处；年底前）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (72, "建设数字校园", vec!["甲处"], vec![], vec![], None),
            (
                73,
                "建设智慧教育平台，整合各类资源，实现互联互通",
                vec!["乙处"],
                vec![],
                vec![],
                Some("年底前"),
            ),
        ],
    );
    assert_eq!(measures(&parsed, 73), ["推进应用。"]);
}

#[test]
fn sub_heading_items_take_numbers_no_item_has() {
    let doc = "某局2024年工作要点\n\
        一、发展\n\
        （一）推进改革\n\
        1.甲。（责任单位：甲处）\n\
        2.乙。（责任单位：乙处）\n\
        3.丙。（责任单位：丙处）\n\
        4.丁。（责任单位：丁处）\n\
        （二）推动教育优质均衡发展\n\
        5.戊。（责任单位：戊处）\n\
        （三）守牢安全生产底线\n\
        加强校园安全。（责任单位：安全处）\n\
        二、保障措施\n\
        6.己。（责任单位：己处）\n";
    let parsed = parse(doc).unwrap();
    let numbers: Vec<(u32, &str)> = parsed
        .plan
        .items
        .iter()
        .map(|i| (i.number, i.title.as_str()))
        .collect();
    assert_eq!(
        numbers,
        [
            (1, "甲"),
            (2, "乙"),
            (3, "丙"),
            (4, "丁"),
            (5, "戊"),
            (7, "守牢安全生产底线"),
            (6, "己"),
        ]
    );
    let item = parsed.plan.items.iter().find(|i| i.number == 7).unwrap();
    assert_eq!(
        view(item),
        (7, "守牢安全生产底线", vec!["安全处"], vec![], vec![], None)
    );
    assert!(
        parsed
            .warnings
            .iter()
            .all(|w| !w.text(false).contains("restart") && !w.text(false).contains("follows")),
        "{:?}",
        parsed.warnings
    );
}

#[test]
fn an_empty_sub_heading_before_a_sub_heading_section_is_a_section() {
    let doc = "某局2024年工作要点\n\
        一、总体\n\
        1.甲。（责任单位：甲处）\n\
        二、加强师资\n\
        （一）师德建设\n\
        （二）培训提升\n\
        2.开展培训。（责任单位：乙处）\n";
    let parsed = parse(doc).unwrap();
    assert_items(
        &parsed,
        &[
            (1, "甲", vec!["甲处"], vec![], vec![], None),
            (2, "开展培训", vec!["乙处"], vec![], vec![], None),
        ],
    );
    let titles: Vec<&str> = parsed
        .plan
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["总体", "加强师资", "师德建设", "培训提升"]);
}

#[test]
fn warnings_carry_a_chinese_text() {
    let parsed = parse("一、任务\n1.事项一。做好甲。\n").unwrap();
    let w = &parsed.warnings[0];
    assert_eq!(w.kind, duban::plan::WarningKind::NoOffices { number: 1 });
    assert_eq!(w.text(true), "第1项没有写明处室");
    assert_eq!(w.text(false), "item 1 has no offices");
    assert_eq!(w.message(duban::i18n::Lang::En), w.text(false));
}

/// A paragraph item whose number repeats or goes back (a slip in the document) is
/// still an item: nothing is folded into the item above, and the plan is numbered in
/// document order with a warning.
#[test]
fn a_repeated_number_on_a_paragraph_item_keeps_the_item() {
    let text = "某局2024年工作要点\n\
                一、夯实基础\n\
                1. 修订甲制度。年内印发。（责任单位：办公室）\n\
                2. 建设乙平台。6月底前上线。（责任单位：信息中心）\n\
                2. 开展丙培训。全年两期。（责任单位：人事科、办公室）\n\
                二、优化服务\n\
                3. 推进丁改革。（责任单位：审批科）\n";
    let parsed = parse(text).unwrap();
    let got: Vec<(u32, &str, Vec<&str>)> = parsed
        .plan
        .items
        .iter()
        .map(|i| {
            (
                i.number,
                i.title.as_str(),
                i.offices.iter().map(|o| o.name.as_str()).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (1, "修订甲制度", vec!["办公室"]),
            (2, "建设乙平台", vec!["信息中心"]),
            (3, "开展丙培训", vec!["人事科", "办公室"]),
            (4, "推进丁改革", vec!["审批科"]),
        ]
    );
    assert!(
        parsed
            .warnings
            .iter()
            .any(|w| w.text(true).contains("事项编号不唯一")),
        "{:?}",
        parsed.warnings
    );
}

/// ⒈ ⒉ ⒊ (one character each, from an input method or Word's symbols) number items
/// as 1. 2. 3. do.
#[test]
fn items_numbered_with_digit_full_stop_characters() {
    let text = "某镇2025年工作要点\n一、基础\n⒈修缮校舍。暑期完成。（责任单位：后勤股）\n\
                ⒉充实图书。（责任单位：教研室、后勤股）\n";
    let parsed = parse(text).unwrap();
    let got: Vec<(u32, &str, &str)> = parsed
        .plan
        .items
        .iter()
        .map(|i| (i.number, i.title.as_str(), i.offices[0].name.as_str()))
        .collect();
    assert_eq!(got, [(1, "修缮校舍", "后勤股"), (2, "充实图书", "教研室")]);
}

/// 无 (or a dash) where a form has no office is no office at all.
#[test]
fn none_written_for_an_office_is_no_office() {
    let text = "某局2025年工作要点\n一、基础\n1.修缮校舍。暑期完成。（牵头单位：后勤科；配合单位：无）\n\
                2.充实图书\n牵头单位：教研室\n配合单位：无\n3.更新设备。（责任单位：信息中心、—）\n";
    let parsed = parse(text).unwrap();
    let got = office_names(&parsed);
    assert_eq!(got, [vec!["后勤科"], vec!["教研室"], vec!["信息中心"]]);
}

/// Labels inside one clause with nothing between them (a web page's &nbsp; lost on
/// the way) still start their own fields.
#[test]
fn clause_labels_glued_together_are_still_fields() {
    let text = "某委2025年工作要点\n一、基层\n\
                1.提升卫生院能力。新建5所。（牵头科室：基层卫生科配合科室：规划科、财务科完成时限：2025年12月）\n";
    let parsed = parse(text).unwrap();
    let item = &parsed.plan.items[0];
    let offices: Vec<(&str, Role)> = item
        .offices
        .iter()
        .map(|o| (o.name.as_str(), o.role))
        .collect();
    assert_eq!(
        offices,
        [
            ("基层卫生科", Role::Lead),
            ("规划科", Role::Co),
            ("财务科", Role::Co)
        ]
    );
    assert_eq!(item.deadline.as_deref(), Some("2025年12月"));
}

/// An office list wrapped over a line break in text pasted from a PDF, in the middle
/// of a name or after its 、, is one list; a signature line after a finished list is
/// not part of it.
#[test]
fn a_wrapped_office_label_line_goes_on_on_the_next_line() {
    let text = "某市2025年重点工作任务分解方案\n一、交通\n1.加快项目建设\n牵头单位：市交通运输局\n\
                责任单位：市自然资源和规划局、市生态环\n境局、市财政局\n完成时限：2025年12月底\n\
                2.优化公交线网\n责任单位：市交通运输局、\n市公交集团\n";
    let parsed = parse(text).unwrap();
    let names = |k: usize| office_names(&parsed)[k].clone();
    assert_eq!(
        names(0),
        [
            "市交通运输局",
            "市自然资源和规划局",
            "市生态环境局",
            "市财政局"
        ]
    );
    assert_eq!(
        parsed.plan.items[0].deadline.as_deref(),
        Some("2025年12月底")
    );
    assert_eq!(names(1), ["市交通运输局", "市公交集团"]);
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
}

/// `时间：4月底前` inside an office clause is the item's deadline.
#[test]
fn a_bare_time_label_in_a_clause_is_the_deadline() {
    let text = "某县2025年工作要点\n一、基础\n1.修缮校舍。暑期前完成。（责任单位：后勤股、教研室；时间：4月底前）\n";
    let parsed = parse(text).unwrap();
    let item = &parsed.plan.items[0];
    let names: Vec<&str> = item.offices.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["后勤股", "教研室"]);
    assert_eq!(item.deadline.as_deref(), Some("4月底前"));
}

/// `（一）` headings each followed by numbered lines and one 责任单位 line: the
/// sub-headings are the items, their numbered lines the measures.
#[test]
fn sub_headings_that_carry_the_offices_are_the_items() {
    let text = "某区2025年重点工作责任分工方案\n一、发展产业\n（一）壮大特色产业\n\
                1.培育龙头企业3家。\n2.建设冷链中心。\n责任单位：区农业农村局、区商务局\n\
                （二）优化营商环境\n1.推行开办一日办结。\n责任单位：区营商局\n\
                二、改善民生\n（一）整治人居环境\n1.改造户厕2000户。\n2.建成示范村15个。\n\
                3.清理河湖。\n责任单位：区住建局、各街道办事处\n";
    let parsed = parse(text).unwrap();
    let got: Vec<(u32, &str, &str, Vec<&str>)> = parsed
        .plan
        .items
        .iter()
        .map(|i| {
            (
                i.number,
                i.title.as_str(),
                i.offices[0].name.as_str(),
                i.measures.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                1,
                "壮大特色产业",
                "区农业农村局",
                vec!["培育龙头企业3家。", "建设冷链中心。"]
            ),
            (2, "优化营商环境", "区营商局", vec!["推行开办一日办结。"]),
            (
                3,
                "整治人居环境",
                "区住建局",
                vec!["改造户厕2000户。", "建成示范村15个。", "清理河湖。"]
            ),
        ]
    );
    assert_eq!(parsed.plan.sections.len(), 2);
}

/// A paragraph item whose title is closed by a colon: the title ends there and the
/// sentence after it is the first measure.
#[test]
fn a_title_closed_by_a_colon() {
    let text = "某县2025年工作要点\n一、农业\n2.推进高标准农田建设：新建农田2万亩。完善灌溉设施。（责任单位：县农业农村局）\n";
    let parsed = parse(text).unwrap();
    let item = &parsed.plan.items[0];
    assert_eq!(item.title, "推进高标准农田建设");
    assert_eq!(item.measures, ["新建农田2万亩。", "完善灌溉设施。"]);
    assert_eq!(item.offices[0].name, "县农业农村局");
}

/// Measures enumerated with ①② or （1）（2） under a title line are split there and
/// lose their enumerators.
#[test]
fn enumerated_measures_under_a_title_line() {
    let text = "某局2025年工作要点\n一、教学\n1.加强作业管理\n①控制作业总量；②提高设计质量。\n\
                责任科室：基础教育科\n2.推进智慧教育\n（1）建设示范校10所；\n（2）开展教学竞赛。\n\
                责任科室：电教馆\n";
    let parsed = parse(text).unwrap();
    let measures: Vec<Vec<&str>> = parsed
        .plan
        .items
        .iter()
        .map(|i| i.measures.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        measures,
        [
            vec!["控制作业总量", "提高设计质量。"],
            vec!["建设示范校10所", "开展教学竞赛。"]
        ]
    );
}

/// A label in ASCII or full-width brackets in the middle of a line, or opening a
/// sentence, is read as a label (it once cut a Chinese character in two and
/// panicked).
#[test]
fn bracketed_labels_mid_line_are_labels() {
    let text = "某县2025年工作要点\n一、基础\n1.修缮校舍\n牵头单位：县卫健局 [配合单位]县妇联\n\
                2.更新设备。（责任单位：市教育局[配合单位]：市财政局）\n\
                3.充实图书。[配合单位]县妇联。\n";
    let parsed = parse(text).unwrap();
    assert_eq!(
        office_roles(&parsed),
        [
            vec![("县卫健局", Role::Lead), ("县妇联", Role::Co)],
            vec![("市教育局", Role::Lead), ("市财政局", Role::Co)],
            vec![("县妇联", Role::Co)],
        ]
    );
}

/// A short line after a finished office list is not glued onto its last office.
#[test]
fn a_line_after_a_finished_office_list_is_not_an_office() {
    let text = "某县2025年工作要点\n一、基础\n1.修缮校舍\n牵头单位：县教育局\n\
                配合单位：县卫健局、县妇联\n加强宣传引导\n2.充实图书\n牵头单位：县科协\n人民银行县支行\n";
    let parsed = parse(text).unwrap();
    let names = office_names(&parsed);
    assert_eq!(
        names,
        [vec!["县教育局", "县卫健局", "县妇联"], vec!["县科协"]]
    );
}
