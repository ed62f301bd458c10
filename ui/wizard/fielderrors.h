#pragma once

#include "spec/validationissue.h"

#include <QList>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace Autocoder::Ui {

/// Shows validation issues beside the widgets they are about. Pages register
/// each field path prefix ("name", "limits.maxIterations", "requirements")
/// with its widget and an error label; show() routes every issue to the
/// label of the longest matching prefix ("requirements[2]" -> "requirements").
class FieldErrors final
{
public:
    /// A hidden, word-wrapped label for messages, to place right under a field.
    static QLabel *createLabel(QWidget *parent);
    /// Whether @p field is @p prefix or lies inside it (prefix[...] / prefix.x).
    static bool matches(const QString &field, const QString &prefix);

    void add(const QString &prefix, QWidget *widget, QLabel *label);
    bool owns(const QString &field) const;
    /// Shows the issues this map owns, clears the others; returns the issues it did not own.
    QList<Spec::ValidationIssue> show(const QList<Spec::ValidationIssue> &issues);
    void clear();
    /// After an edit: updates the messages already shown (a fixed field's goes away) without
    /// showing new ones, which wait for Next. Returns whether any message is still shown.
    bool refresh(const QList<Spec::ValidationIssue> &issues);
    bool hasMessages() const;
    /// The first widget (registration order) with an issue, to focus.
    QWidget *firstFaulty() const;
    /// The message shown for @p prefix (tests).
    QString messageFor(const QString &prefix) const;

private:
    struct Entry
    {
        QString prefix;
        QPointer<QWidget> widget;
        QPointer<QLabel> label;
        QString message;
    };
    int entryFor(const QString &field) const;
    void apply(Entry &entry, const QString &message);
    QList<Entry> m_entries;
};

} // namespace Autocoder::Ui
