#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>

namespace caseloop {

/// A set of contact rules for one jurisdiction (e.g. "us-regf", "cn-cifa"), loaded from JSON.
/// Profiles are data: the format is documented in docs/contact-rules.md and validated on load.
struct RuleProfile {
    /// A half-open local time window [start, end), in minutes after local midnight.
    struct HourWindow {
        int startMinute = 8 * 60;
        int endMinute = 21 * 60;
    };
    /// Calls counted in a rolling window of consumer-local calendar days (7-in-7).
    struct Frequency {
        QStringList channels;
        int maxAttempts = 7;
        int windowDays = 7;
        QStringList countedOutcomes;
        QStringList excludedOutcomes;
        bool inboundCounts = false;
        int consentValidDays = 7;
        int sameDayWarnAt = 0; ///< 0 = no warning
        QString citation;
    };
    /// No call in the N local calendar days starting with the day of a conversation.
    struct PostConversation {
        QStringList channels;             ///< channels that are blocked
        QStringList conversationChannels; ///< channels whose conversations start the period
        int quietDays = 7;
        QStringList conversationOutcomes;
        bool inboundCounts = true;
        QString citation;
    };
    /// Per local calendar day caps (China): connected calls per debtor, attempts per number.
    struct DailyCaps {
        QStringList channels;
        int maxConnectedPerDay = 0; ///< 0 = no cap
        QStringList connectedOutcomes;
        int maxAttemptsPerNumberPerDay = 0; ///< 0 = no cap
        QString citation;
    };
    /// What an active hold of one type does.
    struct HoldEffect {
        bool blocksAll = false;
        QStringList blockedChannels; ///< when !blocksAll; empty = blocks nothing
        bool warn = false;
        QStringList allow; ///< purposes or callees still allowed under the hold
        QString citation;
    };
    struct ThirdParty {
        bool onlyIfDebtorUnreachable = false;
        int debtorReachableDays = 30;
        QString citation;
    };

    QString id;
    QString version;
    QString jurisdiction;
    QString title;
    QStringList zoneSources; ///< consumer_stated, postal_address, phone
    QString defaultZone;     ///< used when no candidate zone is found; empty = none
    QString defaultCountry;  ///< ISO code for national numbers of debtors without a country

    QHash<QString, HourWindow> hours; ///< channel -> window; channels not listed have no window
    std::optional<HourWindow> regulatoryFloor;
    QString hoursCitation;

    std::optional<Frequency> frequency;
    std::optional<PostConversation> postConversation;
    std::optional<DailyCaps> dailyCaps;
    QHash<QString, HoldEffect> holds; ///< hold type code -> effect

    QStringList optOutChannels;
    QStringList requireOptOutNotice;
    QString optOutCitation;

    ThirdParty thirdParty;

    std::map<QString, int> validation; ///< informational numbers for other modules
    bool blockDuringValidation = false;
    std::map<QString, int> retention;
    std::map<QString, int> complaintSla;
    /// Days after a promise's due date in which a full payment still keeps it
    /// ("promise_grace_days", 0–60); nullopt = PromiseService::defaultGraceDays.
    std::optional<int> promiseGraceDays;

    /// Precomputed look-ups for the gate, filled by finalize() (fromJson calls it; call it again
    /// after changing the fields above in code).
    enum OutcomeFlag : unsigned {
        FrequencyExcluded = 1u,
        Conversation = 2u,
        Connected = 4u,
    };
    QHash<QString, unsigned> outcomeFlags;
    unsigned frequencyChannelMask = 0;
    unsigned postConversationChannelMask = 0;
    unsigned conversationChannelMask = 0;
    unsigned dailyCapsChannelMask = 0;
    void finalize();
    /// Bit of a channel code in the masks above (0 for an unknown code).
    static unsigned channelBit(QStringView channel);
    static unsigned channelMask(const QStringList& channels);

    /// Parses and validates a profile. Throws Error(InvalidInput) naming the field on any problem
    /// (unknown key, wrong type, out-of-range hours such as "25:00"). \a source names the file.
    static RuleProfile fromJson(const nlohmann::json& json, const QString& source = {});
    /// Reads a profile from a JSON file (Error NotFound / InvalidInput).
    static RuleProfile fromFile(const QString& path);
    /// Loads a profile shipped in the resources (":/rules/<id>.json").
    static RuleProfile builtin(const QString& id);
    /// Ids of the shipped profiles.
    static QStringList builtinIds();
    /// Loads by id (shipped, or "<searchDir>/<id>.json") or by path (contains '/' or ends in
    /// ".json"; relative paths are resolved against \a searchDir). Results are cached, so repeated
    /// look-ups do not re-parse.
    static std::shared_ptr<const RuleProfile> load(const QString& idOrPath,
                                                   const QString& searchDir = {});

    /// Outcome codes understood in contact history: schema v1's outcome_codes + "conversation".
    static QStringList knownOutcomes();
    /// Parses "HH:MM" (00:00–24:00) into minutes after midnight; nullopt when malformed.
    static std::optional<int> parseClock(const QString& text);
    static QString formatClock(int minutes);
};

} // namespace caseloop
