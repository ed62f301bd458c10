#include "wizard/fielderrors.h"

#include <QLabel>
#include <QWidget>

namespace Autocoder::Ui {

QLabel *FieldErrors::createLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    label->setObjectName(QStringLiteral("fieldError"));
    // Emphasis without a hard-coded colour: bold text in the normal palette,
    // with a warning sign so it does not rely on colour at all.
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

bool FieldErrors::matches(const QString &field, const QString &prefix)
{
    if (!field.startsWith(prefix))
        return false;
    if (field.size() == prefix.size())
        return true;
    const QChar next = field.at(prefix.size());
    return next == QLatin1Char('[') || next == QLatin1Char('.');
}

void FieldErrors::add(const QString &prefix, QWidget *widget, QLabel *label)
{
    m_entries.append({ prefix, widget, label, QString() });
}

int FieldErrors::entryFor(const QString &field) const
{
    int best = -1;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (matches(field, m_entries.at(i).prefix)
            && (best < 0 || m_entries.at(i).prefix.size() > m_entries.at(best).prefix.size()))
            best = i;
    }
    return best;
}

bool FieldErrors::owns(const QString &field) const
{
    return entryFor(field) >= 0;
}

QList<Spec::ValidationIssue> FieldErrors::show(const QList<Spec::ValidationIssue> &issues)
{
    QList<Spec::ValidationIssue> unowned;
    QList<QStringList> messages(m_entries.size());
    for (const Spec::ValidationIssue &issue : issues) {
        const int i = entryFor(issue.field);
        if (i < 0) {
            unowned.append(issue);
            continue;
        }
        messages[i].append(issue.message);
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        messages[i].removeDuplicates();
        apply(m_entries[i], messages.at(i).join(QLatin1Char('\n')));
    }
    return unowned;
}

void FieldErrors::apply(Entry &e, const QString &message)
{
    e.message = message;
    if (e.label) {
        e.label->setText(e.message.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + e.message);
        e.label->setVisible(!e.message.isEmpty());
    }
    if (e.widget)
        e.widget->setAccessibleDescription(e.message);
}

bool FieldErrors::refresh(const QList<Spec::ValidationIssue> &issues)
{
    QList<QStringList> messages(m_entries.size());
    for (const Spec::ValidationIssue &issue : issues) {
        const int i = entryFor(issue.field);
        if (i >= 0)
            messages[i].append(issue.message);
    }
    bool any = false;
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &e = m_entries[i];
        if (e.message.isEmpty())
            continue;
        messages[i].removeDuplicates();
        apply(e, messages.at(i).join(QLatin1Char('\n')));
        any = any || !e.message.isEmpty();
    }
    return any;
}

bool FieldErrors::hasMessages() const
{
    for (const Entry &e : m_entries) {
        if (!e.message.isEmpty())
            return true;
    }
    return false;
}

void FieldErrors::clear()
{
    show({});
}

QWidget *FieldErrors::firstFaulty() const
{
    for (const Entry &e : m_entries) {
        if (!e.message.isEmpty() && e.widget)
            return e.widget;
    }
    return nullptr;
}

QString FieldErrors::messageFor(const QString &prefix) const
{
    for (const Entry &e : m_entries) {
        if (e.prefix == prefix)
            return e.message;
    }
    return {};
}

} // namespace Autocoder::Ui
