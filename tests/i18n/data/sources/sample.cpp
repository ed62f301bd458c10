// Not compiled: lupdate reads it in tst_translations, and must find exactly the messages of
// data/complete.ts.
#include <QObject>

namespace Autocoder::Ui {

class Sample : public QObject
{
    Q_OBJECT

public:
    void texts()
    {
        tr("&Save");
        tr("Saved %1 to %2");
        tr("Budget %L1 of %L2");
        tr("Tom && Jerry &amp; more");
        tr("Open", "a run");
        tr("%n file(s) in %1", nullptr, 2);
    }
};

} // namespace Autocoder::Ui
