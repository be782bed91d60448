#include "LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager::~LanguageManager()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
}

bool LanguageManager::setLanguage(const QString &requested)
{
    const QString language = supportedLanguages().contains(requested) ? requested : u"en"_s;
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();

    bool loaded = true;
    if (language != u"en"_s) {
        auto app = std::make_unique<QTranslator>();
        loaded = app->load(u":/i18n/sim3workbench_%1.qm"_s.arg(language));
        if (loaded) {
            QCoreApplication::installTranslator(app.get());
            m_app = std::move(app);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            m_qt = std::move(qt);
        }
    }
    QLocale::setDefault(QLocale(language == u"ja"_s ? QLocale::Japanese : QLocale::English,
        language == u"ja"_s ? QLocale::Japan : QLocale::UnitedStates));
    const bool changed = language != m_language;
    m_language = language;
    if (changed)
        emit languageChanged(language);
    return loaded;
}
