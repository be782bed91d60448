#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class Database;
class QWidget;

// What the window remembers between runs, kept in the database's settings: its geometry, the
// text size, and where the user left off (assessment and parameter). Everything read is
// checked: another program or a hand edit may have written anything.
class WindowState final
{
    Q_DECLARE_TR_FUNCTIONS(WindowState)

public:
    static constexpr qreal MinimumFontSize = 7.0;
    static constexpr qreal MaximumFontSize = 32.0;
    static constexpr int MinimumWidth = 480;
    static constexpr int MinimumHeight = 320;

    // `database` must outlive the state.
    explicit WindowState(Database &database)
        : m_db(database)
    {
    }

    // The text size stored in the settings, clamped to what can be read; none when the stored
    // text is not a positive finite number.
    static std::optional<qreal> storedFontSize(const QString &text);

    // Restores the window's geometry, or gives it its default size.
    void restoreGeometry(QWidget &window) const;
    // The stored text size, if any (already clamped).
    std::optional<qreal> fontSize() const;
    // The assessment open when the window last closed (0 for none), and its parameter.
    qint64 lastAssessment() const;
    QString lastParameter() const;

    // Each store returns an error message, or an empty string; a setting that cannot be stored
    // costs the user nothing but where they left off.
    QString storeGeometry(const QWidget &window);
    QString storeFontSize(const std::optional<qreal> &size);
    QString storeLastAssessment(qint64 assessmentId); // 0 forgets it
    QString storeLastParameter(const QString &parameterId);
    QString storeLanguage(const QString &language);

private:
    QString store(const QString &key, const std::optional<QString> &value);

    Database &m_db;
};
