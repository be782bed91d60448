<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;p&gt;SIM3 model: %1 (%2).&lt;br&gt;SIM3 is maintained by the Open CSIRT Foundation. Official document: &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;SIM3 モデル: %1（%2）&lt;br&gt;SIM3 は Open CSIRT Foundation が管理しています。公式文書: &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SIM3 Workbench</source>
        <translation>SIM3 Workbench について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SIM3 Workbench %1&lt;/h3&gt;&lt;p&gt;Assess a CSIRT with SIM3, choose the maturity each parameter needs, and plan what to improve. Your data stays in one file on this computer, unless your team names a PostgreSQL server of its own: the application connects to that server and to nothing else.&lt;/p&gt;&lt;p&gt;An assessment made here is the team&apos;s self-assessment with its own tool. It is not a SIM3 audit by the Open CSIRT Foundation (OCF) and is not endorsed by it. SIM3 defines no overall score: the averages and shares shown are this application&apos;s aids, and a target is met parameter by parameter.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SIM3 Workbench %1&lt;/h3&gt;&lt;p&gt;SIM3 で CSIRT を評価し、パラメータごとに必要な成熟度を決め、改善を計画します。データはこのコンピュータ上の一つのファイルにとどまります。チームが自らの PostgreSQL サーバーを指定した場合は、アプリケーションはそのサーバーにだけ接続し、ほかには一切接続しません。&lt;/p&gt;&lt;p&gt;ここで行う評価は、チームが自らのツールで行う自己評価です。Open CSIRT Foundation（OCF）による SIM3 監査ではなく、OCF の承認を受けたものでもありません。SIM3 は全体の点数を定めていません。表示される平均と割合は本アプリケーション独自の補助であり、目標はパラメータごとに達成されるものです。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgreementModel</name>
    <message numerus="yes">
        <source>%n rated, not revealed</source>
        <translation>
            <numerusform>%n 人が評定済み（未公開）</numerusform>
        </translation>
    </message>
    <message>
        <source>abstained ×%1</source>
        <translation>棄権 ×%1</translation>
    </message>
    <message>
        <source>▲ disputed</source>
        <translation>▲ 意見の相違</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評定</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>幅</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Team&apos;s level</source>
        <translation>チームのレベル</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>意見の相違</translation>
    </message>
    <message>
        <source>%1: as the team</source>
        <translation>%1: チームと同じ</translation>
    </message>
    <message>
        <source>%1: above the team&apos;s level %2</source>
        <translation>%1: チームのレベル %2 より上</translation>
    </message>
    <message>
        <source>%1: below the team&apos;s level %2</source>
        <translation>%1: チームのレベル %2 より下</translation>
    </message>
    <message>
        <source>Spread 0–4</source>
        <translation>分布 0〜4</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <source>Agreement per parameter</source>
        <translation>パラメータごとの一致度</translation>
    </message>
    <message>
        <source>Most to discuss first (disputed, widest spread, fewest ratings)</source>
        <translation>議論が必要な順（意見の相違、分布の広さ、評定の少なさ）</translation>
    </message>
    <message>
        <source>By category, as in the model</source>
        <translation>カテゴリ順（モデルどおり）</translation>
    </message>
    <message>
        <source>Dots: how many chose each level 0–4; ring: the team&apos;s level; dashed line: the median. ▲ ▼: a participant above or below the team&apos;s level. Return opens the parameter.</source>
        <translation>点: レベル 0〜4 をそれぞれ選んだ人数。円: チームのレベル。破線: 中央値。▲ ▼: チームのレベルより上または下の参加者。Return でそのパラメータを開きます。</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>並び順(&amp;D):</translation>
    </message>
    <message>
        <source>Show each participant&apos;s ratings (&amp;by name)</source>
        <translation>参加者ごとの評定を表示（名前付き）(&amp;B)</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>%1: the level must be between 0 and 4, not %2.</source>
        <translation>%1: レベルは 0 から 4 の範囲で指定してください（%2 は使えません）。</translation>
    </message>
    <message>
        <source>%1: an answer is either a level or &quot;not applicable&quot;, not both.</source>
        <translation>%1: 回答はレベルか「適用外」のどちらか一方です。両方は指定できません。</translation>
    </message>
    <message>
        <source>%1: &quot;not applicable&quot; needs a justification.</source>
        <translation>%1: 「適用外」には理由の記入が必要です。</translation>
    </message>
    <message>
        <source>%1: every evidence item needs a title.</source>
        <translation>%1: 根拠資料にはそれぞれタイトルが必要です。</translation>
    </message>
    <message>
        <source>%1: the %2 is longer than %3 characters.</source>
        <translation>%1: %2が %3 文字を超えています。</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>action owner</source>
        <translation>対応責任者</translation>
    </message>
    <message>
        <source>%1: more than %2 evidence items.</source>
        <translation>%1: 根拠資料が %2 件を超えています。</translation>
    </message>
    <message>
        <source>evidence title</source>
        <translation>根拠資料のタイトル</translation>
    </message>
    <message>
        <source>evidence location</source>
        <translation>根拠資料の場所</translation>
    </message>
</context>
<context>
    <name>AnswerLog</name>
    <message>
        <source>Recording the change of %1</source>
        <translation>%1 の変更履歴の記録</translation>
    </message>
    <message>
        <source>Reading the change history</source>
        <translation>変更履歴の読み込み</translation>
    </message>
</context>
<context>
    <name>AnswerStatus</name>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
</context>
<context>
    <name>AnswerStore</name>
    <message>
        <source>Reading the answers</source>
        <translation>回答の読み込み</translation>
    </message>
    <message>
        <source>The database holds an answer that breaks SIM3 Workbench&apos;s rules, probably written by another program: %1 Nothing was changed; restore the database from a backup.</source>
        <translation>データベースに SIM3 Workbench の規則に反する回答があります（他のプログラムが書き込んだ可能性があります）: %1 何も変更していません。バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>Reading the evidence</source>
        <translation>根拠資料の読み込み</translation>
    </message>
    <message>
        <source>Saving the answer for %1</source>
        <translation>%1 の回答の保存</translation>
    </message>
    <message>
        <source>Saving the evidence for %1</source>
        <translation>%1 の根拠資料の保存</translation>
    </message>
</context>
<context>
    <name>AssessmentBrowser</name>
    <message>
        <source>Final</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>&amp;Teams and assessments</source>
        <translation>チームと評価(&amp;T)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Teams and assessments</source>
        <translation>チームと評価</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>Enter opens the selected assessment. Ctrl+N starts a new assessment of the selected team; a new one can carry over the answers of the last.</source>
        <translation>Enter で選択した評価を開きます。Ctrl+N で選択したチームの新しい評価を始めます。新しい評価には前回の回答を引き継げます。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected assessment</source>
        <translation>選択した評価を開く</translation>
    </message>
    <message>
        <source>New assessment of the selected team</source>
        <translation>選択したチームの新しい評価</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新しいチーム</translation>
    </message>
    <message>
        <source>Not everything in the database could be read, so this list may be incomplete:
%1</source>
        <translation>データベースの一部を読み取れなかったため、この一覧は不完全な可能性があります:
%1</translation>
    </message>
    <message>
        <source>(%1 to confirm)</source>
        <translation>（要確認 %1 件）</translation>
    </message>
    <message>
        <source>New Assess&amp;ment…</source>
        <translation>新しい評価(&amp;M)…</translation>
    </message>
    <message>
        <source>Ne&amp;w Team…</source>
        <translation>新しいチーム(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>AssessmentExchange</name>
    <message>
        <source>The target profile &quot;%1&quot; belongs to another team.</source>
        <translation>目標プロファイル「%1」は別のチームのものです。</translation>
    </message>
    <message>
        <source>This assessment is already in the database (&quot;%1&quot;, id %2): it was imported or created here before. Nothing was changed.</source>
        <translation>この評価はすでにデータベースにあります（「%1」、ID %2）。以前にインポートまたは作成されています。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1（インポート %2）</translation>
    </message>
    <message>
        <source>The SIM3 model &quot;%1&quot; of this assessment is not known here.</source>
        <translation>この評価の SIM3 モデル「%1」はこの環境にありません。</translation>
    </message>
    <message>
        <source>The team in the file (&quot;%1&quot;) has the identity (UUID %2) of the team &quot;%3&quot; here. Nothing was imported: if they are the same team, give them the same name first; if not, the file&apos;s team UUID must be changed.</source>
        <translation>ファイル内のチーム（「%1」）は、ここにあるチーム「%3」と同じ識別子（UUID %2）を持っています。何もインポートしていません。同じチームであれば先に名前をそろえてください。別のチームであれば、ファイル内のチームの UUID を変更する必要があります。</translation>
    </message>
    <message>
        <source>The target profile in the file has the identity (UUID %1) of a profile of another team. Nothing was imported: the file&apos;s profile UUID must be changed.</source>
        <translation>ファイル内の目標プロファイルは、別のチームのプロファイルと同じ識別子（UUID %1）を持っています。何もインポートしていません。ファイル内のプロファイルの UUID を変更する必要があります。</translation>
    </message>
</context>
<context>
    <name>AssessmentJson</name>
    <message>
        <source>The assessment file is not valid: %1</source>
        <translation>評価ファイルが正しくありません: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>「%1」は正しい日付ではありません</translation>
    </message>
    <message>
        <source>the SIM3 model &quot;%1&quot; is not known here; load its model file first</source>
        <translation>SIM3 モデル「%1」はこの環境にありません。先にモデルファイルを読み込んでください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter of %2</source>
        <translation>「%1」は %2 のパラメータではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is answered twice</source>
        <translation>「%1」が二重に回答されています</translation>
    </message>
    <message>
        <source>must be null when notApplicable is true</source>
        <translation>notApplicable が true のときは null でなければなりません</translation>
    </message>
    <message>
        <source>&quot;not applicable&quot; needs a justification</source>
        <translation>「適用外」には理由の記入が必要です</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>正しい日付ではありません</translation>
    </message>
    <message>
        <source>not a valid time</source>
        <translation>正しい日時ではありません</translation>
    </message>
    <message>
        <source>the evidence id %1 is used twice in this file</source>
        <translation>根拠資料の ID %1 がこのファイル内で二重に使われています</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>2 回記載されています</translation>
    </message>
    <message>
        <source>not one of the participants</source>
        <translation>参加者のいずれでもありません</translation>
    </message>
    <message>
        <source>the participant rated %1 twice</source>
        <translation>同じ参加者が %1 を 2 回評定しています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter of %2, or is listed twice</source>
        <translation>「%1」は %2 のパラメータではないか、2 回記載されています</translation>
    </message>
    <message>
        <source>a workshop needs format version 2</source>
        <translation>ワークショップの記録には形式バージョン 2 が必要です</translation>
    </message>
</context>
<context>
    <name>AssessmentLibrary</name>
    <message>
        <source>New Team</source>
        <translation>新しいチーム</translation>
    </message>
    <message>
        <source>Name of the team:</source>
        <translation>チーム名:</translation>
    </message>
    <message>
        <source>New Assessment</source>
        <translation>新しい評価</translation>
    </message>
    <message>
        <source>%1 answers carried over; each is marked &quot;to confirm&quot;.</source>
        <translation>%1 件の回答を引き継ぎました。それぞれ「要確認」になっています。</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>チーム名の変更</translation>
    </message>
    <message>
        <source>New name of the team:</source>
        <translation>新しいチーム名:</translation>
    </message>
    <message>
        <source>Delete Team</source>
        <translation>チームの削除</translation>
    </message>
    <message>
        <source>Delete the team &quot;%1&quot; with its %2 assessment(s), all their answers, comments and evidence, and its %3 target profile(s)? This cannot be undone.</source>
        <translation>チーム「%1」を、%2 件の評価（すべての回答、コメント、根拠資料を含む）と %3 件の目標プロファイルとともに削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Rename Assessment</source>
        <translation>評価の名前の変更</translation>
    </message>
    <message>
        <source>New title of the assessment:</source>
        <translation>評価の新しいタイトル:</translation>
    </message>
    <message>
        <source>Mark as Final</source>
        <translation>確定にする</translation>
    </message>
    <message>
        <source>Reopen as Draft</source>
        <translation>下書きに戻す</translation>
    </message>
    <message>
        <source>Reopen &quot;%1&quot; as a draft so that it can be changed again? The reopening is recorded with your name (%2) and the time.</source>
        <translation>「%1」を下書きに戻して、再び変更できるようにしますか？ この操作はあなたの名前（%2）と日時とともに記録されます。</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as final? It can then no longer be changed unless someone reopens it, which is recorded. This is recorded with your name (%2) and the time.</source>
        <translation>「%1」を確定にしますか？ 確定後は、下書きに戻さない限り変更できません（下書きに戻す操作も記録されます）。この操作はあなたの名前（%2）と日時とともに記録されます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked final.</source>
        <translation>「%1」を確定にしました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a draft again.</source>
        <translation>「%1」を下書きに戻しました。</translation>
    </message>
    <message>
        <source>Delete Assessment</source>
        <translation>評価の削除</translation>
    </message>
    <message>
        <source>Delete the assessment &quot;%1&quot; of %2 with its %3 answer(s) and %4 evidence item(s)? This cannot be undone.</source>
        <translation>%2 の評価「%1」を、%3 件の回答と %4 件の根拠資料とともに削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Demo Data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Created the demo team with three yearly assessments.</source>
        <translation>3年分の評価を持つデモチームを作成しました。</translation>
    </message>
    <message>
        <source>Import Assessment</source>
        <translation>評価のインポート</translation>
    </message>
    <message>
        <source>Nothing was imported from &quot;%1&quot;.

%2</source>
        <translation>「%1」からは何もインポートしていません。

%2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>Export Assessment</source>
        <translation>評価のエクスポート</translation>
    </message>
    <message>
        <source>Select an assessment to export first.</source>
        <translation>先にエクスポートする評価を選んでください。</translation>
    </message>
    <message>
        <source>SIM3 assessment file (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>SIM3 評価ファイル (*.json);;表計算ソフト用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot;.</source>
        <translation>「%1」に書き出しました。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>Select an assessment first.</source>
        <translation>先に評価を選んでください。</translation>
    </message>
    <message>
        <source>The report was saved.</source>
        <translation>レポートを保存しました。</translation>
    </message>
    <message>
        <source>Load SIM3 Model File</source>
        <translation>SIM3 モデルファイルの読み込み</translation>
    </message>
    <message>
        <source>SIM3 model files (*.json);;All files (*)</source>
        <translation>SIM3 モデルファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The model in &quot;%1&quot; was not loaded.

%2</source>
        <translation>「%1」のモデルは読み込んでいません。

%2</translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; (%2) with %3 parameters. New assessments can use it.</source>
        <translation>「%1」（%2、パラメータ %3 個）を読み込みました。新しい評価で使用できます。</translation>
    </message>
    <message>
        <source>SIM3 assessment or ratings files (*.json);;All files (*)</source>
        <translation>SIM3 評価ファイルまたは評定ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Ratings</source>
        <translation>評定の取り込み</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rating(s) of %1 into &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 の評定 %n 件を「%2」に取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessment was created, but its participants could not be set: %1 Set them in Assessment &gt; Participants….</source>
        <translation>評価は作成しましたが、参加者を設定できませんでした: %1 評価 &gt; 参加者… で設定してください。</translation>
    </message>
    <message>
        <source>Import File</source>
        <translation>ファイルのインポート</translation>
    </message>
    <message>
        <source>Import &quot;%1&quot; into this database?

%2</source>
        <translation>「%1」をこのデータベースにインポートしますか？

%2</translation>
    </message>
    <message>
        <source>Import Target Profile</source>
        <translation>目標プロファイルのインポート</translation>
    </message>
    <message>
        <source>A target profile belongs to a team, and this database has none yet. Create a team (Assessment &gt; New Team), then open the file again.</source>
        <translation>目標プロファイルはチームに属しますが、このデータベースにはまだチームがありません。チームを作成（評価 &gt; 新しいチーム）してから、もう一度ファイルを開いてください。</translation>
    </message>
    <message>
        <source>Import the target profile &quot;%1&quot; from &quot;%2&quot; for the team:</source>
        <translation>「%2」の目標プロファイル「%1」をインポートするチーム：</translation>
    </message>
    <message>
        <source>Imported the target profile &quot;%1&quot; for &quot;%2&quot;.</source>
        <translation>目標プロファイル「%1」を「%2」にインポートしました。</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs a title.</source>
        <translation>評価にはタイトルが必要です。</translation>
    </message>
    <message>
        <source>An assessment needs a valid date.</source>
        <translation>評価には正しい日付が必要です。</translation>
    </message>
    <message>
        <source>Creating the assessment &quot;%1&quot;</source>
        <translation>評価「%1」の作成</translation>
    </message>
    <message>
        <source>Changing the assessment</source>
        <translation>評価の変更</translation>
    </message>
    <message>
        <source>The assessment no longer exists.</source>
        <translation>この評価はもう存在しません。</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>評価の削除</translation>
    </message>
    <message>
        <source>Reading the assessments</source>
        <translation>評価の読み込み</translation>
    </message>
    <message>
        <source>There is no assessment with id %1.</source>
        <translation>ID %1 の評価はありません。</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>評価の保存</translation>
    </message>
    <message>
        <source>Reading the assessment</source>
        <translation>評価の読み込み</translation>
    </message>
    <message>
        <source>The assessment &quot;%1&quot; is final, so nothing in it can be changed. To change it, reopen it as a draft first (Assessment &gt; Reopen as Draft); reopening is recorded.</source>
        <translation>評価「%1」は確定済みのため、内容を変更できません。変更するには、先に下書きに戻してください（評価 &gt; 下書きに戻す）。下書きに戻した操作は記録されます。</translation>
    </message>
    <message>
        <source>Recording the change of the assessment</source>
        <translation>評価の状態変更の記録</translation>
    </message>
    <message>
        <source>Reading the history of the assessment</source>
        <translation>評価の履歴の読み込み</translation>
    </message>
    <message>
        <source>Marking the imported assessment final</source>
        <translation>取り込んだ評価の確定</translation>
    </message>
</context>
<context>
    <name>AssessmentSession</name>
    <message>
        <source>&quot;%1&quot; is final and cannot be changed. Reopen it as a draft first (Assessment &gt; Reopen as Draft); reopening is recorded.</source>
        <translation>「%1」は確定済みのため変更できません。先に下書きに戻してください（評価 &gt; 下書きに戻す）。下書きに戻した操作は記録されます。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 meanwhile; their answer is kept and yours was not saved.</source>
        <translation>その間に %2 が %1 を変更しました。その回答を残し、あなたの回答は保存していません。</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他の人</translation>
    </message>
    <message>
        <source>%1 keeps being changed by someone else; your answer was not saved. Try again in a moment.</source>
        <translation>%1 は他の人によって変更され続けています。あなたの回答は保存していません。少し待ってからもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>AtomicFileWriter</name>
    <message>
        <source>&quot;%1&quot; is a folder. Choose a file name to write to.</source>
        <translation>「%1」はフォルダです。書き込み先のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file. Choose a file name to write to.</source>
        <translation>「%1」は通常のファイルではありません。書き込み先のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder &quot;%2&quot; does not exist.</source>
        <translation>「%1」に書き込めません。フォルダ「%2」が存在しません。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. Check that the folder is writable, or choose another place.</source>
        <translation>「%1」に書き込めません: %2。フォルダに書き込み権限があるか確認するか、別の場所を選んでください。</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2. The disk may be full; nothing was replaced.</source>
        <translation>「%1」に書き込めません: %2。ディスクがいっぱいの可能性があります。既存のファイルは置き換えていません。</translation>
    </message>
    <message>
        <source>only part of the file could be written</source>
        <translation>ファイルの一部しか書き込めませんでした</translation>
    </message>
    <message>
        <source>the finished file could not be moved into place</source>
        <translation>書き終えたファイルを所定の場所に移動できませんでした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link. Nothing was written and the file it points to was left as it is: choose the file itself, or another name.</source>
        <translation>「%1」はシンボリックリンクです。何も書き込まず、リンク先のファイルもそのままにしました。ファイルそのものか、別の名前を指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the open database (or one of its files) and is never overwritten by an export. Choose another file name.</source>
        <translation>「%1」は開いているデータベース（またはその関連ファイル）のため、エクスポートで上書きすることはありません。別のファイル名を指定してください。</translation>
    </message>
</context>
<context>
    <name>CategoryBarChart</name>
    <message>
        <source>Current (average)</source>
        <translation>現状（平均）</translation>
    </message>
    <message>
        <source>Target (average)</source>
        <translation>目標（平均）</translation>
    </message>
</context>
<context>
    <name>CategorySummaryModel</name>
    <message>
        <source>All parameters</source>
        <translation>すべてのパラメータ</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Current (avg.)</source>
        <translation>現状（平均）</translation>
    </message>
    <message>
        <source>Target (avg.)</source>
        <translation>目標（平均）</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>Parameters with a level below their target</source>
        <translation>レベルが目標を下回るパラメータ</translation>
    </message>
    <message>
        <source>Parameters exactly at their target</source>
        <translation>レベルが目標とちょうど同じパラメータ</translation>
    </message>
    <message>
        <source>Parameters above their target: more than the team said it needs</source>
        <translation>レベルが目標を上回るパラメータ（チームが必要とした以上）</translation>
    </message>
    <message>
        <source>Parameters not compared: not applicable, unanswered, or without a target. Below, on target, above and not compared add up to all parameters.</source>
        <translation>比較していないパラメータ（適用外、未回答、目標なし）。未達・目標どおり・超過・比較なしを合わせると全パラメータになります。</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>目標どおり</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>比較なし</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryView</name>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message>
        <source>The change history could not be read: %1</source>
        <translation>変更履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1  %2: %3 → %4  (%5)</source>
        <translation>%1  %2: %3 → %4（%5）</translation>
    </message>
    <message>
        <source>name not recorded</source>
        <translation>名前の記録なし</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>変更履歴はまだありません。</translation>
    </message>
    <message>
        <source>Change hi&amp;story</source>
        <translation>変更履歴(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChangeWatcher</name>
    <message>
        <source>The database server %1 cannot be reached. Until it is back, this window shows what was last read and changes nothing; what you were typing stays where it is. SIM3 Workbench connects again by itself.</source>
        <translation>データベースサーバー %1 に接続できません。復旧するまで、このウィンドウは最後に読み込んだ内容を表示し、何も変更しません。入力中の内容はそのまま残ります。SIM3 Workbench は自動的に再接続します。</translation>
    </message>
</context>
<context>
    <name>CommandLineTool</name>
    <message>
        <source>Use the database at &lt;path&gt; instead of the default one.</source>
        <translation>既定のデータベースの代わりに &lt;path&gt; のデータベースを使います。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>表の代わりに JSON で出力します。</translation>
    </message>
    <message>
        <source>Export format: json or csv.</source>
        <translation>エクスポート形式: json または csv。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;.</source>
        <translation>&lt;file&gt; に書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Include the team&apos;s target profile &lt;name&gt;.</source>
        <translation>チームの目標プロファイル &lt;name&gt; を含めます。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Language of names and texts: en or ja.</source>
        <translation>名称と本文の言語: en または ja。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>sim3-workbench: %1</source>
        <translation>sim3-workbench: %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」</translation>
    </message>
    <message>
        <source>--lang must be en or ja, not &quot;%1&quot;</source>
        <translation>--lang には en か ja を指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes exactly one argument</source>
        <translation>「%1」には引数を一つだけ指定してください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no arguments</source>
        <translation>「%1」に引数は指定できません</translation>
    </message>
    <message>
        <source>Team %1: %2</source>
        <translation>チーム %1: %2</translation>
    </message>
    <message>
        <source>final</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>No teams yet. Create one in the application, or run &quot;sim3-workbench demo&quot;.</source>
        <translation>チームはまだありません。アプリケーションで作成するか、「sim3-workbench demo」を実行してください。</translation>
    </message>
    <message>
        <source>Imported assessment %1 into team %2%3.</source>
        <translation>評価 %1 をチーム %2 にインポートしました%3。</translation>
    </message>
    <message>
        <source> (new team)</source>
        <translation>（新しいチーム）</translation>
    </message>
    <message>
        <source>Target profile &quot;%1&quot; is available as id %2.</source>
        <translation>目標プロファイル「%1」を ID %2 で利用できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an assessment id; &quot;sim3-workbench list&quot; shows them</source>
        <translation>「%1」は評価 ID ではありません。「sim3-workbench list」で確認できます</translation>
    </message>
    <message>
        <source>export needs --format json or --format csv</source>
        <translation>export には --format json または --format csv が必要です</translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation>export には --out FILE が必要です</translation>
    </message>
    <message>
        <source>--format must be json or csv, not &quot;%1&quot;</source>
        <translation>--format には json か csv を指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>The team has no target profile named &quot;%1&quot;.</source>
        <translation>このチームには「%1」という目標プロファイルはありません。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 に書き出しました。</translation>
    </message>
    <message>
        <source>Created the demo team (id %1) with assessments %2 and target profile %3 in %4.</source>
        <translation>デモチーム（ID %1）を評価 %2 と目標プロファイル %3 とともに %4 に作成しました。</translation>
    </message>
    <message>
        <source>Loaded the model &quot;%1&quot; with %2 parameters.</source>
        <translation>モデル「%1」（パラメータ %2 個）を読み込みました。</translation>
    </message>
    <message>
        <source>Traffic Light Protocol marking of the report.</source>
        <translation>レポートの Traffic Light Protocol（TLP）区分。</translation>
    </message>
    <message>
        <source>marking</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Page size of the report: a4 or letter.</source>
        <translation>レポートの用紙サイズ: a4 または letter。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>report needs --out FILE</source>
        <translation>report には --out FILE が必要です</translation>
    </message>
    <message>
        <source>the report file must end in .pdf, .odt, .xlsx or .csv</source>
        <translation>レポートのファイル名は .pdf、.odt、.xlsx、.csv のいずれかで終わる必要があります</translation>
    </message>
    <message>
        <source>--tlp must be clear, green, amber, amber+strict or red, not &quot;%1&quot;</source>
        <translation>--tlp には clear、green、amber、amber+strict、red のいずれかを指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>--page must be a4 or letter, not &quot;%1&quot;</source>
        <translation>--page には a4 か letter を指定してください（「%1」は使えません）</translation>
    </message>
    <message>
        <source>the SIM3 models, with parameters per category</source>
        <translation>SIM3 モデルの一覧（カテゴリごとのパラメータ数つき）</translation>
    </message>
    <message>
        <source>teams and assessments with their ids</source>
        <translation>チームと評価の一覧（ID つき）</translation>
    </message>
    <message>
        <source>one assessment as a sim3-assessment JSON file or as CSV</source>
        <translation>評価を sim3-assessment JSON ファイルまたは CSV として書き出し</translation>
    </message>
    <message>
        <source>per category and per parameter: current, target, gap</source>
        <translation>カテゴリごと・パラメータごとの現状、目標、ギャップ</translation>
    </message>
    <message>
        <source>the management report</source>
        <translation>マネジメント向けレポート</translation>
    </message>
    <message>
        <source>a demo team: three yearly assessments and a target profile</source>
        <translation>デモチーム（年 1 回の評価 3 回分と目標プロファイル）を作成</translation>
    </message>
    <message>
        <source>load a custom SIM3 model file into the database</source>
        <translation>カスタム SIM3 モデルファイルをデータベースに読み込み</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>使い方:</translation>
    </message>
    <message>
        <source>this help, or the version</source>
        <translation>このヘルプ、またはバージョンを表示</translation>
    </message>
    <message>
        <source>Without --db the database is %1</source>
        <translation>--db を指定しない場合のデータベース: %1</translation>
    </message>
    <message>
        <source>The participant called &lt;name&gt;.</source>
        <translation>名前が &lt;name&gt; の参加者。</translation>
    </message>
    <message>
        <source>import a sim3-assessment file, or a participant&apos;s sim3-ratings file into its assessment</source>
        <translation>sim3-assessment ファイル、または参加者の sim3-ratings ファイルを該当する評価に取り込む</translation>
    </message>
    <message>
        <source>a participant&apos;s sim3-ratings file: their ratings so far, every other parameter left to fill in</source>
        <translation>参加者の sim3-ratings ファイル: これまでの評定と、記入用に空欄のままの残りのパラメータ</translation>
    </message>
    <message>
        <source>ratings needs --participant NAME</source>
        <translation>ratings には --participant NAME が必要です</translation>
    </message>
    <message>
        <source>ratings needs --out FILE</source>
        <translation>ratings には --out FILE が必要です</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rating(s) of %1 into assessment %2 &quot;%3&quot;.</source>
        <translation>
            <numerusform>%1 の評定 %n 件を評価 %2「%3」に取り込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the assessment&apos;s participants.</source>
        <translation>%1 を評価の参加者に追加しました。</translation>
    </message>
    <message>
        <source>Name who held which level where the team disagreed (report).</source>
        <translation>意見が分かれた点で、誰がどのレベルを主張したかを名前付きで示す（report）。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Copy from the database &lt;path&gt; (a file or postgresql://…).</source>
        <translation>データベース &lt;path&gt;（ファイルまたは postgresql://…）からコピーします。</translation>
    </message>
    <message>
        <source>Copy into the new database &lt;path&gt; (a file or postgresql://…).</source>
        <translation>新しいデータベース &lt;path&gt;（ファイルまたは postgresql://…）へコピーします。</translation>
    </message>
    <message>
        <source>copy a whole database into a new, empty one: a file into a shared PostgreSQL database, or back</source>
        <translation>データベース全体を新しい空のデータベースへコピー（ファイルから共有 PostgreSQL データベースへ、またはその逆）</translation>
    </message>
    <message>
        <source>copy needs --from PATH and --to PATH</source>
        <translation>copy には --from PATH と --to PATH が必要です</translation>
    </message>
    <message>
        <source>copy takes --from and --to, not --db</source>
        <translation>copy は --db ではなく --from と --to を取ります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist; name the database to copy from.</source>
        <translation>「%1」は存在しません。コピー元のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>Copied %1 teams, %2 assessments (%3 rows) from %4 to %5.</source>
        <translation>%4 から %5 へ、チーム %1 件、評価 %2 件（%3 行）をコピーしました。</translation>
    </message>
    <message>
        <source>Access to give: reader, assessor or lead.</source>
        <translation>与えるアクセス: reader、assessor または lead。</translation>
    </message>
    <message>
        <source>access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>a shared database&apos;s access per team, enforced by the server: set it up, list, grant, revoke</source>
        <translation>共有データベースのチームごとのアクセス（サーバーが強制）: 設定、一覧、付与、取り消し</translation>
    </message>
    <message>
        <source>admin needs init, list, grant or revoke</source>
        <translation>admin には init、list、grant または revoke が必要です</translation>
    </message>
    <message>
        <source>admin %1 needs TEAM and ROLE</source>
        <translation>admin %1 には TEAM と ROLE が必要です</translation>
    </message>
    <message>
        <source>admin %1 takes no more arguments</source>
        <translation>admin %1 はこれ以上の引数を取りません</translation>
    </message>
    <message>
        <source>admin grant needs --as reader, --as assessor or --as lead</source>
        <translation>admin grant には --as reader、--as assessor または --as lead が必要です</translation>
    </message>
    <message>
        <source>admin works on a shared database: give --db postgresql://…</source>
        <translation>admin は共有データベースに対して動作します: --db postgresql://… を指定してください</translation>
    </message>
    <message>
        <source>Access per team is set up in %1. Give each person&apos;s role access with &quot;admin grant&quot;.</source>
        <translation>%1 にチームごとのアクセスを設定しました。各メンバーのロールに「admin grant」でアクセスを与えてください。</translation>
    </message>
    <message>
        <source>Created the team &quot;%1&quot;.</source>
        <translation>チーム「%1」を作成しました。</translation>
    </message>
    <message>
        <source>%1 is now %2 of the team &quot;%3&quot;.</source>
        <translation>%1 はチーム「%3」の %2 になりました。</translation>
    </message>
    <message>
        <source>%1 has no access to the team &quot;%2&quot; any more.</source>
        <translation>%1 はチーム「%2」にアクセスできなくなりました。</translation>
    </message>
    <message>
        <source>Nobody has been given access yet.</source>
        <translation>まだ誰にもアクセスが与えられていません。</translation>
    </message>
    <message>
        <source>check a database file from end to end (SQLite&apos;s integrity check): intact, or where it is damaged</source>
        <translation>データベースファイルを最初から最後まで検査する（SQLite の整合性チェック）：問題がないか、どこが破損しているか</translation>
    </message>
    <message>
        <source>%1 is a database server, which guards its own files; there is nothing to check here.</source>
        <translation>%1 はデータベースサーバーで、ファイルはサーバー自身が管理しています。ここで検査するものはありません。</translation>
    </message>
    <message>
        <source>The database %1 is intact.</source>
        <translation>データベース %1 に問題はありません。</translation>
    </message>
    <message>
        <source>start the application; given a sim3-assessment, sim3-ratings or sim3-target-profile FILE, import it after asking</source>
        <translation>アプリケーションを起動する。sim3-assessment、sim3-ratings、sim3-target-profile の FILE を指定すると、確認のうえインポートする</translation>
    </message>
</context>
<context>
    <name>CommandOutput</name>
    <message>
        <source>%1  %2  %3 parameters (%4)</source>
        <translation>%1  %2  パラメータ %3 個（%4）</translation>
    </message>
    <message>
        <source>sim3-workbench: %1</source>
        <translation>sim3-workbench: %1</translation>
    </message>
    <message>
        <source>The SIM3 model &quot;%1&quot; of this assessment is not known here.</source>
        <translation>この評価の SIM3 モデル「%1」はこの環境にありません。</translation>
    </message>
    <message>
        <source>%1 (%2), %3, compared with %4</source>
        <translation>%1（%2）、%3、比較対象: %4</translation>
    </message>
    <message>
        <source>no target profile</source>
        <translation>目標プロファイルなし</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>項目数</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全体</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>▲ Improved</source>
        <translation>▲ 改善</translation>
    </message>
    <message>
        <source>▼ Regressed</source>
        <translation>▼ 後退</translation>
    </message>
    <message>
        <source>= Unchanged</source>
        <translation>= 変化なし</translation>
    </message>
    <message>
        <source>Newly answered</source>
        <translation>新たに回答</translation>
    </message>
    <message>
        <source>No longer answered</source>
        <translation>回答がなくなった</translation>
    </message>
    <message>
        <source>Not comparable</source>
        <translation>比較不可</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>今回</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Earlier comment</source>
        <translation>前回のコメント</translation>
    </message>
    <message>
        <source>Later comment</source>
        <translation>今回のコメント</translation>
    </message>
    <message>
        <source>? Not confirmed</source>
        <translation>? 未確認</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>他の人による変更</translation>
    </message>
    <message>
        <source>someone whose name was not recorded</source>
        <translation>名前が記録されていない人</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed by %2 (%3) while you were changing it. Choose which answer to keep; the change history keeps both.</source>
        <translation>あなたが変更している間に、&lt;b&gt;%1&lt;/b&gt; が %2 によって変更されました（%3）。どちらの回答を残すか選んでください。変更履歴には両方が残ります。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>相手の回答（%1）</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなたの回答</translation>
    </message>
    <message>
        <source>Their answer and yours, where they differ</source>
        <translation>相手の回答とあなたの回答の異なる箇所</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>相手の回答を残す(&amp;T)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine (Write Over Theirs)</source>
        <translation>自分の回答を残す（相手の回答を上書き）(&amp;M)</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Level meaning</source>
        <translation>レベルの意味</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>対応責任者</translation>
    </message>
    <message>
        <source>Action due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>Changed at (UTC)</source>
        <translation>変更日時（UTC）</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
</context>
<context>
    <name>CustomModelRepository</name>
    <message>
        <source>Storing the model &quot;%1&quot;</source>
        <translation>モデル「%1」の保存</translation>
    </message>
    <message>
        <source>Reading the stored model &quot;%1&quot;</source>
        <translation>保存済みモデル「%1」の読み取り</translation>
    </message>
    <message>
        <source>A different model with the id &quot;%1&quot; is already stored, and %2 assessment(s) use it. It was left unchanged so that they keep their parameters: give the changed file a new &quot;id&quot; (for example &quot;%1-2&quot;) to load it as a new version.</source>
        <translation>ID「%1」の別のモデルがすでに保存されており、%2 件の評価がそれを使用しています。それらの評価のパラメータを保つため、変更していません。変更したファイルを新しいバージョンとして読み込むには、新しい &quot;id&quot;（例: 「%1-2」）を付けてください。</translation>
    </message>
    <message>
        <source>Reading the stored SIM3 models</source>
        <translation>保存済み SIM3 モデルの読み取り</translation>
    </message>
    <message>
        <source>The SIM3 model &quot;%1&quot; stored in the database cannot be read (%2). Load its model file again, or restore the database from a backup.</source>
        <translation>データベースに保存された SIM3 モデル「%1」を読み取れません（%2）。モデルファイルを読み込み直すか、バックアップからデータベースを復元してください。</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Target p&amp;rofile:</source>
        <translation>目標プロファイル(&amp;R):</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Target profile</source>
        <translation>目標プロファイル</translation>
    </message>
    <message>
        <source>Parameters shown</source>
        <translation>表示するパラメータ</translation>
    </message>
    <message>
        <source>Edit Profi&amp;les…</source>
        <translation>プロファイルを編集(&amp;L)…</translation>
    </message>
    <message>
        <source>Edit target profiles</source>
        <translation>目標プロファイルを編集</translation>
    </message>
    <message>
        <source>How are these n&amp;umbers computed?</source>
        <translation>この数値の計算方法(&amp;U)</translation>
    </message>
    <message>
        <source>How the numbers are computed</source>
        <translation>数値の計算方法</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>Ga&amp;ps</source>
        <translation>ギャップ(&amp;P)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>推移(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Summary per category</source>
        <translation>カテゴリ別の集計</translation>
    </message>
    <message>
        <source>Gap list</source>
        <translation>ギャップ一覧</translation>
    </message>
    <message>
        <source>Comparison of two assessments</source>
        <translation>2つの評価の比較</translation>
    </message>
    <message>
        <source>Earlier assessment</source>
        <translation>前回の評価</translation>
    </message>
    <message>
        <source>Later assessment</source>
        <translation>今回の評価</translation>
    </message>
    <message>
        <source>Radar chart of current and target levels</source>
        <translation>現状と目標のレーダーチャート</translation>
    </message>
    <message>
        <source>Chart of the team&apos;s history</source>
        <translation>チームの推移のグラフ</translation>
    </message>
    <message>
        <source>All parameters</source>
        <translation>すべてのパラメータ</translation>
    </message>
    <message>
        <source>No target profile</source>
        <translation>目標プロファイルなし</translation>
    </message>
    <message>
        <source>Choose or create a target profile to compare %1 of %2 answered parameters with the levels your team needs.</source>
        <translation>目標プロファイルを選択または作成すると、回答済みの %1 / %2 パラメータをチームに必要なレベルと比較できます。</translation>
    </message>
    <message>
        <source>No parameter has both a level and a target yet.</source>
        <translation>レベルと目標の両方があるパラメータはまだありません。</translation>
    </message>
    <message>
        <source>Share at target is measured against &quot;%1&quot; for every assessment.</source>
        <translation>目標達成率は、すべての評価について「%1」を基準に計算しています。</translation>
    </message>
    <message>
        <source>Choose a target profile to see the share of parameters at target.</source>
        <translation>目標達成率を表示するには目標プロファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 improved, %2 regressed, %3 unchanged, %4 newly answered.</source>
        <translation>改善 %1、後退 %2、変化なし %3、新たに回答 %4。</translation>
    </message>
    <message>
        <source>How These Numbers Are Computed</source>
        <translation>この数値の計算方法</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Not everything the dashboard needs could be read, so it may be incomplete:

%1</source>
        <translation>ダッシュボードに必要なデータの一部を読み取れなかったため、表示が不完全な可能性があります:

%1</translation>
    </message>
    <message>
        <source>Target Profile</source>
        <translation>目標プロファイル</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) carried over from the last assessment are not confirmed yet.</source>
        <translation>
            <numerusform>前回の評価から引き継いだ回答のうち %n 件がまだ確認されていません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) carried over and not confirmed: they say nothing about a change yet.</source>
        <translation>
            <numerusform>引き継いだまま未確認の回答が %n 件あります。これらはまだ変化を示すものではありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agree&amp;ment</source>
        <translation>一致度(&amp;M)</translation>
    </message>
    <message>
        <source>%1 of %2 compared parameters meet their target (%3 %): %4 on target, %5 above. %6 below. Not compared: %7 (%8 not applicable, %9 unanswered, %10 without a target).</source>
        <translation>比較した %2 パラメータのうち %1 が目標を満たしています（%3 %）: 目標どおり %4、目標超過 %5。目標未達 %6。比較なし: %7（適用外 %8、未回答 %9、目標なし %10）。</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>比較を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database &quot;%1&quot;: %2. Check that the file exists and that you may read it.</source>
        <translation>データベース「%1」を読み込めません: %2。ファイルが存在し、読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SIM3 Workbench database (it is not an SQLite file). Choose another file, or start with a new one.</source>
        <translation>「%1」は SIM3 Workbench のデータベースではありません（SQLite ファイルではありません）。別のファイルを選ぶか、新しいファイルで始めてください。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed. On Debian or Ubuntu install the package libqt6sql6-sqlite, then start SIM3 Workbench again.</source>
        <translation>Qt の SQLite ドライバがインストールされていません。Debian または Ubuntu ではパッケージ libqt6sql6-sqlite をインストールしてから、SIM3 Workbench をもう一度起動してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a database file. Choose a file name.</source>
        <translation>「%1」はフォルダであり、データベースファイルではありません。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is read-only. SIM3 Workbench saves every change at once and needs to write to it: make the file writable, or copy it to a folder of yours.</source>
        <translation>データベース「%1」は読み取り専用です。SIM3 Workbench は変更をすぐに保存するため、書き込みが必要です。ファイルを書き込み可能にするか、自分のフォルダにコピーしてください。</translation>
    </message>
    <message>
        <source>Cannot create the folder &quot;%1&quot; for the database. Check its permissions, or choose another location with --db.</source>
        <translation>データベース用のフォルダ「%1」を作成できません。権限を確認するか、--db で別の場所を指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the database &quot;%1&quot;: %2. Check the folder&apos;s permissions, or choose another location with --db.</source>
        <translation>データベース「%1」を作成できません: %2。フォルダの権限を確認するか、--db で別の場所を指定してください。</translation>
    </message>
    <message>
        <source>Opening the database &quot;%1&quot;</source>
        <translation>データベース「%1」を開く処理</translation>
    </message>
    <message>
        <source>Reading the database &quot;%1&quot;</source>
        <translation>データベース「%1」の読み込み</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SQLite database, but not one of SIM3 Workbench. It was left unchanged; choose another file.</source>
        <translation>「%1」は SQLite データベースですが、SIM3 Workbench のものではありません。変更せずにそのままにしました。別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of SIM3 Workbench (schema %2; this version reads up to %3). It was left unchanged: update SIM3 Workbench to open it.</source>
        <translation>データベース「%1」は新しいバージョンの SIM3 Workbench で書かれています（スキーマ %2。このバージョンが読めるのは %3 まで）。変更せずにそのままにしました。開くには SIM3 Workbench を更新してください。</translation>
    </message>
    <message>
        <source>Preparing the database</source>
        <translation>データベースの準備</translation>
    </message>
    <message>
        <source>Updating the database schema</source>
        <translation>データベーススキーマの更新</translation>
    </message>
    <message>
        <source>Updating the database schema to version %1</source>
        <translation>データベーススキーマのバージョン %1 への更新</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link to &quot;%2&quot;, which does not exist. Nothing was created: restore the file it points to, or choose another database.</source>
        <translation>「%1」は存在しない「%2」を指すシンボリックリンクです。何も作成していません。リンク先のファイルを復元するか、別のデータベースを選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, a pipe or a socket). Choose a database file.</source>
        <translation>「%1」は通常のファイルではありません（デバイス、パイプ、ソケットのいずれかです）。データベースファイルを選んでください。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is read-only, so the database &quot;%2&quot; cannot be created there. Choose a folder of yours with --db (or File &gt; Open), or make the folder writable.</source>
        <translation>フォルダ「%1」は読み取り専用のため、そこにデータベース「%2」を作成できません。--db で自分のフォルダを指定するか、フォルダを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a file, not a folder, so the database &quot;%2&quot; cannot be created in it. Choose another location with --db.</source>
        <translation>「%1」はフォルダではなくファイルのため、その中にデータベース「%2」を作成できません。--db で別の場所を指定してください。</translation>
    </message>
    <message>
        <source>Checking for changes by others</source>
        <translation>他の人による変更の確認</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; lies on a network file system (%2). SQLite&apos;s write-ahead log is not safe there: two computers writing at once can damage the file. Keep the file on this computer&apos;s own disk and share assessments as files, or share a database server instead.</source>
        <translation>データベース「%1」はネットワークファイルシステム（%2）上にあります。そこでは SQLite の先行書き込みログ（WAL）は安全ではなく、2 台のコンピュータが同時に書き込むとファイルが壊れるおそれがあります。ファイルはこのコンピュータのディスクに置いて評価はファイルで共有するか、データベースサーバーを共有してください。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed. On Debian or Ubuntu install the package libqt6sql6-psql, then start SIM3 Workbench again.</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません。Debian または Ubuntu ではパッケージ libqt6sql6-psql をインストールしてから、SIM3 Workbench を起動し直してください。</translation>
    </message>
    <message>
        <source>Connecting to the database server &quot;%1&quot;</source>
        <translation>データベースサーバー「%1」への接続</translation>
    </message>
    <message>
        <source>Asking the server to report changes</source>
        <translation>変更通知のサーバーへの依頼</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>You (%1) have no access to the shared database &quot;%2&quot;. Ask its administrator to run: sim3-workbench admin grant TEAM %1 --as reader (or assessor, or lead).</source>
        <translation>あなた（%1）は共有データベース「%2」にアクセスできません。管理者に次の実行を依頼してください: sim3-workbench admin grant TEAM %1 --as reader（または assessor、lead）。</translation>
    </message>
    <message>
        <source>A shared database is opened as usual; its server decides what you may change.</source>
        <translation>共有データベースは通常どおり開きます。変更できる範囲はサーバーが決めます。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist.</source>
        <translation>データベース「%1」は存在しません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a folder, a device, a pipe or a socket). Choose a database file.</source>
        <translation>「%1」は通常のファイルではありません（フォルダ、デバイス、パイプ、ソケットのいずれかです）。データベースファイルを選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty: there is nothing to read in it.</source>
        <translation>「%1」は空で、読み取るものがありません。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by an older version of SIM3 Workbench and must be updated before it is read, which writes to it. Make it writable, or copy it to a folder of yours, and open it again.</source>
        <translation>データベース「%1」は旧バージョンの SIM3 Workbench で作成されたもので、読み取る前に更新（書き込み）が必要です。書き込み可能にするか、自分のフォルダにコピーしてから、もう一度開いてください。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is open read-only: nothing in it can be changed. To make changes, open a copy of it that you may write.</source>
        <translation>データベース「%1」は読み取り専用で開かれているため、何も変更できません。変更するには、書き込み可能なコピーを開いてください。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Reading the database</source>
        <translation>データベースの読み込み</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2). Open each with this version of SIM3 Workbench first.</source>
        <translation>2 つのデータベースのスキーマバージョンが異なります（%1 と %2）。先にそれぞれをこのバージョンの SIM3 Workbench で開いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already holds teams or models. Copy into a new, empty database, so that nothing is mixed or overwritten.</source>
        <translation>「%1」にはすでにチームまたはモデルがあります。混ざったり上書きされたりしないよう、新しい空のデータベースへコピーしてください。</translation>
    </message>
    <message>
        <source>Copying the settings</source>
        <translation>設定のコピー</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no table %2: it is not a SIM3 Workbench database of this version.</source>
        <translation>「%1」にはテーブル %2 がありません。このバージョンの SIM3 Workbench のデータベースではありません。</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 の読み込み</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>Copying assessments</source>
        <translation>評価のコピー</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Password for the Database Server</source>
        <translation>データベースサーバーのパスワード</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2. It is used for this session only and is not stored (to be asked no more, put it in ~/.pgpass).</source>
        <translation>サーバー %1 が %2 のパスワードを求めています。このセッションでのみ使い、保存はしません（今後聞かれないようにするには ~/.pgpass に記入してください）。</translation>
    </message>
    <message>
        <source>The server refused that password for %1. Type it again.</source>
        <translation>サーバーは %1 のそのパスワードを拒否しました。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Read-Only Database</source>
        <translation>読み取り専用のデータベース</translation>
    </message>
    <message>
        <source>%1

Open it read-only? Its assessments, charts and history can be looked at and reports exported; nothing in it can be changed.</source>
        <translation>%1

読み取り専用で開きますか？評価、グラフ、推移を閲覧し、レポートを書き出せます。内容は変更できません。</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The bundled SIM3 model is missing.</source>
        <translation>同梱の SIM3 モデルが見つかりません。</translation>
    </message>
    <message>
        <source>This database already holds the demo team &quot;%1&quot;. Open its assessments from the list, or delete that team first to make it anew.</source>
        <translation>このデータベースにはデモチーム「%1」がすでにあります。一覧からその評価を開くか、作り直す場合は先にそのチームを削除してください。</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>根拠資料の追加</translation>
    </message>
    <message>
        <source>Edit Evidence</source>
        <translation>根拠資料の編集</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Link or location</source>
        <translation>リンクまたは場所</translation>
    </message>
    <message>
        <source>https://…, a file path, or a place such as &quot;Wiki &gt; Policies&quot;</source>
        <translation>https://…、ファイルパス、または「Wiki &gt; 規程」のような場所</translation>
    </message>
    <message>
        <source>&amp;Dated</source>
        <translation>日付あり(&amp;D)</translation>
    </message>
    <message>
        <source>The evidence has a date</source>
        <translation>根拠資料に日付がある</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Link or location:</source>
        <translation>リンクまたは場所(&amp;L):</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Open Evidence</source>
        <translation>根拠資料を開く</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web link or an existing file, so there is nothing to open.</source>
        <translation>「%1」は Web リンクでも既存のファイルでもないため、開けるものがありません。</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>（場所なし）</translation>
    </message>
    <message>
        <source>No program is set up to open &quot;%1&quot;.</source>
        <translation>「%1」を開くプログラムが設定されていません。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Link or location</source>
        <translation>リンクまたは場所</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>根拠資料を追加</translation>
    </message>
    <message>
        <source>Edit the selected evidence</source>
        <translation>選択した根拠資料を編集</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>選択した根拠資料を削除</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>開く(&amp;P)</translation>
    </message>
    <message>
        <source>Open the link or file of the selected evidence</source>
        <translation>選択した根拠資料のリンクまたはファイルを開く</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>追加(&amp;D)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編集(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>レポートのエクスポート</translation>
    </message>
    <message>
        <source>No target profile</source>
        <translation>目標プロファイルなし</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>PDF, for reading and printing</source>
        <translation>PDF（閲覧・印刷用）</translation>
    </message>
    <message>
        <source>ODT, the same report to edit (LibreOffice, Word)</source>
        <translation>ODT（同じレポートを LibreOffice や Word で編集）</translation>
    </message>
    <message>
        <source>Excel workbook: improvement plan and all answers</source>
        <translation>Excel ワークブック: 改善計画と全回答</translation>
    </message>
    <message>
        <source>CSV: the improvement plan</source>
        <translation>CSV: 改善計画</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>レポートの言語</translation>
    </message>
    <message>
        <source>Target profile</source>
        <translation>目標プロファイル</translation>
    </message>
    <message>
        <source>Information sharing marking</source>
        <translation>情報共有区分</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Target &amp;profile:</source>
        <translation>目標プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>区分(&amp;M):</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>用紙サイズ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1 ファイル (*.%2)</translation>
    </message>
    <message>
        <source>Name &amp;who held which level where the team disagreed</source>
        <translation>意見が分かれた点で評定者の名前を示す(&amp;W)</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>レポートのプレビュー</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>review flag</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>action owner</source>
        <translation>対応責任者</translation>
    </message>
    <message>
        <source>action due</source>
        <translation>対応期限</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>GapAnalysis</name>
    <message>
        <source>Each parameter has a current level (0 to 4) from the assessment and, in the chosen target profile, a target level or no target.

Gap: the target minus the current level. A positive gap means the parameter is below its target; a negative gap means it is above, which may be more than the team needs to invest in.

Meeting the target: the current level is at or above the target. The share at target divides the parameters that meet their target by all parameters that have both a level and a target.

Averages: with a target profile, the average current level and the average target are both taken over the same parameters, those answered with a level that have a target, so that the two can be compared. Without a target profile, the average current level is taken over every parameter answered with a level.

&quot;Not applicable&quot; and unanswered parameters are never counted as zero: they are left out of every average and every share, and listed apart, as are answered parameters without a target.

Comparing two assessments: a parameter improved when its level rose, regressed when it fell, and is unchanged when it stayed; a parameter answered in only one of them is listed as such.

What these numbers are: SIM3 rates each parameter and defines no overall score. Averages and shares are this application&apos;s aids for reading many parameters at once; a target is met parameter by parameter. &quot;Not applicable&quot; is not a SIM3 level (SIM3 rates every parameter), so every such answer carries its justification. This is a self-assessment made by the team with its own tool, not a SIM3 audit by the Open CSIRT Foundation (OCF), and not endorsed by it.</source>
        <translation>各パラメータには、評価による現状レベル（0〜4）と、選択した目標プロファイルによる目標レベル（または目標なし）があります。

ギャップ: 目標から現状レベルを引いた値です。正の値は目標未達、負の値は目標超過を示し、チームに必要以上の投資をしている可能性があります。

目標達成: 現状レベルが目標以上であることです。目標達成率は、目標を達成したパラメータ数を、レベルと目標の両方があるパラメータ数で割ったものです。

平均: 目標プロファイルがある場合、現状の平均と目標の平均は、どちらも同じパラメータ（レベルで回答され、かつ目標があるもの）について計算するので、両者をそのまま比べられます。目標プロファイルがない場合、現状の平均はレベルで回答したすべてのパラメータについて計算します。

「適用外」と未回答のパラメータは決してゼロとして数えません。すべての平均と割合から除外し、別に一覧表示します。目標のない回答済みパラメータも同様に、平均と割合から除外して別に表示します。

2つの評価の比較: レベルが上がれば改善、下がれば後退、同じなら変化なしです。片方の評価でしか回答されていないパラメータはその旨を表示します。

これらの数値について: SIM3 はパラメータごとに評価する手法で、全体の点数は定めていません。平均と割合は、多数のパラメータを一度に読み取るための本アプリケーション独自の補助であり、目標はパラメータごとに達成されるものです。「適用外」は SIM3 のレベルではありません（SIM3 はすべてのパラメータを評価します）。そのため「適用外」の回答にはすべて理由が付きます。これはチームが自らのツールで行う自己評価であり、Open CSIRT Foundation（OCF）による SIM3 監査ではなく、OCF の承認を受けたものでもありません。</translation>
    </message>
</context>
<context>
    <name>GapListModel</name>
    <message>
        <source>▼ Below target</source>
        <translation>▼ 目標未達</translation>
    </message>
    <message>
        <source>▲ Above target (more than needed?)</source>
        <translation>▲ 目標超過（必要以上？）</translation>
    </message>
    <message>
        <source>● On target</source>
        <translation>● 目標どおり</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Database file.</source>
        <translation>データベースファイル。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Interface language: en or ja.</source>
        <translation>表示言語: en または ja。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>sim3-workbench: %1
Run &quot;sim3-workbench --help&quot; for the commands.</source>
        <translation>sim3-workbench: %1
コマンドの一覧は「sim3-workbench --help」で表示できます。</translation>
    </message>
    <message>
        <source>SIM3 Workbench</source>
        <translation>SIM3 Workbench</translation>
    </message>
    <message>
        <source>%1

Choose another database file, or quit.</source>
        <translation>%1

別のデータベースファイルを選ぶか、終了してください。</translation>
    </message>
    <message>
        <source>Choose a Database</source>
        <translation>データベースの選択</translation>
    </message>
    <message>
        <source>SIM3 Workbench databases (*.sqlite);;All files (*)</source>
        <translation>SIM3 Workbench データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>Share at target (%)</source>
        <translation>目標達成率（%）</translation>
    </message>
    <message>
        <source>Average level</source>
        <translation>平均レベル</translation>
    </message>
    <message>
        <source>At target</source>
        <translation>目標達成</translation>
    </message>
</context>
<context>
    <name>ImprovementActionEditor</name>
    <message>
        <source>Action o&amp;wner:</source>
        <translation>対応責任者(&amp;W):</translation>
    </message>
    <message>
        <source>Owner of the improvement action</source>
        <translation>改善対応の責任者</translation>
    </message>
    <message>
        <source>Who improves this parameter</source>
        <translation>このパラメータを改善する担当者</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <source>The improvement action has a due date</source>
        <translation>改善対応に期限がある</translation>
    </message>
    <message>
        <source>Due date of the improvement action</source>
        <translation>改善対応の期限</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>The database &quot;%1&quot; is damaged (%2). It was left unchanged: restore it from a backup, or start with a new file.</source>
        <translation>データベース「%1」は破損しています（%2）。変更せずにそのままにしました。バックアップから復元するか、新しいファイルで始めてください。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; could not be checked: %2</source>
        <translation>データベース「%1」を検査できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Not valid JSON: %1 at line %2, column %3.</source>
        <translation>JSON として正しくありません: %2 行 %3 列目で %1。</translation>
    </message>
    <message>
        <source>The file holds JSON, but not a JSON object at the top level.</source>
        <translation>ファイルは JSON ですが、最上位が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>「%1」を読み込めません: %2。</translation>
    </message>
    <message>
        <source>at line %1, column %2</source>
        <translation>（%1 行 %2 列）</translation>
    </message>
    <message>
        <source>Not valid JSON: a line break inside a string %1 (write it as \n).</source>
        <translation>正しい JSON ではありません: 文字列の中に改行があります%1（\n と書いてください）。</translation>
    </message>
    <message>
        <source>Not valid JSON: the control character U+%1 inside a string %2 (write it as an escape such as \u%1).</source>
        <translation>正しい JSON ではありません: 文字列の中に制御文字 U+%1 があります%2（\u%1 のようなエスケープで書いてください）。</translation>
    </message>
    <message>
        <source>Not valid JSON: a lone UTF-16 surrogate \u%1 %2.</source>
        <translation>正しい JSON ではありません: 対になっていない UTF-16 サロゲート \u%1 があります%2。</translation>
    </message>
    <message>
        <source>Not valid JSON: the file is not valid UTF-8 text.</source>
        <translation>正しい JSON ではありません: ファイルが正しい UTF-8 テキストではありません。</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file. Choose a SIM3 Workbench file.</source>
        <translation>「%1」はファイルではなくフォルダです。SIM3 Workbench のファイルを選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (it is a device, a pipe or a socket). Choose a SIM3 Workbench file.</source>
        <translation>「%1」は通常のファイルではありません（デバイス、パイプ、ソケットのいずれかです）。SIM3 Workbench のファイルを選んでください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2 bytes) to be a SIM3 Workbench file; the limit is %3 bytes.</source>
        <translation>「%1」は SIM3 Workbench のファイルとしては大きすぎます（%2 バイト。上限は %3 バイト）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be a SIM3 Workbench file; the limit is %2 bytes.</source>
        <translation>「%1」は SIM3 Workbench のファイルとしては大きすぎます（上限は %2 バイト）。</translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>必須の項目「%1」がありません</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not part of this format</source>
        <translation>項目「%1」はこの形式にはありません</translation>
    </message>
    <message>
        <source>has a value other than the one this format requires</source>
        <translation>この形式で必要な値と異なります</translation>
    </message>
    <message>
        <source>is empty or not written in the form this field requires</source>
        <translation>空であるか、この項目に必要な書式になっていません</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>少なくとも %1 件必要です</translation>
    </message>
    <message>
        <source>allows at most %1 entries</source>
        <translation>最大 %1 件までです</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>%1 以下でなければなりません</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>%1 以上でなければなりません</translation>
    </message>
    <message>
        <source>is not one of the allowed values</source>
        <translation>使用できる値ではありません</translation>
    </message>
    <message>
        <source>has the wrong type (for example text where a number belongs)</source>
        <translation>型が違います（数値の位置に文字列があるなど）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>has the wrong type or form</source>
        <translation>型または書式が違います</translation>
    </message>
    <message>
        <source>The schema %1 is broken: %2</source>
        <translation>スキーマ %1 が壊れています: %2</translation>
    </message>
    <message>
        <source>The document does not match its schema.</source>
        <translation>文書がスキーマに合っていません。</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Not Applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Why does %1 not apply to your team? SIM3 has no &quot;not applicable&quot; level, so the reason is shown wherever this answer appears.</source>
        <translation>%1 がチームに該当しない理由は何ですか？ SIM3 には「適用外」というレベルはないため、この回答が表示される箇所には必ず理由も表示されます。</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Mark Not Applicable</source>
        <translation>適用外にする</translation>
    </message>
    <message>
        <source>Ctrl+Return marks it not applicable; Return starts a new line; Esc cancels.</source>
        <translation>Ctrl+Return で「適用外」にします。Return は改行、Esc は取り消しです。</translation>
    </message>
</context>
<context>
    <name>KeyboardUser</name>
    <message>
        <source>unnamed user</source>
        <translation>名前未設定のユーザー</translation>
    </message>
</context>
<context>
    <name>LevelChooser</name>
    <message>
        <source>Level %1, %2</source>
        <translation>レベル %1、%2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Not applicable (needs a justification)</source>
        <translation>適用外（理由が必要）</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>Not a SIM3 level: use it only where the parameter truly does not apply to your team.</source>
        <translation>SIM3 のレベルではありません。パラメータが本当にチームに該当しない場合にのみ使ってください。</translation>
    </message>
    <message>
        <source>Here:</source>
        <translation>このパラメータでは:</translation>
    </message>
</context>
<context>
    <name>LevelText</name>
    <message>
        <source>N/A</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>abstains</source>
        <translation>棄権</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>New &amp;Team…</source>
        <translation>新しいチーム(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;New Assessment…</source>
        <translation>新しい評価(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import Assessment…</source>
        <translation>評価のインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Assessment…</source>
        <translation>評価のエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Load &amp;Demo Data</source>
        <translation>デモデータの読み込み(&amp;D)</translation>
    </message>
    <message>
        <source>Load SIM3 &amp;Model File…</source>
        <translation>SIM3 モデルファイルの読み込み(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;All Assessments</source>
        <translation>すべての評価(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Open Selected Assessment</source>
        <translation>選択した評価を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Rename T&amp;eam…</source>
        <translation>チーム名の変更(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Rename Assessment…</source>
        <translation>評価の名前の変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Final</source>
        <translation>確定にする(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete Assessment…</source>
        <translation>評価の削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Level &amp;%1</source>
        <translation>レベル &amp;%1</translation>
    </message>
    <message>
        <source>&amp;Not Applicable…</source>
        <translation>適用外(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Clear Level</source>
        <translation>レベルを消去(&amp;C)</translation>
    </message>
    <message>
        <source>Con&amp;firm Carried-over Answer</source>
        <translation>引き継いだ回答を確認(&amp;F)</translation>
    </message>
    <message>
        <source>Flag for &amp;Review</source>
        <translation>要レビューにする(&amp;R)</translation>
    </message>
    <message>
        <source>Edit Co&amp;mment</source>
        <translation>コメントを編集(&amp;M)</translation>
    </message>
    <message>
        <source>Add &amp;Evidence…</source>
        <translation>根拠資料を追加(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Next Parameter</source>
        <translation>次のパラメータ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Parameter</source>
        <translation>前のパラメータ(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;Unanswered Parameter</source>
        <translation>次の未回答パラメータ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Search Parameters</source>
        <translation>パラメータを検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>文字を小さく(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>標準の文字サイズ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About SIM3 Workbench</source>
        <translation>SIM3 Workbench について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>評価(&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;nswer</source>
        <translation>回答(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Target Profiles…</source>
        <translation>目標プロファイル(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>レポートのエクスポート(&amp;R)…</translation>
    </message>
    <message>
        <source>Next Answer to &amp;Confirm</source>
        <translation>次の要確認の回答(&amp;C)</translation>
    </message>
    <message>
        <source>Who Is at the &amp;Keyboard…</source>
        <translation>操作している人(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>参加者(&amp;P)…</translation>
    </message>
    <message>
        <source>En&amp;ter Ratings</source>
        <translation>評定を入力(&amp;T)</translation>
    </message>
    <message>
        <source>Re&amp;veal Ratings</source>
        <translation>評定を公開(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;My Ratings (Rate Alone)…</source>
        <translation>自分の評定（一人で評定）(&amp;M)…</translation>
    </message>
    <message>
        <source>Export My Ratin&amp;gs…</source>
        <translation>自分の評定をエクスポート(&amp;G)…</translation>
    </message>
    <message>
        <source>Open Database &amp;File…</source>
        <translation>データベースファイルを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open &amp;Shared Database…</source>
        <translation>共有データベースを開く(&amp;S)…</translation>
    </message>
    <message>
        <source>De&amp;lete Team…</source>
        <translation>チームの削除(&amp;L)…</translation>
    </message>
    <message>
        <source>Lar&amp;ger Text</source>
        <translation>文字を大きく(&amp;G)</translation>
    </message>
    <message>
        <source>Reopen as Dra&amp;ft</source>
        <translation>下書きに戻す(&amp;F)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <source>Every parameter is answered.</source>
        <translation>すべてのパラメータに回答済みです。</translation>
    </message>
    <message>
        <source>Open Assessment</source>
        <translation>評価を開く</translation>
    </message>
    <message>
        <source>This assessment uses the SIM3 model &quot;%1&quot;, which is not known here. Load its model file (File &gt; Load SIM3 Model File) and open it again.</source>
        <translation>この評価は SIM3 モデル「%1」を使っていますが、この環境にはありません。モデルファイルを読み込んで（ファイル &gt; SIM3 モデルファイルの読み込み）からもう一度開いてください。</translation>
    </message>
    <message>
        <source>Saving the Answer</source>
        <translation>回答の保存</translation>
    </message>
    <message>
        <source>Text size %1 pt</source>
        <translation>文字サイズ %1 pt</translation>
    </message>
    <message>
        <source>Reading the Database</source>
        <translation>データベースの読み取り</translation>
    </message>
    <message>
        <source>SIM3 Models</source>
        <translation>SIM3 モデル</translation>
    </message>
    <message>
        <source>No answer is waiting for confirmation.</source>
        <translation>確認待ちの回答はありません。</translation>
    </message>
    <message>
        <source>Changes are now recorded as %1.</source>
        <translation>以降の変更は %1 として記録されます。</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <source>Open Database File</source>
        <translation>データベースファイルを開く</translation>
    </message>
    <message>
        <source>SIM3 Workbench databases (*.sqlite);;All files (*)</source>
        <translation>SIM3 Workbench データベース (*.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open Shared Database</source>
        <translation>共有データベースを開く</translation>
    </message>
    <message>
        <source>The PostgreSQL database your team or organisation shares, as postgresql://user@server:port/database?sslmode=verify-full. SIM3 Workbench connects to this server and to nothing else; a password is asked for when ~/.pgpass holds none.</source>
        <translation>チームまたは組織で共有する PostgreSQL データベースを postgresql://user@server:port/database?sslmode=verify-full の形で指定します。SIM3 Workbench はこのサーバー以外には接続しません。~/.pgpass にパスワードがない場合は入力を求めます。</translation>
    </message>
    <message>
        <source>Opening the Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Offline: read-only</source>
        <translation>オフライン: 読み取り専用</translation>
    </message>
    <message>
        <source>Connected again to %1. Changes are saved again.</source>
        <translation>%1 に再接続しました。変更は再び保存されます。</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（読み取り専用）</translation>
    </message>
    <message>
        <source>Read-only: for viewing and reports</source>
        <translation>読み取り専用：閲覧とレポートのみ</translation>
    </message>
    <message>
        <source>The database is open read-only: nothing can be changed; views and reports work.</source>
        <translation>データベースは読み取り専用で開かれています。変更はできませんが、閲覧とレポートは利用できます。</translation>
    </message>
</context>
<context>
    <name>ModelCatalogue</name>
    <message>
        <source>The model id &quot;%1&quot; belongs to a bundled SIM3 model; give the custom model an id of its own.</source>
        <translation>モデル ID「%1」は同梱の SIM3 モデルのものです。カスタムモデルには独自の ID を付けてください。</translation>
    </message>
</context>
<context>
    <name>ModelParser</name>
    <message>
        <source>The model file is not valid: %1</source>
        <translation>モデルファイルが正しくありません: %1</translation>
    </message>
    <message>
        <source>level %1 is described twice</source>
        <translation>レベル %1 が二重に記述されています</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; appears twice</source>
        <translation>カテゴリ「%1」が二重に出現しています</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; appears twice</source>
        <translation>パラメータ「%1」が二重に出現しています</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; is not listed under &quot;categories&quot;</source>
        <translation>カテゴリ「%1」が &quot;categories&quot; にありません</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot; must start with its category &quot;%2-&quot;</source>
        <translation>パラメータ「%1」はカテゴリ「%2-」で始まらなければなりません</translation>
    </message>
    <message>
        <source>category &quot;%1&quot; has no parameters</source>
        <translation>カテゴリ「%1」にパラメータがありません</translation>
    </message>
    <message>
        <source>The bundled model %1 is missing from the program.</source>
        <translation>同梱モデル %1 がプログラムに含まれていません。</translation>
    </message>
</context>
<context>
    <name>NameProvenance</name>
    <message>
        <source>public sources confirm the subject, not the exact wording</source>
        <translation>公開資料で確認できたのは内容だけで、正確な名称は確認できていない</translation>
    </message>
    <message>
        <source>recalled from knowledge of SIM3, not seen in a public source</source>
        <translation>SIM3 についての知識に基づくもので、公開資料では確認していない</translation>
    </message>
    <message>
        <source>assumed unchanged from SIM3 v1, which no public source confirms for this version</source>
        <translation>SIM3 v1 から変わっていないと仮定しており、このバージョンについて公開資料では確認できていない</translation>
    </message>
    <message>
        <source>not found in any public source we could read</source>
        <translation>参照できた公開資料のどれにも見当たらない</translation>
    </message>
    <message>
        <source>Name not verified against the official document: %1.</source>
        <translation>名称は公式文書で確認できていない：%1。</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New Assessment</source>
        <translation>新しい評価</translation>
    </message>
    <message>
        <source>Self-assessment %1</source>
        <translation>%1年 自己評価</translation>
    </message>
    <message>
        <source>%1 (%2 parameters)</source>
        <translation>%1（パラメータ %2 個）</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空の状態から始める</translation>
    </message>
    <message>
        <source>Start from &quot;%1&quot; (%2)</source>
        <translation>「%1」（%2）から始める</translation>
    </message>
    <message>
        <source>Answers, comments and evidence are carried over; each carried answer is marked &quot;to confirm&quot; until someone confirms or changes it.</source>
        <translation>回答、コメント、根拠資料を引き継ぎます。引き継いだ回答は、誰かが確認または変更するまで「要確認」になります。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>SIM3 model</source>
        <translation>SIM3 モデル</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>開始元</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>SIM3 &amp;model:</source>
        <translation>SIM3 モデル(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>開始元(&amp;S):</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>1 行に 1 名</translation>
    </message>
    <message>
        <source>&amp;Assessors
(one per line):</source>
        <translation>評価者(&amp;A)
（1 行に 1 名）:</translation>
    </message>
    <message>
        <source>&amp;Workshop: each of them rates every parameter on their own before the team agrees</source>
        <translation>ワークショップ形式(&amp;W): チームで合意する前に、各自がすべてのパラメータを個別に評定する</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice. In a workshop each participant needs a name of their own: tell the two apart (for example with an initial).</source>
        <translation>「%1」が 2 回記載されています。ワークショップでは参加者ごとに別の名前が必要です。区別できるようにしてください（例: イニシャルを添える）。</translation>
    </message>
    <message>
        <source>A name is longer than %1 characters: shorten it.</source>
        <translation>%1 文字を超える名前があります。短くしてください。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New Target Profile</source>
        <translation>新しい目標プロファイル</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>The same &amp;level for every parameter:</source>
        <translation>すべてのパラメータを同じレベルに(&amp;L):</translation>
    </message>
    <message>
        <source>The current levels plus &amp;one, at most:</source>
        <translation>現状レベル＋1、ただし上限(&amp;O):</translation>
    </message>
    <message>
        <source>A &amp;copy of:</source>
        <translation>次のコピー(&amp;C):</translation>
    </message>
    <message>
        <source>A profile &amp;file (for example a baseline typed in from an official document)</source>
        <translation>プロファイルファイル（公式文書から入力した基準など）(&amp;F)</translation>
    </message>
    <message>
        <source>Level for every parameter</source>
        <translation>すべてのパラメータのレベル</translation>
    </message>
    <message>
        <source>Highest target</source>
        <translation>目標の上限</translation>
    </message>
    <message>
        <source>Profile to copy</source>
        <translation>コピーするプロファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Most teams need level 2 or 3 for most parameters, not 4 everywhere. Record why for each target afterwards.</source>
        <translation>多くのチームでは、ほとんどのパラメータでレベル 2 または 3 が必要で、すべてを 4 にする必要はありません。作成後、目標ごとに理由を記録してください。</translation>
    </message>
</context>
<context>
    <name>OpenAssessment</name>
    <message>
        <source>Back to the room: the level keys set the team&apos;s level again.</source>
        <translation>全体の進行に戻りました。レベルのキーは再びチームのレベルを設定します。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>My Ratings</source>
        <translation>自分の評定</translation>
    </message>
    <message>
        <source>Who are you? You rate alone, before the workshop: the level keys set your own rating, and the team&apos;s answers stay as they are. When you are done, File &gt; Export My Ratings… writes the file to send to the facilitator.</source>
        <translation>あなたはどなたですか？ ワークショップの前に一人で評定します。レベルのキーはあなた自身の評定を設定し、チームの回答は変わりません。終わったら、ファイル &gt; 自分の評定をエクスポート… でファシリテーターに送るファイルを書き出してください。</translation>
    </message>
    <message>
        <source>Rating alone as %1.</source>
        <translation>%1 として一人で評定しています。</translation>
    </message>
    <message>
        <source>Export My Ratings</source>
        <translation>自分の評定のエクスポート</translation>
    </message>
    <message>
        <source>SIM3 ratings file (*.json)</source>
        <translation>SIM3 評定ファイル (*.json)</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot;: send it to the facilitator.</source>
        <translation>「%1」に書き出しました。ファシリテーターに送ってください。</translation>
    </message>
    <message>
        <source>someone whose name was not recorded</source>
        <translation>名前が記録されていない人</translation>
    </message>
    <message>
        <source>%1: %2, entered by %3 (%4)</source>
        <translation>%1: %2（入力: %3、%4）</translation>
    </message>
    <message>
        <source>%1: entered by %2 (%3)</source>
        <translation>%1: 入力済み（入力: %2、%3）</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>他の人による変更</translation>
    </message>
    <message>
        <source>While you were typing, someone else entered ratings of %1 for:
%2

Write yours over theirs? (No keeps theirs; the other ratings you typed are saved either way.)</source>
        <translation>あなたが入力している間に、他の人が %1 の評定を次の参加者について入力しました:
%2

あなたの入力で上書きしますか？（「いいえ」では相手の評定を残します。あなたが入力したその他の評定はどちらの場合も保存されます。）</translation>
    </message>
</context>
<context>
    <name>ParameterDetailPane</name>
    <message>
        <source>Con&amp;firm</source>
        <translation>確認(&amp;F)</translation>
    </message>
    <message>
        <source>Confirm the carried-over answer</source>
        <translation>引き継いだ回答を確認</translation>
    </message>
    <message>
        <source>&amp;Justification for &quot;not applicable&quot;:</source>
        <translation>「適用外」の理由(&amp;J):</translation>
    </message>
    <message>
        <source>Justification for not applicable</source>
        <translation>適用外の理由</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>コメント(&amp;O):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>What the team said, what is missing, what to do next…</source>
        <translation>チームの意見、不足していること、次にすべきこと…</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source>Carried over from the previous assessment. Confirm it if it still holds, or change it.</source>
        <translation>前回の評価から引き継いだ回答です。今も当てはまるなら確認し、そうでなければ変更してください。</translation>
    </message>
    <message>
        <source>Last changed by %1, %2</source>
        <translation>最終変更: %1、%2</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Set %1 to level %2</source>
        <translation>%1 をレベル %2 にする</translation>
    </message>
    <message>
        <source>Mark %1 not applicable</source>
        <translation>%1 を適用外にする</translation>
    </message>
    <message>
        <source>Clear the level of %1</source>
        <translation>%1 のレベルを消去</translation>
    </message>
    <message>
        <source>Flag %1 for review</source>
        <translation>%1 を要レビューにする</translation>
    </message>
    <message>
        <source>Remove the review flag of %1</source>
        <translation>%1 の要レビューを解除</translation>
    </message>
    <message>
        <source>Confirm %1</source>
        <translation>%1 を確認</translation>
    </message>
    <message>
        <source>Edit the comment of %1</source>
        <translation>%1 のコメントを編集</translation>
    </message>
    <message>
        <source>Edit the justification of %1</source>
        <translation>%1 の理由を編集</translation>
    </message>
    <message>
        <source>Add evidence to %1</source>
        <translation>%1 に根拠資料を追加</translation>
    </message>
    <message>
        <source>Edit evidence of %1</source>
        <translation>%1 の根拠資料を編集</translation>
    </message>
    <message>
        <source>Remove evidence from %1</source>
        <translation>%1 から根拠資料を削除</translation>
    </message>
    <message>
        <source>Edit the improvement action of %1</source>
        <translation>%1 の改善対応を編集</translation>
    </message>
    <message>
        <source>a person whose name was not recorded</source>
        <translation>名前が記録されていない人</translation>
    </message>
    <message>
        <source>F&amp;lag for review</source>
        <translation>要レビュー(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>役割（任意）</translation>
    </message>
    <message>
        <source>Participants, in the order their ratings are typed</source>
        <translation>参加者（評定を入力する順）</translation>
    </message>
    <message>
        <source>Everyone who rates the parameters in the workshop, in the order their ratings are typed in the room. F2 edits a cell.</source>
        <translation>ワークショップでパラメータを評定する全員を、会場で評定を入力する順に並べます。F2 でセルを編集できます。</translation>
    </message>
    <message>
        <source>Remove Participants</source>
        <translation>参加者の削除</translation>
    </message>
    <message>
        <source>Remove %1? Their ratings are deleted with them.</source>
        <translation>%1 を削除しますか？その人の評定も一緒に削除されます。</translation>
    </message>
    <message>
        <source> levels apart or more</source>
        <translation> レベル以上離れているとき</translation>
    </message>
    <message>
        <source>Disputed when the highest and lowest ratings lie this many levels apart</source>
        <translation>最高と最低の評定がこのレベル数以上離れていると意見の相違とする</translation>
    </message>
    <message>
        <source>Applies to every assessment in this database, so the whole team counts alike.</source>
        <translation>このデータベースのすべての評価に適用されるため、チーム全体で同じ基準になります。</translation>
    </message>
    <message>
        <source>A parameter is dis&amp;puted when the highest and lowest ratings lie</source>
        <translation>意見の相違とみなす条件(&amp;P): 最高と最低の評定の差が</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation>データベースの読み込み</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>スキーマバージョンの読み込み</translation>
    </message>
    <message>
        <source>Updating the database schema</source>
        <translation>データベーススキーマの更新</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; holds tables of another program. It was left unchanged; name an empty database or one of SIM3 Workbench.</source>
        <translation>データベース「%1」には別のプログラムのテーブルがあります。何も変更していません。空のデータベースか SIM3 Workbench のデータベースを指定してください。</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; was written by a newer version of SIM3 Workbench (schema %2; this version reads up to %3). It was left unchanged: update SIM3 Workbench to open it.</source>
        <translation>データベース「%1」は新しいバージョンの SIM3 Workbench で書かれています（スキーマ %2。このバージョンが読めるのは %3 まで）。変更せずにそのままにしました。開くには SIM3 Workbench を更新してください。</translation>
    </message>
    <message>
        <source>Updating the database schema to version %1</source>
        <translation>データベーススキーマのバージョン %1 への更新</translation>
    </message>
</context>
<context>
    <name>PostgresTarget</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address; write it as %2.</source>
        <translation>「%1」は PostgreSQL のアドレスではありません。%2 の形で書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address (%2); write it as %3.</source>
        <translation>「%1」は正しいアドレスではありません（%2）。%3 の形で書いてください。</translation>
    </message>
    <message>
        <source>The address holds a password. Leave it out: anyone on this computer could read it in the list of running programs. Put it in ~/.pgpass (or PGPASSWORD), where the database library finds it.</source>
        <translation>アドレスにパスワードが含まれています。パスワードは書かないでください。実行中のプログラムの一覧から、このコンピュータの誰でも読めてしまいます。パスワードは ~/.pgpass（または PGPASSWORD）に置いてください。データベースライブラリがそこから読み取ります。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a database with &quot;/&quot; in it; write it as %2.</source>
        <translation>「%1」のデータベース名に「/」が含まれています。%2 の形で書いてください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting SIM3 Workbench passes on; it knows %2.</source>
        <translation>「%1」は SIM3 Workbench が受け渡す設定ではありません。使える設定: %2。</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; does not exist; use one of %2 (verify-full checks the server&apos;s certificate and name).</source>
        <translation>sslmode「%1」はありません。%2 のいずれかを使ってください（verify-full はサーバーの証明書と名前を確認します）。</translation>
    </message>
    <message>
        <source>The address names the server twice (&quot;%1&quot; and ?host=%2).</source>
        <translation>アドレスでサーバーが 2 回指定されています（「%1」と ?host=%2）。</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <source>The team has no target profile named &quot;%1&quot;.</source>
        <translation>このチームには「%1」という目標プロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Target Profiles</source>
        <translation>目標プロファイル</translation>
    </message>
    <message>
        <source>Target profile</source>
        <translation>目標プロファイル</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Name of the profile</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Approved &amp;on</source>
        <translation>承認日(&amp;O)</translation>
    </message>
    <message>
        <source>Approval date</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>承認者(&amp;B):</translation>
    </message>
    <message>
        <source>The team has no target profile yet. Create one with New…</source>
        <translation>このチームにはまだ目標プロファイルがありません。「新規…」で作成してください。</translation>
    </message>
    <message>
        <source>Every target has a rationale.</source>
        <translation>すべての目標に理由が記入されています。</translation>
    </message>
    <message>
        <source>%1 target(s) have no rationale yet: say why the team needs that level.</source>
        <translation>%1 件の目標に理由がありません。チームにそのレベルが必要な理由を記入してください。</translation>
    </message>
    <message>
        <source>New Target Profile</source>
        <translation>新しい目標プロファイル</translation>
    </message>
    <message>
        <source>Import Target Profile</source>
        <translation>目標プロファイルのインポート</translation>
    </message>
    <message>
        <source>Target profile files (*.json);;All files (*)</source>
        <translation>目標プロファイルファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Nothing was imported from &quot;%1&quot;.

%2</source>
        <translation>「%1」からは何もインポートしていません。

%2</translation>
    </message>
    <message>
        <source>Export Target Profile</source>
        <translation>目標プロファイルのエクスポート</translation>
    </message>
    <message>
        <source>Target profile files (*.json)</source>
        <translation>目標プロファイルファイル (*.json)</translation>
    </message>
    <message>
        <source>Delete Target Profile</source>
        <translation>目標プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the target profile &quot;%1&quot; with all its targets and rationale? This cannot be undone.</source>
        <translation>目標プロファイル「%1」を、すべての目標と理由とともに削除しますか？ この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>他の人による変更</translation>
    </message>
    <message>
        <source>Someone else changed this profile while you were editing it, and changed the same parts as you: %1.

Write your values over theirs for these? (No keeps theirs; your other changes are kept either way.)</source>
        <translation>あなたが編集している間に、他の人がこのプロファイルの同じ箇所を変更しました: %1。

これらをあなたの値で上書きしますか？（「いいえ」では相手の値を残します。あなたのその他の変更はどちらの場合も残ります。）</translation>
    </message>
    <message>
        <source>The profile keeps being changed by someone else; your change was not saved. Try again in a moment.</source>
        <translation>このプロファイルは他の人によって変更され続けています。あなたの変更は保存していません。少し待ってからもう一度試してください。</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>新規(&amp;W)…</translation>
    </message>
    <message>
        <source>Name not verified against the official document; the questionnaire says why for each parameter.</source>
        <translation>名称は公式文書で確認できていない。理由はパラメータごとに質問票に示している。</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>The target profile file is not valid: %1</source>
        <translation>目標プロファイルファイルが正しくありません: %1</translation>
    </message>
    <message>
        <source>the SIM3 model &quot;%1&quot; is not known here</source>
        <translation>SIM3 モデル「%1」はこの環境にありません</translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation>正しい日付ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter of %2</source>
        <translation>「%1」は %2 のパラメータではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has two targets</source>
        <translation>「%1」に目標が二つあります</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>A target profile needs a name.</source>
        <translation>目標プロファイルには名前が必要です。</translation>
    </message>
    <message>
        <source>The team already has a target profile named &quot;%1&quot;. Choose another name.</source>
        <translation>このチームにはすでに「%1」という目標プロファイルがあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Creating the target profile</source>
        <translation>目標プロファイルの作成</translation>
    </message>
    <message>
        <source>Saving the target profile</source>
        <translation>目標プロファイルの保存</translation>
    </message>
    <message>
        <source>The target profile no longer exists.</source>
        <translation>この目標プロファイルはもう存在しません。</translation>
    </message>
    <message>
        <source>Saving the targets</source>
        <translation>目標の保存</translation>
    </message>
    <message>
        <source>%1: a target level must be between 0 and 4.</source>
        <translation>%1: 目標レベルは 0 から 4 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Saving the target for %1</source>
        <translation>%1 の目標の保存</translation>
    </message>
    <message>
        <source>Deleting the target profile</source>
        <translation>目標プロファイルの削除</translation>
    </message>
    <message>
        <source>Reading the target profiles</source>
        <translation>目標プロファイルの読み込み</translation>
    </message>
    <message>
        <source>Reading the target profile</source>
        <translation>目標プロファイルの読み込み</translation>
    </message>
    <message>
        <source>There is no target profile with id %1.</source>
        <translation>ID %1 の目標プロファイルはありません。</translation>
    </message>
    <message>
        <source>Reading the targets</source>
        <translation>目標の読み込み</translation>
    </message>
</context>
<context>
    <name>ProfileTableModel</name>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>⚠ no rationale yet</source>
        <translation>⚠ 理由未記入</translation>
    </message>
    <message>
        <source>Set the target of %1 to %2</source>
        <translation>%1 の目標を %2 にする</translation>
    </message>
    <message>
        <source>Remove the target of %1</source>
        <translation>%1 の目標をなくす</translation>
    </message>
    <message>
        <source>Edit the rationale of %1</source>
        <translation>%1 の理由を編集</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>QuestionnaireModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 answered</source>
        <translation>%1: %3 件中 %2 件回答済み</translation>
    </message>
    <message>
        <source>%1 %2, level %3, %4</source>
        <translation>%1 %2、レベル %3、%4</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 %2, my rating: %3</source>
        <translation>%1 %2、自分の評定: %3</translation>
    </message>
    <message>
        <source>○ Not rated yet</source>
        <translation>○ 未評定</translation>
    </message>
    <message>
        <source>● Rated</source>
        <translation>● 評定済み</translation>
    </message>
    <message>
        <source>– Not applicable</source>
        <translation>– 適用外</translation>
    </message>
    <message>
        <source>– Abstained</source>
        <translation>– 棄権</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Search parameters, comments, evidence (Ctrl+F)</source>
        <translation>パラメータ、コメント、根拠資料を検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>パラメータを検索</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>表示するカテゴリ</translation>
    </message>
    <message>
        <source>Show status</source>
        <translation>表示する状態</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>すべてのカテゴリ</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Only unanswered</source>
        <translation>未回答のみ</translation>
    </message>
    <message>
        <source>Only to confirm</source>
        <translation>要確認のみ</translation>
    </message>
    <message>
        <source>Only flagged for review</source>
        <translation>要レビューのみ</translation>
    </message>
    <message>
        <source>Only not applicable</source>
        <translation>適用外のみ</translation>
    </message>
    <message>
        <source>Only answered with a level</source>
        <translation>レベル回答済みのみ</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%2 件中 %1 件回答済み</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final&lt;/b&gt; — read-only. To change it, reopen it as a draft (Assessment &gt; Reopen as Draft); reopening is recorded.</source>
        <translation>&lt;b&gt;確定済み&lt;/b&gt; — 読み取り専用です。変更するには下書きに戻してください（評価 &gt; 下書きに戻す）。下書きに戻した操作は記録されます。</translation>
    </message>
    <message>
        <source>This assessment is final and read-only</source>
        <translation>この評価は確定済みで読み取り専用です</translation>
    </message>
    <message>
        <source>%1 of %2 answered, %3 to confirm</source>
        <translation>%2 件中 %1 件回答済み、要確認 %3 件</translation>
    </message>
    <message>
        <source>Workshop: not discussed yet</source>
        <translation>ワークショップ: 未討議</translation>
    </message>
    <message>
        <source>Workshop: disputed</source>
        <translation>ワークショップ: 意見が分かれたもの</translation>
    </message>
    <message>
        <source>Workshop: no consensus yet</source>
        <translation>ワークショップ: 合意前</translation>
    </message>
    <message>
        <source>My ratings (%1): %2 of %3 rated</source>
        <translation>自分の評定（%1）: %3 件中 %2 件を評定済み</translation>
    </message>
    <message>
        <source>Workshop: %1 rated by all, %2 revealed, %3 of them with a consensus, %4 disputed</source>
        <translation>ワークショップ: 全員評定済み %1 件、公開済み %2 件（うち合意済み %3 件）、意見の相違 %4 件</translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline&lt;/b&gt; — the database server cannot be reached, so nothing can be changed. What you typed stays in place; SIM3 Workbench connects again by itself.</source>
        <translation>&lt;b&gt;オフライン&lt;/b&gt; — データベースサーバーに接続できないため、何も変更できません。入力した内容はそのまま残ります。SIM3 Workbench は自動的に再接続します。</translation>
    </message>
    <message>
        <source>Offline: the database server cannot be reached; read-only</source>
        <translation>オフライン: データベースサーバーに接続できません。読み取り専用です</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source> (N/A)</source>
        <translation>（適用外）</translation>
    </message>
    <message>
        <source> (?)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現状</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>%1: a rating must be a level between 0 and 4, not %2.</source>
        <translation>%1: 評定は 0〜4 のレベルで指定してください（%2 は指定できません）。</translation>
    </message>
    <message>
        <source>%1: the note of a rating is longer than %2 characters.</source>
        <translation>%1: 評定のメモが %2 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>&quot;%1&quot; is not a rating: type a level 0-4, n for not applicable, a for abstain, or - to skip a participant.</source>
        <translation>「%1」は評定ではありません。レベル 0〜4、適用外は n、棄権は a、参加者を飛ばすには - を入力してください。</translation>
    </message>
    <message>
        <source>%1 ratings typed, but there are only %2 participants.</source>
        <translation>評定が %1 件入力されましたが、参加者は %2 人しかいません。</translation>
    </message>
</context>
<context>
    <name>RatingsExchange</name>
    <message>
        <source>There is no assessment with the id %1.</source>
        <translation>ID %1 の評価はありません。</translation>
    </message>
    <message>
        <source>The SIM3 model &quot;%1&quot; of this assessment is not known here.</source>
        <translation>この評価の SIM3 モデル「%1」はここでは不明です。</translation>
    </message>
    <message>
        <source>The assessment &quot;%1&quot; has no participants yet: add them first.</source>
        <translation>評価「%1」にはまだ参加者がいません。先に参加者を追加してください。</translation>
    </message>
    <message>
        <source>The assessment &quot;%1&quot; has no participant called &quot;%2&quot;. Its participants: %3.</source>
        <translation>評価「%1」に「%2」という参加者はいません。参加者: %3。</translation>
    </message>
    <message>
        <source>These ratings belong to the assessment &quot;%1&quot; (%2), which is not in this database. Import them into the database that holds that assessment.</source>
        <translation>この評定は評価「%1」（%2）のもので、この評価はこのデータベースにありません。その評価があるデータベースに取り込んでください。</translation>
    </message>
    <message>
        <source>These ratings were made with the SIM3 model &quot;%1&quot;, but the assessment &quot;%2&quot; uses &quot;%3&quot;. Nothing was imported.</source>
        <translation>この評定は SIM3 モデル「%1」で付けられていますが、評価「%2」は「%3」を使っています。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>RatingsJson</name>
    <message>
        <source>The ratings file is not valid: %1</source>
        <translation>評定ファイルが正しくありません: %1</translation>
    </message>
    <message>
        <source>the SIM3 model &quot;%1&quot; is not known here; load its model file first</source>
        <translation>SIM3 モデル「%1」はここでは不明です。先にそのモデルファイルを読み込んでください</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a parameter of %2</source>
        <translation>「%1」は %2 のパラメータではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is rated twice</source>
        <translation>「%1」が 2 回評定されています</translation>
    </message>
</context>
<context>
    <name>RatingsStrip</name>
    <message>
        <source>Ratings</source>
        <translation>評定</translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Shift+R)</source>
        <translation>公開 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reveal the ratings</source>
        <translation>評定を公開</translation>
    </message>
    <message>
        <source>Type the levels in the order above, e.g. 2 3 3 2 4, then Return (n = N/A, a = abstain, - = skip)</source>
        <translation>上の順にレベルを入力して Return（例: 2 3 3 2 4。n = 適用外、a = 棄権、- = 飛ばす）</translation>
    </message>
    <message>
        <source>Ratings of the participants, in order</source>
        <translation>参加者の評定（順番どおり）</translation>
    </message>
    <message>
        <source>Dissent:</source>
        <translation>異論:</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>異論</translation>
    </message>
    <message>
        <source>Where the team disagreed: who held which level, and why</source>
        <translation>意見が分かれた点: 誰がどのレベルを主張し、その理由は何か</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has rated</source>
        <translation>%1 は評定済み</translation>
    </message>
    <message>
        <source>%1 has not rated yet</source>
        <translation>%1 はまだ評定していません</translation>
    </message>
    <message>
        <source>%1 of %2 rated, hidden until revealed</source>
        <translation>%2 人中 %1 人が評定済み（公開まで非表示）</translation>
    </message>
    <message>
        <source>Revealed: %1 of %2 rated, no level among them</source>
        <translation>公開済み: %2 人中 %1 人が評定、レベルの評定なし</translation>
    </message>
    <message>
        <source>Revealed: %1 of %2 rated, levels %3, median %4: disputed</source>
        <translation>公開済み: %2 人中 %1 人が評定、レベル %3、中央値 %4: 意見が分かれています</translation>
    </message>
    <message>
        <source>Revealed: %1 of %2 rated, levels %3, median %4</source>
        <translation>公開済み: %2 人中 %1 人が評定、レベル %3、中央値 %4</translation>
    </message>
    <message>
        <source>Suggested consensus: %1 (the median). Press a level key to set the team&apos;s level.</source>
        <translation>合意レベルの候補: %1（中央値）。レベルのキーを押すとチームのレベルを設定します。</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>自分の評定</translation>
    </message>
    <message>
        <source>The level keys set your rating; or type it here: 0–4, n = N/A, a = abstain, - = remove, then Return</source>
        <translation>レベルのキーで自分の評定を設定します。ここに入力しても構いません: 0〜4、n = 適用外、a = 棄権、- = 削除、最後に Return</translation>
    </message>
    <message>
        <source>My note:</source>
        <translation>自分のメモ:</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>自分のメモ</translation>
    </message>
    <message>
        <source>Why you chose this level (goes into your ratings file)</source>
        <translation>このレベルを選んだ理由（評定ファイルに含まれます）</translation>
    </message>
    <message>
        <source>Your rating: %1</source>
        <translation>あなたの評定: %1</translation>
    </message>
    <message>
        <source>You have not rated this parameter yet</source>
        <translation>このパラメータはまだ評定していません</translation>
    </message>
    <message numerus="yes">
        <source>Rating alone as %1: %n of the parameters rated. Nobody else sees these until the facilitator imports your file. File &gt; Export My Ratings… writes it.</source>
        <translation>
            <numerusform>%1 として一人で評定中: %n 件のパラメータを評定済み。ファシリテーターがあなたのファイルを取り込むまで、ほかの人には見えません。ファイル &gt; 自分の評定をエクスポート… で書き出します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>SIM3 maturity assessment</source>
        <translation>SIM3 成熟度評価</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Target profile</source>
        <translation>目標プロファイル</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>SIM3 model</source>
        <translation>SIM3 モデル</translation>
    </message>
    <message>
        <source>Information sharing</source>
        <translation>情報共有区分</translation>
    </message>
    <message>
        <source>SIM3 is maintained by the Open CSIRT Foundation. Parameter summaries and level guidance in this report are SIM3 Workbench&apos;s own wording.</source>
        <translation>SIM3 は Open CSIRT Foundation が管理しています。本レポートのパラメータ要約とレベルの目安は SIM3 Workbench 独自の記述です。</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>エグゼクティブサマリー</translation>
    </message>
    <message>
        <source>No target profile is compared: the report shows current levels only.</source>
        <translation>目標プロファイルとの比較はありません。本レポートは現状レベルのみを示します。</translation>
    </message>
    <message>
        <source>%1 of %2 parameters answered, %3 not applicable, %4 unanswered. Not applicable and unanswered parameters are never counted as zero.</source>
        <translation>%2 パラメータ中 %1 に回答、適用外 %3、未回答 %4。適用外と未回答のパラメータはゼロとして数えていません。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Current (avg.)</source>
        <translation>現状（平均）</translation>
    </message>
    <message>
        <source>Target (avg.)</source>
        <translation>目標（平均）</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Above</source>
        <translation>超過</translation>
    </message>
    <message>
        <source>No parameter is below its target.</source>
        <translation>目標を下回るパラメータはありません。</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>パラメータ</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Above target</source>
        <translation>目標超過</translation>
    </message>
    <message>
        <source>No parameter is above its target.</source>
        <translation>目標を上回るパラメータはありません。</translation>
    </message>
    <message>
        <source>Possibly more than the team needs to invest in: %1</source>
        <translation>チームに必要以上の投資をしている可能性があります: %1</translation>
    </message>
    <message>
        <source>Since the previous assessment</source>
        <translation>前回の評価からの変化</translation>
    </message>
    <message>
        <source>This is the team&apos;s first assessment.</source>
        <translation>このチームの最初の評価です。</translation>
    </message>
    <message>
        <source>Compared with &quot;%1&quot; of %2:</source>
        <translation>%2 の「%1」との比較:</translation>
    </message>
    <message>
        <source>Improved (%1): %2</source>
        <translation>改善（%1）: %2</translation>
    </message>
    <message>
        <source>Regressed (%1): %2</source>
        <translation>後退（%1）: %2</translation>
    </message>
    <message>
        <source>Current against target</source>
        <translation>現状と目標</translation>
    </message>
    <message>
        <source>All parameters</source>
        <translation>すべてのパラメータ</translation>
    </message>
    <message>
        <source>Average level per category</source>
        <translation>カテゴリ別の平均レベル</translation>
    </message>
    <message>
        <source>Improvement plan</source>
        <translation>改善計画</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>目標の理由</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Owner, due</source>
        <translation>責任者・期限</translation>
    </message>
    <message>
        <source>Appendix: every parameter</source>
        <translation>付録: 全パラメータ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>flagged for review</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source>N/A: %1</source>
        <translation>適用外: %1</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>評価方法</translation>
    </message>
    <message>
        <source>SIM3 rates each parameter on five levels:</source>
        <translation>SIM3 は各パラメータを 5 段階で評価します:</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>How the numbers are computed</source>
        <translation>数値の計算方法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>SIM3 model: %1, published by the %2. Official document: %3</source>
        <translation>SIM3 モデル: %1（発行: %2）。公式文書: %3</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>作成日 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>全回答</translation>
    </message>
    <message>
        <source>Not applicable because</source>
        <translation>適用外の理由</translation>
    </message>
    <message>
        <source>Flagged for review</source>
        <translation>要レビュー</translation>
    </message>
    <message>
        <source> (N/A)</source>
        <translation>（適用外）</translation>
    </message>
    <message>
        <source> (?)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Current (average)</source>
        <translation>現状（平均）</translation>
    </message>
    <message>
        <source>Target (average)</source>
        <translation>目標（平均）</translation>
    </message>
    <message>
        <source>%1 answer(s) were carried over from the previous assessment and nobody has confirmed them yet: %2. They are counted above as given; the report stays a draft until they are confirmed.</source>
        <translation>前回の評価から引き継いだ %1 件の回答がまだ確認されていません: %2。上の集計ではそのまま数えています。確認されるまで、このレポートは下書きのままです。</translation>
    </message>
    <message>
        <source>carried over, not confirmed</source>
        <translation>引き継ぎ・未確認</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>[shortened here: %1 more characters are in the assessment]</source>
        <translation>［ここで省略: 残り %1 文字は評価データにあります］</translation>
    </message>
    <message>
        <source>… and %1 more evidence item(s), listed in the assessment</source>
        <translation>… ほか %1 件の根拠資料（評価データに記載）</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>適用外</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>棄権</translation>
    </message>
    <message>
        <source>Where the team disagreed</source>
        <translation>チームの意見が分かれた点</translation>
    </message>
    <message>
        <source>No parameter was disputed.</source>
        <translation>意見が分かれたパラメータはありませんでした。</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評定</translation>
    </message>
    <message>
        <source>Team&apos;s level</source>
        <translation>チームのレベル</translation>
    </message>
    <message>
        <source>Dissent</source>
        <translation>異論</translation>
    </message>
    <message>
        <source>ratings %1</source>
        <translation>評定 %1</translation>
    </message>
    <message>
        <source>Ratings and consensus</source>
        <translation>評定と合意</translation>
    </message>
    <message>
        <source>Each participant rated each parameter on their own (a level, not applicable, or abstain); the ratings stayed hidden until they were revealed together, so that nobody anchored on the first number. The spread is the range of the levels given; not applicable and abstain never count as a level. The median was offered as a starting point, and the team then agreed on its level, which is the level this report uses everywhere. Where people disagreed, the dissent was recorded with the parameter.</source>
        <translation>各参加者は各パラメータを個別に評定しました（レベル、適用外、または棄権）。最初に出た数字に引きずられないよう、評定は全員分をそろえて公開するまで伏せていました。評定の幅は付けられたレベルの範囲で、適用外と棄権はレベルとして数えません。中央値を出発点として示したうえでチームがレベルを合意し、本報告書ではすべてそのレベルを用いています。意見が分かれた場合は、その異論をパラメータとともに記録しています。</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>意見の相違</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>評定数</translation>
    </message>
    <message>
        <source>Revealed</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>The participants (%1) rated each parameter on their own before the team agreed on its level. A parameter is disputed when the ratings lie %2 or more levels apart.</source>
        <translation>参加者（%1 人）が各パラメータをそれぞれ個別に評定したうえで、チームとしてレベルを合意しました。評定の幅が %2 レベル以上あるパラメータを「意見が分かれた」とみなします。</translation>
    </message>
    <message>
        <source>Ratings are shown with names, as chosen for this report.</source>
        <translation>この報告書では、選択により評定を名前付きで示しています。</translation>
    </message>
    <message>
        <source>Ratings are shown without names.</source>
        <translation>評定は名前を伏せて示しています。</translation>
    </message>
    <message>
        <source>%1 of %2 compared parameters meet their target (%3 %): %4 on target, %5 above; %6 are below it. %7 are not compared (not applicable, unanswered or without a target).</source>
        <translation>比較した %2 パラメータのうち %1 が目標を満たしています（%3 %）: 目標どおり %4、目標超過 %5。目標未達は %6 です。%7 は比較していません（適用外、未回答または目標なし）。</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>目標どおり</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>比較なし</translation>
    </message>
    <message>
        <source>Gaps to the targets</source>
        <translation>目標とのギャップ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 and %2 more (all in the improvement plan)</source>
        <translation>%1 ほか %2 件（すべて改善計画に記載）</translation>
    </message>
    <message>
        <source>One level below target: %1.</source>
        <translation>目標より 1 レベル下: %1。</translation>
    </message>
    <message>
        <source>%1 levels below target: %2.</source>
        <translation>目標より %1 レベル下: %2。</translation>
    </message>
    <message>
        <source>no reason given yet</source>
        <translation>理由は未記入</translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>担当者未定</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>The SIM3 model &quot;%1&quot; of this assessment is not known here.</source>
        <translation>この評価の SIM3 モデル「%1」はこの環境にありません。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The editable document could not be written.</source>
        <translation>編集可能な文書を書き出せませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>Reading the access rules</source>
        <translation>アクセス規則の読み込み</translation>
    </message>
    <message>
        <source>Access per team is a shared PostgreSQL database&apos;s: give --db postgresql://…. A file is protected by its own permissions.</source>
        <translation>チームごとのアクセスは共有 PostgreSQL データベースの機能です: --db postgresql://… を指定してください。ファイルはファイル自体のアクセス権で保護されます。</translation>
    </message>
    <message>
        <source>Only the owner of the database&apos;s tables (who created it and ran &quot;admin init&quot;) may hand out access.</source>
        <translation>アクセスを与えられるのは、データベースのテーブルの所有者（データベースを作成し「admin init」を実行した人）だけです。</translation>
    </message>
    <message>
        <source>Setting up access per team</source>
        <translation>チームごとのアクセスの設定</translation>
    </message>
    <message>
        <source>Access per team is not set up yet: run &quot;sim3-workbench admin init&quot; first.</source>
        <translation>チームごとのアクセスはまだ設定されていません。先に「sim3-workbench admin init」を実行してください。</translation>
    </message>
    <message>
        <source>Name the team.</source>
        <translation>チームを指定してください。</translation>
    </message>
    <message>
        <source>Looking up the role</source>
        <translation>ロールの検索</translation>
    </message>
    <message>
        <source>The server has no role &quot;%1&quot;. Create it first (createuser %1, or CREATE ROLE … LOGIN), then grant it access.</source>
        <translation>サーバーにロール「%1」がありません。先に作成（createuser %1 または CREATE ROLE … LOGIN）してから、アクセスを与えてください。</translation>
    </message>
    <message>
        <source>Looking up the team</source>
        <translation>チームの検索</translation>
    </message>
    <message>
        <source>Two teams are named &quot;%1&quot;; rename one in the application first.</source>
        <translation>「%1」という名前のチームが 2 つあります。先にアプリケーションでどちらかの名前を変更してください。</translation>
    </message>
    <message>
        <source>Granting access</source>
        <translation>アクセスの付与</translation>
    </message>
    <message>
        <source>Revoking access</source>
        <translation>アクセスの取り消し</translation>
    </message>
    <message>
        <source>&quot;%1&quot; had no access to a team named &quot;%2&quot;; nothing was changed.</source>
        <translation>「%1」には「%2」という名前のチームへのアクセスがありませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>You (%1) have no access to any team in the shared database &quot;%2&quot;. Ask its administrator to run: sim3-workbench admin grant TEAM %1 --as reader (or assessor, or lead).</source>
        <translation>あなた（%1）は共有データベース「%2」のどのチームにもアクセスできません。管理者に次の実行を依頼してください: sim3-workbench admin grant TEAM %1 --as reader（または assessor、lead）。</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Saving the setting %1</source>
        <translation>設定 %1 の保存</translation>
    </message>
    <message>
        <source>Removing the setting %1</source>
        <translation>設定 %1 の削除</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <source>In the list: arrow keys move, Enter opens; Tab moves between fields</source>
        <translation>一覧では矢印キーで移動し Enter で開きます。Tab で項目間を移動します</translation>
    </message>
</context>
<context>
    <name>SpreadPlot</name>
    <message numerus="yes">
        <source>level %1: %n</source>
        <translation>
            <numerusform>レベル %1: %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Spread of the ratings</source>
        <translation>評定の分布</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The database is busy in another program or window. Close it, or try again in a moment.</source>
        <translation>データベースは別のプログラムまたはウィンドウで使用中です。そちらを閉じるか、しばらくしてから再度お試しください。</translation>
    </message>
    <message>
        <source>The database file cannot be written. Check its permissions, or choose another file.</source>
        <translation>データベースファイルに書き込めません。権限を確認するか、別のファイルを選んでください。</translation>
    </message>
    <message>
        <source>The disk reported an input/output error. Check the disk and try again.</source>
        <translation>ディスクで入出力エラーが発生しました。ディスクを確認して再度お試しください。</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a SIM3 Workbench database. Restore it from a backup.</source>
        <translation>データベースファイルが破損しているか、SIM3 Workbench のデータベースではありません。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>ディスクがいっぱいです。空き容量を確保してから再度お試しください。何も変更していません。</translation>
    </message>
    <message>
        <source>The database file cannot be opened. Check that its folder exists and is writable.</source>
        <translation>データベースファイルを開けません。フォルダが存在し、書き込み可能か確認してください。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2 (%3)</source>
        <translation>%1に失敗しました: %2（%3）</translation>
    </message>
    <message>
        <source>The connection to the database server was lost. Nothing was half-saved; SIM3 Workbench connects again by itself when the server is back.</source>
        <translation>データベースサーバーとの接続が切れました。中途半端に保存されたものはありません。サーバーが戻ると SIM3 Workbench は自動的に再接続します。</translation>
    </message>
    <message>
        <source>You have no right to do this in the shared database. Ask its administrator for access (sim3-workbench admin grant).</source>
        <translation>共有データベースでこの操作を行う権限がありません。管理者にアクセス権を依頼してください（sim3-workbench admin grant）。</translation>
    </message>
    <message>
        <source>The server refused the login. Check the user name, and the password in ~/.pgpass or the one you typed.</source>
        <translation>サーバーがログインを拒否しました。ユーザー名と、~/.pgpass または入力したパスワードを確認してください。</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the address, or create the database (createdb).</source>
        <translation>サーバーにその名前のデータベースがありません。アドレスを確認するか、データベースを作成してください（createdb）。</translation>
    </message>
    <message>
        <source>Another writer got in the way. Nothing was changed; try again.</source>
        <translation>別の書き込みと重なりました。何も変更されていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The database server&apos;s disk is full. Nothing was changed; ask its administrator.</source>
        <translation>データベースサーバーのディスクがいっぱいです。何も変更されていません。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The server accepts no changes at the moment (it is read-only). Try again later.</source>
        <translation>サーバーは現在変更を受け付けていません（読み取り専用）。しばらくしてからお試しください。</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>Saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
</context>
<context>
    <name>SqliteRows</name>
    <message>
        <source>This is not an open SQLite database.</source>
        <translation>開かれている SQLite データベースではありません。</translation>
    </message>
</context>
<context>
    <name>TargetLevelDelegate</name>
    <message>
        <source>Target level</source>
        <translation>目標レベル</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>A team needs a name.</source>
        <translation>チームには名前が必要です。</translation>
    </message>
    <message>
        <source>Creating the team &quot;%1&quot;</source>
        <translation>チーム「%1」の作成</translation>
    </message>
    <message>
        <source>Renaming the team</source>
        <translation>チーム名の変更</translation>
    </message>
    <message>
        <source>The team no longer exists.</source>
        <translation>このチームはもう存在しません。</translation>
    </message>
    <message>
        <source>Changing the team&apos;s description</source>
        <translation>チームの説明の変更</translation>
    </message>
    <message>
        <source>Deleting the team</source>
        <translation>チームの削除</translation>
    </message>
    <message>
        <source>Reading the teams</source>
        <translation>チームの読み込み</translation>
    </message>
    <message>
        <source>Reading the team</source>
        <translation>チームの読み込み</translation>
    </message>
    <message>
        <source>There is no team with id %1.</source>
        <translation>ID %1 のチームはありません。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to SIM3 Workbench</source>
        <translation>SIM3 Workbench へようこそ</translation>
    </message>
    <message>
        <source>Measure your CSIRT&apos;s maturity with SIM3, choose the level each parameter really needs, and plan what to improve. Everything stays in one file on this computer.</source>
        <translation>SIM3 で CSIRT の成熟度を測り、各パラメータに本当に必要なレベルを決め、改善を計画しましょう。データはすべてこのコンピュータ上の一つのファイルに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Create a team…</source>
        <translation>チームを作成(&amp;C)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>デモデータを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import an assessment file…</source>
        <translation>評価ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Create a team</source>
        <translation>チームを作成</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>デモデータを開く</translation>
    </message>
    <message>
        <source>Import an assessment file</source>
        <translation>評価ファイルをインポート</translation>
    </message>
</context>
<context>
    <name>WhoIsAtTheKeyboard</name>
    <message>
        <source>Who Is at the Keyboard?</source>
        <translation>操作している人</translation>
    </message>
    <message>
        <source>Your name. It is written into every change you make, so that the team can see who decided what. Change it at any time under Assessment &gt; Who Is at the Keyboard.</source>
        <translation>あなたの名前を入力してください。誰が何を決めたかをチームで確認できるよう、すべての変更に記録されます。評価 &gt; 操作している人 からいつでも変更できます。</translation>
    </message>
</context>
<context>
    <name>WindowState</name>
    <message>
        <source>A setting could not be saved: %1</source>
        <translation>設定を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>WorkbookReport</name>
    <message>
        <source>No temporary folder for the workbook: %1</source>
        <translation>ワークブック用の一時フォルダがありません: %1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>ワークブックを作成できませんでした。</translation>
    </message>
    <message>
        <source>The workbook could not be written.</source>
        <translation>ワークブックを書き出せませんでした。</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation>ワークブックを読み戻せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>WorkshopRepository</name>
    <message>
        <source>%1: a rating of an unknown kind.</source>
        <translation>%1: 種類が不明な評定です。</translation>
    </message>
    <message>
        <source>The database holds a rating that breaks SIM3 Workbench&apos;s rules, probably written by another program: %1 Nothing was changed; restore the database from a backup.</source>
        <translation>データベースに SIM3 Workbench の規則に反する評定があります。別のプログラムが書き込んだ可能性があります: %1 何も変更していません。バックアップからデータベースを復元してください。</translation>
    </message>
    <message>
        <source>Reading the ratings</source>
        <translation>評定の読み込み</translation>
    </message>
    <message>
        <source>Reading the participants</source>
        <translation>参加者の読み込み</translation>
    </message>
    <message>
        <source>Every participant needs a name.</source>
        <translation>参加者にはそれぞれ名前が必要です。</translation>
    </message>
    <message>
        <source>A participant&apos;s name or role is longer than %1 characters.</source>
        <translation>参加者の名前または役割が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>Two participants are called &quot;%1&quot;: give each a name of their own.</source>
        <translation>「%1」という名前の参加者が 2 人います。それぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Saving the participants</source>
        <translation>参加者の保存</translation>
    </message>
    <message>
        <source>This participant is no longer part of the assessment.</source>
        <translation>この参加者はもう評価に含まれていません。</translation>
    </message>
    <message>
        <source>Saving the rating for %1</source>
        <translation>%1 の評定の保存</translation>
    </message>
    <message>
        <source>Removing the rating for %1</source>
        <translation>%1 の評定の削除</translation>
    </message>
    <message>
        <source>Replacing the ratings</source>
        <translation>評定の置き換え</translation>
    </message>
    <message>
        <source>Revealing the ratings of %1</source>
        <translation>%1 の評定の公開</translation>
    </message>
    <message>
        <source>%1: the dissent note is longer than %2 characters.</source>
        <translation>%1: 異論メモが %2 文字を超えています。</translation>
    </message>
    <message>
        <source>Saving the dissent note for %1</source>
        <translation>%1 の異論メモの保存</translation>
    </message>
    <message>
        <source>The dispute threshold must be between 1 and 4 levels, not %1.</source>
        <translation>意見の相違とみなす幅は 1〜4 レベルで指定してください（%1 は指定できません）。</translation>
    </message>
    <message>
        <source>%1: a rating by a participant who is not listed.</source>
        <translation>%1: 一覧にない参加者の評定です。</translation>
    </message>
</context>
<context>
    <name>WorkshopSession</name>
    <message>
        <source>Someone else entered ratings for %1 on %2 meanwhile; theirs are kept.</source>
        <translation>その間に他の人が %2 について %1 の評定を入力しました。相手の評定を残します。</translation>
    </message>
    <message>
        <source>The ratings of %1 keep being changed by someone else; yours were not saved. Try again in a moment.</source>
        <translation>%1 の評定は他の人によって変更され続けています。あなたの評定は保存していません。少し待ってからもう一度試してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sim3-workbench: the output could not be written.</source>
        <translation>sim3-workbench: 出力を書き込めませんでした。</translation>
    </message>
</context>
</TS>
