#include "runview/testchart.h"

#include "models/testresultsmodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Autocoder::Ui {

TestChart::TestChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Passing tests per iteration"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void TestChart::setModel(TestResultsModel *model)
{
    m_model = model;
    const auto update = [this] {
        refresh();
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, update);
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    connect(model, &QAbstractItemModel::modelReset, this, update);
    refresh();
}

void TestChart::refresh()
{
    m_bars.clear();
    if (m_model) {
        for (int i = 0; i < m_model->iterationCount(); ++i) {
            const IterationTests &it = m_model->iterationAt(i);
            m_bars.append({ it.iteration, it.passed, it.failed });
        }
    }
    QStringList parts;
    for (const Bar &b : std::as_const(m_bars))
        parts << tr("iteration %1: %2 passing, %3 failing")
                     .arg(b.iteration)
                     .arg(b.passed)
                     .arg(b.failed);
    setAccessibleDescription(parts.join(QLatin1String("; ")));
    update();
}

QSize TestChart::sizeHint() const
{
    const int em = fontMetrics().height();
    return { em * 16, em * 9 };
}

QSize TestChart::minimumSizeHint() const
{
    const int em = fontMetrics().height();
    return { em * 8, em * 6 };
}

void TestChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int em = fm.height();

    p.fillRect(rect(), pal.base());
    QRect frame = rect().adjusted(0, 0, -1, -1);
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(frame);

    const QString title = tr("Passing tests per iteration");
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(em / 2, em / 4, width() - em, em), Qt::AlignLeft | Qt::AlignVCenter, title);

    if (m_bars.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No test results yet"));
        return;
    }

    int maxTotal = 1;
    for (const Bar &b : std::as_const(m_bars))
        maxTotal = std::max(maxTotal, b.passed + b.failed);

    const int axisLabelWidth = fm.horizontalAdvance(QString::number(maxTotal)) + em / 2;
    const QRect plot(em / 2 + axisLabelWidth, em + em / 2, width() - em - axisLabelWidth,
                     height() - em * 7 / 2);
    if (plot.width() < 4 || plot.height() < 4)
        return;

    // Axis and the top gridline with its value.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.topLeft(), plot.topRight());
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(0, plot.top() - em / 2, axisLabelWidth + em / 4, em),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(maxTotal));
    p.drawText(QRect(0, plot.bottom() - em / 2, axisLabelWidth + em / 4, em),
               Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));

    const int n = m_bars.size();
    const double slot = double(plot.width()) / n;
    const double barWidth = std::max(2.0, std::min(slot * 0.6, double(em) * 3));
    for (int i = 0; i < n; ++i) {
        const Bar &b = m_bars.at(i);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const double hPassed = plot.height() * double(b.passed) / maxTotal;
        const double hFailed = plot.height() * double(b.failed) / maxTotal;
        const QRectF passedRect(x, plot.bottom() - hPassed, barWidth, hPassed);
        const QRectF failedRect(x, plot.bottom() - hPassed - hFailed, barWidth, hFailed);
        p.fillRect(passedRect, pal.color(QPalette::Highlight));
        if (b.failed > 0) {
            // Failing share: outlined and hatched, so it reads without colour.
            p.setPen(pal.color(QPalette::Text));
            p.setBrush(QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
            p.drawRect(failedRect);
            p.setBrush(Qt::NoBrush);
        }
        // The count above the bar, or inside its top when the bar reaches the top.
        const bool inside = failedRect.top() - em < plot.top() - em / 4.0 && hPassed >= em;
        const QRectF valueRect = inside
            ? QRectF(x, plot.bottom() - hPassed, barWidth, em)
            : QRectF(x - em, failedRect.top() - em, barWidth + 2 * em, em);
        p.setPen(pal.color(inside ? QPalette::HighlightedText : QPalette::Text));
        p.drawText(valueRect, Qt::AlignHCenter | (inside ? Qt::AlignTop : Qt::AlignBottom),
                   QString::number(b.passed));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, em),
                   Qt::AlignHCenter | Qt::AlignTop, QString::number(b.iteration));
    }
    // Legend
    const int ly = height() - em;
    const int sw = em * 2 / 3;
    int lx = plot.left();
    p.fillRect(QRect(lx, ly + (em - sw) / 2, sw, sw), pal.color(QPalette::Highlight));
    lx += sw + em / 4;
    const QString passedLabel = tr("passing");
    p.drawText(QRect(lx, ly, fm.horizontalAdvance(passedLabel) + 2, em), Qt::AlignVCenter,
               passedLabel);
    lx += fm.horizontalAdvance(passedLabel) + em;
    p.setBrush(QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
    p.drawRect(QRect(lx, ly + (em - sw) / 2, sw, sw));
    p.setBrush(Qt::NoBrush);
    lx += sw + em / 4;
    p.drawText(QRect(lx, ly, width() - lx, em), Qt::AlignVCenter, tr("failing"));
}

} // namespace Autocoder::Ui
