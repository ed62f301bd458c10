#include "interruptnotifier.h"

#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using Autocoder::Cli::InterruptNotifier;

namespace {

using Handler = void (*)(int);

Handler handlerOf(int signal)
{
    struct sigaction current = {};
    ::sigaction(signal, nullptr, &current);
    return current.sa_handler;
}

} // namespace

class InterruptNotifierTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalsArriveThroughTheEventLoop()
    {
        InterruptNotifier notifier;
        QVERIFY(notifier.isValid());
        QSignalSpy spy(&notifier, &InterruptNotifier::interrupted);
        QVERIFY(std::raise(SIGINT) == 0); // would end the test without the handler
        QVERIFY(spy.isEmpty()); // not from inside the handler
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toInt(), SIGINT);
        QVERIFY(std::raise(SIGTERM) == 0);
        QVERIFY(std::raise(SIGINT) == 0);
        QTRY_COMPARE(spy.size(), 3);
        QCOMPARE(spy.at(1).first().toInt(), SIGTERM);
        QCOMPARE(spy.at(2).first().toInt(), SIGINT);
    }

    void previousHandlersComeBack()
    {
        // Qt Test has handlers of its own; whatever was there is restored.
        const Handler oldInt = handlerOf(SIGINT);
        const Handler oldTerm = handlerOf(SIGTERM);
        {
            InterruptNotifier notifier;
            QVERIFY(notifier.isValid());
            QVERIFY(handlerOf(SIGINT) != oldInt);
            QVERIFY(handlerOf(SIGTERM) != oldTerm);
        }
        QVERIFY(handlerOf(SIGINT) == oldInt);
        QVERIFY(handlerOf(SIGTERM) == oldTerm);
    }

    void oneAtATime()
    {
        InterruptNotifier first;
        InterruptNotifier second;
        QVERIFY(first.isValid());
        QVERIFY(!second.isValid());
        QSignalSpy spy(&first, &InterruptNotifier::interrupted);
        QVERIFY(std::raise(SIGTERM) == 0);
        QTRY_COMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(InterruptNotifierTest)
#include "tst_interruptnotifier.moc"
