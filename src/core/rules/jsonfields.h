#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>

namespace caseloop::jsonfields {

/// Strict reader for one JSON object of rule input: every field is addressed by its path
/// ("history[2].at") and every error is an Error(InvalidInput) whose message names that path.
/// Used by RuleProfile and ScenarioRunner.
class ObjectReader final {
public:
    ObjectReader(const nlohmann::json& object, QString path, QString source = {})
        : m_json(object)
        , m_path(std::move(path))
        , m_source(std::move(source))
    {
        if (!m_json.is_object())
            fail(m_path, tr("expected an object"));
    }

    static QString tr(const char* text)
    {
        return QCoreApplication::translate("caseloop::RuleInput", text);
    }

    [[noreturn]] void fail(const QString& field, const QString& what) const
    {
        const QString where = field.isEmpty() ? tr("(top level)") : field;
        const QString message = m_source.isEmpty()
                                    ? QString(where + u": " + what)
                                    : QString(m_source + u": " + where + u": " + what);
        throw Error(Error::Kind::InvalidInput, message);
    }

    QString child(const char* key) const
    {
        const QString k = QString::fromUtf8(key);
        return m_path.isEmpty() ? k : m_path + u'.' + k;
    }

    /// Rejects keys not in \a allowed ("unknown key").
    void allowOnly(std::initializer_list<const char*> allowed) const
    {
        for (auto it = m_json.begin(); it != m_json.end(); ++it) {
            bool known = false;
            for (const char* a : allowed)
                known = known || it.key() == a;
            if (!known) {
                const QString k = QString::fromStdString(it.key());
                fail(m_path.isEmpty() ? k : m_path + u'.' + k, tr("unknown key"));
            }
        }
    }

    bool has(const char* key) const { return m_json.contains(key); }
    bool isNull(const char* key) const { return !has(key) || m_json.at(key).is_null(); }
    const nlohmann::json& raw(const char* key) const { return m_json.at(key); }

    const nlohmann::json& required(const char* key) const
    {
        if (!has(key))
            fail(child(key), tr("missing required field"));
        return m_json.at(key);
    }

    QString string(const char* key, bool mandatory = true, const QString& fallback = {}) const
    {
        if (isNull(key)) {
            if (mandatory)
                fail(child(key), tr("missing required field"));
            return fallback;
        }
        const auto& v = m_json.at(key);
        if (!v.is_string())
            fail(child(key), tr("expected a string"));
        return QString::fromStdString(v.get<std::string>());
    }

    std::optional<QString> optionalString(const char* key) const
    {
        if (isNull(key))
            return std::nullopt;
        return string(key);
    }

    int integer(const char* key, int min, int max, std::optional<int> fallback = {}) const
    {
        if (isNull(key)) {
            if (!fallback)
                fail(child(key), tr("missing required field"));
            return *fallback;
        }
        const auto& v = m_json.at(key);
        if (!v.is_number_integer())
            fail(child(key), tr("expected an integer"));
        const auto n = v.get<long long>();
        if (n < min || n > max)
            fail(child(key),
                 tr("%1 is out of range (%2–%3)")
                     .arg(QString::number(n), QString::number(min), QString::number(max)));
        return int(n);
    }

    bool boolean(const char* key, std::optional<bool> fallback = {}) const
    {
        if (isNull(key)) {
            if (!fallback)
                fail(child(key), tr("missing required field"));
            return *fallback;
        }
        const auto& v = m_json.at(key);
        if (!v.is_boolean())
            fail(child(key), tr("expected true or false"));
        return v.get<bool>();
    }

    /// An array of strings; each checked against \a allowedValues when that is not empty.
    QStringList strings(const char* key, const QStringList& allowedValues = {},
                        bool mandatory = false) const
    {
        QStringList out;
        if (isNull(key)) {
            if (mandatory)
                fail(child(key), tr("missing required field"));
            return out;
        }
        const auto& v = m_json.at(key);
        if (!v.is_array())
            fail(child(key), tr("expected an array of strings"));
        for (std::size_t i = 0; i < v.size(); ++i) {
            const QString p = child(key) + u'[' + QString::number(i) + u']';
            if (!v[i].is_string())
                fail(p, tr("expected a string"));
            const QString s = QString::fromStdString(v[i].get<std::string>());
            if (!allowedValues.isEmpty() && !allowedValues.contains(s))
                fail(p, tr("unknown value '%1' (expected one of: %2)")
                            .arg(s, allowedValues.join(QStringLiteral(", "))));
            out << s;
        }
        return out;
    }

    const nlohmann::json& json() const { return m_json; }
    const QString& path() const { return m_path; }
    const QString& source() const { return m_source; }

private:
    const nlohmann::json& m_json;
    QString m_path;
    QString m_source;
};

} // namespace caseloop::jsonfields
