#include "DemoData.h"

#include "catalogue/ModelCatalogue.h"
#include "storage/AssessmentRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/SqlTransaction.h"
#include "storage/TeamRepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Levels per year in sim3-v2i order (O-1..O-11, H-1..H-7, T-1..T-10, P-1..P-17). Every
// parameter is rated, as SIM3 asks: the media policy (O-6) and the escalation to the press
// function (P-2) are the team's part of what group communications does, not "not applicable".
const char *const levels2024 = "22111101101"
                               "1011102"
                               "1122001111"
                               "1111120001100101"
                               "1";
const char *const levels2025 = "32222212212"
                               "2112212"
                               "1223111222"
                               "2211221112211212"
                               "1";
const char *const levels2026 = "33223223222"
                               "2122211"
                               "2223121222"
                               "2322232212311221"
                               "2";
// '.' is no target.
const char *const targets = "33333323223"
                            "3322222"
                            "2233222232"
                            "3332332333322322"
                            "2";

struct Text
{
    const char *en;
    const char *ja;
    QString in(const QString &language) const { return QString::fromUtf8(language.startsWith(u"ja"_s) ? ja : en); }
};

struct Note
{
    const char *parameter;
    int year; // 0, 1, 2 for 2024, 2025, 2026
    Text comment;
};

const Note notes[] = {
    {"O-1", 1, {"The CIO signed the team charter in March.", "3月にCIOがチーム憲章に署名した。"}},
    {"O-1", 2,
        {"Charter unchanged; next review due with the 2027 budget.",
            "憲章に変更なし。次回の見直しは2027年度予算と合わせて行う。"}},
    {"O-2", 2,
        {"Constituency now includes the two subsidiaries acquired in 2025.",
            "2025年に買収した子会社2社を対象範囲に追加した。"}},
    {"O-8", 1,
        {"Adopted a classification based on a public taxonomy.", "公開されたタクソノミーに基づく分類を採用した。"}},
    {"H-2", 0,
        {"Only two people can handle incidents; no deputy for the team lead.",
            "インシデントに対応できるのは2名のみで、チームリーダーの代理がいない。"}},
    {"H-2", 2,
        {"Third handler hired, but on-call still rests on two people.",
            "3人目の担当者を採用したが、待機当番は依然として2名で回している。"}},
    {"H-7", 2,
        {"Nobody attended community meetings this year after the budget cut.",
            "予算削減のため、今年はコミュニティの会合に誰も参加しなかった。"}},
    {"T-4", 1,
        {"Moved from a shared spreadsheet to a ticket system.",
            "共有スプレッドシートからチケットシステムへ移行した。"}},
    {"T-6", 2,
        {"Fallback mailbox at an external provider; tested in September.",
            "外部事業者に予備のメールボックスを用意し、9月に試験した。"}},
    {"P-6", 2,
        {"Workflow approved by the team head; needs a refresh for cloud incidents.",
            "ワークフローはチーム責任者が承認済み。クラウドのインシデント向けに更新が必要。"}},
    {"P-11", 2,
        {"TLP 2.0 adopted; disposal of printed material still informal.",
            "TLP 2.0 を採用した。印刷物の廃棄はまだ非公式な運用。"}},
    {"P-16", 2, {"Weekly meeting lapsed during the reorganisation.", "組織再編の間に週次会議が途絶えた。"}},
};

struct Proof
{
    const char *parameter;
    int fromYear;
    Text title;
    const char *location;
    const char *date;
};

const Proof proofs[] = {
    {"O-1", 1, {"Team charter, signed by the CIO", "CIO署名済みチーム憲章"},
        "https://intranet.example.com/csirt/charter.pdf", "2025-03-14"},
    {"O-2", 1, {"Constituency description (RFC 2350)", "対象範囲の記述（RFC 2350）"},
        "https://www.example.com/.well-known/csirt-rfc2350.txt", "2025-04-02"},
    {"O-5", 2, {"Service catalogue v2", "サービスカタログ第2版"}, "Wiki > CSIRT > Services", "2026-02-10"},
    {"T-4", 1, {"Ticket system operating procedure", "チケットシステム運用手順書"}, "Wiki > CSIRT > Tools > Tickets",
        "2025-06-30"},
    {"P-6", 2, {"Incident handling workflow, approved", "承認済みインシデント対応ワークフロー"},
        "https://intranet.example.com/csirt/workflow.pdf", "2026-05-20"},
    {"P-11", 2, {"Information handling policy (TLP 2.0)", "情報取扱方針（TLP 2.0）"}, "Wiki > CSIRT > Policies",
        "2026-01-15"},
};

struct Rationale
{
    const char *parameter;
    Text text;
};

const Rationale rationales[] = {
    {"O-1",
        {"A signed mandate is what lets us act in business units; the board must see it.",
            "署名されたマンデートがあってこそ事業部門で行動できる。取締役会が把握している必要がある。"}},
    {"O-3",
        {"We need formal authority to isolate systems without waiting for the owner.",
            "所有者を待たずにシステムを切り離せる正式な権限が必要。"}},
    {"O-7",
        {"Internal service levels are enough for an internal team of our size.",
            "この規模の社内チームには内部で定めたサービスレベルで十分。"}},
    {"H-2", {"Two-person dependency is our largest operational risk.", "2名への依存が最大の運用リスクである。"}},
    {"T-4",
        {"Regulators expect complete, approved incident records.",
            "規制当局は承認された完全なインシデント記録を求めている。"}},
    {"T-9",
        {"Detection is where we lose most time; formalise the toolset.",
            "最も時間を失っているのは検知である。ツール群を正式化する。"}},
    {"P-1",
        {"Management must hear of serious incidents from us first.",
            "重大なインシデントは、まず我々から経営層に伝わらなければならない。"}},
    {"P-6",
        {"The core process: approved and applied to every case.",
            "中核となるプロセスであり、承認されすべての案件に適用されるべき。"}},
    {"P-16",
        {"Internal meetings need no formal approval; level 2 is enough.",
            "内部会議に正式な承認は不要で、レベル2で十分。"}},
    {"O-4",
        {"Business units must know what we do for them and what they keep doing themselves.",
            "チームが担う役割と事業部門が自ら担う役割を、各部門が理解している必要がある。"}},
    {"O-11",
        {"The group security policy is being rewritten; our part must be approved with it.",
            "グループのセキュリティポリシーを改訂中であり、チームに関わる部分も合わせて承認を得る。"}},
    {"H-1",
        {"Handlers see personal data daily; a signed code of conduct protects them and us.",
            "担当者は日常的に個人情報に触れる。署名した行動規範は担当者と組織の双方を守る。"}},
    {"H-6",
        {"Handlers brief customers and executives during incidents; they need practice.",
            "インシデント対応中に担当者が顧客や経営層へ説明する機会が多く、訓練が必要。"}},
    {"H-7",
        {"Peer teams warned us first in two of last year's incidents.",
            "昨年のインシデントのうち2件は、他組織のチームからの連絡で最初に知った。"}},
    {"T-3",
        {"Incident mail must reach the team even when the corporate mail system is down.",
            "社内メールシステムの停止時にも、インシデントの連絡がチームに届く必要がある。"}},
    {"T-5",
        {"The hotline ran through a single exchange that failed in the 2025 outage.",
            "ホットラインは単一の交換機に依存しており、2025年の障害時に不通になった。"}},
    {"T-7",
        {"Handling continues during a network outage only with a second connection.",
            "ネットワーク障害時にも対応を続けるには、別系統の回線が必要。"}},
    {"P-3",
        {"Breach notification deadlines leave no time to look for the lawyer on call.",
            "漏えいの届出期限は短く、当番の弁護士を探している時間はない。"}},
    {"P-5",
        {"Alerts from three tools are triaged differently by each handler.",
            "3つのツールからのアラートを、担当者ごとに異なる方法で選別している。"}},
    {"P-8",
        {"Lessons learned are discussed but rarely acted on; an approved review closes the loop.",
            "教訓は話し合われるが実行に移されることが少ない。承認された振り返りで改善につなげる。"}},
    {"P-9",
        {"Executives could not reach the team at night during the last major incident.",
            "前回の重大インシデントでは、夜間に経営層がチームに連絡できなかった。"}},
    {"P-10",
        {"Customers look for our RFC 2350 page and PGP key; they must be current.",
            "顧客はRFC 2350のページとPGP鍵を参照する。常に最新である必要がある。"}},
    {"P-14",
        {"The monthly report to management is the only view they get of our work.",
            "経営層への月次報告は、経営層がチームの活動を知る唯一の手段である。"}},
};

struct Action
{
    const char *parameter;
    int person; // index into the assessors and the people below
    const char *due;
};

// Who does what by when, for most parameters below their target; some have nobody yet, as in
// any real plan.
const Action actions[] = {
    {"O-3", 2, "2027-06-30"},
    {"O-4", 2, "2027-06-30"},
    {"O-11", 3, "2027-09-30"},
    {"H-1", 0, "2027-02-28"},
    {"H-2", 0, "2027-03-31"},
    {"H-7", 1, "2027-05-31"},
    {"T-3", 3, "2027-04-30"},
    {"T-5", 3, "2027-01-31"},
    {"T-7", 3, "2027-08-31"},
    {"T-9", 1, "2027-10-31"},
    {"P-1", 2, "2027-03-31"},
    {"P-3", 2, "2027-06-30"},
    {"P-5", 1, "2027-04-30"},
    {"P-8", 0, "2027-07-31"},
    {"P-9", 0, "2027-01-31"},
    {"P-14", 2, "2027-02-28"},
};

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Result<DemoData::Created> DemoData::create(Database &database, const QString &language)
{
    using R = Result<Created>;
    const ModelCatalogue catalogue = ModelCatalogue::bundled();
    const Sim3Model *model = catalogue.find(u"sim3-v2i"_s);
    if (!model)
        return R::failure(tr("The bundled SIM3 model is missing."));
    const QList<Parameter> &params = model->parameters();
    const bool ja = language.startsWith(u"ja"_s);

    SqlTransaction transaction(database);
    if (const Status started = transaction.started(); !started)
        return R::failure(started.error());

    Created created;
    Team team;
    team.uuid = newUuid();
    team.name = ja ? u"サンプル社 CSIRT"_s : u"Example Corp CSIRT"_s;
    // A second demo team of the same name would only confuse: it is there already.
    const Result<QList<Team>> teams = TeamRepository(database).all();
    if (!teams)
        return R::failure(teams.error());
    for (const Team &existing : teams.value()) {
        if (existing.name == team.name)
            return R::failure(tr("This database already holds the demo team \"%1\". Open its assessments from "
                                 "the list, or delete that team first to make it anew.")
                                  .arg(team.name));
    }
    team.description = ja ? u"サンプル社グループの社内CSIRT（デモデータ）"_s
                          : u"Internal CSIRT of the Example Corp group (demo data)"_s;
    team.createdAt = QDateTime(QDate(2024, 11, 1), QTime(9, 0), Qt::UTC);
    const Result<Team> storedTeam = TeamRepository(database).insert(team);
    if (!storedTeam)
        return R::failure(storedTeam.error());
    created.teamId = storedTeam->id;

    const char *const yearLevels[] = {levels2024, levels2025, levels2026};
    const QDate dates[] = {QDate(2024, 11, 20), QDate(2025, 11, 18), QDate(2026, 11, 17)};
    const QStringList assessors
        = ja ? QStringList{u"佐藤 花子"_s, u"鈴木 一郎"_s} : QStringList{u"Alex Morgan"_s, u"Kim Lee"_s};
    // The assessors, the team head and the network engineer who owns the tools.
    const QStringList people
        = assessors + (ja ? QStringList{u"高橋 健"_s, u"田中 美咲"_s} : QStringList{u"Sam Patel"_s, u"Jordan Reyes"_s});
    AssessmentRepository assessments(database);
    for (int year = 0; year < 3; ++year) {
        Assessment a;
        a.uuid = newUuid();
        a.teamId = created.teamId;
        a.title = ja ? u"%1年 自己評価"_s.arg(dates[year].year()) : u"Self-assessment %1"_s.arg(dates[year].year());
        a.date = dates[year];
        a.modelId = model->id();
        a.status = year < 2 ? Assessment::Status::Final : Assessment::Status::Draft;
        a.assessors = assessors;
        a.createdAt = QDateTime(dates[year], QTime(10, 0), Qt::UTC);
        a.updatedAt = a.createdAt;
        for (qsizetype i = 0; i < params.size(); ++i) {
            Answer answer;
            answer.parameterId = params.at(i).id;
            answer.level = yearLevels[year][i] - '0';
            for (const Note &n : notes) {
                if (n.year == year && answer.parameterId == QLatin1String(n.parameter))
                    answer.comment = n.comment.in(language);
            }
            for (const Proof &p : proofs) {
                if (year >= p.fromYear && answer.parameterId == QLatin1String(p.parameter))
                    answer.evidence.append(Evidence{0, newUuid(), p.title.in(language), QString::fromUtf8(p.location),
                        QDate::fromString(QString::fromLatin1(p.date), Qt::ISODate)});
            }
            if (year == 2 && (answer.parameterId == u"H-7"_s || answer.parameterId == u"P-16"_s))
                answer.reviewFlag = true;
            for (const Action &action : actions) {
                if (year == 2 && answer.parameterId == QLatin1String(action.parameter)) {
                    answer.actionOwner = people.at(action.person);
                    answer.actionDue = QDate::fromString(QString::fromLatin1(action.due), Qt::ISODate);
                }
            }
            answer.changedAt = a.createdAt.addSecs(60 * (i + 1));
            answer.changedBy = assessors.at(i % 2);
            a.answers.insert(answer.parameterId, answer);
        }
        const Result<Assessment> stored = assessments.insert(a);
        if (!stored)
            return R::failure(stored.error());
        created.assessmentIds.append(stored->id);
    }

    TargetProfile profile;
    profile.teamId = created.teamId;
    profile.name = ja ? u"2026年 目標"_s : u"Target 2026"_s;
    profile.approvedBy = ja ? u"情報システム本部長"_s : u"Chief Information Officer"_s;
    profile.approvedOn = QDate(2025, 12, 5);
    profile.createdAt = QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC);
    for (qsizetype i = 0; i < params.size(); ++i) {
        ProfileTarget t;
        t.parameterId = params.at(i).id;
        if (targets[i] != '.')
            t.level = targets[i] - '0';
        for (const Rationale &r : rationales) {
            if (t.parameterId == QLatin1String(r.parameter))
                t.rationale = r.text.in(language);
        }
        profile.targets.insert(t.parameterId, t);
    }
    const Result<TargetProfile> storedProfile = ProfileRepository(database).insert(profile);
    if (!storedProfile)
        return R::failure(storedProfile.error());
    created.profileId = storedProfile->id;

    if (const Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return R::success(created);
}
