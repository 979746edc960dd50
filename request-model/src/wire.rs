//! What the intake answers, as both sides read it: the receipt of a
//! submission, the answer to a status look-up, and RFC 9457 problems. The
//! intake serialises these types and the form (natively, in its tests; in
//! the browser through the browser's own JSON parser) reads them, so a
//! field cannot be renamed on one side only.

use serde::{Deserialize, Serialize};

use crate::RequestKind;

/// Where a request stands in its handling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Stored; nobody has looked at it yet.
    Received,
    /// The handler has confirmed that it handles it.
    Acknowledged,
    /// The handler has answered.
    Answered,
    /// Closed after the answer.
    Closed,
    /// Refused, with a reason.
    Rejected,
}

impl Status {
    /// Every status, in the order a request moves through them.
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::Acknowledged,
        Status::Answered,
        Status::Closed,
        Status::Rejected,
    ];

    /// The stable name used in JSON, the store and the operator commands.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::Acknowledged => "acknowledged",
            Status::Answered => "answered",
            Status::Closed => "closed",
            Status::Rejected => "rejected",
        }
    }

    /// Parses the stable name.
    pub fn parse(text: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Whether the request still waits for an answer (its deadline runs).
    pub fn is_open(self) -> bool {
        matches!(self, Status::Received | Status::Acknowledged)
    }

    /// Whether the request's handling is over (retention runs from then).
    pub fn is_final(self) -> bool {
        matches!(self, Status::Closed | Status::Rejected)
    }

    /// Whether an operator may move a request from `self` to `next`.
    pub fn may_become(self, next: Status) -> bool {
        matches!(
            (self, next),
            (Status::Received, Status::Acknowledged | Status::Rejected)
                | (Status::Acknowledged, Status::Answered | Status::Rejected)
                | (Status::Answered, Status::Closed)
        )
    }
}

/// The successful answer to a submission (`201`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// Short reference for correspondence.
    pub reference: String,
    /// The follow-up code: shown once, never stored.
    pub follow_up_code: String,
    /// RFC 3339.
    pub received_at: String,
    /// RFC 3339: the indicative due date by the kind's rule.
    pub due_at: String,
    /// The rule behind `due_at` ([`crate::Deadline::citation`]).
    pub due_basis: String,
    /// Always [`Status::Received`].
    pub status: Status,
}

/// The answer to a status look-up (`200`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusAnswer {
    /// Reference.
    pub reference: String,
    /// Kind of request.
    pub kind: RequestKind,
    /// Current status.
    pub status: Status,
    /// RFC 3339.
    pub received_at: String,
    /// RFC 3339: the indicative due date.
    pub due_at: String,
    /// The rule behind `due_at` (see [`Receipt::due_basis`]).
    pub due_basis: String,
}

/// An RFC 9457 problem (`application/problem+json`). Every member is
/// optional in RFC 9457, so a reader takes a problem without them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// `/problems/<name>`.
    #[serde(rename = "type", default)]
    pub kind: String,
    /// Short and general.
    #[serde(default)]
    pub title: String,
    /// The HTTP status.
    #[serde(default)]
    pub status: u16,
    /// What to do; never quotes what was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// One entry per invalid field (`422`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ProblemField>,
}

/// One invalid field of a [`Problem`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProblemField {
    /// JSON pointer to the field (`/name`).
    pub pointer: String,
    /// The stable error code ([`crate::ErrorCode::as_str`]).
    pub code: String,
    /// The message, in English.
    #[serde(default)]
    pub detail: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_round_trip_by_name_and_in_json() {
        for status in Status::ALL {
            assert_eq!(Status::parse(status.as_str()), Some(status));
            assert_eq!(
                serde_json::to_value(status).unwrap(),
                serde_json::Value::from(status.as_str())
            );
        }
        assert_eq!(Status::parse("open"), None);
    }

    #[test]
    fn a_request_moves_forward_only() {
        assert!(Status::Received.may_become(Status::Acknowledged));
        assert!(Status::Answered.may_become(Status::Closed));
        assert!(!Status::Closed.may_become(Status::Received));
        assert!(!Status::Received.may_become(Status::Answered));
        assert!(Status::ALL.iter().all(|s| !s.may_become(*s)));
    }
}
