#pragma once

#include <QString>

#include <compare>

namespace caseloop {

/// An amount of money in integer minor units (cents, fen) with its ISO 4217 currency code.
/// Never floating point; amounts of different currencies are never added together.
struct Money {
    qint64 minor = 0;
    QString currency = QStringLiteral("USD");

    friend bool operator==(const Money&, const Money&) = default;
};

} // namespace caseloop
