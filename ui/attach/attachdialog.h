#pragma once

#include "common/result.h"
#include "secrets/secretresult.h"

#include <QByteArray>
#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Autocoder::Secrets {
class SecretStore;
}

namespace Autocoder::Ui {

/// File → Attach to Run…: asks for a run's feed address (ws:// or wss://) and its token
/// (docs/event-feed.md), and says attachRequested() with both. The token is read from and,
/// when "Remember in keychain" is on, written to the keychain under keychainKey(); only the
/// address is kept in the settings, never the token. Connecting is the caller's business.
class AttachDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachDialog)

public:
    /// @p store: the keychain to use (a parent's, so that a write outlives the dialog);
    /// nullptr: the dialog makes its own.
    explicit AttachDialog(Secrets::SecretStore *store = nullptr, QWidget *parent = nullptr);

    /// The feed address typed by a person, checked: ws:// or wss://, a host, no user name or
    /// password; the query and fragment are dropped (the client adds its own). Human words
    /// when it is not usable.
    static Result<QUrl> parseUrl(const QString &text);
    /// The token as typed, checked: not empty, no spaces or control characters (it travels in
    /// an HTTP header), of a sane length.
    static Result<QByteArray> parseToken(const QString &text);
    /// The keychain entry of the token for @p url: "feed-token:HOST:PORT/PATH".
    static QString keychainKey(const QUrl &url);
    /// Where the last address is kept (QSettings key).
    static QString lastUrlSetting() { return QStringLiteral("attach/lastUrl"); }

    /// Fills the address (and looks its token up in the keychain).
    void setUrl(const QUrl &url);
    /// The feed refused the token given last time: says so, empties the token field and puts
    /// the focus there.
    void showRefusal(const QString &message);

    QUrl url() const; ///< parsed; empty when the field is not valid
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *tokenEdit() const { return m_token; }
    QCheckBox *rememberBox() const { return m_remember; }
    QPushButton *attachButton() const { return m_attach; }
    QLabel *urlError() const { return m_urlError; }
    QLabel *tokenError() const { return m_tokenError; }
    /// The refusal or keychain note above the fields.
    QLabel *noteLabel() const { return m_note; }
    Secrets::SecretStore *store() const { return m_store; }

    void accept() override;

Q_SIGNALS:
    void attachRequested(const QUrl &url, const QByteArray &token);

private:
    void lookUpToken();
    void onTokenRead(const QString &key, const Secrets::SecretResult &result);
    void takeTokenFromUrl();
    void showNote(const QString &text);
    static void showError(QLabel *label, const QString &message);

    Secrets::SecretStore *m_store = nullptr;
    QLabel *m_note = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlError = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenError = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_keychainHint = nullptr; ///< why the token cannot be remembered, when it cannot
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_attach = nullptr;
    QString m_lookingUp; ///< the keychain key read last
    QString m_tokenFromKeychain; ///< the token as read from the keychain, while it is unchanged
    bool m_keychainAvailable = true;
};

} // namespace Autocoder::Ui
