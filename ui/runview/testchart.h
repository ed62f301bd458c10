#pragma once

#include <QVector>
#include <QWidget>

namespace Autocoder::Ui {

class TestResultsModel;

/// A small bar chart of passing tests per iteration (failing ones stacked on
/// top), painted with palette roles only so it follows light and dark themes.
class TestChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestChart)
public:
    explicit TestChart(QWidget *parent = nullptr);

    void setModel(TestResultsModel *model);

    /// Where the text labels go at the widget's current size (title, axis values, each
    /// shown iteration number and bar count): never overlapping. Labels that would not fit
    /// are left out (every k-th iteration is numbered when there are many).
    QVector<QRect> labelRects() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();
    struct Label
    {
        QRect rect;
        QString text;
    };
    struct Layout
    {
        QRect plot;
        int maxTotal = 1;
        QVector<Label> labels;
    };
    Layout layout() const;

    TestResultsModel *m_model = nullptr;
    struct Bar
    {
        int iteration;
        int passed;
        int failed;
    };
    QVector<Bar> m_bars;
};

} // namespace Autocoder::Ui
