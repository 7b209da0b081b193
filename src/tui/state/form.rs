//! The item form: a new item (title, offices, deadline, source, reference,
//! requirement), or an item's offices corrected. Offices come from the office
//! picker, the deadline from the date prompt; the rest is typed in place.

use crate::plan::adhoc::Source;
use crate::store::{ItemEdit, ItemId, NewItem};
use crate::tui::state::line::LineEditor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Title,
    Lead,
    Co,
    Due,
    Source,
    Ref,
    Requirement,
}

/// What saving the form does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    /// Adds a new item.
    New,
    /// Corrects item's lead and co-operating offices.
    Offices(ItemId),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemForm {
    pub mode: FormMode,
    field: usize,
    pub title: LineEditor,
    pub lead: Option<String>,
    pub co: Vec<String>,
    /// The deadline as typed (an ISO date or a phrase such as 6月底前) and the date
    /// it reads as.
    pub due: Option<(String, String)>,
    pub source: Option<Source>,
    pub source_ref: LineEditor,
    pub requirement: LineEditor,
    /// Why the last save was refused; the form stays open with it.
    pub error: Option<String>,
}

const NEW_FIELDS: &[FormField] = &[
    FormField::Title,
    FormField::Lead,
    FormField::Co,
    FormField::Due,
    FormField::Source,
    FormField::Ref,
    FormField::Requirement,
];
const OFFICE_FIELDS: &[FormField] = &[FormField::Lead, FormField::Co];

impl ItemForm {
    pub fn new_item() -> ItemForm {
        ItemForm {
            mode: FormMode::New,
            field: 0,
            title: LineEditor::new().with_max_chars(200),
            lead: None,
            co: Vec::new(),
            due: None,
            source: None,
            source_ref: LineEditor::new().with_max_chars(200),
            requirement: LineEditor::new().with_max_chars(500),
            error: None,
        }
    }

    /// The offices of item `id` as they stand, to correct.
    pub fn offices(id: ItemId, lead: Option<String>, co: Vec<String>) -> ItemForm {
        ItemForm {
            mode: FormMode::Offices(id),
            lead,
            co,
            ..ItemForm::new_item()
        }
    }

    /// The fields shown, in order.
    pub fn fields(&self) -> &'static [FormField] {
        match self.mode {
            FormMode::New => NEW_FIELDS,
            FormMode::Offices(_) => OFFICE_FIELDS,
        }
    }

    pub fn field(&self) -> FormField {
        self.fields()[self.field.min(self.fields().len() - 1)]
    }

    pub fn is_last(&self) -> bool {
        self.field + 1 >= self.fields().len()
    }

    /// The next field (or previous), wrapping round.
    pub fn step(&mut self, forward: bool) {
        let n = self.fields().len();
        self.field = if forward {
            (self.field + 1) % n
        } else {
            (self.field + n - 1) % n
        };
    }

    /// The text being typed in the current field, when it is typed in place.
    pub fn line_mut(&mut self) -> Option<&mut LineEditor> {
        match self.field() {
            FormField::Title => Some(&mut self.title),
            FormField::Ref => Some(&mut self.source_ref),
            FormField::Requirement => Some(&mut self.requirement),
            _ => None,
        }
    }

    /// The next source (or the previous), with "none" between the last and the first.
    pub fn cycle_source(&mut self, forward: bool) {
        let all = Source::ALL;
        let at = self.source.and_then(|s| all.iter().position(|x| *x == s));
        self.source = match (at, forward) {
            (None, true) => Some(all[0]),
            (None, false) => Some(all[all.len() - 1]),
            (Some(i), true) => all.get(i + 1).copied(),
            (Some(0), false) => None,
            (Some(i), false) => Some(all[i - 1]),
        };
    }

    /// Makes `name` the lead office (no longer a co-operating one).
    pub fn set_lead(&mut self, name: &str) {
        self.co.retain(|c| c != name);
        self.lead = Some(name.to_string());
    }

    /// Adds `name` to the co-operating offices, or takes it out when it is there;
    /// the lead office is never one.
    pub fn toggle_co(&mut self, name: &str) {
        if self.lead.as_deref() == Some(name) {
            return;
        }
        if let Some(at) = self.co.iter().position(|c| c == name) {
            self.co.remove(at);
        } else {
            self.co.push(name.to_string());
        }
    }

    /// Empties the current field (Backspace on a field that is not typed in place:
    /// the last co-operating office only).
    pub fn clear_field(&mut self) {
        match self.field() {
            FormField::Lead => self.lead = None,
            FormField::Co => {
                self.co.pop();
            }
            FormField::Due => self.due = None,
            FormField::Source => self.source = None,
            _ => {}
        }
    }

    /// Nothing typed or chosen: closing it loses nothing.
    pub fn is_blank(&self) -> bool {
        match self.mode {
            FormMode::New => {
                self.title.text().trim().is_empty()
                    && self.lead.is_none()
                    && self.co.is_empty()
                    && self.due.is_none()
                    && self.source.is_none()
                    && self.source_ref.text().trim().is_empty()
                    && self.requirement.text().trim().is_empty()
            }
            // Nothing is lost by closing a correction unsaved but the correction.
            FormMode::Offices(_) => false,
        }
    }

    /// The new item the form describes.
    pub fn to_new_item(&self) -> NewItem {
        let text = |l: &LineEditor| {
            let t = l.text().trim();
            (!t.is_empty()).then(|| t.to_string())
        };
        NewItem {
            title: self.title.text().trim().to_string(),
            lead: self.lead.clone().unwrap_or_default(),
            co: self.co.clone(),
            due: self.due.as_ref().map(|(typed, _)| typed.clone()),
            source: self.source,
            source_ref: text(&self.source_ref),
            requirement: text(&self.requirement),
            ..NewItem::default()
        }
    }

    /// The offices correction the form describes.
    pub fn to_offices_edit(&self) -> ItemEdit {
        ItemEdit {
            lead: self.lead.clone(),
            co: Some(self.co.clone()),
            ..ItemEdit::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_wrap_and_offices_never_repeat_the_lead() {
        let mut f = ItemForm::new_item();
        assert_eq!(f.field(), FormField::Title);
        f.step(false);
        assert_eq!(f.field(), FormField::Requirement);
        assert!(f.is_last());
        f.step(true);
        assert_eq!(f.field(), FormField::Title);
        f.toggle_co("财建处");
        f.toggle_co("基教处");
        f.set_lead("基教处");
        assert_eq!(f.co, vec!["财建处".to_string()]);
        f.toggle_co("基教处");
        assert_eq!(
            f.co,
            vec!["财建处".to_string()],
            "the lead is not a co-office"
        );
        f.toggle_co("财建处");
        assert!(f.co.is_empty(), "chosen again: taken out");
    }

    #[test]
    fn sources_cycle_through_none() {
        let mut f = ItemForm::new_item();
        f.cycle_source(true);
        assert_eq!(f.source, Some(Source::ALL[0]));
        f.cycle_source(false);
        assert_eq!(f.source, None);
        f.cycle_source(false);
        assert_eq!(f.source, Some(Source::Other));
        f.cycle_source(true);
        assert_eq!(f.source, None);
    }

    #[test]
    fn blank_until_something_is_typed_and_the_new_item_trims() {
        let mut f = ItemForm::new_item();
        assert!(f.is_blank());
        f.title.insert_str("  落实领导批示  ");
        assert!(!f.is_blank());
        f.due = Some(("6月底前".into(), "2020-06-30".into()));
        let n = f.to_new_item();
        assert_eq!(n.title, "落实领导批示");
        assert_eq!(n.due.as_deref(), Some("6月底前"));
        assert_eq!(n.source_ref, None);
    }
}
