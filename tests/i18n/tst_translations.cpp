// The committed translations: nothing unfinished, obsolete or vanished; placeholders,
// plural forms and mnemonics as in the source; every message of the code present (lupdate
// runs over the sources into a temporary file to compare). The checks themselves are tried
// on hand-made files first: a complete one passes, each defect fails.
#include "tschecker.h"
#include "tsfile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Autocoder::Testing;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(AUTOCODER_TEST_DATA_DIR "/data/") + name;
}

// As the update_translations target runs it (cmake/AutocoderTranslations.cmake).
QStringList lupdateOptions()
{
    return QStringLiteral(AUTOCODER_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QStringList lupdateDirs()
{
    return QStringLiteral(AUTOCODER_LUPDATE_DIRS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// What lupdate finds in @p inputs (relative to @p dir) with the project's options; with
// @p pluralsOnly, only messages with plural forms (the English file).
Autocoder::Result<TsFile> lupdate(const QString &dir, const QStringList &inputs, bool pluralsOnly,
                                  const QString &language)
{
    static QTemporaryDir out;
    const QString ts = out.filePath(QStringLiteral("fresh_%1.ts").arg(language));
    QFile::remove(ts);
    QStringList args = inputs + lupdateOptions();
    if (pluralsOnly)
        args.append(QStringLiteral("-pluralonly"));
    args << QStringLiteral("-silent") << QStringLiteral("-ts") << ts;
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral(AUTOCODER_LUPDATE), args);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return Autocoder::failure(QStringLiteral("lupdate failed: %1")
                                      .arg(QString::fromLocal8Bit(process.readAllStandardError())));
    return TsFile::read(ts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders()
    {
        QCOMPARE(TsChecker::placeholders(QStringLiteral("%2 of %1, %L3 and %n, 100% and %12")),
                 (QStringList { QStringLiteral("%1"), QStringLiteral("%12"), QStringLiteral("%2"),
                                QStringLiteral("%L3"), QStringLiteral("%n") }));
        QCOMPARE(TsChecker::mnemonics(QStringLiteral("&Save")), 1);
        QCOMPARE(TsChecker::mnemonics(QStringLiteral("Tom && Jerry &amp; &#38; & more")), 0);
    }

    void completeFixturePasses()
    {
        const auto ts = TsFile::read(fixture(QStringLiteral("complete.ts")));
        QVERIFY2(ts, qPrintable(ts ? QString() : ts.error()));
        QCOMPARE(ts->messages.size(), 6);
        QCOMPARE(ts->language, QStringLiteral("de_DE"));
        const QStringList problems = TsChecker::check(*ts, 2);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void defectiveFixtureFails_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unfinished") << "unfinished.ts"
                                    << "\"Open\": unfinished";
        QTest::newRow("unfinished, empty") << "unfinished-empty.ts"
                                           << "unfinished, empty";
        QTest::newRow("obsolete") << "obsolete.ts"
                                  << "\"Open\": obsolete";
        QTest::newRow("vanished") << "vanished.ts"
                                  << "\"Open\": vanished";
        QTest::newRow("empty") << "empty.ts"
                               << "\"Open\": empty translation";
        QTest::newRow("placeholder missing")
            << "placeholder-missing.ts"
            << "placeholders %1 in the translation, %1 %2 in the source";
        QTest::newRow("placeholder renumbered")
            << "placeholder-renumbered.ts"
            << "placeholders %2 in the translation, %1 in the source";
        QTest::newRow("placeholder not localized")
            << "placeholder-localized.ts"
            << "placeholders %1 in the translation, %L1 in the source";
        QTest::newRow("plural form without %n")
            << "numerus-without-n.ts"
            << "placeholders none in the translation (plural form 1), %n in the source";
        QTest::newRow("three plural forms") << "numerus-forms.ts"
                                            << "3 plural forms, 2 expected";
        QTest::newRow("mnemonic lost") << "mnemonic-lost.ts"
                                       << "0 mnemonic(s) & in the translation, 1 in the source";
        QTest::newRow("mnemonic doubled") << "mnemonic-doubled.ts"
                                          << "2 mnemonic(s) & in the translation, 1 in the source";
    }

    void defectiveFixtureFails()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const auto ts = TsFile::read(fixture(file));
        QVERIFY2(ts, qPrintable(ts ? QString() : ts.error()));
        const QStringList problems = TsChecker::check(*ts, 2);
        QCOMPARE(problems.size(), 1);
        // Named by file, context and source text.
        QVERIFY2(problems.first().startsWith(fixture(file)
                                             + QStringLiteral(": [Autocoder::Ui::Sample]")),
                 qPrintable(problems.first()));
        QVERIFY2(problems.first().contains(expected), qPrintable(problems.first()));
    }

    void notAXmlFileFails()
    {
        QVERIFY(!TsFile::parse("<TS><context><name>x</name><message>", QStringLiteral("cut.ts")));
        QVERIFY(!TsFile::parse("<html/>", QStringLiteral("other.xml")));
        QVERIFY(!TsFile::read(fixture(QStringLiteral("no-such.ts"))));
    }

    // lupdate over a sample source finds exactly the fixture's messages; a file missing one,
    // or holding one the code no longer has, is out of date.
    void outOfDateFileFails()
    {
        const auto fresh = lupdate(fixture(QStringLiteral("sources")),
                                   { QStringLiteral("sample.cpp") }, false, QStringLiteral("de"));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error()));
        auto ts = TsFile::read(fixture(QStringLiteral("complete.ts")));
        QVERIFY(ts);
        QStringList problems = TsChecker::compare(*ts, *fresh);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        TsFile missing = *ts;
        missing.messages.removeAt(1);
        problems = TsChecker::compare(missing, *fresh);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("\"Saved %1 to %2\": in the code but "
                                                          "missing from the file")),
                 qPrintable(problems.first()));

        TsFile stale = *ts;
        TsMessage gone = stale.messages.first();
        gone.source = QStringLiteral("&Discard");
        stale.messages.append(gone);
        problems = TsChecker::compare(stale, *fresh);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("\"&Discard\": no longer in the code")),
                 qPrintable(problems.first()));
    }

    // The files the app ships. German and French fail until their translations are merged.
    void committedFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("de") << "autocoder_de.ts" << false;
        QTest::newRow("fr") << "autocoder_fr.ts" << false;
        QTest::newRow("en (plural forms)") << "autocoder_en.ts" << true;
    }

    void committedFile()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralsOnly);
        const auto ts = TsFile::read(QStringLiteral(AUTOCODER_SOURCE_DIR "/translations/") + file);
        QVERIFY2(ts, qPrintable(ts ? QString() : ts.error()));
        QVERIFY(!ts->messages.isEmpty());
        const auto fresh =
            lupdate(QStringLiteral(AUTOCODER_SOURCE_DIR), lupdateDirs(), pluralsOnly,
                    file.section(QLatin1Char('_'), 1, 1).section(QLatin1Char('.'), 0, 0));
        QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error()));
        const QStringList problems = TsChecker::compare(*ts, *fresh) + TsChecker::check(*ts, 2);
        if (!problems.isEmpty()) {
            const int shown = 40;
            for (const QString &p : problems.mid(0, shown))
                qWarning().noquote() << p;
            if (problems.size() > shown)
                qWarning().noquote() << "... and" << problems.size() - shown << "more";
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 problems, the first listed above")
                                .arg(file)
                                .arg(problems.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
