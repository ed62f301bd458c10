#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Autocoder::Setup {

/// One thing a run needs, as the set-up page shows it: what it is, whether it is there, and
/// what to do when it is not.
struct ReadinessCheck
{
    enum class State { Pending, Ok, Missing, Failed };
    /// What the app can do about it by itself.
    enum class Fix { None, EnterKey, PrepareTemplates };

    QString id; ///< stable: "bwrap", "sandboxd", "templates", "anthropic", "e2b"
    QString title; ///< "Bubblewrap", "Anthropic API key", ...
    State state = State::Pending;
    QString detail; ///< one line for a person: what was found, or what to do
    Fix fix = Fix::None;
    /// A run cannot start without it. Templates are not: the first run prepares them.
    bool required = true;

    bool isOk() const { return state == State::Ok; }
    bool blocks() const { return required && state != State::Ok; }
    bool fixable() const { return fix != Fix::None && state != State::Ok; }

    static QString stateName(State state);
};

/// Ready when no required check blocks.
bool isReady(const QList<ReadinessCheck> &checks);
/// Why a run cannot start yet: the first blocking check's title and detail; empty when ready.
QString blockingReason(const QList<ReadinessCheck> &checks);

} // namespace Autocoder::Setup

Q_DECLARE_METATYPE(Autocoder::Setup::ReadinessCheck)
