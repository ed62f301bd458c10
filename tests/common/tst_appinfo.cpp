#include "common/appinfo.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using Autocoder::Common::AppInfo;

class TestAppInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void appliesIdentityToTheApplication()
    {
        AppInfo::apply(*QCoreApplication::instance());
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("autocoder"));
        QCOMPARE(QCoreApplication::organizationName(), AppInfo::organizationName());
        // The folders of settings and data are named after the app id.
        QCOMPARE(AppInfo::organizationName(), AppInfo::appId());
        QCOMPARE(AppInfo::appId(), QStringLiteral("dev.autocoder.Autocoder"));
        QCOMPARE(QCoreApplication::applicationVersion(), AppInfo::version());
    }

    void versionIsSemantic()
    {
        static const QRegularExpression semver(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
        QVERIFY2(semver.match(AppInfo::version()).hasMatch(), qPrintable(AppInfo::version()));
    }

    void dataLocationFollowsTheApplicationName()
    {
        QStandardPaths::setTestModeEnabled(true);
        AppInfo::apply(*QCoreApplication::instance());
        const QString dataDir =
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
        QVERIFY2(dataDir.endsWith(QStringLiteral("/autocoder")), qPrintable(dataDir));
    }
};

QTEST_GUILESS_MAIN(TestAppInfo)
#include "tst_appinfo.moc"
