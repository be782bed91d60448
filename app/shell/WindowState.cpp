#include "WindowState.h"

#include "dialogs/ScreenFit.h"
#include "storage/SettingsRepository.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
const QString LastAssessmentKey = u"session/assessment"_s;
const QString LastParameterKey = u"session/parameter"_s;
const QString FontSizeKey = u"ui/fontPointSize"_s;
const QString GeometryKey = u"window/geometry"_s;
const QString LanguageKey = u"ui/language"_s;
} // namespace

std::optional<qreal> WindowState::storedFontSize(const QString &text)
{
    bool ok = false;
    const double size = text.toDouble(&ok);
    if (!ok || !std::isfinite(size) || size <= 0)
        return std::nullopt;
    return std::clamp<qreal>(size, MinimumFontSize, MaximumFontSize);
}

void WindowState::restoreGeometry(QWidget &window) const
{
    const QByteArray geometry = QByteArray::fromBase64(SettingsRepository(m_db).value(GeometryKey).toLatin1());
    if (!window.restoreGeometry(geometry) || window.width() < MinimumWidth || window.height() < MinimumHeight)
        ScreenFit::resize(window, QSize(1200, 780));
}

std::optional<qreal> WindowState::fontSize() const
{
    return storedFontSize(SettingsRepository(m_db).value(FontSizeKey));
}

qint64 WindowState::lastAssessment() const
{
    return SettingsRepository(m_db).value(LastAssessmentKey).toLongLong();
}

QString WindowState::lastParameter() const
{
    return SettingsRepository(m_db).value(LastParameterKey);
}

QString WindowState::storeGeometry(const QWidget &window)
{
    return store(GeometryKey, QString::fromLatin1(window.saveGeometry().toBase64()));
}

QString WindowState::storeFontSize(const std::optional<qreal> &size)
{
    return store(FontSizeKey, size ? QString::number(*size) : QString());
}

QString WindowState::storeLastAssessment(qint64 assessmentId)
{
    return store(LastAssessmentKey, assessmentId != 0 ? std::optional(QString::number(assessmentId)) : std::nullopt);
}

QString WindowState::storeLastParameter(const QString &parameterId)
{
    return store(LastParameterKey, parameterId);
}

QString WindowState::storeLanguage(const QString &language)
{
    return store(LanguageKey, language);
}

QString WindowState::store(const QString &key, const std::optional<QString> &value)
{
    SettingsRepository settings(m_db);
    const Status stored = value ? settings.setValue(key, *value) : settings.remove(key);
    return stored ? QString() : tr("A setting could not be saved: %1").arg(stored.error());
}
