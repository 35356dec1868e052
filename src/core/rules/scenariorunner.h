#pragma once

#include "rules/contactgate.h"

#include <QString>

#include <nlohmann/json.hpp>

namespace caseloop {

/// Evaluates self-contained contact scenarios (the JSON format of `caseloop-cli check-contact
/// --scenario`, documented in docs/contact-rules.md) with the ContactGate, without a database.
class ScenarioRunner final {
public:
    /// Parses a scenario into gate input. The profile is an id ("us-regf") or a path to a JSON
    /// file; relative paths and unknown ids are looked up in \a profileSearchDir. Throws
    /// Error(InvalidInput) whose message names the field, e.g. "history[2].at: not an ISO 8601
    /// time"; Error(NotFound) for a missing profile.
    static GateInput parse(const nlohmann::json& scenario, const QString& profileSearchDir = {});

    /// The output JSON: {"allowed", "blocked_by", "reasons", "next_allowed_at" (ISO UTC or
    /// null), "zones"} plus "warnings", "details" (rule, reason, citation), "local_times",
    /// "inputs" and "profile" for the audit trail.
    static nlohmann::json toJson(const GateDecision& decision);

    /// parse + ContactGate::evaluate + toJson.
    static nlohmann::json evaluateScenario(const nlohmann::json& scenario,
                                           const QString& profileSearchDir = {});

    /// Parses "2026-03-08T13:30:00Z" / "...+08:00" (offset required). Invalid QDateTime if not.
    static QDateTime parseInstant(const QString& text);
    /// ISO 8601 UTC with 'Z', seconds precision: "2026-03-13T16:00:00Z".
    static QString formatInstant(const QDateTime& t);
};

} // namespace caseloop
