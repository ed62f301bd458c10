#include "attach/attachdialog.h"

#include "dialogheight.h"
#include "feed/feedaddress.h"
#include "secrets/secretstore.h"
#include "wizard/fielderrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Autocoder::Ui {

using Secrets::SecretStore;

namespace {
// A feed token is 43 characters (32 bytes, base64url); one from the environment may be
// longer, but not a page long.
constexpr int MaxTokenChars = 1024;
} // namespace

AttachDialog::AttachDialog(SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store ? store : new SecretStore(this))
{
    setWindowTitle(tr("Attach to Run"));
    setObjectName(QStringLiteral("attachDialog"));

    auto *intro = new QLabel(tr("Follow a run that runs elsewhere (a build server, a terminal) "
                                "and stop or guide it from here. Its command prints the feed's "
                                "address; the token is in its run folder's feed-token file or "
                                "its AUTOCODER_FEED_TOKEN."),
                             this);
    intro->setWordWrap(true);

    m_note = FieldErrors::createLabel(this);
    m_note->setObjectName(QStringLiteral("attachNote"));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("feedUrl"));
    m_url->setPlaceholderText(QStringLiteral("ws://127.0.0.1:8765/")); // i18n: not user text
    m_url->setClearButtonEnabled(true);
    m_urlError = FieldErrors::createLabel(this);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("feedToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText
                                 | Qt::ImhNoAutoUppercase | Qt::ImhSensitiveData);
    m_token->setMaxLength(MaxTokenChars);
    m_tokenError = FieldErrors::createLabel(this);

    m_remember = new QCheckBox(tr("&Remember in keychain"), this);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Keep the token in the system keychain for this address; it is "
                              "never written to the settings"));
    m_keychainHint = new QLabel(this);
    m_keychainHint->setWordWrap(true);
    m_keychainHint->setForegroundRole(QPalette::PlaceholderText);
    m_keychainHint->hide();

    auto *form = new QFormLayout;
    auto *urlLabel = new QLabel(tr("Feed &address:"), this);
    urlLabel->setBuddy(m_url);
    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    tokenLabel->setBuddy(m_token);
    auto *urlColumn = new QVBoxLayout;
    urlColumn->addWidget(m_url);
    urlColumn->addWidget(m_urlError);
    auto *tokenColumn = new QVBoxLayout;
    tokenColumn->addWidget(m_token);
    tokenColumn->addWidget(m_tokenError);
    tokenColumn->addWidget(m_remember);
    tokenColumn->addWidget(m_keychainHint);
    form->addRow(urlLabel, urlColumn);
    form->addRow(tokenLabel, tokenColumn);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_attach = m_buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    m_attach->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AttachDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setTabOrder(m_url, m_token);
    setTabOrder(m_token, m_remember);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);

    // A message goes away as soon as its field is edited; it comes back on Attach if needed.
    connect(m_url, &QLineEdit::textEdited, this, [this] { m_urlError->hide(); });
    connect(m_token, &QLineEdit::textEdited, this, [this] {
        m_tokenError->hide();
        m_tokenFromKeychain.clear(); // typed: no longer the keychain's
    });
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        takeTokenFromUrl();
        lookUpToken();
    });
    connect(m_store, &SecretStore::readFinished, this, &AttachDialog::onTokenRead);

    const QString last = QSettings().value(lastUrlSetting()).toString();
    if (!last.isEmpty())
        setUrl(QUrl(last));
    if (m_url->text().isEmpty())
        m_url->setFocus();
    else
        m_token->setFocus();
}

Result<QUrl> AttachDialog::parseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return failure(tr("Enter the feed's address, as its command printed it, e.g. "
                          "ws://127.0.0.1:8765/."));
    QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return failure(
            tr("This is not a valid address (ws://HOST:PORT/…): %1").arg(url.errorString()));
    QString scheme = url.scheme().toLower();
    // As the feed's client reads them: http(s) is taken for ws(s).
    if (scheme == QLatin1String("http"))
        scheme = QStringLiteral("ws");
    else if (scheme == QLatin1String("https"))
        scheme = QStringLiteral("wss");
    if (scheme != QLatin1String("ws") && scheme != QLatin1String("wss"))
        return failure(tr("The address must start with ws:// or wss:// (a run's feed is a "
                          "WebSocket)."));
    if (url.host().isEmpty())
        return failure(tr("The address needs a host, e.g. ws://127.0.0.1:8765/."));
    if (!url.userInfo().isEmpty())
        return failure(tr("The address must not hold a user name or password: give the token "
                          "below."));
    if (url.port() == 0)
        return failure(tr("The address's port must be between 1 and 65535."));
    url.setScheme(scheme);
    url.setQuery(QString());
    url.setFragment(QString());
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    // The client's own rules have the last word (a placeholder token: only the address counts).
    if (const auto address = Feed::FeedAddress::make(url, QByteArrayLiteral("t")); !address)
        return failure(address.error());
    return url;
}

Result<QByteArray> AttachDialog::parseToken(const QString &text)
{
    const QString token = text.trimmed();
    if (token.isEmpty())
        return failure(tr("Enter the run's feed token."));
    if (token.size() > MaxTokenChars)
        return failure(tr("The token is too long to be a feed token."));
    for (const QChar c : token) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.unicode() > 0x7e)
            return failure(tr("The token holds spaces or characters a feed token never has: "
                              "copy it again from its file."));
    }
    return token.toLatin1();
}

QString AttachDialog::keychainKey(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("wss") ? 443 : 80);
    const QString path = url.path().isEmpty() ? QStringLiteral("/") : url.path();
    return QStringLiteral("feed-token:%1:%2%3").arg(url.host().toLower()).arg(port).arg(path);
}

void AttachDialog::setUrl(const QUrl &url)
{
    m_url->setText(url.toString(QUrl::RemoveUserInfo));
    m_urlError->hide();
    takeTokenFromUrl();
    lookUpToken();
}

QUrl AttachDialog::url() const
{
    return parseUrl(m_url->text()).valueOr(QUrl());
}

void AttachDialog::showRefusal(const QString &message)
{
    showNote(message);
    m_token->clear();
    m_tokenFromKeychain.clear();
    m_token->setFocus();
}

void AttachDialog::showNote(const QString &text)
{
    m_note->setText(QStringLiteral("\u26a0 ") + text);
    m_note->setVisible(!text.isEmpty());
    fitHeightToContents(this, FitHeight::GrowOnly);
}

void AttachDialog::showError(QLabel *label, const QString &message)
{
    label->setText(QStringLiteral("\u26a0 ") + message);
    label->show();
}

// Some clients put the token in the address (token=…): it goes into the token field, out of
// the address, so that it is neither shown nor kept in the settings.
void AttachDialog::takeTokenFromUrl()
{
    QUrl url(m_url->text().trimmed());
    const QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("token")))
        return;
    m_token->setText(query.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded));
    m_tokenFromKeychain.clear();
    url.setQuery(QString());
    m_url->setText(url.toString());
}

void AttachDialog::lookUpToken()
{
    const Result<QUrl> url = parseUrl(m_url->text());
    if (!url)
        return;
    const QString key = keychainKey(*url);
    if (key == m_lookingUp)
        return;
    // A token the person typed stays; one the keychain gave for another address goes.
    if (!m_tokenFromKeychain.isEmpty() && m_token->text() == m_tokenFromKeychain) {
        m_token->clear();
        m_tokenFromKeychain.clear();
    }
    m_lookingUp = key;
    if (m_keychainAvailable && m_token->text().isEmpty())
        m_store->read(key);
}

void AttachDialog::onTokenRead(const QString &key, const Secrets::SecretResult &result)
{
    if (result) {
        if (key == m_lookingUp && m_token->text().isEmpty()) {
            m_token->setText(*result);
            m_tokenFromKeychain = *result;
        }
        return;
    }
    if (result.error().isUnavailable()) {
        m_keychainAvailable = false;
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("No keychain on this system: the token is used for this "
                                  "attachment only, and never written anywhere."));
        m_keychainHint->setText(m_remember->toolTip());
        m_keychainHint->show();
        fitHeightToContents(this, FitHeight::GrowOnly);
    }
}

void AttachDialog::accept()
{
    takeTokenFromUrl();
    const Result<QUrl> url = parseUrl(m_url->text());
    const Result<QByteArray> token = parseToken(m_token->text());
    if (!url)
        showError(m_urlError, url.error());
    else
        m_urlError->hide();
    if (!token)
        showError(m_tokenError, token.error());
    else
        m_tokenError->hide();
    if (!url || !token) {
        fitHeightToContents(this, FitHeight::GrowOnly);
        (url ? m_token : m_url)->setFocus();
        return;
    }
    QSettings().setValue(lastUrlSetting(), url->toString());
    const QString key = keychainKey(*url);
    const QString typed = QString::fromLatin1(*token);
    if (m_keychainAvailable && m_remember->isChecked()) {
        if (typed != m_tokenFromKeychain)
            m_store->write(key, typed);
    } else if (m_keychainAvailable) {
        m_store->remove(key); // not to be remembered: nor kept from an earlier time
    }
    Q_EMIT attachRequested(*url, *token);
    QDialog::accept();
}

} // namespace Autocoder::Ui
