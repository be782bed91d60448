#pragma once

#include <QObject>
#include <QTranslator>

#include <memory>

// Installs the translators for one interface language (ours and Qt's own dialogs) and swaps
// them at run time; widgets then get QEvent::LanguageChange and re-translate themselves.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // "en" or "ja": the system language when it is Japanese, English otherwise.
    static QString systemLanguage();
    static QStringList supportedLanguages() { return {QStringLiteral("en"), QStringLiteral("ja")}; }

    const QString &language() const { return m_language; }
    // Unknown languages fall back to English. Returns whether our translation loaded.
    bool setLanguage(const QString &requested);

signals:
    void languageChanged(const QString &language);

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};
