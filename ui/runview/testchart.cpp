#include "runview/testchart.h"

#include "models/testresultsmodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

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

TestChart::Layout TestChart::layout() const
{
    Layout l;
    const QFontMetrics fm = fontMetrics();
    const int em = fm.height();
    l.labels.append({ QRect(em / 2, em / 4, width() - em, em), tr("Passing tests per iteration") });
    if (m_bars.isEmpty())
        return l;
    for (const Bar &b : std::as_const(m_bars))
        l.maxTotal = std::max(l.maxTotal, b.passed + b.failed);

    // Rows from the top: title, the counts above the highest bars, the plot, the iteration
    // numbers, the legend.
    const int axisLabelWidth = fm.horizontalAdvance(QString::number(l.maxTotal)) + em / 2;
    const int top = em * 3 / 2 + em;
    l.plot = QRect(em / 2 + axisLabelWidth, top, width() - em - axisLabelWidth,
                   height() - top - em * 5 / 2);
    if (l.plot.width() < 4 || l.plot.height() < 4) {
        l.plot = QRect();
        return l;
    }
    l.labels.append(
        { QRect(0, l.plot.top() - em / 2, axisLabelWidth, em), QString::number(l.maxTotal) });

    const int n = m_bars.size();
    const double slot = double(l.plot.width()) / n;
    // Number every k-th iteration so that the numbers keep a gap between them, even when the
    // ones at the ends are moved inside the widget (by up to half their width).
    int widest = 0;
    for (const Bar &b : std::as_const(m_bars))
        widest = std::max(widest, fm.horizontalAdvance(QString::number(b.iteration)));
    const int every = std::max(1, int(std::ceil((widest * 1.5 + em * 0.5) / std::max(slot, 1.0))));
    for (int i = 0; i < n; ++i) {
        const Bar &b = m_bars.at(i);
        const int x = l.plot.left() + int(slot * i);
        const int w = std::max(1, int(slot * (i + 1)) - int(slot * i));
        // The last bar is always numbered: it is the iteration one looks for.
        const bool numbered = (i % every == 0 && (i + every <= n - 1 || i == n - 1)) || i == n - 1;
        if (numbered) {
            const int tw = fm.horizontalAdvance(QString::number(b.iteration));
            const int left = std::clamp(x + w / 2 - tw / 2, 0, std::max(0, width() - tw));
            l.labels.append(
                { QRect(left, l.plot.bottom() + 2, tw, em), QString::number(b.iteration) });
        }
        // The count above the bar when it fits in the bar's slot.
        const QString count = QString::number(b.passed);
        const int cw = fm.horizontalAdvance(count);
        if (cw + 2 <= w) {
            const int barTop = l.plot.bottom()
                - int(std::lround(l.plot.height() * double(b.passed + b.failed) / l.maxTotal));
            l.labels.append({ QRect(x + (w - cw) / 2, barTop - em, cw, em), count });
        }
    }
    return l;
}

QVector<QRect> TestChart::labelRects() const
{
    QVector<QRect> rects;
    const Layout l = layout();
    for (const Label &label : l.labels)
        rects.append(label.rect);
    return rects;
}

void TestChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    const int em = fm.height();

    p.fillRect(rect(), pal.base());
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    const Layout l = layout();
    if (m_bars.isEmpty()) {
        p.setPen(pal.color(QPalette::Text));
        p.drawText(l.labels.first().rect, Qt::AlignLeft | Qt::AlignVCenter, l.labels.first().text);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No test results yet"));
        return;
    }
    if (l.plot.isValid()) {
        const QRect plot = l.plot;
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(plot.bottomLeft(), plot.bottomRight());
        p.drawLine(plot.topLeft(), plot.topRight());
        const int n = m_bars.size();
        const double slot = double(plot.width()) / n;
        const double barWidth = std::max(2.0, std::min(slot * 0.6, double(em) * 3));
        for (int i = 0; i < n; ++i) {
            const Bar &b = m_bars.at(i);
            const double x = plot.left() + slot * i + (slot - barWidth) / 2;
            const double hPassed = plot.height() * double(b.passed) / l.maxTotal;
            const double hFailed = plot.height() * double(b.failed) / l.maxTotal;
            p.fillRect(QRectF(x, plot.bottom() - hPassed, barWidth, hPassed),
                       pal.color(QPalette::Highlight));
            if (b.failed > 0) {
                // Failing share: outlined and hatched, so it reads without colour.
                p.setPen(pal.color(QPalette::Text));
                p.setBrush(QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
                p.drawRect(QRectF(x, plot.bottom() - hPassed - hFailed, barWidth, hFailed));
                p.setBrush(Qt::NoBrush);
            }
        }
    }
    p.setPen(pal.color(QPalette::Text));
    // The title (first) reads from the left; the numbers are centred on their place.
    p.drawText(l.labels.first().rect, Qt::AlignLeft | Qt::AlignVCenter, l.labels.first().text);
    for (int i = 1; i < l.labels.size(); ++i)
        p.drawText(l.labels.at(i).rect, Qt::AlignCenter | Qt::TextDontClip, l.labels.at(i).text);

    // Legend
    const int ly = height() - em - em / 4;
    const int sw = em * 2 / 3;
    int lx = l.plot.isValid() ? l.plot.left() : em / 2;
    p.fillRect(QRect(lx, ly + (em - sw) / 2, sw, sw), pal.color(QPalette::Highlight));
    lx += sw + em / 4;
    //: Chart legend: the number of passing tests
    const QString passedLabel = tr("passing");
    p.drawText(QRect(lx, ly, fm.horizontalAdvance(passedLabel) + 2, em), Qt::AlignVCenter,
               passedLabel);
    lx += fm.horizontalAdvance(passedLabel) + em;
    p.setBrush(QBrush(pal.color(QPalette::Text), Qt::BDiagPattern));
    p.drawRect(QRect(lx, ly + (em - sw) / 2, sw, sw));
    p.setBrush(Qt::NoBrush);
    lx += sw + em / 4;
    //: Chart legend: the number of failing tests
    p.drawText(QRect(lx, ly, width() - lx, em), Qt::AlignVCenter, tr("failing"));
}

} // namespace Autocoder::Ui
