#include "run/requirementcoverage.h"

#include "run/runevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringView>

#include <algorithm>

namespace Autocoder::Run {

namespace {

constexpr int MaxIdDigits = 6;

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() also accepts other scripts' digits, which no runner's id would use.
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isTagIdView(QStringView id)
{
    if (id.size() < 2 || id.size() > 1 + MaxIdDigits)
        return false;
    if (id.front() != QLatin1Char('R') && id.front() != QLatin1Char('A'))
        return false;
    if (id.at(1) == QLatin1Char('0'))
        return false;
    return std::all_of(id.begin() + 1, id.end(), isAsciiDigit);
}

// Appends the ids of one `[…]` group's contents, or nothing when any part is not an id.
void appendGroup(QStringView group, QStringList &tags)
{
    if (group.size() > RequirementCoverage::MaxGroupLength)
        return;
    QStringList ids;
    for (QStringView part : group.split(QLatin1Char(','))) {
        part = part.trimmed();
        if (!isTagIdView(part))
            return;
        ids.append(part.toString());
    }
    for (const QString &id : std::as_const(ids)) {
        if (tags.size() >= RequirementCoverage::MaxTagsPerTest)
            return;
        if (!tags.contains(id))
            tags.append(id);
    }
}

void note(QList<RequirementCoverage::TagUse> &list, int &omitted, const QString &test,
          const QString &tag)
{
    if (list.size() < RequirementCoverage::MaxTagNotes)
        list.append({ test, tag });
    else
        ++omitted;
}

QJsonArray tagUsesToJson(const QList<RequirementCoverage::TagUse> &uses)
{
    QJsonArray a;
    for (const RequirementCoverage::TagUse &u : uses)
        a.append(
            QJsonObject { { QStringLiteral("test"), u.test }, { QStringLiteral("tag"), u.tag } });
    return a;
}

Result<QList<RequirementCoverage::TagUse>> tagUsesFromJson(const QJsonObject &json,
                                                           const QString &key, QChar prefix)
{
    const QJsonValue value = json.value(key);
    if (!value.isArray())
        return failure(QStringLiteral("%1: not an array").arg(key));
    QList<RequirementCoverage::TagUse> uses;
    const QJsonArray array = value.toArray();
    if (array.size() > RequirementCoverage::MaxTagNotes)
        return failure(QStringLiteral("%1: more than %2 entries")
                           .arg(key)
                           .arg(RequirementCoverage::MaxTagNotes));
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue test = o.value(QStringLiteral("test"));
        const QString tag = o.value(QStringLiteral("tag")).toString();
        if (!test.isString() || !RequirementCoverage::isTagId(tag) || tag.front() != prefix)
            return failure(QStringLiteral("%1[%2]: not a {test, tag} entry").arg(key).arg(i));
        uses.append({ test.toString(), tag });
    }
    return uses;
}

Result<int> countFromJson(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    // Absent means none: older writers may leave it out.
    if (value.isUndefined())
        return 0;
    const double d = value.toDouble(-1);
    if (!value.isDouble() || d < 0 || d > 1e9 || d != int(d))
        return failure(QStringLiteral("%1: not a count").arg(key));
    return int(d);
}

} // namespace

bool RequirementCoverage::TaggedTest::operator==(const TaggedTest &o) const
{
    return name == o.name && file == o.file && status == o.status;
}

bool RequirementCoverage::Requirement::operator==(const Requirement &o) const
{
    return id == o.id && text == o.text && status == o.status && tests == o.tests;
}

bool RequirementCoverage::TagUse::operator==(const TagUse &o) const
{
    return test == o.test && tag == o.tag;
}

QString RequirementCoverage::requirementId(int index)
{
    if (index < 0)
        return {};
    return QLatin1Char('R') + QString::number(qint64(index) + 1);
}

QStringList RequirementCoverage::tagsIn(const QString &testName)
{
    QStringList tags;
    // One pass with the latest '[' remembered: linear in the name's length whatever its
    // brackets, so a hostile name costs no more than reading it.
    qsizetype open = -1;
    for (qsizetype i = 0; i < testName.size() && tags.size() < MaxTagsPerTest; ++i) {
        const QChar c = testName.at(i);
        if (c == QLatin1Char('[')) {
            open = i;
        } else if (c == QLatin1Char(']') && open >= 0) {
            appendGroup(QStringView(testName).mid(open + 1, i - open - 1), tags);
            open = -1;
        }
    }
    return tags;
}

bool RequirementCoverage::isTagId(const QString &id)
{
    return isTagIdView(id);
}

RequirementCoverage::Status RequirementCoverage::statusFor(const QList<TaggedTest> &tests)
{
    if (tests.isEmpty())
        return Status::Uncovered;
    const bool anyPassed = std::any_of(tests.cbegin(), tests.cend(), [](const TaggedTest &t) {
        return t.status == TestStatus::Passed;
    });
    return anyPassed ? Status::Covered : Status::Failing;
}

RequirementCoverage RequirementCoverage::compute(const QStringList &requirements,
                                                 const QList<TestRecord> &tests)
{
    RequirementCoverage c;
    c.m_requirements.reserve(requirements.size());
    for (int i = 0; i < requirements.size(); ++i)
        c.m_requirements.append({ requirementId(i), requirements.at(i), Status::Uncovered, {} });

    for (const TestRecord &test : tests) {
        for (const QString &tag : tagsIn(test.name)) {
            if (tag.front() == QLatin1Char('A')) {
                note(c.m_acceptanceTags, c.m_acceptanceTagsOmitted, test.name, tag);
                continue;
            }
            // isTagId() allows at most six digits, so the number always fits.
            const int number = QStringView(tag).mid(1).toInt();
            if (number > c.m_requirements.size()) {
                note(c.m_unknownTags, c.m_unknownTagsOmitted, test.name, tag);
                continue;
            }
            c.m_requirements[number - 1].tests.append({ test.name, test.file, test.status });
        }
    }
    for (Requirement &r : c.m_requirements)
        r.status = statusFor(r.tests);
    return c;
}

RequirementCoverage RequirementCoverage::compute(const QStringList &requirements,
                                                 const TestReport &report)
{
    return compute(requirements, report.tests);
}

QString RequirementCoverage::statusId(Status status)
{
    switch (status) {
    case Status::Covered:
        return QStringLiteral("covered");
    case Status::Failing:
        return QStringLiteral("failing");
    case Status::Uncovered:
        return QStringLiteral("uncovered");
    }
    return {};
}

std::optional<RequirementCoverage::Status> RequirementCoverage::statusFromId(const QString &id)
{
    for (Status s : { Status::Covered, Status::Failing, Status::Uncovered }) {
        if (statusId(s) == id)
            return s;
    }
    return std::nullopt;
}

QStringList RequirementCoverage::uncovered() const
{
    QStringList ids;
    for (const Requirement &r : m_requirements) {
        if (r.status == Status::Uncovered)
            ids.append(r.id);
    }
    return ids;
}

QStringList RequirementCoverage::failing() const
{
    QStringList ids;
    for (const Requirement &r : m_requirements) {
        if (r.status == Status::Failing)
            ids.append(r.id);
    }
    return ids;
}

bool RequirementCoverage::allCovered() const
{
    return std::all_of(m_requirements.cbegin(), m_requirements.cend(),
                       [](const Requirement &r) { return r.status == Status::Covered; });
}

QJsonObject RequirementCoverage::toJson() const
{
    QJsonArray requirements;
    for (const Requirement &r : m_requirements) {
        QJsonArray tests;
        for (const TaggedTest &t : r.tests)
            tests.append(QJsonObject { { QStringLiteral("name"), t.name },
                                       { QStringLiteral("file"), t.file },
                                       { QStringLiteral("status"), t.status } });
        requirements.append(QJsonObject { { QStringLiteral("id"), r.id },
                                          { QStringLiteral("text"), r.text },
                                          { QStringLiteral("status"), statusId(r.status) },
                                          { QStringLiteral("tests"), tests } });
    }
    return QJsonObject {
        { QStringLiteral("version"), JsonVersion },
        { QStringLiteral("allCovered"), allCovered() },
        { QStringLiteral("requirements"), requirements },
        { QStringLiteral("unknownTags"), tagUsesToJson(m_unknownTags) },
        { QStringLiteral("unknownTagsOmitted"), m_unknownTagsOmitted },
        { QStringLiteral("acceptanceTags"), tagUsesToJson(m_acceptanceTags) },
        { QStringLiteral("acceptanceTagsOmitted"), m_acceptanceTagsOmitted },
    };
}

Result<RequirementCoverage> RequirementCoverage::fromJson(const QJsonObject &json)
{
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != JsonVersion)
        return failure(QStringLiteral("version: expected %1").arg(JsonVersion));
    const QJsonValue requirements = json.value(QStringLiteral("requirements"));
    if (!requirements.isArray())
        return failure(QStringLiteral("requirements: not an array"));

    RequirementCoverage c;
    const QJsonArray array = requirements.toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QString where = QStringLiteral("requirements[%1]").arg(i);
        if (!array.at(i).isObject())
            return failure(QStringLiteral("%1: not an object").arg(where));
        const QJsonObject o = array.at(i).toObject();
        Requirement r;
        r.id = o.value(QStringLiteral("id")).toString();
        // Ids are positions: a reordered or renumbered table would name the wrong requirement.
        if (r.id != requirementId(i))
            return failure(QStringLiteral("%1.id: expected %2").arg(where, requirementId(i)));
        const QJsonValue text = o.value(QStringLiteral("text"));
        if (!text.isString())
            return failure(QStringLiteral("%1.text: not a string").arg(where));
        r.text = text.toString();
        const std::optional<Status> status =
            statusFromId(o.value(QStringLiteral("status")).toString());
        if (!status)
            return failure(QStringLiteral("%1.status: unknown").arg(where));
        const QJsonValue tests = o.value(QStringLiteral("tests"));
        if (!tests.isArray())
            return failure(QStringLiteral("%1.tests: not an array").arg(where));
        const QJsonArray testArray = tests.toArray();
        for (int j = 0; j < testArray.size(); ++j) {
            const QJsonObject t = testArray.at(j).toObject();
            const QJsonValue name = t.value(QStringLiteral("name"));
            const QJsonValue file = t.value(QStringLiteral("file"));
            const QJsonValue testStatus = t.value(QStringLiteral("status"));
            if (!name.isString() || !file.isString() || !testStatus.isString())
                return failure(QStringLiteral("%1.tests[%2]: not a {name, file, status} entry")
                                   .arg(where)
                                   .arg(j));
            r.tests.append({ name.toString(), file.toString(), testStatus.toString() });
        }
        r.status = statusFor(r.tests);
        if (r.status != *status)
            return failure(QStringLiteral("%1.status: disagrees with its tests").arg(where));
        c.m_requirements.append(r);
    }

    Result<QList<TagUse>> unknown =
        tagUsesFromJson(json, QStringLiteral("unknownTags"), QLatin1Char('R'));
    if (!unknown)
        return failure(unknown.error());
    c.m_unknownTags = std::move(*unknown);
    Result<QList<TagUse>> acceptance =
        tagUsesFromJson(json, QStringLiteral("acceptanceTags"), QLatin1Char('A'));
    if (!acceptance)
        return failure(acceptance.error());
    c.m_acceptanceTags = std::move(*acceptance);
    const Result<int> unknownOmitted = countFromJson(json, QStringLiteral("unknownTagsOmitted"));
    if (!unknownOmitted)
        return failure(unknownOmitted.error());
    c.m_unknownTagsOmitted = *unknownOmitted;
    const Result<int> acceptanceOmitted =
        countFromJson(json, QStringLiteral("acceptanceTagsOmitted"));
    if (!acceptanceOmitted)
        return failure(acceptanceOmitted.error());
    c.m_acceptanceTagsOmitted = *acceptanceOmitted;

    const QJsonValue allCovered = json.value(QStringLiteral("allCovered"));
    if (!allCovered.isBool() || allCovered.toBool() != c.allCovered())
        return failure(QStringLiteral("allCovered: disagrees with the requirements"));
    return c;
}

Result<RequirementCoverage> RequirementCoverage::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(QStringLiteral("offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return failure(QStringLiteral("not a JSON object"));
    return fromJson(doc.object());
}

bool RequirementCoverage::operator==(const RequirementCoverage &o) const
{
    return m_requirements == o.m_requirements && m_unknownTags == o.m_unknownTags
        && m_unknownTagsOmitted == o.m_unknownTagsOmitted && m_acceptanceTags == o.m_acceptanceTags
        && m_acceptanceTagsOmitted == o.m_acceptanceTagsOmitted;
}

} // namespace Autocoder::Run
