<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QObject</name>
    <message>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>The development environment was not captured: %1</source>
        <translation>開発環境が取得されていません: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>modelreview: unknown command &quot;%1&quot;
Commands: %2
To open a package in the workbench, give its path (for example ./%1).
</source>
        <translation>modelreview: 不明なコマンド「%1」
コマンド: %2
ワークベンチでパッケージを開くには、そのパスを指定してください (例: ./%1)。
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review machine-learning model packages before release.

Commands (each has --help): %1</source>
        <translation>機械学習モデルのパッケージをリリース前にレビューします。

コマンド (各コマンドに --help があります): %1</translation>
    </message>
    <message>
        <source>Package folder or archive to open.</source>
        <translation>開くパッケージのフォルダーまたはアーカイブ。</translation>
    </message>
</context>
<context>
    <name>mr::Approval</name>
    <message>
        <source>verification canceled</source>
        <translation>検証は中止されました</translation>
    </message>
    <message>
        <source>the data root is not available</source>
        <translation>データルートを利用できません</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>verification incomplete</source>
        <translation>検証は完了していません</translation>
    </message>
    <message>
        <source>not verified in this session</source>
        <translation>このセッションでは未検証</translation>
    </message>
    <message>
        <source>not verified by gate (run `modelreview verify`)</source>
        <translation>gate では未検証 (`modelreview verify` を実行してください)</translation>
    </message>
    <message>
        <source>No section failed to load</source>
        <translation>読み込みに失敗したセクションがない</translation>
    </message>
    <message>
        <source>No open blockers</source>
        <translation>未解決のブロッカーがない</translation>
    </message>
    <message>
        <source>Dataset verified</source>
        <translation>データセットが検証済み</translation>
    </message>
    <message>
        <source>No error findings</source>
        <translation>エラーの指摘がない</translation>
    </message>
    <message>
        <source>Every checklist step ticked</source>
        <translation>チェックリストのすべての項目にチェック済み</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
</context>
<context>
    <name>mr::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>mr::Checklist</name>
    <message>
        <source>Code read</source>
        <translation>コードを読んだ</translation>
    </message>
    <message>
        <source>Dataset verified</source>
        <translation>データセットが検証済み</translation>
    </message>
    <message>
        <source>Environments compared</source>
        <translation>環境を比較した</translation>
    </message>
    <message>
        <source>Results within tolerance</source>
        <translation>結果が許容範囲内</translation>
    </message>
</context>
<context>
    <name>mr::Code</name>
    <message>
        <source>Revisions: %1

</source>
        <translation>リビジョン: %1

</translation>
    </message>
    <message>
        <source>**Failed:** %1
</source>
        <translation>**失敗:** %1
</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;Failed:&lt;/strong&gt; %1&lt;/p&gt;
</source>
        <translation>&lt;p&gt;&lt;strong&gt;失敗:&lt;/strong&gt; %1&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>| Status | File | Added | Removed |
|---|---|---:|---:|
</source>
        <translation>| 状態 | ファイル | 追加 | 削除 |
|---|---|---:|---:|
</translation>
    </message>
    <message>
        <source>%1 file(s) changed, %2 line(s) added, %3 removed, %4 binary</source>
        <translation>%1 ファイル変更、%2 行追加、%3 行削除、バイナリ %4</translation>
    </message>
    <message>
        <source>&lt;/tbody&gt;
&lt;tfoot&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Total: %1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;/tfoot&gt;
&lt;/table&gt;
&lt;p&gt;%4&lt;/p&gt;
</source>
        <translation>&lt;/tbody&gt;
&lt;tfoot&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;合計: %1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;/tfoot&gt;
&lt;/table&gt;
&lt;p&gt;%4&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>cannot read the working tree status</source>
        <translation>作業ツリーの状態を読み取れません</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n uncommitted change(s) (for example %1): the reviewed code is not all committed.</source>
        <translation>
            <numerusform>リポジトリに未コミットの変更が %n 件あります (例: %1)。レビュー対象のコードがすべてコミットされているわけではありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n uncommitted change(s), so the reviewed code is not all committed: %1</source>
        <translation>
            <numerusform>リポジトリに未コミットの変更が %n 件あるため、レビュー対象のコードがすべてコミットされているわけではありません: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ほか %1 件</translation>
    </message>
    <message>
        <source>The working tree is checked out at %1, not at the reviewed head %2.</source>
        <translation>作業ツリーはレビュー対象の head %2 ではなく %1 でチェックアウトされています。</translation>
    </message>
    <message>
        <source>The repository stores some files with Git LFS: their diff shows pointer files, not the content.</source>
        <translation>リポジトリは一部のファイルを Git LFS で保存しています。その差分には内容ではなくポインターファイルが表示されます。</translation>
    </message>
    <message>
        <source>The code repository %1 does not exist.</source>
        <translation>コードリポジトリ %1 は存在しません。</translation>
    </message>
    <message>
        <source>The code repository cannot be opened (%1).</source>
        <translation>コードリポジトリを開けません (%1)。</translation>
    </message>
    <message>
        <source>The code section names no %1 revision.</source>
        <translation>コードセクションに %1 リビジョンが指定されていません。</translation>
    </message>
    <message>
        <source>The %1 revision &quot;%2&quot; is not in the repository (%3).</source>
        <translation>%1 リビジョン「%2」はリポジトリにありません (%3)。</translation>
    </message>
    <message>
        <source> The repository is a shallow clone: its history was cut, so older commits are missing.</source>
        <translation> リポジトリはシャロークローンです。履歴が切り詰められているため、古いコミットがありません。</translation>
    </message>
    <message>
        <source>The repository is a shallow clone: history before the base may be missing.</source>
        <translation>リポジトリはシャロークローンです。base より前の履歴がない可能性があります。</translation>
    </message>
    <message>
        <source>The head revision %1 is not reachable from any branch or tag.</source>
        <translation>head リビジョン %1 はどのブランチやタグからも到達できません。</translation>
    </message>
    <message>
        <source>cannot compare base and head</source>
        <translation>base と head を比較できません</translation>
    </message>
    <message>
        <source>rename detection failed</source>
        <translation>名前変更の検出に失敗しました</translation>
    </message>
    <message>
        <source>The package has no code section.</source>
        <translation>パッケージにコードセクションがありません。</translation>
    </message>
    <message>
        <source>The code section is invalid: %1</source>
        <translation>コードセクションが無効です: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) are Git LFS pointers (for example %1): the reviewed diff does not contain their content.</source>
        <translation>
            <numerusform>変更されたファイルのうち %n 件は Git LFS ポインターです (例: %1)。レビュー対象の差分にはその内容が含まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2 エラー %1</translation>
    </message>
    <message>
        <source>cannot open repository %1</source>
        <translation>リポジトリ %1 を開けません</translation>
    </message>
    <message>
        <source>revision &quot;%1&quot; not found</source>
        <translation>リビジョン「%1」が見つかりません</translation>
    </message>
    <message>
        <source>revision &quot;%1&quot; is not a commit</source>
        <translation>リビジョン「%1」はコミットではありません</translation>
    </message>
    <message>
        <source>cannot read the tree of commit %1</source>
        <translation>コミット %1 のツリーを読み取れません</translation>
    </message>
    <message>
        <source>cannot read blob %1</source>
        <translation>blob %1 を読み取れません</translation>
    </message>
    <message>
        <source>cannot compare %1</source>
        <translation>%1 を比較できません</translation>
    </message>
    <message>
        <source>cannot read hunk of %1</source>
        <translation>%1 のハンクを読み取れません</translation>
    </message>
    <message>
        <source>&lt;table class=&quot;code-files&quot;&gt;
&lt;thead&gt;&lt;tr&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;File&lt;/th&gt;&lt;th&gt;Added&lt;/th&gt;&lt;th&gt;Removed&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;
&lt;tbody&gt;
</source>
        <translation>&lt;table class=&quot;code-files&quot;&gt;
&lt;thead&gt;&lt;tr&gt;&lt;th&gt;状態&lt;/th&gt;&lt;th&gt;ファイル&lt;/th&gt;&lt;th&gt;追加&lt;/th&gt;&lt;th&gt;削除&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;
&lt;tbody&gt;
</translation>
    </message>
    <message>
        <source>Submodule(s) changed: %1. Their content is not part of this diff; only the recorded commit changed.</source>
        <translation>サブモジュールが変更されました: %1。その内容はこの差分に含まれず、記録されたコミットのみが変更されています。</translation>
    </message>
</context>
<context>
    <name>mr::CodeFileListModel</name>
    <message>
        <source>Viewed (kept by the file&apos;s content: a later change clears the mark)</source>
        <translation>確認済み (ファイル内容に紐づきます。後で変更されると印は外れます)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
</context>
<context>
    <name>mr::CodePane</name>
    <message>
        <source>Filter files</source>
        <translation>ファイルを絞り込む</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>統合表示</translation>
    </message>
    <message>
        <source>Show the diff unified instead of side by side</source>
        <translation>差分を左右並べてではなく統合形式で表示します</translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation>空白を無視</translation>
    </message>
    <message>
        <source>Context: </source>
        <translation>コンテキスト:</translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation>各変更の前後に表示する未変更の行数</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <source>Next File</source>
        <translation>次のファイル</translation>
    </message>
    <message>
        <source>Previous File</source>
        <translation>前のファイル</translation>
    </message>
    <message>
        <source>Toggle Viewed</source>
        <translation>確認済みを切り替え</translation>
    </message>
    <message>
        <source>Comment on Selected Lines…</source>
        <translation>選択した行にコメント…</translation>
    </message>
    <message>
        <source>Unified Diff</source>
        <translation>統合差分</translation>
    </message>
    <message>
        <source>%1 files (counting lines… %2)</source>
        <translation>%1 ファイル (行数を集計中… %2)</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>パッケージなし</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 バイト</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>No difference between %1 and %2.</source>
        <translation>%1 と %2 の間に差分はありません。</translation>
    </message>
    <message>
        <source>Select a file.</source>
        <translation>ファイルを選択してください。</translation>
    </message>
    <message>
        <source>This file is not valid UTF-8: it is shown decoded as Latin-1.</source>
        <translation>このファイルは有効な UTF-8 ではありません。Latin-1 としてデコードして表示しています。</translation>
    </message>
    <message>
        <source>Line endings changed (%1 → %2).</source>
        <translation>改行コードが変更されました (%1 → %2)。</translation>
    </message>
    <message>
        <source>Windows line endings (CR LF).</source>
        <translation>Windows の改行コード (CR LF)。</translation>
    </message>
    <message>
        <source>Git LFS pointer: the diff shows the pointer file, not the stored content.</source>
        <translation>Git LFS ポインター: 差分には保存された内容ではなくポインターファイルが表示されます。</translation>
    </message>
    <message>
        <source>File mode changed: %1 → %2.</source>
        <translation>ファイルモードが変更されました: %1 → %2。</translation>
    </message>
    <message>
        <source>Submodule: commit %1 → %2. Its content is not part of this diff.</source>
        <translation>サブモジュール: コミット %1 → %2。その内容はこの差分に含まれません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 file: shown by size and hash.
Old: %2, blob %3
New: %4, blob %5</source>
        <translation>%1 ファイル: サイズとハッシュで表示しています。
旧: %2、blob %3
新: %4、blob %5</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大きい</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <source>No difference: an empty file was added.</source>
        <translation>差分なし: 空のファイルが追加されました。</translation>
    </message>
    <message>
        <source>No difference: renamed from %1 without changes.</source>
        <translation>差分なし: %1 から変更なしで名前が変更されました。</translation>
    </message>
    <message>
        <source>No difference in content: only the file mode changed.</source>
        <translation>内容に差分なし: ファイルモードのみ変更されました。</translation>
    </message>
    <message>
        <source>No difference when whitespace is ignored.</source>
        <translation>空白を無視すると差分はありません。</translation>
    </message>
    <message>
        <source>%1 files, +%2 −%3, %4 viewed</source>
        <translation>%1 ファイル、+%2 −%3、確認済み %4</translation>
    </message>
    <message>
        <source>%1 files (counting lines…), %2 viewed</source>
        <translation>%1 ファイル (行数を集計中…)、確認済み %2</translation>
    </message>
    <message>
        <source>Select one or more lines of the diff to comment on.</source>
        <translation>コメントする差分の行を 1 行以上選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on %1</source>
        <translation>
            <numerusform>%1 へのコメント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>bin</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>
from %1 (%2% similar)</source>
        <translation>
%1 から (類似度 %2%)</translation>
    </message>
    <message>
        <source>
binary or over the size limit</source>
        <translation>
バイナリまたはサイズ上限超過</translation>
    </message>
    <message>
        <source>
Git LFS pointer</source>
        <translation>
Git LFS ポインター</translation>
    </message>
</context>
<context>
    <name>mr::Core</name>
    <message>
        <source> and %1 more</source>
        <translation> ほか %1 件</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>size %1, expected %2</source>
        <translation>サイズ %1、期待値 %2</translation>
    </message>
    <message>
        <source>OpenSSL digest initialisation failed</source>
        <translation>OpenSSL ダイジェストの初期化に失敗しました</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>読み取りエラー: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>ネストが %1 レベルを超えています</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3): readers disagree on which value counts</source>
        <translation>キー「%1」が重複しています (最初は %2 行 %3 列): どの値が有効かは読み取り側によって異なります</translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>malformed JSON: </source>
        <translation>不正な JSON: </translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>数値 %1 が範囲外です</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>数値が範囲外です</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>aliases expand to %1 nodes from %2 written ones (an alias bomb?)</source>
        <translation>エイリアスが、記述された %2 ノードから %1 ノードに展開されます (エイリアス爆弾の可能性)</translation>
    </message>
    <message>
        <source>a scalar of %1 bytes is longer than the limit of %2</source>
        <translation>%1 バイトのスカラーが上限 %2 を超えています</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (aliases counted as their expansion)</source>
        <translation>ドキュメントが %1 ノードを超えて展開されます (エイリアスは展開後の数で計算)</translation>
    </message>
    <message>
        <source>a line of %1 bytes is longer than the limit of %2</source>
        <translation>%1 バイトの行が上限 %2 を超えています</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>不正な YAML: %1</translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top level</source>
        <translation>最上位に YAML マッピングが必要です</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>a NUL byte in YAML text</source>
        <translation>YAML テキストに NUL バイトがあります</translation>
    </message>
    <message>
        <source>an alias inside the node it refers to (a cycle)</source>
        <translation>参照先のノード内にあるエイリアス (循環)</translation>
    </message>
</context>
<context>
    <name>mr::Dataset</name>
    <message>
        <source>line contains a NUL byte</source>
        <translation>行に NUL バイトが含まれています</translation>
    </message>
    <message>
        <source>unreadable CSV header</source>
        <translation>CSV ヘッダーを読み取れません</translation>
    </message>
    <message>
        <source>the CSV header must name the columns &quot;path&quot; and &quot;size&quot;</source>
        <translation>CSV ヘッダーには列「path」と「size」が必要です</translation>
    </message>
    <message>
        <source>malformed CSV quoting</source>
        <translation>CSV の引用符が不正です</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not a non-negative integer</source>
        <translation>サイズ「%1」は 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>the CSV file has no header row</source>
        <translation>CSV ファイルにヘッダー行がありません</translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1</source>
        <translation>マニフェストを読み取れません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest line(s) were refused</source>
        <translation>
            <numerusform>マニフェストの %n 行が拒否されました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest path(s) are absolute or leave the data root through &quot;..&quot;</source>
        <translation>
            <numerusform>マニフェストのパス %n 件が絶対パスであるか「..」でデータルートの外に出ています</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (%2 行目)</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) appear more than once in the manifest</source>
        <translation>
            <numerusform>マニフェストに複数回現れるパスが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries have no digest, so nobody can check their content</source>
        <translation>%2 件中 %1 件のエントリにダイジェストがないため、内容を誰も確認できません</translation>
    </message>
    <message>
        <source>The manifest states %1 bytes in total, its entries sum to %2</source>
        <translation>マニフェストには合計 %1 バイトと記載されていますが、エントリの合計は %2 です</translation>
    </message>
    <message>
        <source>The manifest states %1 files, it lists %2</source>
        <translation>マニフェストには %1 ファイルと記載されていますが、%2 件が列挙されています</translation>
    </message>
    <message>
        <source>The package states %1 bytes in total, the manifest&apos;s entries sum to %2</source>
        <translation>パッケージには合計 %1 バイトと記載されていますが、マニフェストのエントリの合計は %2 です</translation>
    </message>
    <message>
        <source>The baseline manifest cannot be read: %1</source>
        <translation>ベースラインのマニフェストを読み取れません: %1</translation>
    </message>
    <message>
        <source>The data files are not in the package (no data root): the %1 entries cannot be verified, only listed and compared with the baseline</source>
        <translation>データファイルがパッケージにありません (データルートなし)。%1 件のエントリは検証できず、一覧表示とベースラインとの比較のみ可能です</translation>
    </message>
    <message>
        <source>The data root is not available: the %1 entries were not verified</source>
        <translation>データルートを利用できません。%1 件のエントリは検証されていません</translation>
    </message>
    <message>
        <source>%1 more entries %2</source>
        <translation>ほか %1 件のエントリ %2</translation>
    </message>
    <message>
        <source>%1 is under the data root but not in the manifest</source>
        <translation>%1 はデータルートにありますが、マニフェストにありません</translation>
    </message>
    <message>
        <source>%1 more files under the data root are not in the manifest</source>
        <translation>データルートにある他の %1 ファイルがマニフェストにありません</translation>
    </message>
    <message>
        <source>Artifact %1: %2</source>
        <translation>成果物 %1: %2</translation>
    </message>
    <message>
        <source>Dataset not provided.
</source>
        <translation>データセットは提供されていません。
</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dataset not provided.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;データセットは提供されていません。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1
</source>
        <translation>マニフェストを読み取れません: %1
</translation>
    </message>
    <message>
        <source>&lt;p&gt;The manifest cannot be read: %1&lt;/p&gt;
</source>
        <translation>&lt;p&gt;マニフェストを読み取れません: %1&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Manifest %1 (%2): **%3 files**, %4 bytes%5, %6 with a digest.

</source>
        <translation>マニフェスト %1 (%2): **%3 ファイル**、%4 バイト%5、ダイジェストあり %6。

</translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>、%1 行</translation>
    </message>
    <message>
        <source>&lt;p&gt;Manifest %1 (%2): &lt;b&gt;%3 files&lt;/b&gt;, %4 bytes%5, %6 with a digest.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;マニフェスト %1 (%2): &lt;b&gt;%3 ファイル&lt;/b&gt;、%4 バイト%5、ダイジェストあり %6。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>manifest problem</source>
        <translation>マニフェストの問題</translation>
    </message>
    <message>
        <source>baseline path</source>
        <translation>ベースラインのパス</translation>
    </message>
    <message>
        <source>Against the baseline: %1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.</source>
        <translation>ベースラインとの比較: 追加 %1、削除 %2、変更 %3、名前変更 %4、変更なし %5。</translation>
    </message>
    <message>
        <source>Verification%1: %2 ok, %3 mismatch, %4 missing, %5 unreadable, %6 without digest, %7 unlisted.</source>
        <translation>検証%1: 正常 %2、不一致 %3、欠落 %4、読み取り不可 %5、ダイジェストなし %6、未記載 %7。</translation>
    </message>
    <message>
        <source>The data root is not available: the entries were not verified.</source>
        <translation>データルートを利用できません。エントリは検証されていません。</translation>
    </message>
    <message>
        <source>unlisted file</source>
        <translation>マニフェストにないファイル</translation>
    </message>
    <message>
        <source>an output is not a mapping</source>
        <translation>出力がマッピングではありません</translation>
    </message>
    <message>
        <source>directory md5 &quot;%1&quot; is not 32 hex digits followed by .dir: refused</source>
        <translation>ディレクトリの md5「%1」が 16 進 32 桁 + .dir ではありません: 拒否しました</translation>
    </message>
    <message>
        <source>directory output (md5 %1.dir): its listing is not in the package, so its files cannot be listed or verified one by one</source>
        <translation>ディレクトリ出力 (md5 %1.dir): その一覧がパッケージにないため、ファイルを個別に一覧表示・検証できません</translation>
    </message>
    <message>
        <source>directory listing: %1</source>
        <translation>ディレクトリ一覧: %1</translation>
    </message>
    <message>
        <source>directory listing %1: %2</source>
        <translation>ディレクトリ一覧 %1: %2</translation>
    </message>
    <message>
        <source>directory listing %1</source>
        <translation>ディレクトリ一覧 %1</translation>
    </message>
    <message>
        <source>expected a YAML mapping</source>
        <translation>YAML マッピングが必要です</translation>
    </message>
    <message>
        <source>no &quot;stages&quot; mapping</source>
        <translation>「stages」マッピングがありません</translation>
    </message>
    <message>
        <source>&quot;outs&quot; is not a list</source>
        <translation>「outs」がリストではありません</translation>
    </message>
    <message>
        <source>no &quot;outs&quot; list</source>
        <translation>「outs」リストがありません</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>フォルダーにファイルがありません</translation>
    </message>
    <message>
        <source>not a Git LFS pointer file</source>
        <translation>Git LFS ポインターファイルではありません</translation>
    </message>
    <message>
        <source>a DVC project without dvc.lock or .dvc files: nothing is tracked yet</source>
        <translation>dvc.lock も .dvc ファイルもない DVC プロジェクトです。まだ何も追跡されていません</translation>
    </message>
    <message>
        <source>directory (md5 %1.dir): its listing is not in the DVC cache, so its files cannot be listed or verified one by one</source>
        <translation>ディレクトリ (md5 %1.dir): その一覧が DVC キャッシュにないため、ファイルを個別に一覧表示・検証できません</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>空のパス</translation>
    </message>
    <message>
        <source>absolute path &quot;%1&quot; is not allowed</source>
        <translation>絶対パス「%1」は使用できません</translation>
    </message>
    <message>
        <source>path contains a NUL byte</source>
        <translation>パスに NUL バイトが含まれています</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the data root</source>
        <translation>パス「%1」がデータルートの外に出ています</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>読み取りエラー: %1</translation>
    </message>
    <message>
        <source>%1 is not hexadecimal</source>
        <translation>%1 は 16 進数ではありません</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object, or an incomplete object</source>
        <translation>JSON オブジェクトの後に予期しないテキストがあるか、オブジェクトが不完全です</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>有効な JSON ではありません (%1)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>有効な JSON ではありません</translation>
    </message>
    <message>
        <source>path is not a string</source>
        <translation>パスが文字列ではありません</translation>
    </message>
    <message>
        <source>size is not a non-negative integer</source>
        <translation>サイズが 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 は文字列ではありません</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>JSON オブジェクトの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>missing &quot;path&quot;</source>
        <translation>「path」がありません</translation>
    </message>
    <message>
        <source>missing &quot;size&quot;</source>
        <translation>「size」がありません</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>file too large for its format</source>
        <translation>ファイルがその形式には大きすぎます</translation>
    </message>
    <message>
        <source>not a valid Git LFS pointer</source>
        <translation>有効な Git LFS ポインターではありません</translation>
    </message>
    <message>
        <source>unrecognised manifest format (expected JSON Lines, CSV with a header, dvc.lock, .dvc or Git LFS pointers)</source>
        <translation>認識できないマニフェスト形式です (JSON Lines、ヘッダー付き CSV、dvc.lock、.dvc、Git LFS ポインターのいずれかが必要です)</translation>
    </message>
    <message>
        <source>duplicate path &quot;%1&quot; (first on line %2)</source>
        <translation>パス「%1」が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>%1 / %2 files · %3 / %4 · %5/s</source>
        <translation>%1 / %2 ファイル · %3 / %4 · %5/秒</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · 残り %1 秒</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>size %1, expected %2</source>
        <translation>サイズ %1、期待値 %2</translation>
    </message>
    <message>
        <source>no digest to check</source>
        <translation>確認するダイジェストがありません</translation>
    </message>
    <message>
        <source>md5 of the text with CRLF as LF (DVC 2 rule) agrees</source>
        <translation>CRLF を LF とみなしたテキストの md5 (DVC 2 の規則) が一致します</translation>
    </message>
    <message>
        <source>%1 %2, expected %3</source>
        <translation>%1 %2、期待値 %3</translation>
    </message>
    <message>
        <source>%1 columns; the header has %2</source>
        <translation>%1 列ですが、ヘッダーは %2 列です</translation>
    </message>
    <message>
        <source>md5 has %1 characters; expected 32 hex digits</source>
        <translation>md5 が %1 文字です。16 進 32 桁が必要です</translation>
    </message>
    <message>
        <source>dvc.lock schema %1 is not 2.x; reading it as 2.0</source>
        <translation>dvc.lock のスキーマ %1 は 2.x ではありません。2.0 として読み込みます</translation>
    </message>
    <message>
        <source>line is %1 bytes long; the limit is %2</source>
        <translation>行の長さが %1 バイトです。上限は %2 です</translation>
    </message>
    <message>
        <source>%1 has %2 characters; expected %3 hex digits</source>
        <translation>%1 が %2 文字です。16 進 %3 桁が必要です</translation>
    </message>
</context>
<context>
    <name>mr::DatasetPane</name>
    <message>
        <source>Filter paths</source>
        <translation>パスを絞り込む</translation>
    </message>
    <message>
        <source>Column contains</source>
        <translation>列に含む</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>変更のみ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>未記載</translation>
    </message>
    <message>
        <source>Without digest</source>
        <translation>ダイジェストなし</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Comment on Dataset Entry…</source>
        <translation>データセットのエントリにコメント…</translation>
    </message>
    <message>
        <source>Verify Dataset</source>
        <translation>データセットを検証</translation>
    </message>
    <message>
        <source>Loading… %1 entries</source>
        <translation>読み込み中… %1 件のエントリ</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>パッケージが開かれていません</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Dataset not provided: the package has no manifest</source>
        <translation>データセットは提供されていません: パッケージにマニフェストがありません</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Failed: loading was canceled</source>
        <translation>失敗: 読み込みは中止されました</translation>
    </message>
    <message>
        <source>The manifest lists no files</source>
        <translation>マニフェストにファイルが記載されていません</translation>
    </message>
    <message>
        <source>Indexing and comparing with the baseline…</source>
        <translation>インデックスを作成し、ベースラインと比較しています…</translation>
    </message>
    <message>
        <source>%1 entries loaded</source>
        <translation>%1 件のエントリを読み込みました</translation>
    </message>
    <message>
        <source>The data files are not in the package (no data root): the entries can be listed and compared with the baseline, but not verified. Artifacts can still be verified.</source>
        <translation>データファイルがパッケージにありません (データルートなし)。エントリは一覧表示とベースラインとの比較はできますが、検証はできません。成果物は引き続き検証できます。</translation>
    </message>
    <message>
        <source>The data root %1 is not available: the entries cannot be verified.</source>
        <translation>データルート %1 を利用できません。エントリを検証できません。</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 bytes</source>
        <translation>%1: %2 ファイル、%3 バイト</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… ほか %1 件の問題</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>ベースライン: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows · </source>
        <translation>%2 行中 %1 行を表示 · </translation>
    </message>
    <message>
        <source>%1 files · %2 bytes</source>
        <translation>%1 ファイル · %2 バイト</translation>
    </message>
    <message>
        <source> · %1 rows</source>
        <translation> · %1 行</translation>
    </message>
    <message>
        <source> · %1 without digest</source>
        <translation> · ダイジェストなし %1</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 rows</source>
        <translation>%1: %2 ファイル、%3 行</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>
Against the baseline: %1 added · %2 removed · %3 modified · %4 renamed · %5 unchanged</source>
        <translation>
ベースラインとの比較: 追加 %1 · 削除 %2 · 変更 %3 · 名前変更 %4 · 変更なし %5</translation>
    </message>
    <message>
        <source>
Verification%1: %2 ok · %3 mismatch · %4 missing · %5 unreadable · %6 unlisted</source>
        <translation>
検証%1: 正常 %2 · 不一致 %3 · 欠落 %4 · 読み取り不可 %5 · 未記載 %6</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (未完了)</translation>
    </message>
    <message>
        <source>%1 ok · %2 mismatch · %3 missing · %4 unreadable · %5 unlisted</source>
        <translation>正常 %1 · 不一致 %2 · 欠落 %3 · 読み取り不可 %4 · 未記載 %5</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 of %4</source>
        <translation>%2 ファイル中 %1、%4 中 %3</translation>
    </message>
    <message>
        <source>Canceled at %1%: %2 checked · %3 · Verify again to resume</source>
        <translation>%1% で中止: %2 件確認済み · %3 · 再開するには再度検証してください</translation>
    </message>
    <message>
        <source>Incomplete at %1%: %2 checked · %3</source>
        <translation>%1% で未完了: %2 件確認済み · %3</translation>
    </message>
    <message>
        <source>Verified 100%: %1 files, %2 in %3 s · %4</source>
        <translation>100% 検証済み: %1 ファイル、%2、%3 秒 · %4</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>未記載</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>ダイジェストなし</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>%1 から名前変更</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (%2 行目)</translation>
    </message>
</context>
<context>
    <name>mr::DeskActions</name>
    <message>
        <source>&amp;Comment on the Current Item…</source>
        <translation>現在の項目にコメント(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Next Unresolved Comment</source>
        <translation>次の未解決コメント(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Select an item in a pane to comment on it (lines of a diff, a dataset entry, an environment row or a metric).</source>
        <translation>コメントするには、ペインで項目を選択してください (差分の行、データセットのエントリ、環境の行、メトリクスのいずれか)。</translation>
    </message>
    <message>
        <source>No unresolved comments.</source>
        <translation>未解決のコメントはありません。</translation>
    </message>
    <message>
        <source>Unresolved comment %1 of %2</source>
        <translation>未解決のコメント %1 / %2</translation>
    </message>
    <message>
        <source>Pre&amp;vious Unresolved Comment</source>
        <translation>前の未解決コメント(&amp;V)</translation>
    </message>
</context>
<context>
    <name>mr::DeskLayout</name>
    <message>
        <source>&amp;Focus Pane</source>
        <translation>ペインにフォーカス(&amp;F)</translation>
    </message>
    <message>
        <source>Give the current pane the whole window, or restore the layout (also: double-click a pane&apos;s title)</source>
        <translation>現在のペインをウィンドウ全体に表示するか、レイアウトを元に戻します (ペインのタイトルをダブルクリックしても切り替わります)</translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation>概要を表示(&amp;O)</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトをリセット(&amp;L)</translation>
    </message>
</context>
<context>
    <name>mr::DiffView</name>
    <message numerus="yes">
        <source>%n hidden line(s): click to show more, Shift+click to show all</source>
        <translation>
            <numerusform>非表示の行 %n 行: クリックでさらに表示、Shift+クリックですべて表示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (outdated: the lines changed since the comment)</source>
        <translation>%1 (古い: コメント後に行が変更されました)</translation>
    </message>
    <message numerus="yes">
        <source>⋯  %n hidden line(s): click or Enter to show</source>
        <translation>
            <numerusform>⋯  非表示の行 %n 行: クリックまたは Enter で表示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::Dvc</name>
    <message>
        <source>cannot read the directory listing: %1</source>
        <translation>ディレクトリ一覧を読み取れません: %1</translation>
    </message>
    <message>
        <source>cannot read the directory listing</source>
        <translation>ディレクトリ一覧を読み取れません</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>JSON ではありません: %1</translation>
    </message>
    <message>
        <source>a directory listing must be a JSON array</source>
        <translation>ディレクトリ一覧は JSON 配列である必要があります</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>エントリが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>malformed entry</source>
        <translation>不正なエントリ</translation>
    </message>
    <message>
        <source>an entry lacks relpath or a 32-hex-digit md5</source>
        <translation>エントリに relpath または 16 進 32 桁の md5 がありません</translation>
    </message>
    <message>
        <source>%1 more entries refused</source>
        <translation>ほか %1 件のエントリを拒否しました</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>cannot initialise MD5</source>
        <translation>MD5 を初期化できません</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>読み取りエラー: %1</translation>
    </message>
    <message>
        <source>an entry of %1 is not a mapping</source>
        <translation>%1 のエントリがマッピングではありません</translation>
    </message>
    <message>
        <source>an entry has no &quot;path&quot;</source>
        <translation>エントリに「path」がありません</translation>
    </message>
    <message>
        <source>md5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>md5「%1」が 16 進 32 桁ではありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative integer</source>
        <translation>%1「%2」は 0 以上の整数ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>「%1」はリストではありません</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>no &quot;stages&quot; mapping</source>
        <translation>「stages」マッピングがありません</translation>
    </message>
    <message>
        <source>&quot;stages&quot; is not a mapping</source>
        <translation>「stages」がマッピングではありません</translation>
    </message>
    <message>
        <source>a stage is not a mapping</source>
        <translation>ステージがマッピングではありません</translation>
    </message>
    <message>
        <source>&quot;params&quot; is not a mapping</source>
        <translation>「params」がマッピングではありません</translation>
    </message>
    <message>
        <source>expected a mapping at the top level</source>
        <translation>最上位にマッピングが必要です</translation>
    </message>
    <message>
        <source>larger than 64 MiB; not read</source>
        <translation>64 MiB を超えています。読み込みません</translation>
    </message>
    <message>
        <source>schema %1 is not 2.x; read as 2.0</source>
        <translation>スキーマ %1 は 2.x ではありません。2.0 として読み込みます</translation>
    </message>
</context>
<context>
    <name>mr::Environment</name>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>not a %1 document (no &quot;format&quot;)</source>
        <translation>%1 ドキュメントではありません (「format」がありません)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>package without a name ignored</source>
        <translation>名前のないパッケージを無視しました</translation>
    </message>
    <message>
        <source>entry without a name ignored</source>
        <translation>名前のないエントリを無視しました</translation>
    </message>
    <message>
        <source>The %1 environment (%2) could not be read: %3</source>
        <translation>環境 %1 (%2) を読み取れませんでした: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reading the %1 environment</source>
        <translation>
            <numerusform>環境 %1 の読み取りで %n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an editable install in %2 (%3): its code is a local checkout, not a release.</source>
        <translation>%1 は %2 (%3) で編集可能インストールです。そのコードはリリースではなくローカルのチェックアウトです。</translation>
    </message>
    <message>
        <source>%1 is installed from a local path in %2 (%3) that nobody else has.</source>
        <translation>%1 は %2 (%3) で、他の誰も持っていないローカルパスからインストールされています。</translation>
    </message>
    <message>
        <source>%1 is not pinned in %2 (%3): the installed version can change between installs.</source>
        <translation>%1 は %2 (%3) でバージョンが固定されていません。インストールのたびにバージョンが変わる可能性があります。</translation>
    </message>
    <message>
        <source>Python differs: %1 in %2, %3 in %4.</source>
        <translation>Python が異なります: %2 では %1、%4 では %3。</translation>
    </message>
    <message>
        <source>Python implementation differs: %1 against %2.</source>
        <translation>Python の実装が異なります: %1 と %2。</translation>
    </message>
    <message>
        <source>Operating systems differ: %1 in %2, %3 in %4.</source>
        <translation>OS が異なります: %2 では %1、%4 では %3。</translation>
    </message>
    <message>
        <source>The GPU stack differs</source>
        <translation>GPU スタックが異なります</translation>
    </message>
    <message>
        <source>%1 (%2 → %3 build)</source>
        <translation>%1 (%2 → %3 ビルド)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are older in %1 than in %2</source>
        <translation>
            <numerusform>%1 では %2 より古いパッケージが %n 件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are built for another accelerator in %1 than in %2</source>
        <translation>
            <numerusform>%1 では %2 と異なるアクセラレーター向けにビルドされたパッケージが %n 件あります</numerusform>
        </translation>
    </message>
    <message>
        <source>The code imports %1 (%2:%3), provided by %4, which %5 has and %6 lacks.</source>
        <translation>コードは %1 (%2:%3) をインポートしています。これは %4 が提供し、%5 にはありますが %6 にはありません。</translation>
    </message>
    <message>
        <source>the path is not inside the package</source>
        <translation>パスがパッケージ内にありません</translation>
    </message>
    <message>
        <source>the package has no code section</source>
        <translation>パッケージにコードセクションがありません</translation>
    </message>
    <message>
        <source>No environments in this package.
</source>
        <translation>このパッケージには環境がありません。
</translation>
    </message>
    <message>
        <source>&lt;p&gt;No environments in this package.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;このパッケージには環境がありません。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>Comparing %1.

</source>
        <translation>%1 を比較しています。

</translation>
    </message>
    <message>
        <source>No comparison: an environment of the pair is missing or unreadable.

</source>
        <translation>比較なし: 比較する環境の一方がないか読み取れません。

</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comparison: an environment of the pair is missing or unreadable.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;比較なし: 比較する環境の一方がないか読み取れません。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>No differences in %1 rows.

</source>
        <translation>%1 行に差分はありません。

</translation>
    </message>
    <message>
        <source>&lt;p&gt;No differences in %1 rows.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;%1 行に差分はありません。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>| Item | %1 | %2 | Change | Level |
|---|---|---|---|---|
</source>
        <translation>| 項目 | %1 | %2 | 変更 | レベル |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source>Totals by change: %1.

Totals by level: %2.
</source>
        <translation>変更別の合計: %1。

レベル別の合計: %2。
</translation>
    </message>
    <message>
        <source>&lt;p&gt;Totals by change: %1.&lt;/p&gt;
&lt;p&gt;Totals by level: %2.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;変更別の合計: %1。&lt;/p&gt;
&lt;p&gt;レベル別の合計: %2。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>cannot open the repository %1</source>
        <translation>リポジトリ %1 を開けません</translation>
    </message>
    <message>
        <source>cannot resolve revision %1</source>
        <translation>リビジョン %1 を解決できません</translation>
    </message>
    <message>
        <source>revision %1 has no tree</source>
        <translation>リビジョン %1 にツリーがありません</translation>
    </message>
    <message>
        <source>cannot walk the tree of %1</source>
        <translation>%1 のツリーを走査できません</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 を読み取れません</translation>
    </message>
    <message>
        <source>line of %1 bytes is longer than %2 bytes: ignored</source>
        <translation>%1 バイトの行が %2 バイトを超えています: 無視しました</translation>
    </message>
    <message>
        <source>more lines are not valid UTF-8 (not listed)</source>
        <translation>他にも有効な UTF-8 でない行があります (一覧にはありません)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>remote include not followed: %1</source>
        <translation>リモートのインクルードはたどりません: %1</translation>
    </message>
    <message>
        <source>include points outside the package, not followed: %1</source>
        <translation>インクルードがパッケージの外を指しているため、たどりません: %1</translation>
    </message>
    <message>
        <source>included file not found: %1</source>
        <translation>インクルードされたファイルが見つかりません: %1</translation>
    </message>
    <message>
        <source>include loop, not followed: %1</source>
        <translation>インクルードがループしているため、たどりません: %1</translation>
    </message>
    <message>
        <source>includes nested too deeply, not followed: %1</source>
        <translation>インクルードのネストが深すぎるため、たどりません: %1</translation>
    </message>
    <message>
        <source>FROM line not understood: %1</source>
        <translation>FROM 行を解釈できません: %1</translation>
    </message>
    <message>
        <source>build argument %1 has no default</source>
        <translation>ビルド引数 %1 に既定値がありません</translation>
    </message>
    <message>
        <source>no FROM line</source>
        <translation>FROM 行がありません</translation>
    </message>
    <message>
        <source>-r needs a file</source>
        <translation>-r にはファイルが必要です</translation>
    </message>
    <message>
        <source>-e needs a path or URL</source>
        <translation>-e にはパスまたは URL が必要です</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>不明なオプション %1</translation>
    </message>
    <message>
        <source>cannot tell the package name of %1</source>
        <translation>%1 のパッケージ名を判別できません</translation>
    </message>
    <message>
        <source>not a requirement: %1</source>
        <translation>要件ではありません: %1</translation>
    </message>
    <message>
        <source>constraints file not read as requirements: %1</source>
        <translation>制約ファイルは要件として読み込みません: %1</translation>
    </message>
    <message>
        <source>line ignored: %1</source>
        <translation>行を無視しました: %1</translation>
    </message>
    <message>
        <source>line before @EXPLICIT ignored: %1</source>
        <translation>@EXPLICIT より前の行を無視しました: %1</translation>
    </message>
    <message>
        <source>line ignored: not a conda package URL: %1</source>
        <translation>行を無視しました: conda パッケージの URL ではありません: %1</translation>
    </message>
    <message>
        <source>TOML: %1</source>
        <translation>TOML: %1</translation>
    </message>
    <message>
        <source>no [[package]] entries</source>
        <translation>[[package]] エントリがありません</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>テーブルが必要です</translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top</source>
        <translation>最上位に YAML マッピングが必要です</translation>
    </message>
    <message>
        <source>expected a requirement string</source>
        <translation>要件の文字列が必要です</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>no dependencies list</source>
        <translation>依存関係のリストがありません</translation>
    </message>
    <message>
        <source>unknown dependency group &quot;%1&quot; ignored</source>
        <translation>不明な依存関係グループ「%1」を無視しました</translation>
    </message>
    <message>
        <source>not a conda package spec: %1</source>
        <translation>conda パッケージの指定ではありません: %1</translation>
    </message>
    <message>
        <source>no flavors</source>
        <translation>flavor がありません</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (this version reads %2); read as v1</source>
        <translation>不明な形式「%1」(このバージョンが読めるのは %2)。v1 として読み込みます</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; read as registry</source>
        <translation>不明なソース「%1」。レジストリとして読み込みます</translation>
    </message>
    <message>
        <source>The package names no &quot;%1&quot; environment; development and reference cannot be compared.</source>
        <translation>パッケージに「%1」環境が指定されていないため、開発環境とリファレンス環境を比較できません。</translation>
    </message>
    <message>
        <source>Architectures differ: %1 against %2; native wheels and numerics can differ.</source>
        <translation>アーキテクチャが異なります: %1 と %2。ネイティブの wheel や数値計算の結果が異なる可能性があります。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; or &quot;%3&quot; is not a PEP 440 version; compared as text.</source>
        <translation>%1: 「%2」または「%3」は PEP 440 のバージョンではありません。テキストとして比較しました。</translation>
    </message>
    <message>
        <source>The code imports %1 (%2:%3); no package in %4 or %5 provides it (expected %6).</source>
        <translation>コードは %1 (%2:%3) をインポートしていますが、%4 にも %5 にもそれを提供するパッケージがありません (想定: %6)。</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>有効な UTF-8 ではありません。Latin-1 として読み込みます</translation>
    </message>
    <message>
        <source>file too large (%1 bytes; the limit is %2)</source>
        <translation>ファイルが大きすぎます (%1 バイト、上限 %2)</translation>
    </message>
    <message>
        <source>binary file (NUL byte at offset %1); not read</source>
        <translation>バイナリファイルです (オフセット %1 に NUL バイト)。読み込みません</translation>
    </message>
    <message>
        <source>%1 listed again (first at %2:%3); the first entry is used</source>
        <translation>%1 が再度記載されています (最初は %2:%3)。最初のエントリを使用します</translation>
    </message>
    <message>
        <source>line ignored: not name=version=build: %1</source>
        <translation>行を無視しました: name=version=build ではありません: %1</translation>
    </message>
    <message>
        <source>unknown uv.lock version &quot;%1&quot; (this version reads 1); read as version 1</source>
        <translation>不明な uv.lock のバージョン「%1」(このバージョンが読めるのは 1)。バージョン 1 として読み込みます</translation>
    </message>
    <message>
        <source>unknown poetry.lock lock-version &quot;%1&quot; (this version reads %2); read as 2.0</source>
        <translation>不明な poetry.lock の lock-version「%1」(このバージョンが読めるのは %2)。2.0 として読み込みます</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Python バージョン</translation>
    </message>
    <message>
        <source>Python implementation</source>
        <translation>Python 実装</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>cuDNN</source>
        <translation>cuDNN</translation>
    </message>
    <message>
        <source>GPU driver</source>
        <translation>GPU ドライバー</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>ベースイメージ</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed one by one</source>
        <translation>
            <numerusform>ほかに %n 件の問題があります(個別には表示していません)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentComparisonModel</name>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>開発</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>リファレンス</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentMatrixModel</name>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentPane</name>
    <message>
        <source>= unchanged</source>
        <translation>= 変更なし</translation>
    </message>
    <message>
        <source>↑ upgraded</source>
        <translation>↑ アップグレード</translation>
    </message>
    <message>
        <source>↓ downgraded</source>
        <translation>↓ ダウングレード</translation>
    </message>
    <message>
        <source>− only in development</source>
        <translation>− 開発のみ</translation>
    </message>
    <message>
        <source>+ only in reference</source>
        <translation>+ リファレンスのみ</translation>
    </message>
    <message>
        <source>~ unpinned</source>
        <translation>~ 未固定</translation>
    </message>
    <message>
        <source>≠ incomparable</source>
        <translation>≠ 比較不能</translation>
    </message>
    <message>
        <source> (CalVer)</source>
        <translation> (CalVer)</translation>
    </message>
    <message>
        <source>Not a PEP 440 version: compared as text.</source>
        <translation>PEP 440 のバージョンではありません: テキストとして比較しました。</translation>
    </message>
    <message>
        <source>CalVer: classified by position (year, month, ...).</source>
        <translation>CalVer: 位置で分類しました (年、月、...)。</translation>
    </message>
    <message>
        <source>%1 comment(s)%2</source>
        <translation>コメント %1 件%2</translation>
    </message>
    <message>
        <source>, blocker</source>
        <translation>、ブロッカー</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>レベル %1</translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation>パッケージが開かれていません。</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>入れ替え</translation>
    </message>
    <message>
        <source>Swap the two environments</source>
        <translation>2 つの環境を入れ替えます</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>against</source>
        <translation>対</translation>
    </message>
    <message>
        <source>Filter by name or version</source>
        <translation>名前またはバージョンで絞り込む</translation>
    </message>
    <message>
        <source>C&amp;hanged only</source>
        <translation>変更のみ(&amp;H)</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>コメント(&amp;M)…</translation>
    </message>
    <message>
        <source>Comment on the selected row</source>
        <translation>選択した行にコメントします</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>すべての環境</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Comment on %1…</source>
        <translation>%1 にコメント…</translation>
    </message>
    <message>
        <source>This package has no environments section.</source>
        <translation>このパッケージには環境セクションがありません。</translation>
    </message>
    <message>
        <source>Reading environments…</source>
        <translation>環境を読み込み中…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>The package names fewer than two environments: nothing to compare.</source>
        <translation>パッケージに指定された環境が 2 つ未満のため、比較するものがありません。</translation>
    </message>
    <message>
        <source>An environment of this pair could not be read: see Files.</source>
        <translation>この組の環境の一方を読み取れませんでした: 「ファイル」を参照してください。</translation>
    </message>
    <message>
        <source>%L1 rows, %L2 unchanged%3</source>
        <translation>%L1 行、変更なし %L2%3</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %L4 packages%5</source>
        <translation>%1: %2 (%3)、%L4 パッケージ%5</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source> — could not be read</source>
        <translation> — 読み取れませんでした</translation>
    </message>
    <message>
        <source>read without problems</source>
        <translation>問題なく読み込みました</translation>
    </message>
    <message>
        <source>Code imports (%1): %L2 third-party modules in %L3 files</source>
        <translation>コードのインポート (%1): %L3 ファイルにサードパーティのモジュール %L2 個</translation>
    </message>
    <message>
        <source>Code imports not checked: %1</source>
        <translation>コードのインポートは未確認: %1</translation>
    </message>
    <message>
        <source>Files (%1 problems)</source>
        <translation>ファイル (問題 %1 件)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <source>major</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>only in development</source>
        <translation>開発のみ</translation>
    </message>
    <message>
        <source>only in reference</source>
        <translation>リファレンスのみ</translation>
    </message>
    <message>
        <source>unpinned</source>
        <translation>未固定</translation>
    </message>
    <message>
        <source>incomparable</source>
        <translation>比較不能</translation>
    </message>
</context>
<context>
    <name>mr::FindingItemsDialog</name>
    <message>
        <source>Finding Items</source>
        <translation>指摘の項目</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n item(s). Double-click one to go to it.</source>
        <translation>
            <numerusform>%1 (%2): %n 項目。ダブルクリックでその場所に移動します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n more not listed.</source>
        <translation>
            <numerusform> ほか %n 件は一覧にありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::Findings</name>
    <message>
        <source>built-in defaults</source>
        <translation>組み込みの既定値</translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation>%1 (sha256 %2)</translation>
    </message>
    <message>
        <source>expected &quot;modelreview.policy/v1&quot;</source>
        <translation>「modelreview.policy/v1」が必要です</translation>
    </message>
    <message>
        <source>expected an array of package names, found a %1</source>
        <translation>パッケージ名の配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a package name, found %1</source>
        <translation>パッケージ名が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>unknown key (expected format, rules, critical_packages, submit_requirements)</source>
        <translation>不明なキー (format、rules、critical_packages、submit_requirements のいずれかが必要です)</translation>
    </message>
    <message>
        <source>unknown rule id (docs/findings.md lists them)</source>
        <translation>不明なルール ID (一覧は docs/findings.md にあります)</translation>
    </message>
    <message>
        <source>expected &quot;error&quot;, &quot;warning&quot;, &quot;info&quot; or &quot;off&quot;, found %1</source>
        <translation>「error」「warning」「info」「off」のいずれかが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a JSON object, found a %1</source>
        <translation>JSON オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object of rule id to severity, found a %1</source>
        <translation>ルール ID から重大度へのオブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a table of rule id to severity</source>
        <translation>ルール ID から重大度へのテーブルが必要です</translation>
    </message>
    <message>
        <source>cannot read the policy file: %1</source>
        <translation>ポリシーファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>the policy file is larger than 1 MiB</source>
        <translation>ポリシーファイルが 1 MiB を超えています</translation>
    </message>
    <message>
        <source>no such policy file</source>
        <translation>そのようなポリシーファイルはありません</translation>
    </message>
    <message>
        <source>both %1 and %2 exist: keep one</source>
        <translation>%1 と %2 の両方があります: どちらか 1 つにしてください</translation>
    </message>
    <message>
        <source>expected an array, found a %1</source>
        <translation>配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object, found a %1</source>
        <translation>オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>空でない文字列が必要です</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>expected an array of item keys</source>
        <translation>項目キーの配列が必要です</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is not provided: %2.</source>
        <translation>セクション「%1」は提供されていません: %2。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;: %2</source>
        <translation>セクション「%1」: %2</translation>
    </message>
    <message>
        <source>Keys this version does not know (kept): %1</source>
        <translation>このバージョンが認識しないキー (保持しました): %1</translation>
    </message>
    <message>
        <source>Packed from a working copy with uncommitted changes to %1 tracked file(s) (%2): what was run may not be what the code shows.</source>
        <translation>追跡対象のファイル %1 件に未コミットの変更がある作業コピーからパックされました (%2)。実行された内容はコードの内容と異なる可能性があります。</translation>
    </message>
    <message>
        <source>The data root %1 lies outside the package: the package alone does not carry its data.</source>
        <translation>データルート %1 はパッケージの外にあります。パッケージだけではデータを含みません。</translation>
    </message>
    <message>
        <source>The package digest cannot be computed (%1): a decision cannot be bound to this package.</source>
        <translation>パッケージのダイジェストを計算できません (%1)。判定をこのパッケージに結び付けることができません。</translation>
    </message>
    <message>
        <source>the code cannot be reviewed or rebuilt by anyone else</source>
        <translation>他の誰もコードをレビューまたは再ビルドできません</translation>
    </message>
    <message>
        <source>nobody can check which data trained the model</source>
        <translation>どのデータでモデルが学習されたかを誰も確認できません</translation>
    </message>
    <message>
        <source>nobody can tell whether production matches the training machine</source>
        <translation>本番環境が学習マシンと一致するかを誰も判断できません</translation>
    </message>
    <message>
        <source>the claimed metrics cannot be compared with a rerun</source>
        <translation>申告されたメトリクスを再実行と比較できません</translation>
    </message>
    <message>
        <source>the model artifact cannot be verified</source>
        <translation>モデルの成果物を検証できません</translation>
    </message>
    <message numerus="yes">
        <source>%n critical package(s) differ by a major version between %1 and %2</source>
        <translation>
            <numerusform>%1 と %2 でメジャーバージョンが異なる重要パッケージが %n 件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) differ by a major version between %1 and %2</source>
        <translation>
            <numerusform>%1 と %2 でメジャーバージョンが異なるパッケージが %n 件あります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (承認済み)</translation>
    </message>
    <message>
        <source>%1 (reopened)</source>
        <translation>%1 (再オープン)</translation>
    </message>
    <message>
        <source>%1 — accepted by %2: %3</source>
        <translation>%1 — %2 が承認: %3</translation>
    </message>
    <message>
        <source>%1 — its items changed since %2 accepted it (%3)</source>
        <translation>%1 — %2 が承認した後に項目が変更されました (%3)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Reopened; was accepted</source>
        <translation>再オープン (承認済みでした)</translation>
    </message>
    <message>
        <source> by %1 on %2: %3</source>
        <translation> %1、%2: %3</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>ペイン</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
</context>
<context>
    <name>mr::FindingsPolicy</name>
    <message>
        <source>built-in defaults (malformed policy: %1)</source>
        <translation>組み込みの既定値 (不正なポリシー: %1)</translation>
    </message>
    <message>
        <source>Accept Finding</source>
        <translation>指摘を承認</translation>
    </message>
    <message>
        <source>Why is this finding acceptable? It stays listed as accepted, with your reason and name, until its items change.

%1</source>
        <translation>この指摘を許容できる理由は何ですか? 項目が変更されるまで、あなたの理由と名前とともに承認済みとして表示されます。

%1</translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation>%1 を承認しました。</translation>
    </message>
</context>
<context>
    <name>mr::Importers</name>
    <message>
        <source>%1 records stage &quot;%2&quot;, which dvc.yaml no longer has: its outputs may be left over from an old pipeline.</source>
        <translation>%1 にはステージ「%2」が記録されていますが、dvc.yaml にはもうありません。その出力は古いパイプラインの残りかもしれません。</translation>
    </message>
    <message>
        <source>%1 defines stage &quot;%2&quot;, which dvc.lock does not record: it has not been run (dvc repro) since it was added.</source>
        <translation>%1 はステージ「%2」を定義していますが、dvc.lock には記録されていません。追加後に実行 (dvc repro) されていません。</translation>
    </message>
    <message>
        <source>dvc.lock records params from %1, which is missing.</source>
        <translation>dvc.lock には %1 のパラメーターが記録されていますが、そのファイルがありません。</translation>
    </message>
    <message>
        <source>dvc.lock stage &quot;%1&quot; ran with %2 = %3, which %4 no longer has.</source>
        <translation>dvc.lock のステージ「%1」は %2 = %3 で実行されましたが、%4 にはもうありません。</translation>
    </message>
    <message>
        <source>dvc.lock stage &quot;%1&quot; ran with %2 = %3, but %4 now says %5: the outputs are not from the current parameters.</source>
        <translation>dvc.lock のステージ「%1」は %2 = %3 で実行されましたが、%4 では現在 %5 です。出力は現在のパラメーターによるものではありません。</translation>
    </message>
    <message>
        <source>DVC 2 and 3 hashes</source>
        <translation>DVC 2 と 3 のハッシュ</translation>
    </message>
    <message>
        <source>DVC 3</source>
        <translation>DVC 3</translation>
    </message>
    <message>
        <source>DVC 2</source>
        <translation>DVC 2</translation>
    </message>
    <message>
        <source>no hashes yet</source>
        <translation>ハッシュはまだありません</translation>
    </message>
    <message>
        <source>dvc.yaml names the metrics file %1, which is not in the working copy (run dvc pull or dvc repro).</source>
        <translation>dvc.yaml はメトリクスファイル %1 を指定していますが、作業コピーにありません (dvc pull または dvc repro を実行してください)。</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>shorter than a safetensors header</source>
        <translation>safetensors ヘッダーより短いです</translation>
    </message>
    <message>
        <source>header length %1 is not plausible for a file of %2 bytes</source>
        <translation>ヘッダー長 %1 は %2 バイトのファイルとしては不自然です</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>ヘッダーが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: 読み込んでいません</translation>
    </message>
    <message>
        <source>Hugging Face model repository %1%2</source>
        <translation>Hugging Face モデルリポジトリ %1%2</translation>
    </message>
    <message>
        <source>%1 is a Git LFS pointer, not the weights: run git lfs pull to review or verify them.</source>
        <translation>%1 は重みではなく Git LFS ポインターです。レビューまたは検証するには git lfs pull を実行してください。</translation>
    </message>
    <message>
        <source>config.json says %1 %2, but the tensors in %3 are %4.</source>
        <translation>config.json では %1 %2 ですが、%3 のテンソルは %4 です。</translation>
    </message>
    <message>
        <source>config.json has eos_token_id %1, but generation_config.json has %2: generation may not stop where the model was trained to.</source>
        <translation>config.json の eos_token_id は %1 ですが、generation_config.json では %2 です。生成がモデルの学習どおりに終了しない可能性があります。</translation>
    </message>
    <message>
        <source>%1 names the shard %2, which is missing.</source>
        <translation>%1 はシャード %2 を指定していますが、見つかりません。</translation>
    </message>
    <message>
        <source>config.json has %1 id2label entries but num_labels %2.</source>
        <translation>config.json の id2label エントリは %1 件ですが、num_labels は %2 です。</translation>
    </message>
    <message>
        <source>config.json has %1 id2label entries, but README.md names %2 labels.</source>
        <translation>config.json の id2label エントリは %1 件ですが、README.md のラベルは %2 個です。</translation>
    </message>
    <message>
        <source>%1 reports %2 = %3, which README.md&apos;s model-index does not list.</source>
        <translation>%1 は %2 = %3 を報告していますが、README.md の model-index にはありません。</translation>
    </message>
    <message>
        <source>%1 reports %2 = %3, but README.md&apos;s model-index says %4.</source>
        <translation>%1 は %2 = %3 を報告していますが、README.md の model-index では %4 です。</translation>
    </message>
    <message>
        <source>%1 records commit %2, but no git repository holds %3 (%4): the code cannot be reviewed.</source>
        <translation>%1 にはコミット %2 が記録されていますが、%3 を含む Git リポジトリがありません (%4)。コードをレビューできません。</translation>
    </message>
    <message>
        <source>%1 records commit %2, which the repository %3 does not hold (%4): the code cannot be reviewed.</source>
        <translation>%1 にはコミット %2 が記録されていますが、リポジトリ %3 にはありません (%4)。コードをレビューできません。</translation>
    </message>
    <message>
        <source>revision not found in %1: %2</source>
        <translation>%1 にリビジョンが見つかりません: %2</translation>
    </message>
    <message>
        <source>Head %1 is the repository&apos;s first commit: there is no parent to compare with (set a base with --base).</source>
        <translation>head %1 はリポジトリの最初のコミットです。比較する親がありません (--base で base を指定してください)。</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>an MLflow store with %n run(s): open one run folder (mlruns/&lt;experiment&gt;/&lt;run&gt;)</source>
        <translation>
            <numerusform>%n 件の run を含む MLflow ストアです。run のフォルダーを 1 つ開いてください (mlruns/&lt;experiment&gt;/&lt;run&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a model package: no %1, and not an MLflow model or run, a DVC project or a Hugging Face model repository</source>
        <translation>モデルパッケージではありません: %1 がなく、MLflow のモデルや run、DVC プロジェクト、Hugging Face モデルリポジトリでもありません</translation>
    </message>
    <message>
        <source>MLflow model %1 (%2%3)</source>
        <translation>MLflow モデル %1 (%2%3)</translation>
    </message>
    <message>
        <source>MLflow run %1… (%2) in experiment %3%4</source>
        <translation>MLflow run %1… (%2)、実験 %3%4</translation>
    </message>
    <message>
        <source>meta.yaml: the run&apos;s status is %1, not FINISHED.</source>
        <translation>meta.yaml: run の状態が FINISHED ではなく %1 です。</translation>
    </message>
    <message>
        <source>Dataset input %1 (digest %2, source %3) cannot be checked against files: MLflow computes its digest from the loaded data, not from files.</source>
        <translation>データセット入力 %1 (ダイジェスト %2、ソース %3) はファイルと照合できません。MLflow はダイジェストをファイルではなく読み込んだデータから計算します。</translation>
    </message>
    <message>
        <source>no &quot;flavors&quot; mapping</source>
        <translation>「flavors」マッピングがありません</translation>
    </message>
    <message>
        <source>%1 names the environment file %2, which is missing.</source>
        <translation>%1 は環境ファイル %2 を指定していますが、見つかりません。</translation>
    </message>
    <message>
        <source>%1 records python_version %2, but %3 pins Python %4%5.</source>
        <translation>%1 には python_version %2 が記録されていますが、%3 では Python %4 に固定されています%5。</translation>
    </message>
    <message>
        <source>: the model was written by one Python and will be loaded by another</source>
        <translation>。モデルを書き出した Python と読み込む Python が異なります</translation>
    </message>
    <message>
        <source>%1 records %2 %3, but %4 pins %5 %6.</source>
        <translation>%1 には %2 %3 が記録されていますが、%4 では %5 %6 に固定されています。</translation>
    </message>
    <message>
        <source>DVC project %1 (%2; %3 locked stage(s), %4 .dvc file(s))</source>
        <translation>DVC プロジェクト %1 (%2、ロック済みステージ %3、.dvc ファイル %4)</translation>
    </message>
    <message>
        <source>larger than %1 MiB; not read</source>
        <translation>%1 MiB を超えています。読み込みません</translation>
    </message>
</context>
<context>
    <name>mr::Interdiff</name>
    <message>
        <source>no package</source>
        <translation>パッケージなし</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>コミット %1 を読み取れません</translation>
    </message>
    <message>
        <source>cannot compare the previous and this revision</source>
        <translation>以前のリビジョンとこのリビジョンを比較できません</translation>
    </message>
    <message>
        <source>rename detection failed</source>
        <translation>名前変更の検出に失敗しました</translation>
    </message>
    <message>
        <source>cannot compare %1</source>
        <translation>%1 を比較できません</translation>
    </message>
    <message>
        <source>cannot count the lines of %1</source>
        <translation>%1 の行数を数えられません</translation>
    </message>
    <message>
        <source>cannot read a hunk of %1</source>
        <translation>%1 のハンクを読み取れません</translation>
    </message>
    <message>
        <source>The previous code repository cannot be opened (%1).</source>
        <translation>以前のコードリポジトリを開けません (%1)。</translation>
    </message>
    <message>
        <source>The code repository cannot be opened (%1).</source>
        <translation>コードリポジトリを開けません (%1)。</translation>
    </message>
    <message>
        <source>cannot read the object database</source>
        <translation>オブジェクトデータベースを読み取れません</translation>
    </message>
    <message>
        <source>cannot read the previous repository&apos;s objects</source>
        <translation>以前のリポジトリのオブジェクトを読み取れません</translation>
    </message>
    <message>
        <source>A package has no usable code section.</source>
        <translation>パッケージに使用可能なコードセクションがありません。</translation>
    </message>
    <message>
        <source>bad blob id %1</source>
        <translation>不正な blob ID %1</translation>
    </message>
    <message>
        <source>No difference in content.</source>
        <translation>内容に差分はありません。</translation>
    </message>
    <message>
        <source>cannot print the diff of %1</source>
        <translation>%1 の差分を出力できません</translation>
    </message>
    <message>
        <source>A code section is invalid.</source>
        <translation>コードセクションが無効です。</translation>
    </message>
    <message>
        <source>The previous head: %1</source>
        <translation>以前の head: %1</translation>
    </message>
    <message>
        <source>The previous base: %1</source>
        <translation>以前の base: %1</translation>
    </message>
    <message>
        <source>The head: %1</source>
        <translation>head: %1</translation>
    </message>
    <message>
        <source>The base: %1</source>
        <translation>base: %1</translation>
    </message>
    <message>
        <source>
… and %1 more.
</source>
        <translation>
… ほか %1 件。
</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>比較していません: %1</translation>
    </message>
    <message>
        <source>Neither version provides this section.</source>
        <translation>どちらのバージョンもこのセクションを提供していません。</translation>
    </message>
    <message>
        <source>The previous version did not provide this section.</source>
        <translation>以前のバージョンはこのセクションを提供していませんでした。</translation>
    </message>
    <message>
        <source>This version no longer provides this section.</source>
        <translation>このバージョンはこのセクションを提供しなくなりました。</translation>
    </message>
    <message>
        <source>Since the previous review</source>
        <translation>前回のレビュー以降</translation>
    </message>
    <message>
        <source>Compared with %1 %2.</source>
        <translation>%1 %2 と比較しました。</translation>
    </message>
    <message>
        <source>No difference in model-package.json.</source>
        <translation>model-package.json に差分はありません。</translation>
    </message>
    <message>
        <source>Head %1 → %2: %3 file(s) changed, +%4 −%5. %6</source>
        <translation>head %1 → %2: %3 ファイル変更、+%4 −%5。%6</translation>
    </message>
    <message>
        <source>The base changed (%1 → %2).</source>
        <translation>base が変更されました (%1 → %2)。</translation>
    </message>
    <message>
        <source>The base is unchanged.</source>
        <translation>base は変更されていません。</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.</source>
        <translation>追加 %1、削除 %2、変更 %3、名前変更 %4、変更なし %5。</translation>
    </message>
    <message>
        <source>Previous path</source>
        <translation>以前のパス</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>差分はありません。</translation>
    </message>
    <message>
        <source>(environment %1)</source>
        <translation>(環境 %1)</translation>
    </message>
</context>
<context>
    <name>mr::InterdiffModel</name>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Neither version provides this section.</source>
        <translation>どちらのバージョンもこのセクションを提供していません。</translation>
    </message>
    <message>
        <source>The previous version did not provide this section.</source>
        <translation>以前のバージョンはこのセクションを提供していませんでした。</translation>
    </message>
    <message>
        <source>This version no longer provides this section.</source>
        <translation>このバージョンはこのセクションを提供しなくなりました。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <source>%L1 file(s) changed since %2, +%L3 −%L4; %5</source>
        <translation>%2 以降 %L1 ファイル変更、+%L3 −%L4、%5</translation>
    </message>
    <message>
        <source>the base changed.</source>
        <translation>base が変更されました。</translation>
    </message>
    <message>
        <source>the base is unchanged.</source>
        <translation>base は変更されていません。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>エントリ</translation>
    </message>
    <message>
        <source>Previous path</source>
        <translation>以前のパス</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified, %4 renamed since %5.</source>
        <translation>%5 以降: 追加 %1、削除 %2、変更 %3、名前変更 %4。</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>(whole environment)</source>
        <translation>(環境全体)</translation>
    </message>
    <message>
        <source>%L1 environment change(s) since %2.</source>
        <translation>%2 以降の環境の変更 %L1 件。</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申告値</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%L1 metric(s) changed since %2.</source>
        <translation>%2 以降に変更されたメトリクス %L1 件。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>%1 field(s) of model-package.json changed since %2.</source>
        <translation>%2 以降に変更された model-package.json のフィールド %1 件。</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>差分はありません。</translation>
    </message>
</context>
<context>
    <name>mr::Labels</name>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>アップグレード</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>ダウングレード</translation>
    </message>
    <message>
        <source>Only in development</source>
        <translation>開発のみ</translation>
    </message>
    <message>
        <source>Only in reference</source>
        <translation>リファレンスのみ</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>未固定</translation>
    </message>
    <message>
        <source>Incomparable</source>
        <translation>比較不能</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>ローカル</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>パッチ</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>マイナー</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>メジャー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>名前変更</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Typechange</source>
        <translation>種類の変更</translation>
    </message>
    <message>
        <source>Modechange</source>
        <translation>モードの変更</translation>
    </message>
    <message>
        <source>Submodule</source>
        <translation>サブモジュール</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>No hash</source>
        <translation>ハッシュなし</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <source>Better than claimed</source>
        <translation>申告値より良い</translation>
    </message>
    <message>
        <source>Worse than claimed</source>
        <translation>申告値より悪い</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>Missing in rerun</source>
        <translation>再実行に欠落</translation>
    </message>
    <message>
        <source>Missing in claim</source>
        <translation>申告に欠落</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <source>better than claimed</source>
        <translation>申告値より良い</translation>
    </message>
    <message>
        <source>worse than claimed</source>
        <translation>申告値より悪い</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>missing in rerun</source>
        <translation>再実行に欠落</translation>
    </message>
    <message>
        <source>missing in claim</source>
        <translation>申告に欠落</translation>
    </message>
</context>
<context>
    <name>mr::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Package…</source>
        <translation>パッケージを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったパッケージ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close Package</source>
        <translation>パッケージを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>ModelReview</source>
        <translation>ModelReview</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation>ダイジェスト %1</translation>
    </message>
    <message>
        <source>Digest failed: %1</source>
        <translation>ダイジェストの計算に失敗しました: %1</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>フォルダーを開く(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a Package, MLflow Model or Run, DVC Project or Hugging Face Repository</source>
        <translation>パッケージ、MLflow のモデルまたは run、DVC プロジェクト、Hugging Face リポジトリを開きます</translation>
    </message>
    <message>
        <source>&amp;New Package from Working Copy…</source>
        <translation>作業コピーから新しいパッケージ(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;Example Package</source>
        <translation>サンプルパッケージを開く(&amp;E)</translation>
    </message>
    <message>
        <source>Add Rerun Results</source>
        <translation>再実行の結果を追加</translation>
    </message>
    <message>
        <source>Results (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation>結果 (*.json *.yaml *.yml *.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save Review &amp;As…</source>
        <translation>名前を付けてレビューを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>レビュー(&amp;R)</translation>
    </message>
    <message>
        <source>Comment on the &amp;Package…</source>
        <translation>パッケージにコメント(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>移動(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;About ModelReview</source>
        <translation>ModelReview について(&amp;A)</translation>
    </message>
    <message>
        <source>About ModelReview</source>
        <translation>ModelReview について</translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelReview %1&lt;/b&gt;&lt;p&gt;Review machine-learning model packages before release: code, data, environments and results.&lt;/p&gt;&lt;p&gt;Licensed under Apache-2.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ModelReview %1&lt;/b&gt;&lt;p&gt;機械学習モデルのパッケージをリリース前にレビューします: コード、データ、環境、結果。&lt;/p&gt;&lt;p&gt;Apache-2.0 ライセンスで提供されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>パッケージを開く</translation>
    </message>
    <message>
        <source>Model packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst)</source>
        <translation>モデルパッケージ (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst)</translation>
    </message>
    <message>
        <source>MLflow models (MLmodel)</source>
        <translation>MLflow モデル (MLmodel)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No example package is installed with this build.</source>
        <translation>このビルドにはサンプルパッケージが含まれていません。</translation>
    </message>
    <message>
        <source>%1 %2 — ModelReview</source>
        <translation>%1 %2 — ModelReview</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message numerus="yes">
        <source>The package opened with %n problem(s); the sections concerned are incomplete:
%1</source>
        <translation>
            <numerusform>パッケージを開きましたが、%n 件の問題があります。該当するセクションは不完全です:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The findings policy is malformed; the built-in policy applies: %1</source>
        <translation>指摘ポリシーが不正なため、組み込みのポリシーを適用します: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Could not open the package: %1</source>
        <translation>パッケージを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>メニューをクリア</translation>
    </message>
    <message>
        <source>Add Rerun Res&amp;ults…</source>
        <translation>再実行の結果を追加(&amp;U)…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>レポートをエクスポート(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>mr::MlrunsDialog</name>
    <message>
        <source>Choose an MLflow Run</source>
        <translation>MLflow の run を選択</translation>
    </message>
    <message numerus="yes">
        <source>%1 is an MLflow store with %n run(s). Choose the run to review:</source>
        <translation>
            <numerusform>%1 は %n 件の run を含む MLflow ストアです。レビューする run を選択してください:</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment / run</source>
        <translation>実験 / run</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>run ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前なし)</translation>
    </message>
</context>
<context>
    <name>mr::OverviewPane</name>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成:</translation>
    </message>
    <message>
        <source>Submitter:</source>
        <translation>提出者:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース:</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>ダイジェスト:</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>パッケージが開かれていません</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Show Items (%L1)…</source>
        <translation>項目を表示 (%L1)…</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>%1 が承認: %2</translation>
    </message>
    <message>
        <source>Accept Finding…</source>
        <translation>指摘を承認…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>%1 (archive, unpacked to a private folder)</source>
        <translation>%1 (アーカイブ、専用フォルダーに展開)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>提供なし</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>エラー %n 件: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1 (ベースライン %2)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%L1 claimed, %L2 rerun file(s); %L3 metric spec(s)</source>
        <translation>申告 %L1、再実行ファイル %L2、メトリクス定義 %L3</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>%1
%L2 files, %3</source>
        <translation>%1
%L2 ファイル、%3</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>Findings: %L1 error(s), %L2 warning(s), %L3 info</source>
        <translation>指摘: エラー %L1、警告 %L2、情報 %L3</translation>
    </message>
    <message numerus="yes">
        <source>; %n accepted</source>
        <translation>
            <numerusform>、承認済み %n</numerusform>
        </translation>
    </message>
    <message>
        <source> · policy: %1</source>
        <translation> · ポリシー: %1</translation>
    </message>
</context>
<context>
    <name>mr::Pack</name>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: メモリ不足</translation>
    </message>
    <message>
        <source>%1: not an archive</source>
        <translation>%1: アーカイブではありません</translation>
    </message>
    <message>
        <source>cannot set up the archive</source>
        <translation>アーカイブを準備できません</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: 作成できません: %2</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>作成できません</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>書き込めません</translation>
    </message>
    <message>
        <source>cannot finish</source>
        <translation>完了できません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>DVC output %1: no size known (not in the working copy): left out</source>
        <translation>DVC 出力 %1: サイズ不明 (作業コピーにありません): 除外しました</translation>
    </message>
    <message>
        <source>DVC metrics: %1</source>
        <translation>DVC メトリクス: %1</translation>
    </message>
    <message>
        <source>DVC metrics: %1 (DVC output, from the working copy)</source>
        <translation>DVC メトリクス: %1 (DVC 出力、作業コピーから)</translation>
    </message>
    <message>
        <source>DVC metrics file %1 is a DVC output, not in git: taken from the working copy</source>
        <translation>DVC メトリクスファイル %1 は Git にない DVC 出力です: 作業コピーから取得しました</translation>
    </message>
    <message>
        <source>DVC metrics file %1 is neither committed nor in the working copy: left out</source>
        <translation>DVC メトリクスファイル %1 はコミットされておらず、作業コピーにもありません: 除外しました</translation>
    </message>
    <message>
        <source>%1 is not in a git working copy</source>
        <translation>%1 は Git の作業コピー内にありません</translation>
    </message>
    <message>
        <source>cannot read the working copy&apos;s status</source>
        <translation>作業コピーの状態を読み取れません</translation>
    </message>
    <message>
        <source>cannot list the files of the head commit</source>
        <translation>head コミットのファイルを一覧できません</translation>
    </message>
    <message>
        <source>base and head must be commit ids</source>
        <translation>base と head はコミット ID である必要があります</translation>
    </message>
    <message>
        <source>cannot create the repository %1</source>
        <translation>リポジトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot start a pack</source>
        <translation>pack を開始できません</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>履歴を走査できません</translation>
    </message>
    <message>
        <source>cannot walk from %1</source>
        <translation>%1 から走査できません</translation>
    </message>
    <message>
        <source>cannot collect the objects of the history</source>
        <translation>履歴のオブジェクトを収集できません</translation>
    </message>
    <message>
        <source>cannot write the pack</source>
        <translation>pack を書き込めません</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: &quot;%2&quot; is neither higher nor lower</source>
        <translation>メトリクス定義「%1」: 「%2」は higher でも lower でもありません</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>no output given (-o OUT)</source>
        <translation>出力が指定されていません (-o OUT)</translation>
    </message>
    <message>
        <source>--data and --manifest exclude each other</source>
        <translation>--data と --manifest は同時に指定できません</translation>
    </message>
    <message>
        <source>%1 lies inside the working copy %2: pack never writes into the source</source>
        <translation>%1 は作業コピー %2 の中にあります: pack はソースに書き込みません</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: フォルダー %2 は存在しません</translation>
    </message>
    <message>
        <source>head has no parent: base is head itself (no code difference to review)</source>
        <translation>head に親がありません: base が head 自身です (レビューするコードの差分がありません)</translation>
    </message>
    <message>
        <source>uncommitted changes to tracked files (commit them, or pass --allow-dirty):
  %1</source>
        <translation>追跡対象ファイルに未コミットの変更があります (コミットするか --allow-dirty を指定してください):
  %1</translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation>%1: 読み取り可能なフォルダーではありません</translation>
    </message>
    <message>
        <source>%1: not a regular file: left out</source>
        <translation>%1: 通常のファイルではありません: 除外しました</translation>
    </message>
    <message>
        <source>%1: cannot read it</source>
        <translation>%1: 読み取れません</translation>
    </message>
    <message>
        <source>two --data folders both hold %1</source>
        <translation>2 つの --data フォルダーの両方に %1 があります</translation>
    </message>
    <message numerus="yes">
        <source>dataset: %n file(s), %1 bytes from --data (copied, SHA-256 manifest)</source>
        <translation>
            <numerusform>データセット: --data から %n ファイル、%1 バイト (コピー、SHA-256 マニフェスト)</numerusform>
        </translation>
    </message>
    <message>
        <source>--manifest %1</source>
        <translation>--manifest %1</translation>
    </message>
    <message>
        <source>DVC outputs (dvc.lock, *.dvc) of the head commit</source>
        <translation>head コミットの DVC 出力 (dvc.lock、*.dvc)</translation>
    </message>
    <message numerus="yes">
        <source>dataset: %n DVC output file(s), referenced by hash (not copied)</source>
        <translation>
            <numerusform>データセット: DVC 出力ファイル %n 件、ハッシュで参照 (コピーなし)</numerusform>
        </translation>
    </message>
    <message>
        <source>capture-env of this machine</source>
        <translation>このマシンの capture-env</translation>
    </message>
    <message>
        <source>--env %1</source>
        <translation>--env %1</translation>
    </message>
    <message>
        <source>repository: %1</source>
        <translation>リポジトリ: %1</translation>
    </message>
    <message>
        <source>MLflow run %1</source>
        <translation>MLflow run %1</translation>
    </message>
    <message>
        <source>two inputs would both be %1 in the package</source>
        <translation>2 つの入力がパッケージ内で同じ %1 になります</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>--data (preview)</source>
        <translation>--data (プレビュー)</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: 読み取りエラー: %2</translation>
    </message>
    <message>
        <source>%1: changed while packing</source>
        <translation>%1: パック中に変更されました</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder next to it: %2</source>
        <translation>%1: 隣に一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished package into place</source>
        <translation>%1: 完成したパッケージを所定の場所に移動できません</translation>
    </message>
    <message>
        <source>%1: cannot move the finished archive into place</source>
        <translation>%1: 完成したアーカイブを所定の場所に移動できません</translation>
    </message>
    <message>
        <source>canceled: nothing was written</source>
        <translation>中止しました: 何も書き込まれていません</translation>
    </message>
    <message>
        <source>DVC output %1: neither its cache listing nor the folder is here; listed as one entry without a hash</source>
        <translation>DVC 出力 %1: キャッシュの一覧もフォルダーもありません。ハッシュなしの 1 エントリとして記載します</translation>
    </message>
    <message>
        <source>DVC output %1: no cache listing; its %2 file(s) were hashed in the working copy</source>
        <translation>DVC 出力 %1: キャッシュの一覧がありません。%2 ファイルのハッシュを作業コピーで計算しました</translation>
    </message>
    <message>
        <source>%1 is a bare repository; pack needs a working copy</source>
        <translation>%1 は bare リポジトリです。pack には作業コピーが必要です</translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: expected NAME:higher|lower[:abs=X][:rel=Y]</source>
        <translation>メトリクス定義「%1」: NAME:higher|lower[:abs=X][:rel=Y] の形式が必要です</translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: &quot;%2&quot; is not abs=X or rel=Y with a number &gt;= 0</source>
        <translation>メトリクス定義「%1」: 「%2」は 0 以上の数値の abs=X または rel=Y ではありません</translation>
    </message>
    <message>
        <source>%1 exists already; remove it or choose another name</source>
        <translation>%1 は既に存在します。削除するか別の名前を選択してください</translation>
    </message>
    <message>
        <source>--env %1=%2: the name is empty or given twice</source>
        <translation>--env %1=%2: 名前が空か、2 回指定されています</translation>
    </message>
    <message>
        <source>zstd compresses on one thread: libarchive %1 refused %2 threads (%3)</source>
        <translation>zstd は 1 スレッドで圧縮します: libarchive %1 が %2 スレッドを拒否しました (%3)</translation>
    </message>
</context>
<context>
    <name>mr::PackDialog</name>
    <message>
        <source>New Package from Working Copy</source>
        <translation>作業コピーから新しいパッケージ</translation>
    </message>
    <message>
        <source>the git working copy</source>
        <translation>Git の作業コピー</translation>
    </message>
    <message>
        <source>a folder, or name.zip / name.tar.gz / name.tar.zst</source>
        <translation>フォルダー、または name.zip / name.tar.gz / name.tar.zst</translation>
    </message>
    <message>
        <source>head&apos;s first parent</source>
        <translation>head の最初の親</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>フォルダーの名前</translation>
    </message>
    <message>
        <source>git describe</source>
        <translation>git describe</translation>
    </message>
    <message>
        <source>what changed and why</source>
        <translation>何がなぜ変わったか</translation>
    </message>
    <message>
        <source>DVC outputs of the project (if any)</source>
        <translation>プロジェクトの DVC 出力 (ある場合)</translation>
    </message>
    <message>
        <source>Data folder (copied, SHA-256)</source>
        <translation>データフォルダー (コピー、SHA-256)</translation>
    </message>
    <message>
        <source>Manifest file (as given)</source>
        <translation>マニフェストファイル (指定どおり)</translation>
    </message>
    <message>
        <source>Capture this machine as the &quot;development&quot; environment</source>
        <translation>このマシンを「development」環境として取得</translation>
    </message>
    <message>
        <source>Allow uncommitted changes (recorded in the package, and a finding)</source>
        <translation>未コミットの変更を許可 (パッケージに記録され、指摘にもなります)</translation>
    </message>
    <message>
        <source>NAME=FILE, one per line (found in the repository too)</source>
        <translation>NAME=FILE、1 行に 1 つ (リポジトリ内でも検出)</translation>
    </message>
    <message>
        <source>claimed metrics files, one per line (else DVC or MLflow metrics)</source>
        <translation>申告メトリクスのファイル、1 行に 1 つ (なければ DVC または MLflow のメトリクス)</translation>
    </message>
    <message>
        <source>rerun metrics files, one per line</source>
        <translation>再実行メトリクスのファイル、1 行に 1 つ</translation>
    </message>
    <message>
        <source>NAME:higher|lower[:abs=X][:rel=Y], one per line</source>
        <translation>NAME:higher|lower[:abs=X][:rel=Y]、1 行に 1 つ</translation>
    </message>
    <message>
        <source>Working copy:</source>
        <translation>作業コピー:</translation>
    </message>
    <message>
        <source>Working Copy</source>
        <translation>作業コピー</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>書き込み先:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Archives (*.tar.zst *.tar.gz *.zip);;Folder (*)</source>
        <translation>アーカイブ (*.tar.zst *.tar.gz *.zip);;フォルダー (*)</translation>
    </message>
    <message>
        <source>Base .. head:</source>
        <translation>base .. head:</translation>
    </message>
    <message>
        <source>Name, version:</source>
        <translation>名前、バージョン:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>データセット:</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>マニフェスト</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>データフォルダー</translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation>申告:</translation>
    </message>
    <message>
        <source>Rerun:</source>
        <translation>再実行:</translation>
    </message>
    <message>
        <source>Tolerances:</source>
        <translation>許容誤差:</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>パッケージ内</translation>
    </message>
    <message>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Choose a working copy and where to write, then Preview.</source>
        <translation>作業コピーと書き込み先を選択し、「プレビュー」を押してください。</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Write Package</source>
        <translation>パッケージを書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込み中…</translation>
    </message>
    <message>
        <source>Canceled: nothing was written.</source>
        <translation>中止しました: 何も書き込まれていません。</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 を書き込みました (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否しました: %1</translation>
    </message>
    <message>
        <source>git: %1 .. %2</source>
        <translation>git: %1 .. %2</translation>
    </message>
    <message>
        <source>identity, sections, how it was packed</source>
        <translation>識別情報、セクション、パックの方法</translation>
    </message>
    <message>
        <source>%L1 file(s), %L2 bytes from the data folder</source>
        <translation>データフォルダーから %L1 ファイル、%L2 バイト</translation>
    </message>
    <message>
        <source>uncommitted change: recorded, not included</source>
        <translation>未コミットの変更: 記録済み、含めていません</translation>
    </message>
    <message>
        <source>untracked: not included</source>
        <translation>未追跡: 含めていません</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Ready: %L1 finding(s). Write Package to create it.</source>
        <translation>準備完了: 指摘 %L1 件。「パッケージを書き込む」で作成します。</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>プレビューに失敗しました: %1</translation>
    </message>
    <message>
        <source>Cancel Writing</source>
        <translation>書き込みをキャンセル</translation>
    </message>
    <message>
        <source>Loading: reading the working copy…</source>
        <translation>読み込み中: 作業コピーを読み取っています…</translation>
    </message>
</context>
<context>
    <name>mr::Package</name>
    <message>
        <source>absolute path</source>
        <translation>絶対パス</translation>
    </message>
    <message>
        <source>path leaves the extraction folder through &apos;..&apos;</source>
        <translation>パスが「..」で展開先フォルダーの外に出ています</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>path passes through the symbolic link %1</source>
        <translation>パスがシンボリックリンク %1 を経由しています</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>フォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot read the link back</source>
        <translation>リンクを読み戻せません</translation>
    </message>
    <message>
        <source>link points outside the extraction folder (target %1, through other links)</source>
        <translation>リンクが展開先フォルダーの外を指しています (ターゲット %1、他のリンク経由)</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>シンボリックリンクの階層が多すぎます</translation>
    </message>
    <message>
        <source>archive expands past %1 (entry declares %2 bytes)</source>
        <translation>アーカイブの展開サイズが %1 を超えます (エントリの申告は %2 バイト)</translation>
    </message>
    <message>
        <source>a folder of the same name was extracted before</source>
        <translation>同じ名前のフォルダーが既に展開されています</translation>
    </message>
    <message>
        <source>cannot replace: %1</source>
        <translation>置き換えられません: %1</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>作成できません: %1</translation>
    </message>
    <message>
        <source>extraction cancelled</source>
        <translation>展開を中止しました</translation>
    </message>
    <message>
        <source>corrupt or truncated archive: %1</source>
        <translation>アーカイブが破損しているか途中で切れています: %1</translation>
    </message>
    <message>
        <source>archive expands past %1</source>
        <translation>アーカイブの展開サイズが %1 を超えます</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>symbolic link without a target</source>
        <translation>ターゲットのないシンボリックリンク</translation>
    </message>
    <message>
        <source>link points outside the extraction folder (absolute target %1)</source>
        <translation>リンクが展開先フォルダーの外を指しています (絶対ターゲット %1)</translation>
    </message>
    <message>
        <source>link points outside the extraction folder (target %1)</source>
        <translation>リンクが展開先フォルダーの外を指しています (ターゲット %1)</translation>
    </message>
    <message>
        <source>cannot replace an entry extracted before</source>
        <translation>既に展開されたエントリを置き換えられません</translation>
    </message>
    <message>
        <source>cannot create the link: %1</source>
        <translation>リンクを作成できません: %1</translation>
    </message>
    <message>
        <source>hard link points outside the extraction folder (target %1)</source>
        <translation>ハードリンクが展開先フォルダーの外を指しています (ターゲット %1)</translation>
    </message>
    <message>
        <source>hard link target %1 is not a file extracted before it</source>
        <translation>ハードリンクのターゲット %1 は先に展開されたファイルではありません</translation>
    </message>
    <message>
        <source>cannot create the hard link: %1</source>
        <translation>ハードリンクを作成できません: %1</translation>
    </message>
    <message>
        <source>not a readable zip or tar archive, or a damaged one (%1)</source>
        <translation>読み取り可能な zip または tar アーカイブではないか、破損しています (%1)</translation>
    </message>
    <message>
        <source>after %1 entries</source>
        <translation>%1 エントリの後</translation>
    </message>
    <message>
        <source>entry without a name</source>
        <translation>名前のないエントリ</translation>
    </message>
    <message>
        <source>the entry name is not valid UTF-8</source>
        <translation>エントリ名が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the entry&apos;s path is longer than the system allows (%1 bytes)</source>
        <translation>エントリのパスがシステムの上限を超えています (%1 バイト)</translation>
    </message>
    <message>
        <source>hard link replacing the extraction folder</source>
        <translation>ハードリンクが展開先フォルダーを置き換えようとしています</translation>
    </message>
    <message>
        <source>file entry names the extraction folder itself</source>
        <translation>ファイルエントリが展開先フォルダー自体を指しています</translation>
    </message>
    <message>
        <source>link replacing the extraction folder</source>
        <translation>リンクが展開先フォルダーを置き換えようとしています</translation>
    </message>
    <message>
        <source>device files are not allowed in a package</source>
        <translation>パッケージにデバイスファイルは使用できません</translation>
    </message>
    <message>
        <source>FIFOs are not allowed in a package</source>
        <translation>パッケージに FIFO は使用できません</translation>
    </message>
    <message>
        <source>sockets are not allowed in a package</source>
        <translation>パッケージにソケットは使用できません</translation>
    </message>
    <message>
        <source>entry of an unknown type</source>
        <translation>不明な種類のエントリ</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message>
        <source>the extraction folder %1 must exist and be empty</source>
        <translation>展開先フォルダー %1 は存在し、空である必要があります</translation>
    </message>
    <message>
        <source>the limit of %1 bytes</source>
        <translation>上限 %1 バイト</translation>
    </message>
    <message>
        <source>the expansion ratio limit of %1:1 (%2 bytes for an archive of %3)</source>
        <translation>展開率の上限 %1:1 (%3 のアーカイブに対して %2 バイト)</translation>
    </message>
    <message>
        <source>cannot open the extraction folder: %1</source>
        <translation>展開先フォルダーを開けません: %1</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8</source>
        <translation>ファイル名が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the path is longer than the system allows (%1 bytes)</source>
        <translation>パスがシステムの上限を超えています (%1 バイト)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>フォルダーではありません</translation>
    </message>
    <message>
        <source>: packages with such names are refused (the digest could not list the file faithfully)</source>
        <translation>: このような名前を含むパッケージは拒否されます (ダイジェストがファイルを正確に列挙できません)</translation>
    </message>
    <message>
        <source>cannot hash: %1</source>
        <translation>ハッシュを計算できません: %1</translation>
    </message>
    <message>
        <source>the repository&apos;s .git is a file without a gitdir: line: refused</source>
        <translation>リポジトリの .git が gitdir: 行のないファイルです: 拒否しました</translation>
    </message>
    <message>
        <source>the repository&apos;s .git file points outside the package (gitdir: %1): refused, code outside the package digest would be shown</source>
        <translation>リポジトリの .git ファイルがパッケージの外を指しています (gitdir: %1): 拒否しました。パッケージのダイジェスト外のコードが表示されてしまいます</translation>
    </message>
    <message>
        <source>the repository&apos;s .git leads outside the package through a link: refused</source>
        <translation>リポジトリの .git がリンク経由でパッケージの外に出ています: 拒否しました</translation>
    </message>
    <message>
        <source>%1 in the repository&apos;s git folder leads outside the package: refused</source>
        <translation>リポジトリの git フォルダー内の %1 がパッケージの外に出ています: 拒否しました</translation>
    </message>
    <message>
        <source>the repository&apos;s commondir points outside the package (%1): refused</source>
        <translation>リポジトリの commondir がパッケージの外を指しています (%1): 拒否しました</translation>
    </message>
    <message>
        <source>objects/info/alternates points outside the package (%1): refused, objects outside the package digest would be read</source>
        <translation>objects/info/alternates がパッケージの外を指しています (%1): 拒否しました。パッケージのダイジェスト外のオブジェクトが読み込まれてしまいます</translation>
    </message>
    <message>
        <source>the repository&apos;s work tree is set to %1 (core.worktree), not its own folder: refused</source>
        <translation>リポジトリの作業ツリーが自身のフォルダーではなく %1 に設定されています (core.worktree): 拒否しました</translation>
    </message>
    <message>
        <source>the repository&apos;s git folder %1 is outside the package: refused</source>
        <translation>リポジトリの git フォルダー %1 がパッケージの外にあります: 拒否しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a FIFO, socket or device): refused</source>
        <translation>「%1」は通常のファイルではありません (FIFO、ソケット、デバイス): 拒否しました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out of the package digest (a top-level *%2 file is a review, not package content): refused</source>
        <translation>「%1」はパッケージのダイジェストから除外されます (最上位の *%2 ファイルはレビューであり、パッケージの内容ではありません): 拒否しました</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>必須フィールド「%1」がありません</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the package</source>
        <translation>「%1」はパッケージ内に存在しません</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>「%1」はフォルダーではありません</translation>
    </message>
    <message>
        <source>expected a file path (string), found %1</source>
        <translation>ファイルパス (文字列) が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected a file path or a list of paths, found %1</source>
        <translation>ファイルパスまたはパスのリストが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>「higher」または「lower」が必要です</translation>
    </message>
    <message>
        <source>tolerance must be a non-negative number</source>
        <translation>許容誤差は 0 以上の数値である必要があります</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>リストが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: sha256 must be 64 hexadecimal digits</source>
        <translation>%1: sha256 は 16 進 64 桁である必要があります</translation>
    </message>
    <message>
        <source>%1: size must be a non-negative integer</source>
        <translation>%1: size は 0 以上の整数である必要があります</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>最上位に JSON オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is newer than this version reads (%2)</source>
        <translation>形式「%1」はこのバージョンが読める形式 (%2) より新しいです</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>「%1」が必要ですが、「%2」でした</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>オブジェクトが必要です</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>not a model package: no %1 in this folder</source>
        <translation>モデルパッケージではありません: このフォルダーに %1 がありません</translation>
    </message>
    <message>
        <source>not a model package: neither a folder nor a .zip, .tar, .tar.gz or .tar.zst archive</source>
        <translation>モデルパッケージではありません: フォルダーでも .zip、.tar、.tar.gz、.tar.zst アーカイブでもありません</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>not a model package: the archive holds no %1 at its root or in its only folder</source>
        <translation>モデルパッケージではありません: アーカイブの最上位にも唯一のフォルダー内にも %1 がありません</translation>
    </message>
    <message>
        <source>not a regular file (a folder, FIFO, socket or device): refused</source>
        <translation>通常のファイルではありません (フォルダー、FIFO、ソケット、デバイス): 拒否しました</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>空のパス</translation>
    </message>
    <message>
        <source>path contains a NUL character</source>
        <translation>パスに NUL 文字が含まれています</translation>
    </message>
    <message>
        <source>absolute path &quot;%1&quot; is not allowed here</source>
        <translation>絶対パス「%1」はここでは使用できません</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the package</source>
        <translation>パス「%1」がパッケージの外に出ています</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads out of the package through a link</source>
        <translation>パス「%1」がリンク経由でパッケージの外に出ています</translation>
    </message>
    <message>
        <source>file is larger than 16 MiB; not a package description</source>
        <translation>ファイルが 16 MiB を超えています。パッケージ記述ではありません</translation>
    </message>
</context>
<context>
    <name>mr::Pane</name>
    <message>
        <source>Package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>mr::Placeholder</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <source>Not provided by this package</source>
        <translation>このパッケージでは提供されていません</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>パッケージが開かれていません</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>mr::ReReview</name>
    <message>
        <source>Carry the previous review forward?</source>
        <translation>以前のレビューを引き継ぎますか?</translation>
    </message>
    <message>
        <source>This package has no review yet, but %1 %2 beside it has one (%3).

Carry its comments forward to %4? Its decisions are kept as history and the checklist starts fresh.</source>
        <translation>このパッケージにはまだレビューがありませんが、隣にある %1 %2 にはレビューがあります (%3)。

そのコメントを %4 に引き継ぎますか? 判定は履歴として保持され、チェックリストは最初からになります。</translation>
    </message>
    <message>
        <source>Carry Review From Previous Package</source>
        <translation>以前のパッケージからレビューを引き継ぐ</translation>
    </message>
    <message>
        <source>Packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst);;All files (*)</source>
        <translation>パッケージ (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Replace the review?</source>
        <translation>レビューを置き換えますか?</translation>
    </message>
    <message>
        <source>%1 already holds a review of this package. Replace it with the carried review?</source>
        <translation>%1 には既にこのパッケージのレビューがあります。引き継いだレビューで置き換えますか?</translation>
    </message>
    <message>
        <source>Carrying the review forward…</source>
        <translation>レビューを引き継いでいます…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1: no review beside the previous package</source>
        <translation>%1: 以前のパッケージの隣にレビューがありません</translation>
    </message>
    <message>
        <source>The review could not be carried forward: %1</source>
        <translation>レビューを引き継げませんでした: %1</translation>
    </message>
    <message>
        <source>The carried review could not be saved: %1</source>
        <translation>引き継いだレビューを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Carried %1 comment(s) from %2 (%3).</source>
        <translation>%2 からコメント %1 件を引き継ぎました (%3)。</translation>
    </message>
    <message>
        <source>the previous version</source>
        <translation>以前のバージョン</translation>
    </message>
    <message>
        <source>Carr&amp;y Review From Previous Package…</source>
        <translation>以前のパッケージからレビューを引き継ぐ(&amp;Y)…</translation>
    </message>
</context>
<context>
    <name>mr::Report</name>
    <message>
        <source>an unnamed reviewer</source>
        <translation>名前のないレビュアー</translation>
    </message>
    <message>
        <source>Dataset verification: %1, by %2, started %3, finished %4: %5 ok, %6 mismatch, %7 missing, %8 unreadable, %9 not checked, %10 unlisted.</source>
        <translation>データセットの検証: %1、実施者 %2、開始 %3、終了 %4: 正常 %5、不一致 %6、欠落 %7、読み取り不可 %8、未確認 %9、未記載 %10。</translation>
    </message>
    <message>
        <source>Dataset verification: not run in this session.</source>
        <translation>データセットの検証: このセッションでは実行されていません。</translation>
    </message>
    <message>
        <source>Default tolerance used for the results: absolute %1, relative %2%.</source>
        <translation>結果に使用した既定の許容誤差: 絶対 %1、相対 %2%。</translation>
    </message>
    <message>
        <source>Claimed and rerun metrics were compared.</source>
        <translation>申告値と再実行のメトリクスを比較しました。</translation>
    </message>
    <message>
        <source>No metric was compared (no rerun value).</source>
        <translation>比較したメトリクスはありません (再実行の値がありません)。</translation>
    </message>
    <message>
        <source>Environments compared: %1 against %2.</source>
        <translation>比較した環境: %1 と %2。</translation>
    </message>
    <message>
        <source>Files marked viewed: %1.</source>
        <translation>確認済みにしたファイル: %1。</translation>
    </message>
    <message>
        <source>Section %1 failed to load: %2</source>
        <translation>セクション %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Review session&lt;/h2&gt;
&lt;ul&gt;
</source>
        <translation>&lt;h2&gt;レビューセッション&lt;/h2&gt;
&lt;ul&gt;
</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>%1 が承認: %2</translation>
    </message>
    <message>
        <source>Reopened: its items changed since %1 accepted it (%2)</source>
        <translation>再オープン: %1 が承認した後に項目が変更されました (%2)</translation>
    </message>
    <message>
        <source>Decided on digest</source>
        <translation>判定対象のダイジェスト</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earlier decisions&lt;/h3&gt;
&lt;table&gt;&lt;tr&gt;&lt;th&gt;Decision&lt;/th&gt;&lt;th&gt;Reviewer&lt;/th&gt;&lt;th&gt;Time&lt;/th&gt;&lt;th&gt;Reason&lt;/th&gt;&lt;th&gt;Digest&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;h3&gt;以前の判定&lt;/h3&gt;
&lt;table&gt;&lt;tr&gt;&lt;th&gt;判定&lt;/th&gt;&lt;th&gt;レビュアー&lt;/th&gt;&lt;th&gt;日時&lt;/th&gt;&lt;th&gt;理由&lt;/th&gt;&lt;th&gt;ダイジェスト&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>(no package)</source>
        <translation>(パッケージなし)</translation>
    </message>
    <message>
        <source>&lt;title&gt;Review report: %1&lt;/title&gt;
&lt;style&gt;%2&lt;/style&gt;
&lt;/head&gt;
&lt;body&gt;
</source>
        <translation>&lt;title&gt;レビューレポート: %1&lt;/title&gt;
&lt;style&gt;%2&lt;/style&gt;
&lt;/head&gt;
&lt;body&gt;
</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Review report: %1&lt;/h1&gt;
&lt;table&gt;
</source>
        <translation>&lt;h1&gt;レビューレポート: %1&lt;/h1&gt;
&lt;table&gt;
</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>Review file</source>
        <translation>レビューファイル</translation>
    </message>
    <message>
        <source>&lt;li&gt;none yet&lt;/li&gt;
</source>
        <translation>&lt;li&gt;まだありません&lt;/li&gt;
</translation>
    </message>
    <message>
        <source>**No decision yet.**

</source>
        <translation>**まだ判定はありません。**

</translation>
    </message>
    <message>
        <source>**%1** by %2 on %3%4

</source>
        <translation>**%1** %2、%3%4

</translation>
    </message>
    <message>
        <source> — **stale**: made on `%1`</source>
        <translation> — **古い判定**: `%1` に対するもの</translation>
    </message>
    <message>
        <source>Gate: %1

</source>
        <translation>ゲート: %1

</translation>
    </message>
    <message>
        <source>| Earlier decision | Reviewer | Time | Reason |
|---|---|---|---|
</source>
        <translation>| 以前の判定 | レビュアー | 日時 | 理由 |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>
## Checklist

</source>
        <translation>
## チェックリスト

</translation>
    </message>
    <message>
        <source>Policy: %1

</source>
        <translation>ポリシー: %1

</translation>
    </message>
    <message>
        <source>| Severity | Pane | Items | Message |
|---|---|---|---|
</source>
        <translation>| 重大度 | ペイン | 項目 | メッセージ |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source> · *outdated*</source>
        <translation> · *古い*</translation>
    </message>
    <message>
        <source>*Carried from %1: %2*

</source>
        <translation>*%1 から引き継ぎ: %2*

</translation>
    </message>
    <message>
        <source>, resolved by %1</source>
        <translation>、%1 が解決</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>レビューレポート: %1</translation>
    </message>
    <message>
        <source>canceled before the end</source>
        <translation>終了前に中止</translation>
    </message>
    <message>
        <source>Verified by %1 on %2 (%3): %4 ok, %5 mismatch, %6 missing, %7 unreadable, %8 without hash, %9 not checked, %10 unlisted.</source>
        <translation>%1 が %2 に検証 (%3): 正常 %4、不一致 %5、欠落 %6、読み取り不可 %7、ハッシュなし %8、未確認 %9、未記載 %10。</translation>
    </message>
    <message>
        <source>The data was not verified in this review session.</source>
        <translation>このレビューセッションではデータは検証されていません。</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;status none&quot;&gt;No decision yet.&lt;/p&gt;
</source>
        <translation>&lt;p class=&quot;status none&quot;&gt;まだ判定はありません。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;status %1&quot;&gt;%2 by %3 on %4%5&lt;/p&gt;
</source>
        <translation>&lt;p class=&quot;status %1&quot;&gt;%2 (%3、%4)%5&lt;/p&gt;
</translation>
    </message>
    <message>
        <source> &amp;mdash; STALE: made on another version of the package</source>
        <translation> &amp;mdash; 古い判定: パッケージの別のバージョンに対するもの</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;badge outdated&quot;&gt;outdated&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;badge outdated&quot;&gt;古い&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Carried from %1: %2&lt;/p&gt;
</source>
        <translation>&lt;p class=&quot;meta&quot;&gt;%1 から引き継ぎ: %2&lt;/p&gt;
</translation>
    </message>
    <message>
        <source> &amp;middot; edited %1</source>
        <translation> &amp;middot; 編集 %1</translation>
    </message>
    <message>
        <source> &amp;middot; resolved by %1</source>
        <translation> &amp;middot; %1 が解決</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th style=&quot;white-space:nowrap&quot;&gt;Severity&lt;/th&gt;&lt;th&gt;Pane&lt;/th&gt;&lt;th width=&quot;30%&quot;&gt;Items&lt;/th&gt;&lt;th width=&quot;50%&quot;&gt;Message (rule)&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th style=&quot;white-space:nowrap&quot;&gt;重大度&lt;/th&gt;&lt;th&gt;ペイン&lt;/th&gt;&lt;th width=&quot;30%&quot;&gt;項目&lt;/th&gt;&lt;th width=&quot;50%&quot;&gt;メッセージ (ルール)&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (run with QT_QPA_PLATFORM=offscreen)</source>
        <translation>PDF レポートには QGuiApplication が必要です (QT_QPA_PLATFORM=offscreen で実行してください)</translation>
    </message>
</context>
<context>
    <name>mr::Results</name>
    <message>
        <source>abs %1%2</source>
        <translation>絶対 %1%2</translation>
    </message>
    <message>
        <source> default</source>
        <translation> 既定</translation>
    </message>
    <message>
        <source>rel %1%</source>
        <translation>相対 %1%</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>宣言</translation>
    </message>
    <message>
        <source>from results file</source>
        <translation>結果ファイルから</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2 エラー %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>文字列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>「%1」は ISO 8601 の日時ではありません</translation>
    </message>
    <message>
        <source>cannot open repository: %1</source>
        <translation>リポジトリを開けません: %1</translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; not found: %2</source>
        <translation>リビジョン「%1」が見つかりません: %2</translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; is not a commit: %2</source>
        <translation>リビジョン「%1」はコミットではありません: %2</translation>
    </message>
    <message>
        <source>The rerun does not say where, when or on which revision it ran.</source>
        <translation>再実行について、どこで、いつ、どのリビジョンで実行されたかが記載されていません。</translation>
    </message>
    <message>
        <source>The rerun names the environment &quot;%1&quot;, which the package does not define.</source>
        <translation>再実行は環境「%1」を指定していますが、パッケージでは定義されていません。</translation>
    </message>
    <message>
        <source>The rerun ran in the development environment &quot;%1&quot;, not in the reference environment &quot;%2&quot;: nobody reproduced the results elsewhere.</source>
        <translation>再実行はリファレンス環境「%2」ではなく開発環境「%1」で実行されました。他の環境で結果を再現した人はいません。</translation>
    </message>
    <message>
        <source>The rerun ran in &quot;%1&quot;, not in the reference environment &quot;%2&quot;.</source>
        <translation>再実行はリファレンス環境「%2」ではなく「%1」で実行されました。</translation>
    </message>
    <message>
        <source>the package has no code repository with a head revision</source>
        <translation>パッケージに head リビジョンを持つコードリポジトリがありません</translation>
    </message>
    <message>
        <source>Cannot check the rerun&apos;s revision &quot;%1&quot;: %2.</source>
        <translation>再実行のリビジョン「%1」を確認できません: %2。</translation>
    </message>
    <message>
        <source>The rerun ran on revision %1 (%2), not on the head revision %3 (%4).</source>
        <translation>再実行は head リビジョン %3 (%4) ではなくリビジョン %1 (%2) で実行されました。</translation>
    </message>
    <message>
        <source>claimed %1, rerun %2</source>
        <translation>申告 %1、再実行 %2</translation>
    </message>
    <message>
        <source>mixed types: %1 in %2, %3 here</source>
        <translation>型が混在しています: %2 では %1、ここでは %3</translation>
    </message>
    <message>
        <source>mixed types: a value here, and a group of metrics (%1) elsewhere</source>
        <translation>型が混在しています: ここでは値、他の場所ではメトリクスのグループ (%1)</translation>
    </message>
    <message>
        <source>declared, but no results file has this metric</source>
        <translation>宣言されていますが、このメトリクスを含む結果ファイルがありません</translation>
    </message>
    <message>
        <source>No rerun results: nobody reproduced the claimed metrics.</source>
        <translation>再実行の結果がありません: 申告されたメトリクスを再現した人はいません。</translation>
    </message>
    <message>
        <source>The rerun results hold no metrics: nobody reproduced the claimed metrics.</source>
        <translation>再実行の結果にメトリクスがありません: 申告されたメトリクスを再現した人はいません。</translation>
    </message>
    <message>
        <source>No claimed metrics.</source>
        <translation>申告されたメトリクスがありません。</translation>
    </message>
    <message>
        <source>%1 is worse than claimed outside tolerance %2: %3.</source>
        <translation>%1 は申告値より悪く、許容誤差 %2 の範囲外です: %3。</translation>
    </message>
    <message>
        <source>%1 differs from the claim (%2).</source>
        <translation>%1 は申告値と異なります (%2)。</translation>
    </message>
    <message>
        <source>%1 is claimed (%2) but missing in the rerun.</source>
        <translation>%1 は申告されています (%2) が、再実行にはありません。</translation>
    </message>
    <message>
        <source>%1 appears in the rerun only.</source>
        <translation>%1 は再実行にのみあります。</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance: the %1 furthest of %2 metrics (the table lists all)</source>
        <translation>申告値に対する再実行値 (各メトリクスの許容誤差を単位とする): %2 個中、差の大きい %1 個 (表にはすべて表示)</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance</source>
        <translation>申告値に対する再実行値 (各メトリクスの許容誤差を単位とする)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(最上位)</translation>
    </message>
    <message>
        <source>Green band: tolerance (±1). Diamond: claimed value. « » : beyond the axis.</source>
        <translation>緑の帯: 許容範囲 (±1)。菱形: 申告値。« »: 軸の範囲外。</translation>
    </message>
    <message>
        <source>unsupported value (%1)</source>
        <translation>サポートされていない値 (%1)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object of metrics at the top level, found %1</source>
        <translation>最上位にメトリクスのオブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected an object with abs_tolerance, rel_tolerance or better, found %1</source>
        <translation>abs_tolerance、rel_tolerance、better のいずれかを持つオブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>「higher」または「lower」が必要です</translation>
    </message>
    <message>
        <source>tolerance must be a non-negative number, found %1</source>
        <translation>許容誤差は 0 以上の数値である必要がありますが、%1 でした</translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>malformed JSON: </source>
        <translation>不正な JSON: </translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>ネストが %1 レベルを超えています</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>expected &quot;timestamp value [step]&quot;, found &quot;%1&quot;</source>
        <translation>「timestamp value [step]」が必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>フォルダーが見つかりません</translation>
    </message>
    <message>
        <source>no values recorded</source>
        <translation>値が記録されていません</translation>
    </message>
    <message>
        <source>no YAML front matter (--- ... ---)</source>
        <translation>YAML フロントマターがありません (--- ... ---)</translation>
    </message>
    <message>
        <source>the card&apos;s front matter has no model-index</source>
        <translation>カードのフロントマターに model-index がありません</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>リストではありません</translation>
    </message>
    <message>
        <source>a metric lacks type or value</source>
        <translation>メトリクスに type または value がありません</translation>
    </message>
    <message>
        <source>expected a list of results</source>
        <translation>結果のリストが必要です</translation>
    </message>
    <message>
        <source>an entry lacks dataset.id or value</source>
        <translation>エントリに dataset.id または value がありません</translation>
    </message>
    <message>
        <source>cannot read, or larger than 16 MiB</source>
        <translation>読み取れないか、16 MiB を超えています</translation>
    </message>
    <message>
        <source>a key is not a scalar</source>
        <translation>キーがスカラーではありません</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>引用符で囲まれたフィールドが閉じていません</translation>
    </message>
    <message>
        <source>the file holds no metrics</source>
        <translation>ファイルにメトリクスがありません</translation>
    </message>
    <message>
        <source>expected a mapping of metrics at the top level</source>
        <translation>最上位にメトリクスのマッピングが必要です</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>不正な YAML: %1</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 列が必要ですが、%2 列でした</translation>
    </message>
    <message>
        <source>Provenance: not given.</source>
        <translation>実行情報: 記載なし。</translation>
    </message>
    <message>
        <source>, the head revision</source>
        <translation>、head リビジョン</translation>
    </message>
    <message>
        <source>, not head</source>
        <translation>、head ではありません</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>実行日時</translation>
    </message>
    <message>
        <source>The package has no results section.
</source>
        <translation>パッケージに結果セクションがありません。
</translation>
    </message>
    <message>
        <source>&lt;p&gt;The package has no results section.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;パッケージに結果セクションがありません。&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>%1 metrics: %2. Default tolerance: abs %3, rel %4%.</source>
        <translation>メトリクス %1 個: %2。既定の許容誤差: 絶対 %3、相対 %4%。</translation>
    </message>
    <message>
        <source>Abs diff</source>
        <translation>絶対差</translation>
    </message>
    <message>
        <source>Rel diff</source>
        <translation>相対差</translation>
    </message>
    <message>
        <source>
Problems in the results input:

</source>
        <translation>
結果の入力に関する問題:

</translation>
    </message>
    <message>
        <source>conflicts with &quot;%1&quot; given earlier; the earlier value is kept</source>
        <translation>先に指定された「%1」と矛盾します。先の値を使用します</translation>
    </message>
    <message>
        <source>metric also given in %1; the first value is kept</source>
        <translation>メトリクスは %1 にもあります。最初の値を使用します</translation>
    </message>
    <message>
        <source>provenance describes the rerun; in a claimed file it is ignored</source>
        <translation>provenance は再実行を記述するものです。申告ファイル内では無視します</translation>
    </message>
    <message>
        <source>nesting too deep; ignored</source>
        <translation>ネストが深すぎます。無視しました</translation>
    </message>
    <message>
        <source>duplicated key; the last value is kept</source>
        <translation>キーが重複しています。最後の値を使用します</translation>
    </message>
    <message>
        <source>larger than 2 GiB; not read</source>
        <translation>2 GiB を超えています。読み込みません</translation>
    </message>
    <message>
        <source>also reported in %1; the first value is kept</source>
        <translation>%1 にもあります。最初の値を使用します</translation>
    </message>
    <message>
        <source>expected a header with the columns metric,value; found &quot;%1&quot;</source>
        <translation>列 metric,value を持つヘッダーが必要ですが、「%1」でした</translation>
    </message>
    <message>
        <source>&lt;p&gt;Problems in the results input:&lt;/p&gt;
&lt;ul class=&quot;diagnostics&quot;&gt;
</source>
        <translation>&lt;p&gt;結果の入力に関する問題:&lt;/p&gt;
&lt;ul class=&quot;diagnostics&quot;&gt;
</translation>
    </message>
    <message>
        <source>%1 more findings of this kind (%2 in all); the Results pane and the JSON report list every metric.</source>
        <translation>この種類の所見があと %1 件あります (全 %2 件)。結果ペインと JSON レポートにはすべてのメトリクスが載っています。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 metrics (%3 outside tolerance or missing, listed first); the JSON report lists every metric.</source>
        <translation>%2 件中 %1 件のメトリクスを表示しています (許容誤差外または欠落の %3 件を先頭に表示)。JSON レポートにはすべてのメトリクスが載っています。</translation>
    </message>
    <message>
        <source>… and %1 more (the JSON report lists every one).</source>
        <translation>… ほか %1 件 (JSON レポートにはすべて載っています)。</translation>
    </message>
</context>
<context>
    <name>mr::ResultsChartView</name>
    <message>
        <source>%1
claimed %2, rerun %3
tolerance ±%4
%5</source>
        <translation>%1
申告 %2、再実行 %3
許容誤差 ±%4
%5</translation>
    </message>
    <message>
        <source>not a number or missing</source>
        <translation>数値でないか欠落</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance</source>
        <translation>申告値に対する再実行値 (各メトリクスの許容誤差を単位とする)</translation>
    </message>
    <message>
        <source>No numeric claims to plot</source>
        <translation>プロットする数値の申告値がありません</translation>
    </message>
    <message>
        <source>(rerun − claimed) / tolerance</source>
        <translation>(再実行 − 申告) / 許容誤差</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>許容範囲</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申告値</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance&lt;br&gt;%1</source>
        <translation>申告値に対する再実行値 (各メトリクスの許容誤差を単位とする)&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>mr::ResultsPane</name>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation>許容範囲外</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>許容範囲内</translation>
    </message>
    <message>
        <source>Better than claimed</source>
        <translation>申告値より良い</translation>
    </message>
    <message>
        <source>Worse than claimed</source>
        <translation>申告値より悪い</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>相違あり</translation>
    </message>
    <message>
        <source>Missing in rerun</source>
        <translation>再実行に欠落</translation>
    </message>
    <message>
        <source>Missing in claim</source>
        <translation>申告に欠落</translation>
    </message>
    <message>
        <source>Filter metrics by name</source>
        <translation>名前でメトリクスを絞り込む</translation>
    </message>
    <message>
        <source>abs </source>
        <translation>絶対</translation>
    </message>
    <message>
        <source>Default absolute tolerance for metrics that declare none</source>
        <translation>許容誤差を宣言していないメトリクスに使う既定の絶対許容誤差</translation>
    </message>
    <message>
        <source>rel </source>
        <translation>相対</translation>
    </message>
    <message>
        <source>Default relative tolerance (of |claimed|) for metrics that declare none</source>
        <translation>許容誤差を宣言していないメトリクスに使う既定の相対許容誤差 (|申告値| に対する割合)</translation>
    </message>
    <message>
        <source>Default tolerance:</source>
        <translation>既定の許容誤差:</translation>
    </message>
    <message>
        <source>Applies to metrics without a tolerance in the package or the results files; the bound is max(abs, rel × |claimed|).</source>
        <translation>パッケージにも結果ファイルにも許容誤差がないメトリクスに適用されます。上限は max(絶対, 相対 × |申告値|) です。</translation>
    </message>
    <message>
        <source>Comment on Metric…</source>
        <translation>メトリクスにコメント…</translation>
    </message>
    <message>
        <source>Provenance of the rerun</source>
        <translation>再実行の実行情報</translation>
    </message>
    <message>
        <source>Problems in the results input:</source>
        <translation>結果の入力に関する問題:</translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation>パッケージが開かれていません。</translation>
    </message>
    <message>
        <source>This package has no results section: no claimed or rerun metrics to compare.</source>
        <translation>このパッケージには結果セクションがありません: 比較する申告値や再実行のメトリクスがありません。</translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation>結果を読み込み中…</translation>
    </message>
    <message>
        <source>the results could not be read</source>
        <translation>結果を読み取れませんでした</translation>
    </message>
    <message>
        <source>Failed: the results could not be read.</source>
        <translation>失敗: 結果を読み取れませんでした。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>メトリクス 1 個</translation>
    </message>
    <message>
        <source>%L1 metrics</source>
        <translation>メトリクス %L1 個</translation>
    </message>
    <message>
        <source>The default tolerance applies to 1 metric.</source>
        <translation>既定の許容誤差は 1 個のメトリクスに適用されます。</translation>
    </message>
    <message>
        <source>The default tolerance applies to %1 metrics.</source>
        <translation>既定の許容誤差は %1 個のメトリクスに適用されます。</translation>
    </message>
    <message>
        <source>No rerun: nobody reproduced these results.</source>
        <translation>再実行なし: この結果を再現した人はいません。</translation>
    </message>
    <message>
        <source>Not given: the rerun does not say where, when or on which revision it ran.</source>
        <translation>記載なし: 再実行について、どこで、いつ、どのリビジョンで実行されたかが記載されていません。</translation>
    </message>
    <message>
        <source> (development, not reference)</source>
        <translation> (開発、リファレンスではありません)</translation>
    </message>
    <message>
        <source> (reference)</source>
        <translation> (リファレンス)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境:</translation>
    </message>
    <message>
        <source> (cannot check: %1)</source>
        <translation> (確認できません: %1)</translation>
    </message>
    <message>
        <source> = %1, the head revision</source>
        <translation> = %1、head リビジョン</translation>
    </message>
    <message>
        <source> = %1, NOT the head revision %2</source>
        <translation> = %1、head リビジョン %2 ではありません</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>リビジョン:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Ran at:</source>
        <translation>実行日時:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Given in:</source>
        <translation>記載元:</translation>
    </message>
</context>
<context>
    <name>mr::ResultsTreeModel</name>
    <message>
        <source>Rerun minus claimed</source>
        <translation>再実行 − 申告</translation>
    </message>
    <message>
        <source>(Rerun minus claimed) / |claimed|</source>
        <translation>(再実行 − 申告) / |申告|</translation>
    </message>
    <message>
        <source>Bound on |rerun - claimed|: max(abs, rel × |claimed|)</source>
        <translation>|再実行 − 申告| の上限: max(絶対, 相対 × |申告|)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(欠落)</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>コメント 1 件</translation>
    </message>
    <message>
        <source>%L1 comments</source>
        <translation>コメント %L1 件</translation>
    </message>
    <message>
        <source>, blocker</source>
        <translation>、ブロッカー</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>メトリクス</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申告値</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Abs diff</source>
        <translation>絶対差</translation>
    </message>
    <message>
        <source>Rel diff</source>
        <translation>相対差</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>良い方向</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>許容誤差</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>mr::Review</name>
    <message>
        <source>Changes requested</source>
        <translation>変更を要求</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 by %3</source>
        <translation>「%1」(%2、%3)</translation>
    </message>
    <message>
        <source>%1 needs a reason.</source>
        <translation>%1 には理由が必要です。</translation>
    </message>
    <message>
        <source>not reviewed: the review holds no decision</source>
        <translation>未レビュー: レビューに判定がありません</translation>
    </message>
    <message>
        <source>changes requested by %1: %2</source>
        <translation>%1 が変更を要求: %2</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>%1 が却下: %2</translation>
    </message>
    <message>
        <source>stale digest: approved %1, but the package is now %2</source>
        <translation>古いダイジェスト: %1 で承認されましたが、パッケージは現在 %2 です</translation>
    </message>
    <message>
        <source>(no digest)</source>
        <translation>(ダイジェストなし)</translation>
    </message>
    <message>
        <source>open blockers: %1</source>
        <translation>未解決のブロッカー: %1</translation>
    </message>
    <message>
        <source>approved by %1 for %2</source>
        <translation>%1 が %2 を承認</translation>
    </message>
    <message>
        <source>The review file cannot be read and was opened read-only. (%1)</source>
        <translation>レビューファイルを読み取れないため、読み取り専用で開きました。(%1)</translation>
    </message>
    <message>
        <source>expected a JSON object, found a %1</source>
        <translation>JSON オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: not a ModelReview review file</source>
        <translation>「format」がありません: ModelReview のレビューファイルではありません</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>不明な形式「%1」</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is newer than &quot;%2&quot;</source>
        <translation>形式「%1」は「%2」より新しいです</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ファイルではありません</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: save interrupted</source>
        <translation>%1: 保存が中断されました</translation>
    </message>
    <message>
        <source>The review is read-only.</source>
        <translation>レビューは読み取り専用です。</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>コメントには本文が必要です。</translation>
    </message>
    <message>
        <source>Add comment on %1</source>
        <translation>%1 にコメントを追加</translation>
    </message>
    <message>
        <source>No such comment.</source>
        <translation>そのようなコメントはありません。</translation>
    </message>
    <message>
        <source>Only %1 can edit this comment.</source>
        <translation>このコメントを編集できるのは %1 だけです。</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>コメントを編集</translation>
    </message>
    <message>
        <source>Mark comment as %1</source>
        <translation>コメントを %1 にする</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>コメントを解決</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>コメントを再オープン</translation>
    </message>
    <message>
        <source>Only %1 can delete this comment.</source>
        <translation>このコメントを削除できるのは %1 だけです。</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>コメントを削除</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>返信には本文が必要です。</translation>
    </message>
    <message>
        <source>Cannot approve before the package digest is known.</source>
        <translation>パッケージのダイジェストが判明するまで承認できません。</translation>
    </message>
    <message>
        <source>The review has no file yet: choose where to save it.</source>
        <translation>レビューにはまだファイルがありません: 保存先を選択してください。</translation>
    </message>
    <message>
        <source>Cannot approve while 1 blocker is open: %1.</source>
        <translation>未解決のブロッカーが 1 件あるため承認できません: %1。</translation>
    </message>
    <message>
        <source>Cannot approve while %1 blockers are open: %2.</source>
        <translation>未解決のブロッカーが %1 件あるため承認できません: %2。</translation>
    </message>
    <message>
        <source>The review file is damaged and was opened read-only; it will not be overwritten. Save the review under another name to keep working. (%1)</source>
        <translation>レビューファイルが破損しているため、読み取り専用で開きました。上書きはされません。作業を続けるには、別の名前でレビューを保存してください。(%1)</translation>
    </message>
    <message>
        <source>The review file was written by a newer version of ModelReview and was opened read-only; it will not be overwritten. (%1)</source>
        <translation>レビューファイルは新しいバージョンの ModelReview で書かれたため、読み取り専用で開きました。上書きはされません。(%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read by this version; it is not overwritten. Choose another file.</source>
        <translation>%1 はこのバージョンでは読み取れません。上書きはしません。別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>%1 is inside the package; the package is never written to. Choose a path outside it.</source>
        <translation>%1 はパッケージ内にあります。パッケージには書き込みません。パッケージの外のパスを選択してください。</translation>
    </message>
</context>
<context>
    <name>mr::ReviewIntegration</name>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>レビューを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The review file %1 opens read-only: %2</source>
        <translation>レビューファイル %1 を読み取り専用で開きます: %2</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation>既にレポートを書き出し中です。</translation>
    </message>
    <message>
        <source>The report was not written: canceled.</source>
        <translation>レポートは書き出されませんでした: 中止しました。</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>レポートを %1 に書き出しています…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き出しました</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>レポートを書き出せませんでした: %1</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>名前を付けてレビューを保存</translation>
    </message>
    <message>
        <source>Review files (*.review.json)</source>
        <translation>レビューファイル (*.review.json)</translation>
    </message>
    <message>
        <source>A review is never saved inside the package: choose a place outside it.</source>
        <translation>レビューはパッケージ内には保存されません: パッケージの外の場所を選択してください。</translation>
    </message>
</context>
<context>
    <name>mr::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>レビュアー</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <source>Submit requirements</source>
        <translation>提出要件</translation>
    </message>
    <message>
        <source>Approve refuses while a checked requirement is not met; modelreview gate applies the same ones unless given --requirements.</source>
        <translation>チェックした要件が満たされていない間は承認できません。modelreview gate も、--requirements が指定されない限り同じ要件を適用します。</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Largest unpacked size:</source>
        <translation>展開後の最大サイズ:</translation>
    </message>
    <message>
        <source>Largest expansion ratio:</source>
        <translation>最大展開率:</translation>
    </message>
    <message>
        <source>An archive that would unpack past either limit is refused, naming the entry.</source>
        <translation>展開時にどちらかの上限を超えるアーカイブは、該当するエントリを示して拒否されます。</translation>
    </message>
</context>
<context>
    <name>mr::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
</context>
<context>
    <name>mr::SinceFrame</name>
    <message>
        <source>Show what changed since the previous version of the package</source>
        <translation>パッケージの以前のバージョンからの変更を表示します</translation>
    </message>
    <message>
        <source>Select a file to see its diff since the previous head.</source>
        <translation>以前の head からの差分を見るファイルを選択してください。</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>Loading the differences since %1…</source>
        <translation>%1 以降の差分を読み込み中…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>mr::StartPage</name>
    <message>
        <source>ModelReview</source>
        <translation>ModelReview</translation>
    </message>
    <message>
        <source>Open Package…</source>
        <translation>パッケージを開く…</translation>
    </message>
    <message>
        <source>Open Example Package</source>
        <translation>サンプルパッケージを開く</translation>
    </message>
    <message>
        <source>Recent packages</source>
        <translation>最近使ったパッケージ</translation>
    </message>
    <message>
        <source>No recent packages</source>
        <translation>最近使ったパッケージはありません</translation>
    </message>
    <message>
        <source>Open a model package (a folder or a .zip, .tar, .tar.gz or .tar.zst archive) to review its code, data, environments and results. You can also drop it on this window.</source>
        <translation>モデルパッケージ (フォルダー、または .zip、.tar、.tar.gz、.tar.zst アーカイブ) を開いて、コード、データ、環境、結果をレビューします。このウィンドウにドロップすることもできます。</translation>
    </message>
</context>
<context>
    <name>mr::cli</name>
    <message>
        <source>Carries the review of a previous package (OLD) forward to its new version (NEW): comments keep their ids, replies and state and are marked current, moved, outdated or gone; OLD&apos;s decisions become history that never counts for NEW; the checklist starts fresh. OLD&apos;s review file is never changed.</source>
        <translation>以前のパッケージ (OLD) のレビューを新しいバージョン (NEW) に引き継ぎます: コメントは ID、返信、状態を保持し、現行・移動・古い・消失のいずれかが付きます。OLD の判定は NEW には数えられない履歴になり、チェックリストは最初からになります。OLD のレビューファイルは変更されません。</translation>
    </message>
    <message>
        <source>OLD&apos;s review file (default: beside OLD).</source>
        <translation>OLD のレビューファイル (既定: OLD の隣)。</translation>
    </message>
    <message>
        <source>NEW&apos;s review file to write (default: beside NEW).</source>
        <translation>書き出す NEW のレビューファイル (既定: NEW の隣)。</translation>
    </message>
    <message>
        <source>Replace NEW&apos;s review file if it exists.</source>
        <translation>NEW のレビューファイルが既にあれば置き換えます。</translation>
    </message>
    <message>
        <source>The previous package (folder or archive).</source>
        <translation>以前のパッケージ (フォルダーまたはアーカイブ)。</translation>
    </message>
    <message>
        <source>The new package (folder or archive).</source>
        <translation>新しいパッケージ (フォルダーまたはアーカイブ)。</translation>
    </message>
    <message>
        <source>Findings policy file (.json or .toml; default: .modelreview-policy.json or .toml beside the package, else in the user&apos;s configuration).</source>
        <translation>指摘ポリシーのファイル (.json または .toml。既定: パッケージの隣の .modelreview-policy.json または .toml、なければユーザーの設定内)。</translation>
    </message>
    <message>
        <source>Code base revision (default: the package&apos;s base, or head&apos;s parent).</source>
        <translation>コードの base リビジョン (既定: パッケージの base、または head の親)。</translation>
    </message>
    <message>
        <source>Rerun results file (JSON, YAML or CSV); may be repeated.</source>
        <translation>再実行の結果ファイル (JSON、YAML、CSV)。複数指定できます。</translation>
    </message>
    <message>
        <source>Package folder or archive, MLflow model or run folder, DVC project or Hugging Face model repository.</source>
        <translation>パッケージのフォルダーまたはアーカイブ、MLflow のモデルまたは run のフォルダー、DVC プロジェクト、Hugging Face モデルリポジトリ。</translation>
    </message>
    <message>
        <source>Review file (default: the package path followed by .review.json).</source>
        <translation>レビューファイル (既定: パッケージのパス + .review.json)。</translation>
    </message>
    <message>
        <source>Passes (exit 0) only when the review approves this exact package (its current digest) and no blocker is open. Exit 1 names the reason: not reviewed, changes requested, rejected, stale digest, open blockers, an unmet submit requirement (by default: a section that failed to load). Exit 2 when the package, the review or the requirements cannot be read.</source>
        <translation>レビューがこのパッケージそのもの (現在のダイジェスト) を承認しており、未解決のブロッカーがない場合にのみ合格します (終了コード 0)。終了コード 1 では理由を示します: 未レビュー、変更要求、却下、古いダイジェスト、未解決のブロッカー、満たされていない提出要件 (既定: 読み込みに失敗したセクション)。パッケージ、レビュー、要件を読み取れない場合は終了コード 2 です。</translation>
    </message>
    <message>
        <source>Submit requirements (JSON) instead of the reviewer&apos;s saved ones.</source>
        <translation>レビュアーが保存した要件の代わりに使う提出要件 (JSON)。</translation>
    </message>
    <message>
        <source>Prints a package&apos;s identity, digest, sections and findings, without a display.</source>
        <translation>パッケージの識別情報、ダイジェスト、セクション、指摘を、ディスプレイなしで出力します。</translation>
    </message>
    <message>
        <source>Print the documented JSON document.</source>
        <translation>文書化された JSON ドキュメントを出力します。</translation>
    </message>
    <message>
        <source>A previous version of the package: adds what changed since (interdiff).</source>
        <translation>パッケージの以前のバージョン: それ以降の変更 (interdiff) を追加します。</translation>
    </message>
    <message>
        <source>Makes a package from a git working copy: the code with its history, the dataset manifest, the environments and the claimed metrics. Exit codes: 0 written, 1 refused, 2 unreadable input.</source>
        <translation>Git の作業コピーからパッケージを作成します: 履歴付きのコード、データセットのマニフェスト、環境、申告メトリクス。終了コード: 0 書き込み済み、1 拒否、2 入力を読み取れない。</translation>
    </message>
    <message>
        <source>The git working copy (default: .).</source>
        <translation>Git の作業コピー (既定: .)。</translation>
    </message>
    <message>
        <source>The package to write: a folder, or an archive by suffix (.zip, .tar.gz, .tar.zst).</source>
        <translation>書き出すパッケージ: フォルダー、または拡張子で決まるアーカイブ (.zip、.tar.gz、.tar.zst)。</translation>
    </message>
    <message>
        <source>Base revision (default: head&apos;s first parent).</source>
        <translation>base リビジョン (既定: head の最初の親)。</translation>
    </message>
    <message>
        <source>Head revision (default: HEAD).</source>
        <translation>head リビジョン (既定: HEAD)。</translation>
    </message>
    <message>
        <source>Model name (default: the folder&apos;s name).</source>
        <translation>モデル名 (既定: フォルダーの名前)。</translation>
    </message>
    <message>
        <source>Model version (default: git describe).</source>
        <translation>モデルのバージョン (既定: git describe)。</translation>
    </message>
    <message>
        <source>What changed and why.</source>
        <translation>何がなぜ変わったか。</translation>
    </message>
    <message>
        <source>A data folder: its files are copied and listed with SHA-256 (repeatable).</source>
        <translation>データフォルダー: ファイルをコピーし、SHA-256 付きで一覧にします (複数指定可)。</translation>
    </message>
    <message>
        <source>A dataset manifest, used as given.</source>
        <translation>データセットのマニフェスト。そのまま使用します。</translation>
    </message>
    <message>
        <source>An environment file under a name (repeatable).</source>
        <translation>名前を付けた環境ファイル (複数指定可)。</translation>
    </message>
    <message>
        <source>Do not capture this machine as the development environment.</source>
        <translation>このマシンを開発環境として取得しません。</translation>
    </message>
    <message>
        <source>The Python whose packages are captured.</source>
        <translation>パッケージを取得する対象の Python。</translation>
    </message>
    <message>
        <source>A claimed metrics file (repeatable).</source>
        <translation>申告メトリクスのファイル (複数指定可)。</translation>
    </message>
    <message>
        <source>A rerun&apos;s metrics file (repeatable).</source>
        <translation>再実行のメトリクスファイル (複数指定可)。</translation>
    </message>
    <message>
        <source>A tolerance spec (repeatable).</source>
        <translation>許容誤差の指定 (複数指定可)。</translation>
    </message>
    <message>
        <source>Pack despite uncommitted changes; the package records them.</source>
        <translation>未コミットの変更があってもパックします。変更はパッケージに記録されます。</translation>
    </message>
    <message>
        <source>Hashing threads (default: one per core).</source>
        <translation>ハッシュ計算のスレッド数 (既定: コアごとに 1)。</translation>
    </message>
    <message>
        <source>Exit 1 when the package has an error finding.</source>
        <translation>パッケージにエラーの指摘がある場合は終了コード 1。</translation>
    </message>
    <message>
        <source>expected at most one SOURCE (see --help)</source>
        <translation>SOURCE は 1 つまでです (--help を参照)</translation>
    </message>
    <message>
        <source>no output given: -o OUT (see --help)</source>
        <translation>出力が指定されていません: -o OUT (--help を参照)</translation>
    </message>
    <message>
        <source>--manifest may be given once</source>
        <translation>--manifest は 1 回だけ指定できます</translation>
    </message>
    <message>
        <source>--env %1: expected NAME=FILE</source>
        <translation>--env %1: NAME=FILE が必要です</translation>
    </message>
    <message>
        <source>--jobs %1: expected a number &gt;= 1</source>
        <translation>--jobs %1: 1 以上の数値が必要です</translation>
    </message>
    <message>
        <source>modelreview pack: the development environment was not captured (see above); packing without it
</source>
        <translation>modelreview pack: 開発環境を取得できませんでした (上記を参照)。開発環境なしでパックします
</translation>
    </message>
    <message>
        <source>Wrote %1
  %2 files, %3 bytes, digest %4
</source>
        <translation>%1 を書き込みました
  %2 ファイル、%3 バイト、ダイジェスト %4
</translation>
    </message>
    <message>
        <source>  code: %1 .. %2
</source>
        <translation>  コード: %1 .. %2
</translation>
    </message>
    <message>
        <source>Uncommitted changes (recorded in the package, not included):
  %1
</source>
        <translation>未コミットの変更 (パッケージに記録、含めていません):
  %1
</translation>
    </message>
    <message>
        <source>Untracked files (not in the package):
  %1
</source>
        <translation>未追跡のファイル (パッケージに含めていません):
  %1
</translation>
    </message>
    <message>
        <source>Writes the review report of a package: identity and digest, decision, checklist, findings, comments with their anchored content, and each section&apos;s summary.</source>
        <translation>パッケージのレビューレポートを書き出します: 識別情報とダイジェスト、判定、チェックリスト、指摘、対象の内容付きのコメント、各セクションの概要。</translation>
    </message>
    <message>
        <source>html, pdf, md or json (default: from the output file&apos;s suffix).</source>
        <translation>html、pdf、md、json のいずれか (既定: 出力ファイルの拡張子から判断)。</translation>
    </message>
    <message>
        <source>Output file; &quot;-&quot; writes to stdout (not for pdf).</source>
        <translation>出力ファイル。「-」で標準出力に書き出します (pdf を除く)。</translation>
    </message>
    <message>
        <source>A previous version of the package: adds a &quot;Since the previous review&quot; section.</source>
        <translation>パッケージの以前のバージョン: 「前回のレビュー以降」セクションを追加します。</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 を起動できません: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 が %2 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 が失敗しました (終了コード %2): %3</translation>
    </message>
    <message>
        <source>unexpected answer from %1: %2</source>
        <translation>%1 から予期しない応答: %2</translation>
    </message>
    <message>
        <source>unexpected answer from pip list: %1</source>
        <translation>pip list から予期しない応答: %1</translation>
    </message>
    <message>
        <source>GPU facts skipped: %1</source>
        <translation>GPU 情報を省略しました: %1</translation>
    </message>
    <message>
        <source>unknown argument %1</source>
        <translation>不明な引数 %1</translation>
    </message>
    <message>
        <source>no python3 or python on PATH; name one with --python PATH</source>
        <translation>PATH に python3 も python もありません。--python PATH で指定してください</translation>
    </message>
    <message>
        <source>expected OLD and NEW packages (see --help)</source>
        <translation>OLD と NEW のパッケージが必要です (--help を参照)</translation>
    </message>
    <message>
        <source>%1: no such review file</source>
        <translation>%1: そのようなレビューファイルはありません</translation>
    </message>
    <message>
        <source>%1: refusing to write inside a package</source>
        <translation>%1: パッケージ内には書き込みません</translation>
    </message>
    <message>
        <source>%1: is OLD&apos;s review file, which is never changed; name another with -o</source>
        <translation>%1: OLD のレビューファイルであり、変更されることはありません。-o で別のファイルを指定してください</translation>
    </message>
    <message>
        <source>%1: exists; use --force to replace it</source>
        <translation>%1: 既に存在します。置き換えるには --force を使用してください</translation>
    </message>
    <message>
        <source>Carried %1 comment(s) from %2 %3 to %4 %5 (%6) into %7
</source>
        <translation>%2 %3 から %4 %5 (%6) へコメント %1 件を引き継ぎ、%7 に書き出しました
</translation>
    </message>
    <message>
        <source>Findings:  %1 error(s), %2 warning(s), %3 info%4
</source>
        <translation>指摘:      エラー %1、警告 %2、情報 %3%4
</translation>
    </message>
    <message>
        <source> open; %1 accepted</source>
        <translation> (未解決)、承認済み %1</translation>
    </message>
    <message>
        <source> (accepted by %1: %2)</source>
        <translation> (%1 が承認: %2)</translation>
    </message>
    <message>
        <source> (reopened: items changed since accepted)</source>
        <translation> (再オープン: 承認後に項目が変更されました)</translation>
    </message>
    <message>
        <source>%1: an MLflow store (mlruns/) holds %2 run(s); open one of them:</source>
        <translation>%1: MLflow ストア (mlruns/) に %2 件の run があります。そのうち 1 つを開いてください:</translation>
    </message>
    <message>
        <source>expected exactly one package (see --help)</source>
        <translation>パッケージは 1 つだけ指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation>入力を読み取れません: %1</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>マニフェストを読み取れません</translation>
    </message>
    <message>
        <source>the data root is not available</source>
        <translation>データルートを利用できません</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 件の問題が見つかりました</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>提供なし</translation>
    </message>
    <message>
        <source>%1 error(s)</source>
        <translation>エラー %1 件</translation>
    </message>
    <message>
        <source>Package:   %1 %2
</source>
        <translation>パッケージ: %1 %2
</translation>
    </message>
    <message>
        <source>Format:    %1
</source>
        <translation>形式:      %1
</translation>
    </message>
    <message>
        <source>Created:   %1
</source>
        <translation>作成:      %1
</translation>
    </message>
    <message>
        <source>Submitter: %1%2
</source>
        <translation>提出者:    %1%2
</translation>
    </message>
    <message>
        <source>Summary:   %1
</source>
        <translation>概要:      %1
</translation>
    </message>
    <message>
        <source>Source:    %1%2
</source>
        <translation>ソース:    %1%2
</translation>
    </message>
    <message>
        <source>Opened as: %1
</source>
        <translation>開いた形式: %1
</translation>
    </message>
    <message>
        <source>Digest:    %1
</source>
        <translation>ダイジェスト: %1
</translation>
    </message>
    <message>
        <source>%1 (%2 files, %3 bytes)</source>
        <translation>%1 (%2 ファイル、%3 バイト)</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source> (baseline %1)</source>
        <translation> (ベースライン %1)</translation>
    </message>
    <message>
        <source>%1 claimed, %2 rerun file(s), %3 metric spec(s)</source>
        <translation>申告 %1、再実行ファイル %2、メトリクス定義 %3</translation>
    </message>
    <message>
        <source>%1 artifact(s)</source>
        <translation>成果物 %1 件</translation>
    </message>
    <message>
        <source>Policy:    %1
</source>
        <translation>ポリシー:  %1
</translation>
    </message>
    <message>
        <source>Since %1 %2:
</source>
        <translation>%1 %2 以降:
</translation>
    </message>
    <message>
        <source>  package:      %1 field(s) changed
</source>
        <translation>  パッケージ:   %1 フィールド変更
</translation>
    </message>
    <message>
        <source>  code:         %1 file(s), +%2 -%3%4
</source>
        <translation>  コード:       %1 ファイル、+%2 -%3%4
</translation>
    </message>
    <message>
        <source>, base changed</source>
        <translation>、base 変更あり</translation>
    </message>
    <message>
        <source>  code:         not compared %1
</source>
        <translation>  コード:       比較なし %1
</translation>
    </message>
    <message>
        <source>  dataset:      %1 added, %2 removed, %3 modified, %4 renamed
</source>
        <translation>  データセット: 追加 %1、削除 %2、変更 %3、名前変更 %4
</translation>
    </message>
    <message>
        <source>  dataset:      not compared %1
</source>
        <translation>  データセット: 比較なし %1
</translation>
    </message>
    <message>
        <source>  environments: %1 environment(s), %2 row(s) changed
</source>
        <translation>  環境:         %1 環境、%2 行変更
</translation>
    </message>
    <message>
        <source>  results:      %1 metric(s) changed
</source>
        <translation>  結果:         %1 メトリクス変更
</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite %2</source>
        <translation>%1: %2 は上書きしません</translation>
    </message>
    <message>
        <source>a path that does not resolve (a loop of links)</source>
        <translation>解決できないパス (リンクのループ)</translation>
    </message>
    <message>
        <source>the package it reads</source>
        <translation>読み込み中のパッケージ</translation>
    </message>
    <message>
        <source>a file inside the package</source>
        <translation>パッケージ内のファイル</translation>
    </message>
    <message>
        <source>the review file it reads</source>
        <translation>読み込み中のレビューファイル</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>canceled: nothing was written</source>
        <translation>中止しました: 何も書き込まれていません</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  注記: %1
</translation>
    </message>
    <message>
        <source>missing -o OUT (see --help)</source>
        <translation>-o OUT がありません (--help を参照)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use html, pdf, md or json</source>
        <translation>不明な形式「%1」: html、pdf、md、json のいずれかを使用してください</translation>
    </message>
    <message>
        <source>a PDF report needs an output file</source>
        <translation>PDF レポートには出力ファイルが必要です</translation>
    </message>
    <message>
        <source>modelreview report: note: no review file at %1; the report has no review
</source>
        <translation>modelreview report: 注記: %1 にレビューファイルがありません。レポートにレビューは含まれません
</translation>
    </message>
    <message>
        <source>Manifest:  %1 (%2, %3 entries)
</source>
        <translation>マニフェスト: %1 (%2、%3 エントリ)
</translation>
    </message>
    <message>
        <source>Data root: %1 not available: %2 entries not verified
</source>
        <translation>データルート: %1 を利用できません: %2 エントリは未検証
</translation>
    </message>
    <message>
        <source>Entries:   %1 ok, %2 mismatch, %3 missing, %4 unreadable, %5 without digest, %6 unlisted
</source>
        <translation>エントリ:  正常 %1、不一致 %2、欠落 %3、読み取り不可 %4、ダイジェストなし %5、未記載 %6
</translation>
    </message>
    <message>
        <source>Manifest:  unreadable: %1
</source>
        <translation>マニフェスト: 読み取り不可: %1
</translation>
    </message>
    <message>
        <source>Manifest:  not provided
</source>
        <translation>マニフェスト: 提供なし
</translation>
    </message>
    <message>
        <source>Artifact:  %1 %2%3
</source>
        <translation>成果物:    %1 %2%3
</translation>
    </message>
    <message>
        <source>Verify a package&apos;s dataset and artifacts against their digests.</source>
        <translation>パッケージのデータセットと成果物をダイジェストと照合して検証します。</translation>
    </message>
    <message>
        <source>Package folder or archive.</source>
        <translation>パッケージのフォルダーまたはアーカイブ。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Concurrent readers (default: max(8, 2 x cores)).</source>
        <translation>同時読み取り数 (既定: max(8, 2 x コア数))。</translation>
    </message>
    <message>
        <source>Verify the dataset against DIR instead of the package&apos;s data root (data the package references by hash only, such as DVC outputs after `dvc pull`).</source>
        <translation>パッケージのデータルートの代わりに DIR に対してデータセットを検証します (`dvc pull` 後の DVC 出力など、パッケージがハッシュでのみ参照するデータ向け)。</translation>
    </message>
    <message>
        <source>expected one package path</source>
        <translation>パッケージのパスを 1 つ指定してください</translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to 1024</source>
        <translation>--jobs には 1 から 1024 までの数値が必要です</translation>
    </message>
    <message>
        <source>Checked %1 files, %2 bytes in %3 s: %4
</source>
        <translation>%1 ファイル、%2 バイトを %3 秒で確認しました: %4
</translation>
    </message>
    <message>
        <source>all ok</source>
        <translation>すべて正常</translation>
    </message>
    <message>
        <source>cannot verify: %1</source>
        <translation>検証できません: %1</translation>
    </message>
    <message>
        <source>cannot verify the dataset: its data root is not available</source>
        <translation>データセットを検証できません: データルートを利用できません</translation>
    </message>
</context>
<context>
    <name>mr::dataset::ManifestTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Renamed from</source>
        <translation>名前変更前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Baseline size</source>
        <translation>ベースラインのサイズ</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>ダイジェスト</translation>
    </message>
    <message>
        <source>Baseline digest</source>
        <translation>ベースラインのダイジェスト</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
</context>
<context>
    <name>mr::review::ApprovalDialog</name>
    <message>
        <source>Approve This Package</source>
        <translation>このパッケージを承認</translation>
    </message>
    <message>
        <source>This package cannot be approved: a submit requirement is not met. Resolve what is listed below, or change the requirements in the settings.</source>
        <translation>このパッケージは承認できません: 提出要件が満たされていません。以下の項目を解決するか、設定で要件を変更してください。</translation>
    </message>
    <message numerus="yes">
        <source>Approve this exact package? %n point(s) below are open; they do not prevent the approval under your submit requirements.</source>
        <translation>
            <numerusform>このパッケージそのものを承認しますか? 以下の %n 件が未解決ですが、現在の提出要件では承認を妨げません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve this exact package? Every check below is met.</source>
        <translation>このパッケージそのものを承認しますか? 以下のすべての確認項目が満たされています。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認項目</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>満たしている</translation>
    </message>
    <message>
        <source>Not met (required)</source>
        <translation>満たしていない (必須)</translation>
    </message>
    <message>
        <source>Open (not required)</source>
        <translation>未解決 (必須ではない)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
</context>
<context>
    <name>mr::review::CommentEditorDialog</name>
    <message>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>コメントを編集</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>新しいコメント</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <source>the package as a whole</source>
        <translation>パッケージ全体</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, `code`, lists, links...</source>
        <translation>Markdown で記述できます: **太字**、`コード`、リスト、リンク...</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込む(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Blocker (prevents approval)</source>
        <translation>ブロッカー (承認を妨げる)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Discard Comment</source>
        <translation>コメントを破棄</translation>
    </message>
    <message>
        <source>Discard the text you typed?</source>
        <translation>入力したテキストを破棄しますか?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
</context>
<context>
    <name>mr::review::CommentTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, outdated</source>
        <translation>%1、古い</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
</context>
<context>
    <name>mr::review::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Request &amp;Changes</source>
        <translation>変更を要求(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>却下(&amp;J)</translation>
    </message>
    <message>
        <source>Reason (required to request changes or reject)</source>
        <translation>理由 (変更の要求や却下の場合は必須)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation>承認できません: %1</translation>
    </message>
    <message>
        <source>No review open.</source>
        <translation>レビューが開かれていません。</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>まだ判定はありません。</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 (%2、%3)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Stale: this decision was made on %1, but the package is now %2. Decide again.</source>
        <translation>古い判定: この判定は %1 に対して行われましたが、パッケージは現在 %2 です。もう一度判定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s) must be resolved first</source>
        <translation>
            <numerusform>先に未解決のブロッカー %n 件を解決する必要があります</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve this exact package (its digest)</source>
        <translation>このパッケージそのもの (そのダイジェスト) を承認</translation>
    </message>
    <message>
        <source> (checks pass)</source>
        <translation> (確認に合格)</translation>
    </message>
    <message>
        <source> (checks fail)</source>
        <translation> (確認に不合格)</translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation>最終更新者: %1</translation>
    </message>
</context>
<context>
    <name>mr::review::IdentityDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>レビュアーは誰ですか?</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Your name and email are recorded with each comment and decision you make. They are stored in your settings and asked for only once.</source>
        <translation>あなたの名前とメールアドレスは、コメントや判定のたびに記録されます。設定に保存され、尋ねられるのは一度だけです。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
</context>
<context>
    <name>mr::review::ReviewDock</name>
    <message>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の</translation>
    </message>
    <message>
        <source>&amp;Reply...</source>
        <translation>返信(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>編集(&amp;E)...</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>解決(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Comment on Package...</source>
        <translation>パッケージにコメント...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Comments carried from the previous package, by status</source>
        <translation>以前のパッケージから引き継いだコメント (状態別)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>古い</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>消失</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>ここで作成</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>ブロッカー</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>コメントを編集</translation>
    </message>
    <message>
        <source>No comments yet. Use a pane&apos;s Comment action, or comment on the package.</source>
        <translation>まだコメントはありません。ペインのコメント操作を使うか、パッケージにコメントしてください。</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>再オープン(&amp;O)</translation>
    </message>
    <message>
        <source> · *outdated: the content changed since*</source>
        <translation> · *古い: その後に内容が変更されました*</translation>
    </message>
    <message>
        <source>Carried from version %1: **%2**</source>
        <translation>バージョン %1 から引き継ぎ: **%2**</translation>
    </message>
    <message>
        <source> (was on %1)</source>
        <translation> (以前は %1)</translation>
    </message>
    <message>
        <source>Then (version %1):</source>
        <translation>当時 (バージョン %1):</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>現在:</translation>
    </message>
</context>
<context>
    <name>mr::review::ReviewSession</name>
    <message>
        <source>The review is read-only: %1</source>
        <translation>レビューは読み取り専用です: %1</translation>
    </message>
    <message>
        <source>Accepting a finding needs a reason.</source>
        <translation>指摘を承認するには理由が必要です。</translation>
    </message>
    <message>
        <source>The review file&apos;s suppressions cannot be read: %1</source>
        <translation>レビューファイルの抑制設定を読み取れません: %1</translation>
    </message>
</context>
</TS>
