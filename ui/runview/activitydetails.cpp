#include "runview/activitydetails.h"

#include "runview/activitycolors.h"
#include "runview/activitydocument.h"
#include "theme/icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace Autocoder::Ui {

ActivityDetails::ActivityDetails(QWidget *parent)
    : QWidget(parent)
{
    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("Selected activity in full"));
    m_browser->setOpenLinks(false);
    m_browser->setPlaceholderText(tr("Select an item of the activity to see it in full."));

    m_copy = new QAction(themedIcon(QStringLiteral("edit-copy")), tr("&Copy"), this);
    m_copy->setToolTip(tr("Copy the selected item as text"));
    m_copy->setEnabled(false);
    connect(m_copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(copyText()); });
    m_raw = new QAction(themedIcon(QStringLiteral("text-x-generic")), tr("Show &raw event"), this);
    m_raw->setToolTip(tr("Show the event as the run recorded it (JSON)"));
    m_raw->setCheckable(true);
    m_raw->setEnabled(false);
    connect(m_raw, &QAction::toggled, this, [this] { render(); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addStretch(1);
    for (QAction *action : { m_raw, m_copy }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        bar->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_browser, 1);
}

void ActivityDetails::setEntry(const ActivityEntry *entry)
{
    m_hasEntry = entry != nullptr;
    m_entry = entry ? *entry : ActivityEntry();
    m_copy->setEnabled(m_hasEntry);
    m_raw->setEnabled(m_hasEntry && !(m_entry.rawCall.isEmpty() && m_entry.rawResult.isEmpty()));
    render();
}

QString ActivityDetails::copyText() const
{
    if (!m_hasEntry)
        return {};
    return m_raw->isChecked() ? m_browser->toPlainText() : ActivityFormat::plainText(m_entry);
}

void ActivityDetails::render()
{
    if (!m_hasEntry) {
        m_browser->clear();
        return;
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (m_raw->isChecked() && m_raw->isEnabled()) {
        QJsonArray events;
        for (const QJsonObject &o : { m_entry.rawCall, m_entry.rawResult }) {
            if (!o.isEmpty())
                events.append(o);
        }
        const QByteArray json = events.size() == 1
            ? QJsonDocument(events.first().toObject()).toJson(QJsonDocument::Indented)
            : QJsonDocument(events).toJson(QJsonDocument::Indented);
        m_browser->setCurrentFont(mono);
        m_browser->setPlainText(QString::fromUtf8(json));
        m_browser->document()->setDefaultFont(mono);
        return;
    }
    ActivityDocument::buildDetails(*m_browser->document(), m_entry,
                                   ActivityColors::of(m_browser->palette()), font(), mono);
}

void ActivityDetails::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        render();
}

} // namespace Autocoder::Ui
