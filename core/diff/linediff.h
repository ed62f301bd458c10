#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Autocoder::Diff {

/// One line of a hunk.
struct DiffLine
{
    enum class Kind { Context, Added, Removed };
    Kind kind = Kind::Context;
    int oldLine = 0; ///< 1-based number in the old text; 0 for an added line
    int newLine = 0; ///< 1-based number in the new text; 0 for a removed line
    QString text; ///< without its line ending
    bool noNewline = false; ///< the last line of its text, with no line ending after it
};

/// A run of changes with the context lines around it, as in a unified diff.
struct Hunk
{
    int oldStart = 0; ///< first old line (1-based; 0 when the hunk has no old lines)
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QList<DiffLine> lines;

    /// "@@ -1,3 +1,4 @@"
    QString header() const;
};

struct LineDiffOptions
{
    int contextLines = 3;
    /// Myers' algorithm costs O((N+M)·D) time and O(D²) memory for D differing lines;
    /// past this D the differing middle is reported as all removed, then all added.
    int maxEditDistance = 1500;
};

struct LineDiffResult
{
    QList<Hunk> hunks;
    int added = 0;
    int removed = 0;
    /// The edit distance passed the cap: correct but not minimal.
    bool approximate = false;

    bool identical() const { return hunks.isEmpty(); }
};

/// Line-by-line difference of two texts with Myers' O(ND) algorithm (as git and GNU diff
/// use), grouped into unified hunks. A line's ending is part of the line, so a file whose
/// endings changed from LF to CRLF, or that lost its final newline, shows those lines as
/// changed, as git does.
class LineDiff final
{
public:
    /// Lines of @p text split after "\n" (a "\r" before it is part of the ending); a final
    /// line without an ending is kept, an empty text has no lines.
    static QStringList splitLines(const QString &text);
    static LineDiffResult compute(const QString &oldText, const QString &newText,
                                  const LineDiffOptions &options = {});
    /// Lines as splitLines() gives them (with their endings).
    static LineDiffResult compute(const QStringList &oldLines, const QStringList &newLines,
                                  const LineDiffOptions &options = {});
};

} // namespace Autocoder::Diff
