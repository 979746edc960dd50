//! The data sets as template values (`data(set="acts")`) and as open data:
//! `dist/data/<set>.json` with its JSON Schema `<set>.schema.json`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::data::{Act, Data, Procedure, RequestStats, State};
use crate::diagnostics::{Diagnostic, Diagnostics, json_text, json_value};

/// Every data set as a JSON value, built once and shared by every page and
/// language.
pub(crate) struct DataSets {
    values: Arc<BTreeMap<&'static str, serde_json::Value>>,
    /// Whether the request statistics are published (their schema is
    /// written only then).
    request_stats: bool,
}

impl DataSets {
    /// The sets of `data`; a set that cannot be written as JSON is reported
    /// and left out.
    pub(crate) fn new(data: &Data, diagnostics: &Diagnostics) -> DataSets {
        let mut values = BTreeMap::new();
        let json = |value: Result<serde_json::Value, Diagnostic>| match value {
            Ok(v) => Some(v),
            Err(e) => {
                diagnostics.push(e);
                None
            }
        };
        let acts = Path::new("content/data/acts.toml");
        let sets = [
            ("acts", json_value(acts, &data.acts)),
            (
                "states",
                json_value(Path::new("content/data/states.toml"), &data.states),
            ),
            ("acts_facets", json_value(acts, &data.act_facets())),
            (
                "procedures",
                json_value(Path::new("content/data/procedures.toml"), &data.procedures),
            ),
        ];
        for (name, value) in sets {
            if let Some(v) = json(value) {
                values.insert(name, v);
            }
        }
        if let Some(checkpoints) = &data.audit_checkpoints {
            let file = Path::new("content/data/audit-checkpoints.json");
            if let Some(v) = json(json_value(file, checkpoints)) {
                values.insert("audit-checkpoints", v);
            }
        }
        if let Some(stats) = &data.request_stats {
            let file = Path::new("content/data/request-stats.json");
            if let Some(v) = json(json_value(file, stats)) {
                values.insert("request-stats", v);
            }
        }
        DataSets {
            values: Arc::new(values),
            request_stats: data.request_stats.is_some(),
        }
    }

    /// The tera function `data(set="acts")`.
    pub(crate) fn function(&self) -> impl tera::Function + use<> {
        let values = self.values.clone();
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let set = args
                .get("set")
                .and_then(tera::Value::as_str)
                .ok_or_else(|| {
                    tera::Error::msg("data() needs a `set` argument, e.g. data(set=\"acts\")")
                })?;
            values
                .get(set)
                .cloned()
                .ok_or_else(|| tera::Error::msg(format!("there is no data set `{set}`")))
        }
    }

    /// The files `data/<set>.json` and `data/<set>.schema.json`.
    pub(crate) fn files(&self) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostic> {
        let dir = Path::new("data");
        let mut files = Vec::new();
        for (name, value) in self.values.iter() {
            let path = dir.join(format!("{name}.json"));
            files.push((path.clone(), json_text(&path, value)?.into_bytes()));
        }
        for (name, schema) in [
            ("acts", schemars::schema_for!(Vec<Act>)),
            ("states", schemars::schema_for!(Vec<State>)),
            ("procedures", schemars::schema_for!(Vec<Procedure>)),
            ("request-stats", schemars::schema_for!(RequestStats)),
        ] {
            if name == "request-stats" && !self.request_stats {
                continue;
            }
            let path = dir.join(format!("{name}.schema.json"));
            files.push((path.clone(), json_text(&path, &schema)?.into_bytes()));
        }
        Ok(files)
    }
}
