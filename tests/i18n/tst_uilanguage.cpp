// The Language setting: stored and read back, offered in Settings with the restart note,
// and the translators it installs (the right autocoder_xx.qm, Qt's own, the default locale).
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "settings/uilanguage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Autocoder::Ui;

class TestUiLanguage : public QObject
{
    Q_OBJECT

    static QString qmDir() { return QStringLiteral(AUTOCODER_QM_DIR); }

    static QStringList fileNames(const QStringList &paths)
    {
        QStringList names;
        for (const QString &p : paths)
            names.append(QFileInfo(p).fileName());
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AutocoderTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uilanguage"));
    }

    void settingRoundTrip()
    {
        AppSettings a = AppSettings::load();
        a.language = QStringLiteral("fr");
        a.save();
        QCOMPARE(AppSettings::load().language, QStringLiteral("fr"));
        QVERIFY(AppSettings::load() == a);
        a.language.clear();
        a.save();
        QCOMPARE(AppSettings::load().language, QString());
    }

    void choicesAreAutonyms()
    {
        const auto choices = UiLanguage::choices();
        QCOMPARE(choices.size(), 4);
        QCOMPARE(choices.at(0).code, QString());
        QCOMPARE(choices.at(1).name, QStringLiteral("English"));
        QCOMPARE(choices.at(2).name, QStringLiteral("Deutsch"));
        QCOMPARE(choices.at(3).name, QStringLiteral("Fran\u00e7ais"));
        QCOMPARE(UiLanguage::localeFor(QString()), QLocale::system());
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("xx")), QLocale::system());
        QCOMPARE(UiLanguage::localeFor(QStringLiteral("de")).language(), QLocale::German);
    }

    void settingsDialogOffersLanguage()
    {
        AppSettings a = AppSettings::load();
        a.language = QStringLiteral("de");
        a.save();
        UiLanguage::setActiveChoice(QStringLiteral("de"));
        SettingsDialog dialog;
        QComboBox *combo = dialog.languageCombo();
        QCOMPARE(combo->count(), 4);
        QCOMPARE(combo->currentText(), QStringLiteral("Deutsch"));
        QVERIFY(dialog.languageNote()->isHidden());
        combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
        QVERIFY(!dialog.languageNote()->isHidden()); // takes effect at the next start
        QCOMPARE(dialog.settings().language, QStringLiteral("fr"));
        combo->setCurrentIndex(0);
        QCOMPARE(dialog.settings().language, QString());
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        QVERIFY(dialog.languageNote()->isHidden());
    }

    void overridePicksItsTranslation_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("file");
        QTest::newRow("German") << "de"
                                << "autocoder_de.qm";
        QTest::newRow("French") << "fr"
                                << "autocoder_fr.qm";
        QTest::newRow("English") << "en"
                                 << "autocoder_en.qm";
    }

    void overridePicksItsTranslation()
    {
        QFETCH(QString, choice);
        QFETCH(QString, file);
        const QStringList loaded = UiLanguage::install(UiLanguage::localeFor(choice), qmDir());
        QVERIFY2(fileNames(loaded).contains(file), qPrintable(loaded.join(QLatin1Char(' '))));
        QCOMPARE(QLocale().language(), UiLanguage::localeFor(choice).language());
        // Replaced, not stacked: one app translation at a time.
        QCOMPARE(fileNames(loaded).filter(QStringLiteral("autocoder_")).size(), 1);
    }

    // English plural forms from autocoder_en.qm; a language without a translation gets them too.
    void englishPluralForms()
    {
        for (const QLocale &locale : { QLocale(QLocale::English), QLocale(QLocale::Spanish) }) {
            const QStringList loaded = UiLanguage::install(locale, qmDir());
            QVERIFY(fileNames(loaded).contains(QStringLiteral("autocoder_en.qm")));
            QCOMPARE(QCoreApplication::translate("Autocoder::Run::SnapshotStep", "%n file(s)",
                                                 nullptr, 1),
                     QStringLiteral("1 file"));
            QCOMPARE(QCoreApplication::translate("Autocoder::Run::SnapshotStep", "%n file(s)",
                                                 nullptr, 2),
                     QStringLiteral("2 files"));
        }
    }

    // Qt's own strings (standard buttons) in German, where Qt's translations are installed.
    void qtStringsTranslated()
    {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFileInfo::exists(dir + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
        const QStringList loaded = UiLanguage::install(QLocale(QLocale::German), qmDir());
        QVERIFY(fileNames(loaded).contains(QStringLiteral("qtbase_de.qm")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Abbrechen"));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), QStringLiteral("1.234,5"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
