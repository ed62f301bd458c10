#pragma once

#include "run/engine/runstep.h"

#include <QList>

#include <functional>
#include <memory>

namespace Autocoder::Run {

/// Makes the step for one place of a recipe when its turn comes (so it sees the state the
/// steps before it left); nullptr skips that place.
using StepFactory = std::function<std::unique_ptr<RunStep>()>;

/// The sequencer: runs a recipe, a list of steps, one after the other. Each step is created
/// when its turn comes and deleted when it is done; the first error stops the sequence and
/// becomes its result. A sequence is a step itself, so recipes nest (a gate inside an
/// iteration inside a loop), and stopping it stops and deletes the step that runs.
///
/// Modelled on the sequential, stop-on-error groups of Qt Creator's Tasking library, reduced
/// to what a run needs: sequence, skip (a factory returning nullptr) and a while-loop.
class StepSequence final : public RunStep
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepSequence)
public:
    explicit StepSequence(QList<StepFactory> recipe, QObject *parent = nullptr);
    ~StepSequence() override;

    /// A sequence that runs `body` again and again while `condition` holds (checked before
    /// each round, so a false condition runs nothing).
    static std::unique_ptr<StepSequence> loop(std::function<bool()> condition,
                                              QList<StepFactory> body);
    /// A factory for a step made only when `condition` holds at its turn.
    static StepFactory when(std::function<bool()> condition, StepFactory factory);
    /// A factory for a nested sequence of `recipe`.
    static StepFactory sequenceOf(QList<StepFactory> recipe);
    /// A factory for a nested loop (see loop()).
    static StepFactory repeatWhile(std::function<bool()> condition, QList<StepFactory> body);

    /// The step that runs now (innermost steps are found through their sequences).
    RunStep *currentStep() const { return m_current; }
    QString processTag() const override;

protected:
    void run() override;
    void onStop() override;

private:
    void advance();
    void startNext();
    void childDone(RunStep *child, const Result<void> &result);

    QList<StepFactory> m_recipe;
    std::function<bool()> m_while; ///< empty: run the recipe once
    int m_index = 0;
    RunStep *m_current = nullptr; ///< owned (child); deleted later once done or stopped
    bool m_startedInRound = false;
    bool m_advancing = false;
    bool m_advanceAgain = false;
};

} // namespace Autocoder::Run
