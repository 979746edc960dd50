//! The anonymous request statistics the intake writes
//! (`content/data/request-stats.json`): their checks, and the view the
//! statistics page and its chart are drawn from.

use super::*;

/// `content/data/request-stats.json`, as `intake operator stats` writes it.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequestStats {
    /// `imi-request-stats/1`.
    pub format: String,
    /// The day the counts were taken, `YYYY-MM-DD`.
    pub generated: String,
    /// Cells with fewer requests are left out.
    pub suppressed_below: u64,
    /// Counts per month of receipt, state, kind and outcome.
    pub cells: Vec<StatCell>,
}

/// One count of [`RequestStats`].
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatCell {
    /// Month of receipt, `YYYY-MM`.
    pub month: String,
    /// A state code, or `unknown`.
    pub state: String,
    /// The kind of request.
    pub kind: String,
    /// `open`, `answered-in-time`, `answered-late` or `rejected`.
    pub outcome: String,
    /// How many requests.
    pub count: u64,
}

/// What the statistics page shows: totals per month (with a bar chart's
/// geometry, drawn as SVG at build time), per state and per kind.
#[derive(Debug, Clone, Serialize)]
pub struct StatsView {
    /// `YYYY-MM-DD` the counts were taken.
    pub generated: String,
    /// The threshold under which cells are left out.
    pub suppressed_below: u64,
    /// The outcomes, in display order (for the legend and columns).
    pub outcomes: Vec<&'static str>,
    /// One row per month, oldest first.
    pub months: Vec<MonthStats>,
    /// Totals per state, by state code order of the protocol.
    pub states: Vec<(String, u64)>,
    /// Totals per kind.
    pub kinds: Vec<(String, u64)>,
    /// The sum of every published cell.
    pub total: u64,
    /// The chart's width and height (SVG user units).
    pub chart: (u32, u32),
}

/// One month of [`StatsView`].
#[derive(Debug, Clone, Serialize)]
pub struct MonthStats {
    /// `YYYY-MM`.
    pub month: String,
    /// `M.YYYY`, as the portal writes dates.
    pub label: String,
    /// Counts per outcome, in [`OUTCOMES`] order.
    pub counts: Vec<u64>,
    /// Their sum.
    pub total: u64,
    /// The bar's segments: (outcome, x, y, width, height).
    pub bars: Vec<(&'static str, u32, u32, u32, u32)>,
    /// Where the month's label goes (x of the bar's centre).
    pub label_x: u32,
}

/// Builds the statistics page's view; the chart's bars are stacked by
/// outcome and scaled to the largest month.
pub fn stats_view(stats: &RequestStats) -> StatsView {
    use std::collections::BTreeMap;
    let mut months: BTreeMap<&str, [u64; 4]> = BTreeMap::new();
    let mut states: BTreeMap<&str, u64> = BTreeMap::new();
    let mut kinds: BTreeMap<&str, u64> = BTreeMap::new();
    for cell in &stats.cells {
        let i = OUTCOMES
            .iter()
            .position(|o| *o == cell.outcome)
            .unwrap_or(3);
        months.entry(&cell.month).or_default()[i] += cell.count;
        *states.entry(&cell.state).or_default() += cell.count;
        *kinds.entry(&cell.kind).or_default() += cell.count;
    }
    let (bar, gap, height, top, left) = (36u32, 16u32, 200u32, 10u32, 8u32);
    let largest = months
        .values()
        .map(|c| c.iter().sum::<u64>())
        .max()
        .unwrap_or(1)
        .max(1);
    let rows: Vec<MonthStats> = months
        .iter()
        .enumerate()
        .map(|(i, (month, counts))| {
            let x = left + i as u32 * (bar + gap);
            let mut y = top + height;
            let mut bars = Vec::new();
            for (o, count) in counts.iter().enumerate() {
                let h = u32::try_from(u64::from(height) * count / largest).unwrap_or(height);
                if h > 0 {
                    y -= h;
                    bars.push((OUTCOMES[o], x, y, bar, h));
                }
            }
            let label = month.split_once('-').map_or(month.to_string(), |(y, m)| {
                format!("{}.{y}", m.trim_start_matches('0'))
            });
            MonthStats {
                month: month.to_string(),
                label,
                counts: counts.to_vec(),
                total: counts.iter().sum(),
                bars,
                label_x: x + bar / 2,
            }
        })
        .collect();
    let order = |code: &str| {
        request_model::STATES
            .iter()
            .position(|s| *s == code)
            .unwrap_or(usize::MAX)
    };
    let mut states: Vec<(String, u64)> = states
        .into_iter()
        .map(|(s, n)| (s.to_string(), n))
        .collect();
    states.sort_by_key(|(s, _)| order(s));
    let kinds = request_model::RequestKind::ALL
        .iter()
        .filter_map(|k| kinds.get(k.as_str()).map(|n| (k.as_str().to_string(), *n)))
        .collect();
    StatsView {
        generated: stats.generated.clone(),
        suppressed_below: stats.suppressed_below,
        outcomes: OUTCOMES.to_vec(),
        total: rows.iter().map(|m| m.total).sum(),
        chart: (
            left * 2 + (rows.len().max(1) as u32) * (bar + gap),
            top + height + 28,
        ),
        months: rows,
        states,
        kinds,
    }
}

/// The outcomes of a request in the statistics, in display order.
pub const OUTCOMES: [&str; 4] = ["answered-in-time", "answered-late", "rejected", "open"];

/// The statistics must be what `intake operator stats` writes: known
/// states, kinds and outcomes, months, and no cell under the threshold (a
/// small count could single someone out).
pub(super) fn check_stats(
    stats: &RequestStats,
    file: &Path,
    source: &Arc<str>,
    diagnostics: &Diagnostics,
) {
    let error = |at: usize, message: String, help: &str| {
        diagnostics.push(Diagnostic::error(
            "data::request-stats",
            file,
            source,
            at..at,
            message,
            help,
        ));
    };
    if stats.format != "imi-request-stats/1" {
        error(
            source.find("format").unwrap_or(0),
            format!(
                "`{}` is not the statistics format `imi-request-stats/1`",
                stats.format
            ),
            "write the file with `intake operator stats --out FILE`",
        );
    }
    if stats.suppressed_below < 5 {
        error(
            source.find("suppressed_below").unwrap_or(0),
            format!(
                "cells under {} are published: the threshold must be at least 5",
                stats.suppressed_below
            ),
            "small counts could single someone out: publish only cells of 5 or more",
        );
    }
    for (i, cell) in stats.cells.iter().enumerate() {
        let at = source
            .match_indices("\"month\"")
            .nth(i)
            .map_or(0, |(o, _)| o);
        let month_ok = cell.month.len() == 7
            && cell.month.as_bytes()[4] == b'-'
            && cell.month[..4].parse::<u16>().is_ok()
            && cell.month[5..]
                .parse::<u8>()
                .is_ok_and(|m| (1..=12).contains(&m));
        let problem = if !month_ok {
            Some(format!("`{}` is not a month (YYYY-MM)", cell.month))
        } else if cell.state != request_model::UNKNOWN_STATE
            && !request_model::STATES.contains(&cell.state.as_str())
        {
            Some(format!("`{}` is not a state code", cell.state))
        } else if request_model::RequestKind::parse(&cell.kind).is_none() {
            Some(format!("`{}` is not a kind of request", cell.kind))
        } else if !OUTCOMES.contains(&cell.outcome.as_str()) {
            Some(format!("`{}` is not an outcome", cell.outcome))
        } else if cell.count < stats.suppressed_below.max(5) {
            Some(format!(
                "a count of {} is under the threshold of {}",
                cell.count,
                stats.suppressed_below.max(5)
            ))
        } else {
            None
        };
        if let Some(message) = problem {
            error(
                at,
                message,
                "write the file with `intake operator stats --out FILE` and do not edit it by hand",
            );
        }
    }
}
