#include "PostgresTarget.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// The libpq settings a shared database may need; others (a password above all) are refused.
const QStringList AllowedOptions{u"host"_s, u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s,
    u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s};
const QStringList SslModes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

} // namespace

bool PostgresTarget::looksLikeServer(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<PostgresTarget> PostgresTarget::parse(const QString &uri)
{
    using R = Result<PostgresTarget>;
    const QString example = u"postgresql://user@host:5432/database?sslmode=verify-full"_s;
    if (!looksLikeServer(uri))
        return R::failure(tr("\"%1\" is not a PostgreSQL address; write it as %2.").arg(uri, example));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return R::failure(
            tr("\"%1\" is not a valid address (%2); write it as %3.").arg(uri, url.errorString(), example));
    if (!url.password().isEmpty())
        return R::failure(tr("The address holds a password. Leave it out: anyone on this computer could read it "
                             "in the list of running programs. Put it in ~/.pgpass (or PGPASSWORD), where the "
                             "database library finds it."));
    PostgresTarget t;
    t.host = url.host();
    t.user = url.userName();
    if (url.port() != -1)
        t.port = url.port();
    t.database = url.path().mid(1); // without the leading "/"
    if (t.database.contains(u'/'))
        return R::failure(tr("\"%1\" names a database with \"/\" in it; write it as %2.").arg(uri, example));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s)
            return R::failure(tr("The address holds a password. Leave it out: anyone on this computer could read it "
                                 "in the list of running programs. Put it in ~/.pgpass (or PGPASSWORD), where the "
                                 "database library finds it."));
        if (!AllowedOptions.contains(key))
            return R::failure(tr("\"%1\" is not a setting SIM3 Workbench passes on; it knows %2.")
                                  .arg(key, AllowedOptions.join(u", "_s)));
        if (key == u"sslmode"_s && !SslModes.contains(value))
            return R::failure(tr("sslmode \"%1\" does not exist; use one of %2 (verify-full checks the server's "
                                 "certificate and name).")
                                  .arg(value, SslModes.join(u", "_s)));
        if (key == u"host"_s) {
            if (!t.host.isEmpty())
                return R::failure(tr("The address names the server twice (\"%1\" and ?host=%2).").arg(t.host, value));
            t.host = value; // a socket folder, which an address cannot hold
            continue;
        }
        t.options.append({key, value});
    }
    return R::success(t);
}

QString PostgresTarget::display() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? QString() : host);
    url.setUserName(user);
    if (port)
        url.setPort(*port);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(u"host"_s, host);
    for (const auto &[key, value] : options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void PostgresTarget::applyTo(QSqlDatabase &connection) const
{
    connection.setHostName(host);
    if (port)
        connection.setPort(*port);
    connection.setUserName(user);
    connection.setDatabaseName(database);
    QStringList pairs;
    bool timeout = false;
    for (const auto &[key, value] : options) {
        pairs.append(key + u'=' + value);
        timeout = timeout || key == u"connect_timeout"_s;
    }
    // libpq would wait for an unreachable server without end; the window must not.
    if (!timeout)
        pairs.append(u"connect_timeout=5"_s);
    connection.setConnectOptions(pairs.join(u';'));
}
