#pragma once

#include "common/result.h"
#include "run/testrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Autocoder::Run {

/// Which of the spec's requirements the parsed tests check, read from ids in the tests'
/// names.
///
/// Requirements are numbered R1, R2, … in the spec's order; acceptance criteria A1, A2, …
/// may be tagged too but never need a test. A test names what it checks in its name:
/// `"slugify [R1] > handles spaces"`, `"trims [R1][R3]"`, `"trims [R1, R3]"`.
///
/// Tag grammar (tagsIn()):
/// - a tag group is `[` … `]` anywhere in the name (describe prefixes included) holding one
///   or more ids separated by commas; spaces around ids are allowed (`[ R2 ]`, `[R1, R3]`);
/// - an id is `R` or `A` followed by a positive decimal number of at most 6 ASCII digits
///   without a leading zero: `R1`, `A12`; not `R0`, `R01`, `R`, `R1a`, `R١`;
/// - ids are upper case only: `[r2]` is not a tag. A test name like "reads arr[r1]" must
///   not cover a requirement by accident, and a missed tag is loud (the requirement shows
///   uncovered) where a false one would be silent;
/// - a group with anything else in it (`[R1 R2]`, `[R1,]`, `[see R1]`) is not a tag group
///   at all, so prose in brackets is never half-read.
///
/// Status of a requirement: Covered when at least one tagged test passed; Failing when
/// tagged tests exist but none passed (skipped and todo tests never cover, so a requirement
/// tagged only on skipped tests is Failing, not Covered); Uncovered when no test is tagged.
///
/// R-tags beyond the spec's requirement count are kept in unknownTags(), A-tags in
/// acceptanceTags(); neither list drops an entry silently: past MaxTagNotes entries only a
/// count is kept (unknownTagsOmitted(), acceptanceTagsOmitted()).
///
/// JSON (toJson(); version 1; keys are stable, new keys may be added):
///
///     {
///       "version": 1,
///       "allCovered": false,
///       "requirements": [ { "id": "R1", "text": "…",
///                           "status": "covered" | "failing" | "uncovered",
///                           "tests": [ { "name": "…", "file": "…",
///                                        "status": "passed" | "failed" | "skipped" | … } ] } ],
///       "unknownTags": [ { "test": "…", "tag": "R9" } ],
///       "unknownTagsOmitted": 0,
///       "acceptanceTags": [ { "test": "…", "tag": "A1" } ],
///       "acceptanceTagsOmitted": 0
///     }
///
/// fromJson() checks the ids' order and that each stored status agrees with its tests, so a
/// hand-edited "covered" is an error. Its error texts name the offending key and are not
/// translated: they are diagnostics for the log, not sentences for the user.
class RequirementCoverage final
{
public:
    enum class Status { Covered, Failing, Uncovered };

    /// One test tagged with a requirement, as the runner reported it.
    struct TaggedTest
    {
        QString name;
        QString file;
        QString status; ///< a TestStatus value, or whatever the runner reported
        bool operator==(const TaggedTest &o) const;
    };

    struct Requirement
    {
        QString id; ///< "R1"
        QString text;
        Status status = Status::Uncovered;
        QList<TaggedTest> tests;
        bool operator==(const Requirement &o) const;
    };

    /// A tag that covers no requirement: an unknown R-id or an acceptance criterion.
    struct TagUse
    {
        QString test;
        QString tag;
        bool operator==(const TagUse &o) const;
    };

    static constexpr int JsonVersion = 1;
    /// Distinct ids read from one name; more is noise, and a bound keeps a hostile name cheap.
    static constexpr int MaxTagsPerTest = 32;
    /// Longest `[…]` group looked at: long enough for a dozen ids, short enough that a
    /// bracketed paragraph is skipped without being split.
    static constexpr int MaxGroupLength = 128;
    /// Entries kept in unknownTags() and acceptanceTags() each.
    static constexpr int MaxTagNotes = 200;

    /// "R1" for index 0, in the spec's order; empty for a negative index.
    static QString requirementId(int index);
    /// The well-formed ids in a test name, in order of appearance, without duplicates.
    static QStringList tagsIn(const QString &testName);
    /// Whether id is a well-formed requirement or acceptance-criterion id.
    static bool isTagId(const QString &id);

    static RequirementCoverage compute(const QStringList &requirements,
                                       const QList<TestRecord> &tests);
    static RequirementCoverage compute(const QStringList &requirements, const TestReport &report);

    /// "covered", "failing", "uncovered".
    static QString statusId(Status status);
    static std::optional<Status> statusFromId(const QString &id);

    const QList<Requirement> &requirements() const { return m_requirements; }
    /// Ids with no tagged test at all.
    QStringList uncovered() const;
    /// Ids whose tagged tests all failed or were skipped.
    QStringList failing() const;
    /// Every requirement Covered. True for a spec with no requirements: it asks for nothing.
    bool allCovered() const;

    const QList<TagUse> &unknownTags() const { return m_unknownTags; }
    int unknownTagsOmitted() const { return m_unknownTagsOmitted; }
    const QList<TagUse> &acceptanceTags() const { return m_acceptanceTags; }
    int acceptanceTagsOmitted() const { return m_acceptanceTagsOmitted; }

    QJsonObject toJson() const;
    static Result<RequirementCoverage> fromJson(const QJsonObject &json);
    static Result<RequirementCoverage> fromJson(const QByteArray &json);

    bool operator==(const RequirementCoverage &o) const;
    bool operator!=(const RequirementCoverage &o) const { return !(*this == o); }

private:
    static Status statusFor(const QList<TaggedTest> &tests);

    QList<Requirement> m_requirements;
    QList<TagUse> m_unknownTags;
    int m_unknownTagsOmitted = 0;
    QList<TagUse> m_acceptanceTags;
    int m_acceptanceTagsOmitted = 0;
};

} // namespace Autocoder::Run
