// The sequencer on its own, with trivial steps: order, skips, loops, stop on error, and
// stop (cancel) dropping the step that runs.
#include "run/engine/stepsequence.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace Autocoder;
using namespace Autocoder::Run;

namespace {

/// Records its name when it starts, then finishes (now, or from the event loop, or never).
class TrivialStep final : public RunStep
{
public:
    enum class Mode { Now, Later, Never, FailNow, FailLater, TwiceNow };
    TrivialStep(QStringList *log, const QString &name, Mode mode)
        : m_log(log)
        , m_name(name)
        , m_mode(mode)
    { }
    ~TrivialStep() override { m_log->append(QStringLiteral("~") + m_name); }

protected:
    void run() override
    {
        m_log->append(m_name);
        switch (m_mode) {
        case Mode::Now:
            succeed();
            break;
        case Mode::TwiceNow:
            succeed();
            succeed();
            fail(QStringLiteral("late"));
            break;
        case Mode::FailNow:
            fail(m_name + QStringLiteral(" failed"));
            break;
        case Mode::Later:
            QTimer::singleShot(0, this, guard([this]() {
                                   m_log->append(m_name + QStringLiteral(" done"));
                                   succeed();
                               }));
            break;
        case Mode::FailLater:
            QTimer::singleShot(0, this,
                               guard([this]() { fail(m_name + QStringLiteral(" failed")); }));
            break;
        case Mode::Never:
            QTimer::singleShot(
                20, this, guard([this]() { m_log->append(m_name + QStringLiteral(" woke")); }));
            break;
        }
    }

private:
    QStringList *m_log;
    QString m_name;
    Mode m_mode;
};

StepFactory trivial(QStringList *log, const QString &name,
                    TrivialStep::Mode mode = TrivialStep::Mode::Later)
{
    return [log, name, mode]() -> std::unique_ptr<RunStep> {
        return std::make_unique<TrivialStep>(log, name, mode);
    };
}

void flushDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class StepSequenceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsInOrderOneAtATime();
    void stopsAtTheFirstError();
    void skipsWhatIsNotWanted();
    void nestsSequences();
    void loopsWhileTheConditionHolds();
    void loopWhoseConditionIsFalseRunsNothing();
    void loopOfSkippedStepsEnds();
    void longLoopOfQuickStepsDoesNotRecurse();
    void reportsDoneOnce();
    void stopDeletesTheRunningStepAndItsCallbacks();
    void stopBeforeStartAndTwiceIsHarmless();
};

void StepSequenceTest::runsInOrderOneAtATime()
{
    QStringList log;
    StepSequence seq({ trivial(&log, QStringLiteral("a")),
                       trivial(&log, QStringLiteral("b"), TrivialStep::Mode::Now),
                       trivial(&log, QStringLiteral("c")) });
    QSignalSpy done(&seq, &RunStep::done);
    seq.start();
    QCOMPARE(log, QStringList { QStringLiteral("a") }); // b waits for a
    QVERIFY(done.wait(1000));
    QVERIFY(done.first().first().value<Result<void>>().isOk());
    flushDeletes();
    const QStringList destroyed = log.filter(QStringLiteral("~"));
    for (const QString &s : destroyed)
        log.removeOne(s);
    QCOMPARE(log,
             (QStringList { QStringLiteral("a"), QStringLiteral("a done"), QStringLiteral("b"),
                            QStringLiteral("c"), QStringLiteral("c done") }));
    QCOMPARE(destroyed.size(), 3); // each step is deleted once done
    QVERIFY(!seq.isRunning());
    QVERIFY(!seq.currentStep());
}

void StepSequenceTest::stopsAtTheFirstError()
{
    for (const TrivialStep::Mode failing :
         { TrivialStep::Mode::FailNow, TrivialStep::Mode::FailLater }) {
        QStringList log;
        StepSequence seq({ trivial(&log, QStringLiteral("a")),
                           trivial(&log, QStringLiteral("b"), failing),
                           trivial(&log, QStringLiteral("c")) });
        QSignalSpy done(&seq, &RunStep::done);
        seq.start();
        QTRY_COMPARE(done.size(), 1);
        const auto result = done.first().first().value<Result<void>>();
        QVERIFY(!result);
        QCOMPARE(result.error(), QStringLiteral("b failed"));
        QVERIFY(!log.contains(QStringLiteral("c")));
        QTest::qWait(10);
        QCOMPARE(done.size(), 1);
    }
}

void StepSequenceTest::skipsWhatIsNotWanted()
{
    QStringList log;
    bool wanted = false;
    StepSequence seq(
        { trivial(&log, QStringLiteral("a")),
          StepSequence::when([&wanted]() { return wanted; },
                             trivial(&log, QStringLiteral("skipped"))),
          [&wanted, &log]() -> std::unique_ptr<RunStep> {
              wanted = true; // decided when its turn comes, not when built
              return std::make_unique<TrivialStep>(&log, QStringLiteral("b"),
                                                   TrivialStep::Mode::Now);
          },
          StepSequence::when([&wanted]() { return wanted; }, trivial(&log, QStringLiteral("c"))),
          []() {
              return std::unique_ptr<RunStep>();
          } });
    QSignalSpy done(&seq, &RunStep::done);
    seq.start();
    QVERIFY(done.wait(1000));
    QVERIFY(!log.contains(QStringLiteral("skipped")));
    QVERIFY(log.contains(QStringLiteral("b")));
    QVERIFY(log.contains(QStringLiteral("c done")));
}

void StepSequenceTest::nestsSequences()
{
    QStringList log;
    StepSequence seq({ trivial(&log, QStringLiteral("a")),
                       [&log]() -> std::unique_ptr<RunStep> {
                           return std::make_unique<StepSequence>(QList<StepFactory> {
                               trivial(&log, QStringLiteral("b1")),
                               trivial(&log, QStringLiteral("b2"), TrivialStep::Mode::FailNow),
                               trivial(&log, QStringLiteral("b3")) });
                       },
                       trivial(&log, QStringLiteral("c")) });
    QSignalSpy done(&seq, &RunStep::done);
    seq.start();
    QVERIFY(done.wait(1000));
    QCOMPARE(done.first().first().value<Result<void>>().error(), QStringLiteral("b2 failed"));
    QVERIFY(log.contains(QStringLiteral("b1 done")));
    QVERIFY(!log.contains(QStringLiteral("b3")));
    QVERIFY(!log.contains(QStringLiteral("c")));
}

void StepSequenceTest::loopsWhileTheConditionHolds()
{
    QStringList log;
    int rounds = 0;
    auto loop = StepSequence::loop(
        [&rounds]() { return rounds < 3; },
        { trivial(&log, QStringLiteral("turn")), [&rounds, &log]() -> std::unique_ptr<RunStep> {
             ++rounds;
             return std::make_unique<TrivialStep>(&log, QStringLiteral("decide"),
                                                  TrivialStep::Mode::Now);
         } });
    QSignalSpy done(loop.get(), &RunStep::done);
    loop->start();
    QVERIFY(done.wait(1000));
    QCOMPARE(rounds, 3);
    QCOMPARE(log.count(QStringLiteral("turn")), 3);
    QCOMPARE(log.count(QStringLiteral("decide")), 3);
}

void StepSequenceTest::loopWhoseConditionIsFalseRunsNothing()
{
    QStringList log;
    auto loop = StepSequence::loop([]() { return false; }, { trivial(&log, QStringLiteral("x")) });
    QSignalSpy done(loop.get(), &RunStep::done);
    loop->start();
    QCOMPARE(done.size(), 1); // at once
    QVERIFY(log.isEmpty());
}

void StepSequenceTest::loopOfSkippedStepsEnds()
{
    QStringList log;
    auto loop = StepSequence::loop(
        []() { return true; },
        { StepSequence::when([]() { return false; }, trivial(&log, QStringLiteral("x"))) });
    QSignalSpy done(loop.get(), &RunStep::done);
    loop->start();
    QCOMPARE(done.size(), 1);
    QVERIFY(done.first().first().value<Result<void>>().isOk());
}

void StepSequenceTest::longLoopOfQuickStepsDoesNotRecurse()
{
    QStringList log;
    int rounds = 0;
    auto loop = StepSequence::loop([&rounds]() { return rounds++ < 20000; },
                                   { trivial(&log, QStringLiteral("q"), TrivialStep::Mode::Now) });
    QSignalSpy done(loop.get(), &RunStep::done);
    loop->start(); // 20,000 nested calls would overflow the stack
    QCOMPARE(done.size(), 1);
    QCOMPARE(log.count(QStringLiteral("q")), 20000);
}

void StepSequenceTest::reportsDoneOnce()
{
    QStringList log;
    StepSequence seq({ trivial(&log, QStringLiteral("a"), TrivialStep::Mode::TwiceNow),
                       trivial(&log, QStringLiteral("b"), TrivialStep::Mode::Now) });
    QSignalSpy done(&seq, &RunStep::done);
    seq.start();
    QCOMPARE(done.size(), 1);
    QVERIFY(done.first().first().value<Result<void>>().isOk());
    QCOMPARE(log.count(QStringLiteral("b")), 1);
}

void StepSequenceTest::stopDeletesTheRunningStepAndItsCallbacks()
{
    QStringList log;
    auto seq = std::make_unique<StepSequence>(
        QList<StepFactory> { trivial(&log, QStringLiteral("a"), TrivialStep::Mode::Now),
                             [&log]() -> std::unique_ptr<RunStep> {
                                 return std::make_unique<StepSequence>(QList<StepFactory> { trivial(
                                     &log, QStringLiteral("inner"), TrivialStep::Mode::Never) });
                             },
                             trivial(&log, QStringLiteral("c")) });
    QSignalSpy done(seq.get(), &RunStep::done);
    seq->start();
    QPointer<RunStep> inner = seq->currentStep();
    QVERIFY(inner);
    QCOMPARE(log.last(), QStringLiteral("inner"));
    seq->stop();
    QVERIFY(!seq->isRunning());
    QVERIFY(!seq->currentStep());
    flushDeletes();
    QVERIFY(!inner); // the running step (and the step inside it) are gone
    QVERIFY(log.contains(QStringLiteral("~inner")));
    QTest::qWait(50);
    QVERIFY(!log.contains(QStringLiteral("inner woke"))); // its timer went with it
    QVERIFY(!log.contains(QStringLiteral("c")));
    QCOMPARE(done.size(), 0); // stopped, not done
}

void StepSequenceTest::stopBeforeStartAndTwiceIsHarmless()
{
    QStringList log;
    StepSequence seq({ trivial(&log, QStringLiteral("a"), TrivialStep::Mode::Never) });
    QSignalSpy done(&seq, &RunStep::done);
    seq.stop(); // not started: nothing to stop, it can still start
    seq.start();
    QCOMPARE(log, QStringList { QStringLiteral("a") });
    seq.stop();
    seq.stop();
    seq.start(); // a stopped step does not start again
    QCOMPARE(log.count(QStringLiteral("a")), 1);
    QCOMPARE(done.size(), 0);
}

QTEST_GUILESS_MAIN(StepSequenceTest)
#include "tst_stepsequence.moc"
