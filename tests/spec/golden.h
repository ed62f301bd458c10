#pragma once

// Golden-file comparison for renderer tests. Set AUTOCODER_UPDATE_GOLDEN=1 to (re)write the
// files under tests/spec/golden/ from the current output instead of comparing.

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

namespace GoldenFiles {

inline QString path(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/golden/") + name;
}

inline bool updating()
{
    return qEnvironmentVariableIntValue("AUTOCODER_UPDATE_GOLDEN") == 1;
}

// Returns an empty string when `actual` matches, else a description of the first difference.
inline QString compare(const QString &name, const QString &actual)
{
    const QString file = path(name);
    if (updating()) {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write ") + file;
        out.write(actual.toUtf8());
        return {};
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("missing golden file %1 (run with AUTOCODER_UPDATE_GOLDEN=1)")
            .arg(file);
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == actual)
        return {};
    const QStringList e = expected.split(QLatin1Char('\n'));
    const QStringList a = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        const QString el = i < e.size() ? e.at(i) : QStringLiteral("<eof>");
        const QString al = i < a.size() ? a.at(i) : QStringLiteral("<eof>");
        if (el != al)
            return QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4\n"
                                  "(run with AUTOCODER_UPDATE_GOLDEN=1 to accept the new output)")
                .arg(name)
                .arg(i + 1)
                .arg(el, al);
    }
    return QStringLiteral("%1 differs").arg(name);
}

} // namespace GoldenFiles

#define COMPARE_GOLDEN(name, actual)                                                               \
    do {                                                                                           \
        const QString goldenDiff_ = GoldenFiles::compare((name), (actual));                        \
        QVERIFY2(goldenDiff_.isEmpty(), qPrintable(goldenDiff_));                                  \
    } while (false)
