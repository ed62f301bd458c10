#include "run/engine/stepsequence.h"

#include <QPointer>

namespace Autocoder::Run {

StepSequence::StepSequence(QList<StepFactory> recipe, QObject *parent)
    : RunStep(parent)
    , m_recipe(std::move(recipe))
{ }

StepSequence::~StepSequence() = default;

std::unique_ptr<StepSequence> StepSequence::loop(std::function<bool()> condition,
                                                 QList<StepFactory> body)
{
    auto sequence = std::make_unique<StepSequence>(std::move(body));
    sequence->m_while = std::move(condition);
    return sequence;
}

StepFactory StepSequence::when(std::function<bool()> condition, StepFactory factory)
{
    return [condition = std::move(condition),
            factory = std::move(factory)]() -> std::unique_ptr<RunStep> {
        return condition() ? factory() : nullptr;
    };
}

StepFactory StepSequence::sequenceOf(QList<StepFactory> recipe)
{
    return [recipe = std::move(recipe)]() -> std::unique_ptr<RunStep> {
        return std::make_unique<StepSequence>(recipe);
    };
}

StepFactory StepSequence::repeatWhile(std::function<bool()> condition, QList<StepFactory> body)
{
    return
        [condition = std::move(condition), body = std::move(body)]() -> std::unique_ptr<RunStep> {
            return loop(condition, body);
        };
}

QString StepSequence::processTag() const
{
    return m_current ? m_current->processTag() : QString();
}

void StepSequence::run()
{
    m_index = 0;
    m_startedInRound = false;
    if (m_while && !m_while()) {
        succeed();
        return;
    }
    advance();
}

void StepSequence::onStop()
{
    if (RunStep *current = m_current) {
        m_current = nullptr;
        current->stop();
        current->deleteLater();
    }
}

void StepSequence::advance()
{
    // A step may finish inside its own start(): go on in this loop rather than recursing,
    // so a long recipe of quick steps does not grow the stack.
    if (m_advancing) {
        m_advanceAgain = true;
        return;
    }
    m_advancing = true;
    const QPointer<StepSequence> self(this); // an owner may delete us when we are done
    do {
        m_advanceAgain = false;
        startNext();
        if (!self)
            return;
    } while (m_advanceAgain && isRunning());
    m_advancing = false;
}

void StepSequence::startNext()
{
    while (isRunning()) {
        if (m_index >= m_recipe.size()) {
            // A round that made no step would make none the next time either: stop there
            // instead of spinning.
            if (!m_while || !m_startedInRound || !m_while()) {
                succeed();
                return;
            }
            m_index = 0; // next round of the loop
            m_startedInRound = false;
            continue;
        }
        std::unique_ptr<RunStep> made = m_recipe.at(m_index++)();
        if (!made)
            continue;
        m_startedInRound = true;
        RunStep *step = made.release();
        step->setParent(this);
        m_current = step;
        connect(step, &RunStep::done, this,
                [this, step](const Result<void> &result) { childDone(step, result); });
        step->start();
        return;
    }
}

void StepSequence::childDone(RunStep *child, const Result<void> &result)
{
    if (child != m_current)
        return;
    m_current = nullptr;
    child->deleteLater(); // we are inside its done() signal
    if (!result) {
        fail(result.error());
        return;
    }
    advance();
}

} // namespace Autocoder::Run
