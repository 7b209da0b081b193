fn main() {
    let bytes = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let t = std::time::Instant::now();
    let parsed = duban::plan::parse_bytes(&bytes).unwrap();
    eprintln!("parse {:?}", t.elapsed());
    let mut store = duban::store::Store::open_in_memory("x").unwrap();
    let t = std::time::Instant::now();
    store.import(&parsed.plan).unwrap();
    eprintln!("import {:?}", t.elapsed());
    let plan = store.plan(None).unwrap().id;
    let t = std::time::Instant::now();
    let cards = store.cards(plan).unwrap();
    eprintln!("cards {:?} {}", t.elapsed(), cards.len());
    let t = std::time::Instant::now();
    let s = store.search_texts(plan).unwrap();
    eprintln!("search_texts {:?} {}", t.elapsed(), s.len());
    let t = std::time::Instant::now();
    let o = store.offices(plan).unwrap();
    eprintln!("offices {:?} {}", t.elapsed(), o.len());
}
