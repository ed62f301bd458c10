#include "run/testrecord.h"

#include "run/runevent.h"

#include <QStringList>

#include <algorithm>

namespace Autocoder::Run {

QJsonObject TestRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("name"), name },
                         { QStringLiteral("file"), file },
                         { QStringLiteral("status"), status },
                         { QStringLiteral("message"), message },
                         { QStringLiteral("durationMs"), double(durationMs) } };
}

TestRecord TestRecord::fromJson(const QJsonObject &o)
{
    TestRecord r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.file = o.value(QStringLiteral("file")).toString();
    r.status = o.value(QStringLiteral("status")).toString();
    r.message = o.value(QStringLiteral("message")).toString();
    r.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble(-1));
    return r;
}

bool TestRecord::operator==(const TestRecord &o) const
{
    return name == o.name && file == o.file && status == o.status && message == o.message
        && durationMs == o.durationMs;
}

static int countStatus(const QList<TestRecord> &tests, QLatin1String status)
{
    return int(std::count_if(tests.cbegin(), tests.cend(),
                             [status](const TestRecord &t) { return t.status == status; }));
}

int TestReport::passed() const
{
    return std::max(countStatus(tests, TestStatus::Passed), summaryPassed);
}

int TestReport::failed() const
{
    return std::max(countStatus(tests, TestStatus::Failed), summaryFailed);
}

int TestReport::skipped() const
{
    return std::max(countStatus(tests, TestStatus::Skipped), summarySkipped);
}

int TestReport::ran() const
{
    return passed() + failed();
}

QStringList TestReport::failingNames() const
{
    QStringList names;
    for (const TestRecord &t : tests) {
        if (t.status == TestStatus::Failed)
            names.append(t.file.isEmpty() ? t.name : t.file + QStringLiteral(": ") + t.name);
    }
    names.sort();
    return names;
}

} // namespace Autocoder::Run
