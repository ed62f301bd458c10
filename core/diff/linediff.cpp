#include "diff/linediff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Autocoder::Diff {

namespace {

// An index into a std::vector from the algorithm's int arithmetic (never negative there).
constexpr size_t idx(int i)
{
    return static_cast<size_t>(i);
}

enum class Op { Equal, Delete, Insert };

struct Edit
{
    Op op;
    int oldIndex; ///< 0-based; meaningful for Equal and Delete
    int newIndex; ///< 0-based; meaningful for Equal and Insert
};

// Myers' greedy algorithm on a[aBegin, aEnd) and b[bBegin, bEnd); appends the edits in
// order. Returns false (and appends nothing) when the edit distance passes maxD.
bool myers(const std::vector<int> &a, int aBegin, int aEnd, const std::vector<int> &b, int bBegin,
           int bEnd, int maxD, std::vector<Edit> *edits)
{
    const int n = aEnd - aBegin;
    const int m = bEnd - bBegin;
    const int limit = std::min(maxD, n + m);
    const int offset = limit + 1;
    std::vector<int> v(idx(2 * limit + 3), 0);
    // trace[d] holds v[-d..d] after round d, for walking back.
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= limit && found < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[idx(offset + k - 1)] < v[idx(offset + k + 1)]))
                x = v[idx(offset + k + 1)];
            else
                x = v[idx(offset + k - 1)] + 1;
            int y = x - k;
            while (x < n && y < m && a[idx(aBegin + x)] == b[idx(bBegin + y)]) {
                ++x;
                ++y;
            }
            v[idx(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (found < 0)
        return false;

    std::vector<Edit> reversed;
    int x = n;
    int y = m;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &prev = trace[idx(d - 1)];
        const auto prevV = [&prev, d](int k) {
            return prev[idx(k + d - 1)];
        };
        const int k = x - y;
        const bool down = k == -d || (k != d && prevV(k - 1) < prevV(k + 1));
        const int prevK = down ? k + 1 : k - 1;
        const int prevX = prevV(prevK);
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            --x;
            --y;
            reversed.push_back({ Op::Equal, aBegin + x, bBegin + y });
        }
        if (down)
            reversed.push_back({ Op::Insert, aBegin + x, bBegin + prevY });
        else
            reversed.push_back({ Op::Delete, aBegin + prevX, bBegin + y });
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        reversed.push_back({ Op::Equal, aBegin + x, bBegin + y });
    }
    edits->insert(edits->end(), reversed.rbegin(), reversed.rend());
    return true;
}

QString withoutEnding(const QString &line, bool *hadEnding)
{
    if (line.endsWith(QLatin1String("\r\n"))) {
        *hadEnding = true;
        return line.left(line.size() - 2);
    }
    if (line.endsWith(QLatin1Char('\n'))) {
        *hadEnding = true;
        return line.left(line.size() - 1);
    }
    *hadEnding = false;
    return line;
}

DiffLine makeLine(DiffLine::Kind kind, const QStringList &lines, int index, int oldLine,
                  int newLine)
{
    DiffLine line;
    line.kind = kind;
    line.oldLine = oldLine;
    line.newLine = newLine;
    bool hadEnding = false;
    line.text = withoutEnding(lines.at(index), &hadEnding);
    line.noNewline = !hadEnding;
    return line;
}

} // namespace

QString Hunk::header() const
{
    return QStringLiteral("@@ -%1,%2 +%3,%4 @@")
        .arg(oldStart)
        .arg(oldCount)
        .arg(newStart)
        .arg(newCount);
}

QStringList LineDiff::splitLines(const QString &text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0) {
            lines.append(text.mid(start));
            break;
        }
        lines.append(text.mid(start, end - start + 1));
        start = end + 1;
    }
    return lines;
}

LineDiffResult LineDiff::compute(const QString &oldText, const QString &newText,
                                 const LineDiffOptions &options)
{
    return compute(splitLines(oldText), splitLines(newText), options);
}

LineDiffResult LineDiff::compute(const QStringList &oldLines, const QStringList &newLines,
                                 const LineDiffOptions &options)
{
    // Lines become small integers so that comparing them is cheap.
    QHash<QString, int> ids;
    const auto internStable = [&ids](const QStringList &lines) {
        std::vector<int> out;
        out.reserve(idx(lines.size()));
        for (const QString &line : lines) {
            auto it = ids.constFind(line);
            if (it == ids.constEnd())
                it = ids.insert(line, int(ids.size()));
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = internStable(oldLines);
    const std::vector<int> b = internStable(newLines);
    const int n = int(a.size());
    const int m = int(b.size());

    // The common head and tail cost nothing; only the middle goes through Myers.
    int head = 0;
    while (head < n && head < m && a[idx(head)] == b[idx(head)])
        ++head;
    int tail = 0;
    while (tail < n - head && tail < m - head && a[idx(n - 1 - tail)] == b[idx(m - 1 - tail)])
        ++tail;

    LineDiffResult result;
    std::vector<Edit> edits;
    edits.reserve(idx(std::max(n, m)));
    for (int i = 0; i < head; ++i)
        edits.push_back({ Op::Equal, i, i });
    if (!myers(a, head, n - tail, b, head, m - tail, std::max(0, options.maxEditDistance),
               &edits)) {
        result.approximate = true;
        for (int i = head; i < n - tail; ++i)
            edits.push_back({ Op::Delete, i, head });
        for (int j = head; j < m - tail; ++j)
            edits.push_back({ Op::Insert, n - tail, j });
    }
    for (int i = 0; i < tail; ++i)
        edits.push_back({ Op::Equal, n - tail + i, m - tail + i });

    // Group the changes into hunks with their context.
    const int context = std::max(0, options.contextLines);
    const int count = int(edits.size());
    int i = 0;
    while (i < count) {
        while (i < count && edits[idx(i)].op == Op::Equal)
            ++i;
        if (i >= count)
            break;
        const int begin = std::max(0, i - context);
        // Extend while the next change is within 2 × context equal lines.
        int end = i;
        int lastChange = i;
        while (end < count) {
            if (edits[idx(end)].op != Op::Equal)
                lastChange = end;
            else if (end - lastChange > 2 * context)
                break;
            ++end;
        }
        end = std::min(count, lastChange + 1 + context);

        Hunk hunk;
        for (int e = begin; e < end; ++e) {
            const Edit &edit = edits[idx(e)];
            switch (edit.op) {
            case Op::Equal:
                hunk.lines.append(makeLine(DiffLine::Kind::Context, oldLines, edit.oldIndex,
                                           edit.oldIndex + 1, edit.newIndex + 1));
                ++hunk.oldCount;
                ++hunk.newCount;
                break;
            case Op::Delete:
                hunk.lines.append(makeLine(DiffLine::Kind::Removed, oldLines, edit.oldIndex,
                                           edit.oldIndex + 1, 0));
                ++hunk.oldCount;
                ++result.removed;
                break;
            case Op::Insert:
                hunk.lines.append(
                    makeLine(DiffLine::Kind::Added, newLines, edit.newIndex, 0, edit.newIndex + 1));
                ++hunk.newCount;
                ++result.added;
                break;
            }
        }
        // Like diff -u: the start is the line before the hunk when it has no lines there.
        const Edit &first = edits[idx(begin)];
        hunk.oldStart = hunk.oldCount > 0 ? first.oldIndex + 1 : first.oldIndex;
        hunk.newStart = hunk.newCount > 0 ? first.newIndex + 1 : first.newIndex;
        result.hunks.append(hunk);
        i = end;
    }
    return result;
}

} // namespace Autocoder::Diff
