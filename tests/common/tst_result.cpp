#include "common/result.h"

#include <QtTest>

#include <memory>

using Autocoder::failure;
using Autocoder::Result;

namespace {

Result<int> parsePositive(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok)
        return failure(QStringLiteral("\"%1\" is not a number").arg(text));
    if (value <= 0)
        return failure(QStringLiteral("%1 is not positive").arg(value));
    return value;
}

Result<void> check(bool good)
{
    if (!good)
        return failure(QStringLiteral("bad"));
    return {};
}

struct Detailed
{
    int code = 0;
    QString message;
};

} // namespace

class TestResult : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueAndError()
    {
        const Result<int> good = parsePositive(QStringLiteral("42"));
        QVERIFY(good.isOk());
        QVERIFY(bool(good));
        QCOMPARE(*good, 42);
        QCOMPARE(good.valueOr(7), 42);

        const Result<int> bad = parsePositive(QStringLiteral("x"));
        QVERIFY(!bad);
        QCOMPARE(bad.error(), QStringLiteral("\"x\" is not a number"));
        QCOMPARE(bad.valueOr(7), 7);
        QCOMPARE(parsePositive(QStringLiteral("-3")).error(), QStringLiteral("-3 is not positive"));
    }

    void sameTypeForValueAndError()
    {
        // Result<QString> holds a QString either way; which one must not be confused.
        const Result<QString> value = QStringLiteral("v");
        const Result<QString> error = failure(QStringLiteral("e"));
        QVERIFY(value.isOk());
        QCOMPARE(value.value(), QStringLiteral("v"));
        QVERIFY(!error.isOk());
        QCOMPARE(error.error(), QStringLiteral("e"));
    }

    void voidResult()
    {
        QVERIFY(check(true).isOk());
        const Result<void> r = check(false);
        QVERIFY(!r);
        QCOMPARE(r.error(), QStringLiteral("bad"));
    }

    void customErrorAndMoveOnlyValue()
    {
        const Result<int, Detailed> r = failure(Detailed { 404, QStringLiteral("gone") });
        QVERIFY(!r);
        QCOMPARE(r.error().code, 404);

        Result<std::unique_ptr<int>> owned = std::make_unique<int>(5);
        QVERIFY(owned);
        std::unique_ptr<int> taken = std::move(owned).value();
        QCOMPARE(*taken, 5);
    }
};

QTEST_APPLESS_MAIN(TestResult)
#include "tst_result.moc"
