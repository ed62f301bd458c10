#include "run/receiptdifference.h"

namespace Autocoder::Run {

QString ReceiptDifference::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Changed:
        return QStringLiteral("changed");
    case Kind::Missing:
        return QStringLiteral("missing");
    case Kind::Added:
        return QStringLiteral("added");
    }
    return {};
}

bool ReceiptDifference::operator==(const ReceiptDifference &o) const
{
    return key == o.key && expected == o.expected && found == o.found && kind == o.kind
        && blocking == o.blocking;
}

} // namespace Autocoder::Run
