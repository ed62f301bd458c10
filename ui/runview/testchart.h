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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

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
