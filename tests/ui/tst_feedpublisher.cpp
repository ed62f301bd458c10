// The app's own runs on its event feed: published while live, steered by watchers, and
// switched on and off by the settings.
#include "fakesandbox.h"
#include "liverunfixture.h"

#include "feed/feedprotocol.h"
#include "feedpublisher.h"
#include "run/runcontroller.h"
#include "run/runevents.h"
#include "run/runjournal.h"
#include "run/runmanager.h"
#include "settings/appsettings.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <sys/stat.h>

using namespace Autocoder;
using namespace Autocoder::Run;
using namespace Autocoder::Run::Testing;
using Autocoder::Ui::AppSettings;
using Autocoder::Ui::FeedPublisher;

namespace {

/// A port nobody listens on just now.
int freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

} // namespace

class FeedPublisherTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QFile::remove(FeedPublisher::tokenFile());
    }

    void tokenIsKeptOwnerOnly()
    {
        const auto token = FeedPublisher::token();
        QVERIFY2(token, qPrintable(token ? QString() : token.error()));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(FeedPublisher::tokenFile()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), 0600);
        QCOMPARE(*FeedPublisher::token(), *token); // the same next time
    }

    void liveRunsAreWatchedAndSteered()
    {
        QTemporaryDir dir;
        FakeSandboxProvider provider(liveRunHandler());
        RunManager manager;
        FeedPublisher publisher(&manager);
        QVERIFY(!publisher.isServing());
        AppSettings settings;
        settings.publishRuns = true;
        settings.publishPort = freePort();
        QVERIFY(settings.publishPort > 0);
        const auto applied = publisher.apply(settings);
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error()));
        QVERIFY(publisher.isServing());

        auto *controller = new RunController(&provider);
        manager.add(controller);
        QVERIFY(controller->start(liveRunSpec(QStringLiteral("watched")),
                                  liveRunOptions(dir.filePath(QStringLiteral("runs")))));
        const QString runId = controller->runId();
        const QUrl url = publisher.url(runId);
        QCOMPARE(url.toString(),
                 QStringLiteral("ws://127.0.0.1:%1/runs/%2").arg(settings.publishPort).arg(runId));
        QTRY_VERIFY(
            provider.sessions.size() == 1
            && provider.sessions.first()->runningTags().contains(QStringLiteral("agent-1")));

        QWebSocket watcher;
        QList<QByteArray> events;
        int closeCode = -1;
        connect(&watcher, &QWebSocket::textMessageReceived, this, [&events](const QString &t) {
            if (QJsonDocument::fromJson(t.toUtf8()).object().contains(QStringLiteral("kind")))
                events.append(t.toUtf8());
        });
        connect(&watcher, &QWebSocket::disconnected, this,
                [&]() { closeCode = int(watcher.closeCode()); });
        QUrl withName = url;
        withName.setQuery(QStringLiteral("client=phone"));
        QNetworkRequest request(withName);
        request.setRawHeader("Authorization", "Bearer " + *FeedPublisher::token());
        watcher.open(request);
        QTRY_VERIFY(!events.isEmpty());

        watcher.sendTextMessage(QStringLiteral(R"({"type":"guidance","text":"Add, please."})"));
        QTRY_VERIFY(events.last().contains("user.guidance"));
        const auto guidance = RunEvent::fromJsonLine(events.last())->payload<UserGuidance>();
        QCOMPARE(guidance->source, QStringLiteral("feed:phone"));

        watcher.sendTextMessage(QStringLiteral(R"({"type":"stop"})"));
        QTRY_COMPARE(closeCode, int(Feed::Close::RunEnded));
        const QList<RunEvent> journal =
            RunJournal::readEvents(dir.filePath(QStringLiteral("runs/")) + runId);
        QList<QByteArray> lines;
        for (const RunEvent &e : journal)
            lines.append(e.toJsonLine().trimmed());
        QCOMPARE(events, lines); // all of it, the end included
        const auto stopped = std::find_if(journal.cbegin(), journal.cend(),
                                          [](const RunEvent &e) { return e.is<StopRequested>(); });
        QVERIFY(stopped != journal.cend());
        QCOMPARE(stopped->payload<StopRequested>()->source, QStringLiteral("feed:phone"));
        QCOMPARE(journal.last().payload<RunFinished>()->outcome, RunOutcome::Stopped);
    }

    void settingsSwitchItOnAndOff()
    {
        RunManager manager;
        FeedPublisher publisher(&manager);
        AppSettings settings = AppSettings::load();
        settings.publishRuns = true;
        settings.publishPort = freePort();
        settings.save(); // the publisher follows what is saved
        QVERIFY(publisher.isServing());
        QVERIFY(publisher.url(QStringLiteral("r"))
                    .toString()
                    .contains(QString::number(settings.publishPort)));
        settings.publishRuns = false;
        settings.save();
        QVERIFY(!publisher.isServing());
        QVERIFY(publisher.url(QStringLiteral("r")).isEmpty());

        // A port someone holds: said, not served.
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost));
        settings.publishRuns = true;
        settings.publishPort = holder.serverPort();
        QSignalSpy failed(&publisher, &FeedPublisher::failed);
        settings.save();
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QString::number(holder.serverPort())),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!publisher.isServing());
        settings.publishRuns = false;
        settings.save();
    }
};

QTEST_MAIN(FeedPublisherTest)
#include "tst_feedpublisher.moc"
