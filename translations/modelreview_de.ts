<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>The development environment was not captured: %1</source>
        <translation>Die Entwicklungsumgebung wurde nicht erfasst: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>modelreview: unknown command &quot;%1&quot;
Commands: %2
To open a package in the workbench, give its path (for example ./%1).
</source>
        <translation>modelreview: unbekannter Befehl „%1“
Befehle: %2
Um ein Paket in der Werkbank zu öffnen, geben Sie seinen Pfad an (zum Beispiel ./%1).
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review machine-learning model packages before release.

Commands (each has --help): %1</source>
        <translation>Prüft Pakete mit Machine-Learning-Modellen vor der Freigabe.

Befehle (jeweils mit --help): %1</translation>
    </message>
    <message>
        <source>Package folder or archive to open.</source>
        <translation>Zu öffnender Paketordner oder zu öffnendes Archiv.</translation>
    </message>
</context>
<context>
    <name>mr::Approval</name>
    <message>
        <source>verification canceled</source>
        <translation>Verifizierung abgebrochen</translation>
    </message>
    <message>
        <source>the data root is not available</source>
        <translation>das Datenverzeichnis ist nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>verification incomplete</source>
        <translation>Verifizierung unvollständig</translation>
    </message>
    <message>
        <source>not verified in this session</source>
        <translation>in dieser Sitzung nicht verifiziert</translation>
    </message>
    <message>
        <source>not verified by gate (run `modelreview verify`)</source>
        <translation>von gate nicht verifiziert (`modelreview verify` ausführen)</translation>
    </message>
    <message>
        <source>No section failed to load</source>
        <translation>Kein Abschnitt konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>No open blockers</source>
        <translation>Keine offenen Blocker</translation>
    </message>
    <message>
        <source>Dataset verified</source>
        <translation>Datensatz verifiziert</translation>
    </message>
    <message>
        <source>No error findings</source>
        <translation>Keine Befunde der Stufe Fehler</translation>
    </message>
    <message>
        <source>Every checklist step ticked</source>
        <translation>Jeder Schritt der Checkliste abgehakt</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
</context>
<context>
    <name>mr::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>mr::Checklist</name>
    <message>
        <source>Code read</source>
        <translation>Code gelesen</translation>
    </message>
    <message>
        <source>Dataset verified</source>
        <translation>Datensatz verifiziert</translation>
    </message>
    <message>
        <source>Environments compared</source>
        <translation>Umgebungen verglichen</translation>
    </message>
    <message>
        <source>Results within tolerance</source>
        <translation>Ergebnisse innerhalb der Toleranz</translation>
    </message>
</context>
<context>
    <name>mr::Code</name>
    <message>
        <source>Revisions: %1

</source>
        <translation>Revisionen: %1

</translation>
    </message>
    <message>
        <source>**Failed:** %1
</source>
        <translation>**Fehlgeschlagen:** %1
</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;Failed:&lt;/strong&gt; %1&lt;/p&gt;
</source>
        <translation>&lt;p&gt;&lt;strong&gt;Fehlgeschlagen:&lt;/strong&gt; %1&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>| Status | File | Added | Removed |
|---|---|---:|---:|
</source>
        <translation>| Status | Datei | Hinzugefügt | Entfernt |
|---|---|---:|---:|
</translation>
    </message>
    <message>
        <source>%1 file(s) changed, %2 line(s) added, %3 removed, %4 binary</source>
        <translation>%1 Datei(en) geändert, %2 Zeile(n) hinzugefügt, %3 entfernt, %4 binär</translation>
    </message>
    <message>
        <source>&lt;/tbody&gt;
&lt;tfoot&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Total: %1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;/tfoot&gt;
&lt;/table&gt;
&lt;p&gt;%4&lt;/p&gt;
</source>
        <translation>&lt;/tbody&gt;
&lt;tfoot&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Summe: %1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;/tfoot&gt;
&lt;/table&gt;
&lt;p&gt;%4&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>cannot read the working tree status</source>
        <translation>der Status des Arbeitsverzeichnisses kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n uncommitted change(s) (for example %1): the reviewed code is not all committed.</source>
        <translation>
            <numerusform>Das Repository hat %n nicht committete Änderung (zum Beispiel %1): Der geprüfte Code ist nicht vollständig committet.</numerusform>
            <numerusform>Das Repository hat %n nicht committete Änderungen (zum Beispiel %1): Der geprüfte Code ist nicht vollständig committet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n uncommitted change(s), so the reviewed code is not all committed: %1</source>
        <translation>
            <numerusform>Das Repository hat %n nicht committete Änderung, der geprüfte Code ist also nicht vollständig committet: %1</numerusform>
            <numerusform>Das Repository hat %n nicht committete Änderungen, der geprüfte Code ist also nicht vollständig committet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>The working tree is checked out at %1, not at the reviewed head %2.</source>
        <translation>Das Arbeitsverzeichnis ist auf %1 ausgecheckt, nicht auf dem geprüften Head %2.</translation>
    </message>
    <message>
        <source>The repository stores some files with Git LFS: their diff shows pointer files, not the content.</source>
        <translation>Das Repository speichert einige Dateien mit Git LFS: Ihr Diff zeigt Pointer-Dateien, nicht den Inhalt.</translation>
    </message>
    <message>
        <source>The code repository %1 does not exist.</source>
        <translation>Das Code-Repository %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The code repository cannot be opened (%1).</source>
        <translation>Das Code-Repository kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The code section names no %1 revision.</source>
        <translation>Der Code-Abschnitt nennt keine %1-Revision.</translation>
    </message>
    <message>
        <source>The %1 revision &quot;%2&quot; is not in the repository (%3).</source>
        <translation>Die %1-Revision „%2“ ist nicht im Repository (%3).</translation>
    </message>
    <message>
        <source> The repository is a shallow clone: its history was cut, so older commits are missing.</source>
        <translation> Das Repository ist ein flacher Klon: Seine Historie wurde abgeschnitten, ältere Commits fehlen.</translation>
    </message>
    <message>
        <source>The repository is a shallow clone: history before the base may be missing.</source>
        <translation>Das Repository ist ein flacher Klon: Die Historie vor der Basis kann fehlen.</translation>
    </message>
    <message>
        <source>The head revision %1 is not reachable from any branch or tag.</source>
        <translation>Die Head-Revision %1 ist von keinem Branch und keinem Tag aus erreichbar.</translation>
    </message>
    <message>
        <source>cannot compare base and head</source>
        <translation>Basis und Head können nicht verglichen werden</translation>
    </message>
    <message>
        <source>rename detection failed</source>
        <translation>Umbenennungserkennung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The package has no code section.</source>
        <translation>Das Paket hat keinen Code-Abschnitt.</translation>
    </message>
    <message>
        <source>The code section is invalid: %1</source>
        <translation>Der Code-Abschnitt ist ungültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) are Git LFS pointers (for example %1): the reviewed diff does not contain their content.</source>
        <translation>
            <numerusform>%n geänderte Datei ist ein Git-LFS-Pointer (zum Beispiel %1): Der geprüfte Diff enthält ihren Inhalt nicht.</numerusform>
            <numerusform>%n geänderte Dateien sind Git-LFS-Pointer (zum Beispiel %1): Der geprüfte Diff enthält ihren Inhalt nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2-Fehler %1</translation>
    </message>
    <message>
        <source>cannot open repository %1</source>
        <translation>Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>revision &quot;%1&quot; not found</source>
        <translation>Revision „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>revision &quot;%1&quot; is not a commit</source>
        <translation>Revision „%1“ ist kein Commit</translation>
    </message>
    <message>
        <source>cannot read the tree of commit %1</source>
        <translation>der Baum von Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read blob %1</source>
        <translation>Blob %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare %1</source>
        <translation>%1 kann nicht verglichen werden</translation>
    </message>
    <message>
        <source>cannot read hunk of %1</source>
        <translation>Hunk von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&lt;table class=&quot;code-files&quot;&gt;
&lt;thead&gt;&lt;tr&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;File&lt;/th&gt;&lt;th&gt;Added&lt;/th&gt;&lt;th&gt;Removed&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;
&lt;tbody&gt;
</source>
        <translation>&lt;table class=&quot;code-files&quot;&gt;
&lt;thead&gt;&lt;tr&gt;&lt;th&gt;Status&lt;/th&gt;&lt;th&gt;Datei&lt;/th&gt;&lt;th&gt;Hinzugefügt&lt;/th&gt;&lt;th&gt;Entfernt&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;
&lt;tbody&gt;
</translation>
    </message>
    <message>
        <source>Submodule(s) changed: %1. Their content is not part of this diff; only the recorded commit changed.</source>
        <translation>Submodul(e) geändert: %1. Ihr Inhalt ist nicht Teil dieses Diffs; nur der verzeichnete Commit hat sich geändert.</translation>
    </message>
</context>
<context>
    <name>mr::CodeFileListModel</name>
    <message>
        <source>Viewed (kept by the file&apos;s content: a later change clears the mark)</source>
        <translation>Angesehen (an den Dateiinhalt gebunden: eine spätere Änderung hebt die Markierung auf)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
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
        <translation>Dateien filtern</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Einheitlich</translation>
    </message>
    <message>
        <source>Show the diff unified instead of side by side</source>
        <translation>Den Diff einheitlich statt nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation>Leerraum ignorieren</translation>
    </message>
    <message>
        <source>Context: </source>
        <translation>Kontext: </translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation>Unveränderte Zeilen, die um jede Änderung gezeigt werden</translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next File</source>
        <translation>Nächste Datei</translation>
    </message>
    <message>
        <source>Previous File</source>
        <translation>Vorherige Datei</translation>
    </message>
    <message>
        <source>Toggle Viewed</source>
        <translation>Angesehen umschalten</translation>
    </message>
    <message>
        <source>Comment on Selected Lines…</source>
        <translation>Ausgewählte Zeilen kommentieren…</translation>
    </message>
    <message>
        <source>Unified Diff</source>
        <translation>Einheitlicher Diff</translation>
    </message>
    <message>
        <source>%1 files (counting lines… %2)</source>
        <translation>%1 Dateien (Zeilen werden gezählt… %2)</translation>
    </message>
    <message>
        <source>No package</source>
        <translation>Kein Paket</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No difference between %1 and %2.</source>
        <translation>Kein Unterschied zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Select a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>This file is not valid UTF-8: it is shown decoded as Latin-1.</source>
        <translation>Diese Datei ist kein gültiges UTF-8: Sie wird als Latin-1 dekodiert gezeigt.</translation>
    </message>
    <message>
        <source>Line endings changed (%1 → %2).</source>
        <translation>Zeilenenden geändert (%1 → %2).</translation>
    </message>
    <message>
        <source>Windows line endings (CR LF).</source>
        <translation>Windows-Zeilenenden (CR LF).</translation>
    </message>
    <message>
        <source>Git LFS pointer: the diff shows the pointer file, not the stored content.</source>
        <translation>Git-LFS-Pointer: Der Diff zeigt die Pointer-Datei, nicht den gespeicherten Inhalt.</translation>
    </message>
    <message>
        <source>File mode changed: %1 → %2.</source>
        <translation>Dateimodus geändert: %1 → %2.</translation>
    </message>
    <message>
        <source>Submodule: commit %1 → %2. Its content is not part of this diff.</source>
        <translation>Submodul: Commit %1 → %2. Sein Inhalt ist nicht Teil dieses Diffs.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 file: shown by size and hash.
Old: %2, blob %3
New: %4, blob %5</source>
        <translation>%1-Datei: nach Größe und Hash gezeigt.
Alt: %2, Blob %3
Neu: %4, Blob %5</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Binary</source>
        <translation>Binär</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Kein Unterschied</translation>
    </message>
    <message>
        <source>No difference: an empty file was added.</source>
        <translation>Kein Unterschied: Eine leere Datei wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>No difference: renamed from %1 without changes.</source>
        <translation>Kein Unterschied: ohne Änderungen von %1 umbenannt.</translation>
    </message>
    <message>
        <source>No difference in content: only the file mode changed.</source>
        <translation>Kein Unterschied im Inhalt: Nur der Dateimodus hat sich geändert.</translation>
    </message>
    <message>
        <source>No difference when whitespace is ignored.</source>
        <translation>Kein Unterschied, wenn Leerraum ignoriert wird.</translation>
    </message>
    <message>
        <source>%1 files, +%2 −%3, %4 viewed</source>
        <translation>%1 Dateien, +%2 −%3, %4 angesehen</translation>
    </message>
    <message>
        <source>%1 files (counting lines…), %2 viewed</source>
        <translation>%1 Dateien (Zeilen werden gezählt…), %2 angesehen</translation>
    </message>
    <message>
        <source>Select one or more lines of the diff to comment on.</source>
        <translation>Wählen Sie eine oder mehrere Zeilen des Diffs zum Kommentieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on %1</source>
        <translation>
            <numerusform>%n Kommentar zu %1</numerusform>
            <numerusform>%n Kommentare zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>bin</source>
        <translation>bin</translation>
    </message>
    <message>
        <source>
from %1 (%2% similar)</source>
        <translation>
von %1 (%2% ähnlich)</translation>
    </message>
    <message>
        <source>
binary or over the size limit</source>
        <translation>
binär oder über der Größengrenze</translation>
    </message>
    <message>
        <source>
Git LFS pointer</source>
        <translation>
Git-LFS-Pointer</translation>
    </message>
</context>
<context>
    <name>mr::Core</name>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>size %1, expected %2</source>
        <translation>Größe %1, erwartet %2</translation>
    </message>
    <message>
        <source>OpenSSL digest initialisation failed</source>
        <translation>Initialisierung des OpenSSL-Digests fehlgeschlagen</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3): readers disagree on which value counts</source>
        <translation>doppelter Schlüssel „%1“ (zuerst in Zeile %2, Spalte %3): Leser sind uneins, welcher Wert gilt</translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>malformed JSON: </source>
        <translation>fehlerhaftes JSON: </translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation>Zahl %1 liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation>eine Zahl liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>aliases expand to %1 nodes from %2 written ones (an alias bomb?)</source>
        <translation>Aliase expandieren zu %1 Knoten aus %2 geschriebenen (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>a scalar of %1 bytes is longer than the limit of %2</source>
        <translation>ein Skalar von %1 Byte ist länger als die Grenze von %2</translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (aliases counted as their expansion)</source>
        <translation>das Dokument expandiert zu mehr als %1 Knoten (Aliase als ihre Expansion gezählt)</translation>
    </message>
    <message>
        <source>a line of %1 bytes is longer than the limit of %2</source>
        <translation>eine Zeile von %1 Byte ist länger als die Grenze von %2</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>fehlerhaftes YAML: %1</translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top level</source>
        <translation>YAML-Mapping auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a NUL byte in YAML text</source>
        <translation>ein NUL-Byte im YAML-Text</translation>
    </message>
    <message>
        <source>an alias inside the node it refers to (a cycle)</source>
        <translation>ein Alias innerhalb des Knotens, auf den er verweist (ein Zyklus)</translation>
    </message>
</context>
<context>
    <name>mr::Dataset</name>
    <message>
        <source>line contains a NUL byte</source>
        <translation>Zeile enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>unreadable CSV header</source>
        <translation>unlesbare CSV-Kopfzeile</translation>
    </message>
    <message>
        <source>the CSV header must name the columns &quot;path&quot; and &quot;size&quot;</source>
        <translation>die CSV-Kopfzeile muss die Spalten „path“ und „size“ nennen</translation>
    </message>
    <message>
        <source>malformed CSV quoting</source>
        <translation>fehlerhafte CSV-Anführungszeichen</translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not a non-negative integer</source>
        <translation>Größe „%1“ ist keine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <source>the CSV file has no header row</source>
        <translation>die CSV-Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1</source>
        <translation>Das Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest line(s) were refused</source>
        <translation>
            <numerusform>%n Manifestzeile wurde abgelehnt</numerusform>
            <numerusform>%n Manifestzeilen wurden abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest path(s) are absolute or leave the data root through &quot;..&quot;</source>
        <translation>
            <numerusform>%n Manifestpfad ist absolut oder verlässt das Datenverzeichnis über „..“</numerusform>
            <numerusform>%n Manifestpfade sind absolut oder verlassen das Datenverzeichnis über „..“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) appear more than once in the manifest</source>
        <translation>
            <numerusform>%n Pfad kommt mehr als einmal im Manifest vor</numerusform>
            <numerusform>%n Pfade kommen mehr als einmal im Manifest vor</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries have no digest, so nobody can check their content</source>
        <translation>%1 von %2 Einträgen haben keinen Digest, niemand kann also ihren Inhalt prüfen</translation>
    </message>
    <message>
        <source>The manifest states %1 bytes in total, its entries sum to %2</source>
        <translation>Das Manifest gibt insgesamt %1 Byte an, seine Einträge ergeben %2</translation>
    </message>
    <message>
        <source>The manifest states %1 files, it lists %2</source>
        <translation>Das Manifest gibt %1 Dateien an, es listet %2</translation>
    </message>
    <message>
        <source>The package states %1 bytes in total, the manifest&apos;s entries sum to %2</source>
        <translation>Das Paket gibt insgesamt %1 Byte an, die Einträge des Manifests ergeben %2</translation>
    </message>
    <message>
        <source>The baseline manifest cannot be read: %1</source>
        <translation>Das Basis-Manifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The data files are not in the package (no data root): the %1 entries cannot be verified, only listed and compared with the baseline</source>
        <translation>Die Datendateien sind nicht im Paket (kein Datenverzeichnis): Die %1 Einträge können nicht verifiziert, nur gelistet und mit der Basis verglichen werden</translation>
    </message>
    <message>
        <source>The data root is not available: the %1 entries were not verified</source>
        <translation>Das Datenverzeichnis ist nicht verfügbar: Die %1 Einträge wurden nicht verifiziert</translation>
    </message>
    <message>
        <source>%1 more entries %2</source>
        <translation>%1 weitere Einträge %2</translation>
    </message>
    <message>
        <source>%1 is under the data root but not in the manifest</source>
        <translation>%1 liegt im Datenverzeichnis, steht aber nicht im Manifest</translation>
    </message>
    <message>
        <source>%1 more files under the data root are not in the manifest</source>
        <translation>%1 weitere Dateien im Datenverzeichnis stehen nicht im Manifest</translation>
    </message>
    <message>
        <source>Artifact %1: %2</source>
        <translation>Artefakt %1: %2</translation>
    </message>
    <message>
        <source>Dataset not provided.
</source>
        <translation>Datensatz nicht bereitgestellt.
</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dataset not provided.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Datensatz nicht bereitgestellt.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1
</source>
        <translation>Das Manifest kann nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>&lt;p&gt;The manifest cannot be read: %1&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Das Manifest kann nicht gelesen werden: %1&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>Manifest %1 (%2): **%3 files**, %4 bytes%5, %6 with a digest.

</source>
        <translation>Manifest %1 (%2): **%3 Dateien**, %4 Byte%5, %6 mit Digest.

</translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation>, %1 Zeilen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Manifest %1 (%2): &lt;b&gt;%3 files&lt;/b&gt;, %4 bytes%5, %6 with a digest.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Manifest %1 (%2): &lt;b&gt;%3 Dateien&lt;/b&gt;, %4 Byte%5, %6 mit Digest.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>manifest problem</source>
        <translation>Manifestproblem</translation>
    </message>
    <message>
        <source>baseline path</source>
        <translation>Pfad in der Basis</translation>
    </message>
    <message>
        <source>Against the baseline: %1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.</source>
        <translation>Gegenüber der Basis: %1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt, %5 unverändert.</translation>
    </message>
    <message>
        <source>Verification%1: %2 ok, %3 mismatch, %4 missing, %5 unreadable, %6 without digest, %7 unlisted.</source>
        <translation>Verifizierung%1: %2 in Ordnung, %3 abweichend, %4 fehlend, %5 unlesbar, %6 ohne Digest, %7 nicht gelistet.</translation>
    </message>
    <message>
        <source>The data root is not available: the entries were not verified.</source>
        <translation>Das Datenverzeichnis ist nicht verfügbar: Die Einträge wurden nicht verifiziert.</translation>
    </message>
    <message>
        <source>unlisted file</source>
        <translation>nicht gelistete Datei</translation>
    </message>
    <message>
        <source>an output is not a mapping</source>
        <translation>eine Ausgabe ist kein Mapping</translation>
    </message>
    <message>
        <source>directory md5 &quot;%1&quot; is not 32 hex digits followed by .dir: refused</source>
        <translation>Verzeichnis-md5 „%1“ besteht nicht aus 32 Hex-Ziffern gefolgt von .dir: abgelehnt</translation>
    </message>
    <message>
        <source>directory output (md5 %1.dir): its listing is not in the package, so its files cannot be listed or verified one by one</source>
        <translation>Verzeichnisausgabe (md5 %1.dir): Ihre Auflistung ist nicht im Paket, ihre Dateien können also nicht einzeln gelistet oder verifiziert werden</translation>
    </message>
    <message>
        <source>directory listing: %1</source>
        <translation>Verzeichnisauflistung: %1</translation>
    </message>
    <message>
        <source>directory listing %1: %2</source>
        <translation>Verzeichnisauflistung %1: %2</translation>
    </message>
    <message>
        <source>directory listing %1</source>
        <translation>Verzeichnisauflistung %1</translation>
    </message>
    <message>
        <source>expected a YAML mapping</source>
        <translation>YAML-Mapping erwartet</translation>
    </message>
    <message>
        <source>no &quot;stages&quot; mapping</source>
        <translation>kein Mapping „stages“</translation>
    </message>
    <message>
        <source>&quot;outs&quot; is not a list</source>
        <translation>„outs“ ist keine Liste</translation>
    </message>
    <message>
        <source>no &quot;outs&quot; list</source>
        <translation>keine Liste „outs“</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>der Ordner enthält keine Dateien</translation>
    </message>
    <message>
        <source>not a Git LFS pointer file</source>
        <translation>keine Git-LFS-Pointer-Datei</translation>
    </message>
    <message>
        <source>a DVC project without dvc.lock or .dvc files: nothing is tracked yet</source>
        <translation>ein DVC-Projekt ohne dvc.lock oder .dvc-Dateien: Noch wird nichts verfolgt</translation>
    </message>
    <message>
        <source>directory (md5 %1.dir): its listing is not in the DVC cache, so its files cannot be listed or verified one by one</source>
        <translation>Verzeichnis (md5 %1.dir): Seine Auflistung ist nicht im DVC-Cache, seine Dateien können also nicht einzeln gelistet oder verifiziert werden</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>absolute path &quot;%1&quot; is not allowed</source>
        <translation>absoluter Pfad „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <source>path contains a NUL byte</source>
        <translation>Pfad enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the data root</source>
        <translation>Pfad „%1“ verlässt das Datenverzeichnis</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>%1 is not hexadecimal</source>
        <translation>%1 ist nicht hexadezimal</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object, or an incomplete object</source>
        <translation>unerwarteter Text nach dem JSON-Objekt oder ein unvollständiges Objekt</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>kein gültiges JSON</translation>
    </message>
    <message>
        <source>path is not a string</source>
        <translation>Pfad ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>size is not a non-negative integer</source>
        <translation>Größe ist keine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation>unerwarteter Text nach dem JSON-Objekt</translation>
    </message>
    <message>
        <source>missing &quot;path&quot;</source>
        <translation>„path“ fehlt</translation>
    </message>
    <message>
        <source>missing &quot;size&quot;</source>
        <translation>„size“ fehlt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>file too large for its format</source>
        <translation>Datei zu groß für ihr Format</translation>
    </message>
    <message>
        <source>not a valid Git LFS pointer</source>
        <translation>kein gültiger Git-LFS-Pointer</translation>
    </message>
    <message>
        <source>unrecognised manifest format (expected JSON Lines, CSV with a header, dvc.lock, .dvc or Git LFS pointers)</source>
        <translation>unbekanntes Manifestformat (erwartet: JSON Lines, CSV mit Kopfzeile, dvc.lock, .dvc oder Git-LFS-Pointer)</translation>
    </message>
    <message>
        <source>duplicate path &quot;%1&quot; (first on line %2)</source>
        <translation>doppelter Pfad „%1“ (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 / %2 files · %3 / %4 · %5/s</source>
        <translation>%1 / %2 Dateien · %3 / %4 · %5/s</translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation> · noch %1 s</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>size %1, expected %2</source>
        <translation>Größe %1, erwartet %2</translation>
    </message>
    <message>
        <source>no digest to check</source>
        <translation>kein Digest zum Prüfen</translation>
    </message>
    <message>
        <source>md5 of the text with CRLF as LF (DVC 2 rule) agrees</source>
        <translation>md5 des Texts mit CRLF als LF (DVC-2-Regel) stimmt überein</translation>
    </message>
    <message>
        <source>%1 %2, expected %3</source>
        <translation>%1 %2, erwartet %3</translation>
    </message>
    <message>
        <source>%1 columns; the header has %2</source>
        <translation>%1 Spalten; die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>md5 has %1 characters; expected 32 hex digits</source>
        <translation>md5 hat %1 Zeichen; erwartet: 32 Hex-Ziffern</translation>
    </message>
    <message>
        <source>dvc.lock schema %1 is not 2.x; reading it as 2.0</source>
        <translation>dvc.lock-Schema %1 ist nicht 2.x; wird als 2.0 gelesen</translation>
    </message>
    <message>
        <source>line is %1 bytes long; the limit is %2</source>
        <translation>Zeile ist %1 Byte lang; die Grenze ist %2</translation>
    </message>
    <message>
        <source>%1 has %2 characters; expected %3 hex digits</source>
        <translation>%1 hat %2 Zeichen; erwartet: %3 Hex-Ziffern</translation>
    </message>
</context>
<context>
    <name>mr::DatasetPane</name>
    <message>
        <source>Filter paths</source>
        <translation>Pfade filtern</translation>
    </message>
    <message>
        <source>Column contains</source>
        <translation>Spalte enthält</translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation>Nur geänderte</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Without digest</source>
        <translation>Ohne Digest</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentieren</translation>
    </message>
    <message>
        <source>Comment on Dataset Entry…</source>
        <translation>Datensatzeintrag kommentieren…</translation>
    </message>
    <message>
        <source>Verify Dataset</source>
        <translation>Datensatz verifizieren</translation>
    </message>
    <message>
        <source>Loading… %1 entries</source>
        <translation>Wird geladen… %1 Einträge</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dataset not provided: the package has no manifest</source>
        <translation>Datensatz nicht bereitgestellt: Das Paket hat kein Manifest</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Failed: loading was canceled</source>
        <translation>Fehlgeschlagen: Das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>The manifest lists no files</source>
        <translation>Das Manifest listet keine Dateien</translation>
    </message>
    <message>
        <source>Indexing and comparing with the baseline…</source>
        <translation>Indizieren und mit der Basis vergleichen…</translation>
    </message>
    <message>
        <source>%1 entries loaded</source>
        <translation>%1 Einträge geladen</translation>
    </message>
    <message>
        <source>The data files are not in the package (no data root): the entries can be listed and compared with the baseline, but not verified. Artifacts can still be verified.</source>
        <translation>Die Datendateien sind nicht im Paket (kein Datenverzeichnis): Die Einträge können gelistet und mit der Basis verglichen, aber nicht verifiziert werden. Artefakte können weiterhin verifiziert werden.</translation>
    </message>
    <message>
        <source>The data root %1 is not available: the entries cannot be verified.</source>
        <translation>Das Datenverzeichnis %1 ist nicht verfügbar: Die Einträge können nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 bytes</source>
        <translation>%1: %2 Dateien, %3 Byte</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>Basis: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows · </source>
        <translation>%1 von %2 Zeilen angezeigt · </translation>
    </message>
    <message>
        <source>%1 files · %2 bytes</source>
        <translation>%1 Dateien · %2 Byte</translation>
    </message>
    <message>
        <source> · %1 rows</source>
        <translation> · %1 Zeilen</translation>
    </message>
    <message>
        <source> · %1 without digest</source>
        <translation> · %1 ohne Digest</translation>
    </message>
    <message>
        <source>%1: %2 files, %3 rows</source>
        <translation>%1: %2 Dateien, %3 Zeilen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>
Against the baseline: %1 added · %2 removed · %3 modified · %4 renamed · %5 unchanged</source>
        <translation>
Gegenüber der Basis: %1 hinzugefügt · %2 entfernt · %3 geändert · %4 umbenannt · %5 unverändert</translation>
    </message>
    <message>
        <source>
Verification%1: %2 ok · %3 mismatch · %4 missing · %5 unreadable · %6 unlisted</source>
        <translation>
Verifizierung%1: %2 in Ordnung · %3 abweichend · %4 fehlend · %5 unlesbar · %6 nicht gelistet</translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation> (unvollständig)</translation>
    </message>
    <message>
        <source>%1 ok · %2 mismatch · %3 missing · %4 unreadable · %5 unlisted</source>
        <translation>%1 in Ordnung · %2 abweichend · %3 fehlend · %4 unlesbar · %5 nicht gelistet</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 of %4</source>
        <translation>%1 von %2 Dateien, %3 von %4</translation>
    </message>
    <message>
        <source>Canceled at %1%: %2 checked · %3 · Verify again to resume</source>
        <translation>Abgebrochen bei %1%: %2 geprüft · %3 · Zum Fortsetzen erneut verifizieren</translation>
    </message>
    <message>
        <source>Incomplete at %1%: %2 checked · %3</source>
        <translation>Unvollständig bei %1%: %2 geprüft · %3</translation>
    </message>
    <message>
        <source>Verified 100%: %1 files, %2 in %3 s · %4</source>
        <translation>100 % verifiziert: %1 Dateien, %2 in %3 s · %4</translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation>nicht gelistet</translation>
    </message>
    <message>
        <source>no digest</source>
        <translation>kein Digest</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
</context>
<context>
    <name>mr::DeskActions</name>
    <message>
        <source>&amp;Comment on the Current Item…</source>
        <translation>Aktuelles Element &amp;kommentieren…</translation>
    </message>
    <message>
        <source>&amp;Next Unresolved Comment</source>
        <translation>&amp;Nächster offener Kommentar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Select an item in a pane to comment on it (lines of a diff, a dataset entry, an environment row or a metric).</source>
        <translation>Wählen Sie ein Element in einem Bereich, um es zu kommentieren (Zeilen eines Diffs, einen Datensatzeintrag, eine Umgebungszeile oder eine Metrik).</translation>
    </message>
    <message>
        <source>No unresolved comments.</source>
        <translation>Keine offenen Kommentare.</translation>
    </message>
    <message>
        <source>Unresolved comment %1 of %2</source>
        <translation>Offener Kommentar %1 von %2</translation>
    </message>
    <message>
        <source>Pre&amp;vious Unresolved Comment</source>
        <translation>&amp;Vorheriger offener Kommentar</translation>
    </message>
</context>
<context>
    <name>mr::DeskLayout</name>
    <message>
        <source>&amp;Focus Pane</source>
        <translation>Bereich &amp;fokussieren</translation>
    </message>
    <message>
        <source>Give the current pane the whole window, or restore the layout (also: double-click a pane&apos;s title)</source>
        <translation>Dem aktuellen Bereich das ganze Fenster geben oder das Layout wiederherstellen (auch: Doppelklick auf den Titel eines Bereichs)</translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation>Ü&amp;bersicht anzeigen</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
</context>
<context>
    <name>mr::DiffView</name>
    <message numerus="yes">
        <source>%n hidden line(s): click to show more, Shift+click to show all</source>
        <translation>
            <numerusform>%n verborgene Zeile: Klicken zeigt mehr, Umschalt+Klick zeigt alle</numerusform>
            <numerusform>%n verborgene Zeilen: Klicken zeigt mehr, Umschalt+Klick zeigt alle</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (outdated: the lines changed since the comment)</source>
        <translation>%1 (veraltet: Die Zeilen haben sich seit dem Kommentar geändert)</translation>
    </message>
    <message numerus="yes">
        <source>⋯  %n hidden line(s): click or Enter to show</source>
        <translation>
            <numerusform>⋯  %n verborgene Zeile: Klicken oder Eingabe zeigt sie</numerusform>
            <numerusform>⋯  %n verborgene Zeilen: Klicken oder Eingabe zeigt sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::Dvc</name>
    <message>
        <source>cannot read the directory listing: %1</source>
        <translation>die Verzeichnisauflistung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the directory listing</source>
        <translation>die Verzeichnisauflistung kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>a directory listing must be a JSON array</source>
        <translation>eine Verzeichnisauflistung muss ein JSON-Array sein</translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation>ein Eintrag ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>malformed entry</source>
        <translation>fehlerhafter Eintrag</translation>
    </message>
    <message>
        <source>an entry lacks relpath or a 32-hex-digit md5</source>
        <translation>einem Eintrag fehlt relpath oder ein md5 aus 32 Hex-Ziffern</translation>
    </message>
    <message>
        <source>%1 more entries refused</source>
        <translation>%1 weitere Einträge abgelehnt</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot initialise MD5</source>
        <translation>MD5 kann nicht initialisiert werden</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>an entry of %1 is not a mapping</source>
        <translation>ein Eintrag von %1 ist kein Mapping</translation>
    </message>
    <message>
        <source>an entry has no &quot;path&quot;</source>
        <translation>ein Eintrag hat kein „path“</translation>
    </message>
    <message>
        <source>md5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>md5 „%1“ besteht nicht aus 32 Hex-Ziffern</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative integer</source>
        <translation>%1 „%2“ ist keine nicht-negative ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no &quot;stages&quot; mapping</source>
        <translation>kein Mapping „stages“</translation>
    </message>
    <message>
        <source>&quot;stages&quot; is not a mapping</source>
        <translation>„stages“ ist kein Mapping</translation>
    </message>
    <message>
        <source>a stage is not a mapping</source>
        <translation>eine Stage ist kein Mapping</translation>
    </message>
    <message>
        <source>&quot;params&quot; is not a mapping</source>
        <translation>„params“ ist kein Mapping</translation>
    </message>
    <message>
        <source>expected a mapping at the top level</source>
        <translation>Mapping auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>larger than 64 MiB; not read</source>
        <translation>größer als 64 MiB; nicht gelesen</translation>
    </message>
    <message>
        <source>schema %1 is not 2.x; read as 2.0</source>
        <translation>Schema %1 ist nicht 2.x; als 2.0 gelesen</translation>
    </message>
</context>
<context>
    <name>mr::Environment</name>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>not a %1 document (no &quot;format&quot;)</source>
        <translation>kein %1-Dokument (kein „format“)</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>package without a name ignored</source>
        <translation>Paket ohne Namen ignoriert</translation>
    </message>
    <message>
        <source>entry without a name ignored</source>
        <translation>Eintrag ohne Namen ignoriert</translation>
    </message>
    <message>
        <source>The %1 environment (%2) could not be read: %3</source>
        <translation>Die Umgebung %1 (%2) konnte nicht gelesen werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reading the %1 environment</source>
        <translation>
            <numerusform>%n Problem beim Lesen der Umgebung %1</numerusform>
            <numerusform>%n Probleme beim Lesen der Umgebung %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an editable install in %2 (%3): its code is a local checkout, not a release.</source>
        <translation>%1 ist in %2 (%3) eine editierbare Installation: Ihr Code ist ein lokaler Checkout, kein Release.</translation>
    </message>
    <message>
        <source>%1 is installed from a local path in %2 (%3) that nobody else has.</source>
        <translation>%1 ist in %2 (%3) aus einem lokalen Pfad installiert, den sonst niemand hat.</translation>
    </message>
    <message>
        <source>%1 is not pinned in %2 (%3): the installed version can change between installs.</source>
        <translation>%1 ist in %2 (%3) nicht fixiert: Die installierte Version kann sich zwischen Installationen ändern.</translation>
    </message>
    <message>
        <source>Python differs: %1 in %2, %3 in %4.</source>
        <translation>Python unterscheidet sich: %1 in %2, %3 in %4.</translation>
    </message>
    <message>
        <source>Python implementation differs: %1 against %2.</source>
        <translation>Python-Implementierung unterscheidet sich: %1 gegenüber %2.</translation>
    </message>
    <message>
        <source>Operating systems differ: %1 in %2, %3 in %4.</source>
        <translation>Betriebssysteme unterscheiden sich: %1 in %2, %3 in %4.</translation>
    </message>
    <message>
        <source>The GPU stack differs</source>
        <translation>Der GPU-Stack unterscheidet sich</translation>
    </message>
    <message>
        <source>%1 (%2 → %3 build)</source>
        <translation>%1 (%2 → %3-Build)</translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are older in %1 than in %2</source>
        <translation>
            <numerusform>%n Paket ist in %1 älter als in %2</numerusform>
            <numerusform>%n Pakete sind in %1 älter als in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are built for another accelerator in %1 than in %2</source>
        <translation>
            <numerusform>%n Paket ist in %1 für einen anderen Beschleuniger gebaut als in %2</numerusform>
            <numerusform>%n Pakete sind in %1 für einen anderen Beschleuniger gebaut als in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The code imports %1 (%2:%3), provided by %4, which %5 has and %6 lacks.</source>
        <translation>Der Code importiert %1 (%2:%3), bereitgestellt von %4, das %5 hat und %6 fehlt.</translation>
    </message>
    <message>
        <source>the path is not inside the package</source>
        <translation>der Pfad liegt nicht im Paket</translation>
    </message>
    <message>
        <source>the package has no code section</source>
        <translation>das Paket hat keinen Code-Abschnitt</translation>
    </message>
    <message>
        <source>No environments in this package.
</source>
        <translation>Keine Umgebungen in diesem Paket.
</translation>
    </message>
    <message>
        <source>&lt;p&gt;No environments in this package.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Keine Umgebungen in diesem Paket.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Comparing %1.

</source>
        <translation>Verglichen wird %1.

</translation>
    </message>
    <message>
        <source>No comparison: an environment of the pair is missing or unreadable.

</source>
        <translation>Kein Vergleich: Eine Umgebung des Paars fehlt oder ist unlesbar.

</translation>
    </message>
    <message>
        <source>&lt;p&gt;No comparison: an environment of the pair is missing or unreadable.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Kein Vergleich: Eine Umgebung des Paars fehlt oder ist unlesbar.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>No differences in %1 rows.

</source>
        <translation>Keine Unterschiede in %1 Zeilen.

</translation>
    </message>
    <message>
        <source>&lt;p&gt;No differences in %1 rows.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Keine Unterschiede in %1 Zeilen.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>| Item | %1 | %2 | Change | Level |
|---|---|---|---|---|
</source>
        <translation>| Element | %1 | %2 | Änderung | Stufe |
|---|---|---|---|---|
</translation>
    </message>
    <message>
        <source>Totals by change: %1.

Totals by level: %2.
</source>
        <translation>Summen nach Änderung: %1.

Summen nach Stufe: %2.
</translation>
    </message>
    <message>
        <source>&lt;p&gt;Totals by change: %1.&lt;/p&gt;
&lt;p&gt;Totals by level: %2.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Summen nach Änderung: %1.&lt;/p&gt;
&lt;p&gt;Summen nach Stufe: %2.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>cannot open the repository %1</source>
        <translation>das Repository %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot resolve revision %1</source>
        <translation>Revision %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>revision %1 has no tree</source>
        <translation>Revision %1 hat keinen Baum</translation>
    </message>
    <message>
        <source>cannot walk the tree of %1</source>
        <translation>der Baum von %1 kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>line of %1 bytes is longer than %2 bytes: ignored</source>
        <translation>Zeile von %1 Byte ist länger als %2 Byte: ignoriert</translation>
    </message>
    <message>
        <source>more lines are not valid UTF-8 (not listed)</source>
        <translation>weitere Zeilen sind kein gültiges UTF-8 (nicht aufgeführt)</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>remote include not followed: %1</source>
        <translation>entferntes Include nicht verfolgt: %1</translation>
    </message>
    <message>
        <source>include points outside the package, not followed: %1</source>
        <translation>Include zeigt aus dem Paket heraus, nicht verfolgt: %1</translation>
    </message>
    <message>
        <source>included file not found: %1</source>
        <translation>eingebundene Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>include loop, not followed: %1</source>
        <translation>Include-Schleife, nicht verfolgt: %1</translation>
    </message>
    <message>
        <source>includes nested too deeply, not followed: %1</source>
        <translation>Includes zu tief verschachtelt, nicht verfolgt: %1</translation>
    </message>
    <message>
        <source>FROM line not understood: %1</source>
        <translation>FROM-Zeile nicht verstanden: %1</translation>
    </message>
    <message>
        <source>build argument %1 has no default</source>
        <translation>Build-Argument %1 hat keinen Standardwert</translation>
    </message>
    <message>
        <source>no FROM line</source>
        <translation>keine FROM-Zeile</translation>
    </message>
    <message>
        <source>-r needs a file</source>
        <translation>-r braucht eine Datei</translation>
    </message>
    <message>
        <source>-e needs a path or URL</source>
        <translation>-e braucht einen Pfad oder eine URL</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>cannot tell the package name of %1</source>
        <translation>der Paketname von %1 ist nicht zu erkennen</translation>
    </message>
    <message>
        <source>not a requirement: %1</source>
        <translation>keine Anforderung: %1</translation>
    </message>
    <message>
        <source>constraints file not read as requirements: %1</source>
        <translation>Constraints-Datei nicht als Anforderungen gelesen: %1</translation>
    </message>
    <message>
        <source>line ignored: %1</source>
        <translation>Zeile ignoriert: %1</translation>
    </message>
    <message>
        <source>line before @EXPLICIT ignored: %1</source>
        <translation>Zeile vor @EXPLICIT ignoriert: %1</translation>
    </message>
    <message>
        <source>line ignored: not a conda package URL: %1</source>
        <translation>Zeile ignoriert: keine conda-Paket-URL: %1</translation>
    </message>
    <message>
        <source>TOML: %1</source>
        <translation>TOML: %1</translation>
    </message>
    <message>
        <source>no [[package]] entries</source>
        <translation>keine [[package]]-Einträge</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>Tabelle erwartet</translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top</source>
        <translation>YAML-Mapping auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>expected a requirement string</source>
        <translation>Anforderungszeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <source>no dependencies list</source>
        <translation>keine Liste der Abhängigkeiten</translation>
    </message>
    <message>
        <source>unknown dependency group &quot;%1&quot; ignored</source>
        <translation>unbekannte Abhängigkeitsgruppe „%1“ ignoriert</translation>
    </message>
    <message>
        <source>not a conda package spec: %1</source>
        <translation>keine conda-Paketangabe: %1</translation>
    </message>
    <message>
        <source>no flavors</source>
        <translation>keine Flavors</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (this version reads %2); read as v1</source>
        <translation>unbekanntes Format „%1“ (diese Version liest %2); als v1 gelesen</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; read as registry</source>
        <translation>unbekannte Quelle „%1“; als Registry gelesen</translation>
    </message>
    <message>
        <source>The package names no &quot;%1&quot; environment; development and reference cannot be compared.</source>
        <translation>Das Paket nennt keine Umgebung „%1“; Entwicklung und Referenz können nicht verglichen werden.</translation>
    </message>
    <message>
        <source>Architectures differ: %1 against %2; native wheels and numerics can differ.</source>
        <translation>Architekturen unterscheiden sich: %1 gegenüber %2; native Wheels und numerische Ergebnisse können abweichen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; or &quot;%3&quot; is not a PEP 440 version; compared as text.</source>
        <translation>%1: „%2“ oder „%3“ ist keine PEP-440-Version; als Text verglichen.</translation>
    </message>
    <message>
        <source>The code imports %1 (%2:%3); no package in %4 or %5 provides it (expected %6).</source>
        <translation>Der Code importiert %1 (%2:%3); kein Paket in %4 oder %5 stellt es bereit (erwartet: %6).</translation>
    </message>
    <message>
        <source>not valid UTF-8; read as Latin-1</source>
        <translation>kein gültiges UTF-8; als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>file too large (%1 bytes; the limit is %2)</source>
        <translation>Datei zu groß (%1 Byte; die Grenze ist %2)</translation>
    </message>
    <message>
        <source>binary file (NUL byte at offset %1); not read</source>
        <translation>Binärdatei (NUL-Byte an Offset %1); nicht gelesen</translation>
    </message>
    <message>
        <source>%1 listed again (first at %2:%3); the first entry is used</source>
        <translation>%1 erneut aufgeführt (zuerst bei %2:%3); der erste Eintrag gilt</translation>
    </message>
    <message>
        <source>line ignored: not name=version=build: %1</source>
        <translation>Zeile ignoriert: nicht name=version=build: %1</translation>
    </message>
    <message>
        <source>unknown uv.lock version &quot;%1&quot; (this version reads 1); read as version 1</source>
        <translation>unbekannte uv.lock-Version „%1“ (diese Version liest 1); als Version 1 gelesen</translation>
    </message>
    <message>
        <source>unknown poetry.lock lock-version &quot;%1&quot; (this version reads %2); read as 2.0</source>
        <translation>unbekannte poetry.lock-lock-version „%1“ (diese Version liest %2); als 2.0 gelesen</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Python version</source>
        <translation>Python-Version</translation>
    </message>
    <message>
        <source>Python implementation</source>
        <translation>Python-Implementierung</translation>
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
        <translation>GPU-Treiber</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Base image</source>
        <translation>Basis-Image</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed one by one</source>
        <translation>
            <numerusform>%n weiteres Problem nicht einzeln aufgeführt</numerusform>
            <numerusform>%n weitere Probleme nicht einzeln aufgeführt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentComparisonModel</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentMatrixModel</name>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentPane</name>
    <message>
        <source>= unchanged</source>
        <translation>= unverändert</translation>
    </message>
    <message>
        <source>↑ upgraded</source>
        <translation>↑ aktualisiert</translation>
    </message>
    <message>
        <source>↓ downgraded</source>
        <translation>↓ herabgestuft</translation>
    </message>
    <message>
        <source>− only in development</source>
        <translation>− nur in Entwicklung</translation>
    </message>
    <message>
        <source>+ only in reference</source>
        <translation>+ nur in Referenz</translation>
    </message>
    <message>
        <source>~ unpinned</source>
        <translation>~ nicht fixiert</translation>
    </message>
    <message>
        <source>≠ incomparable</source>
        <translation>≠ nicht vergleichbar</translation>
    </message>
    <message>
        <source> (CalVer)</source>
        <translation> (CalVer)</translation>
    </message>
    <message>
        <source>Not a PEP 440 version: compared as text.</source>
        <translation>Keine PEP-440-Version: als Text verglichen.</translation>
    </message>
    <message>
        <source>CalVer: classified by position (year, month, ...).</source>
        <translation>CalVer: nach Position eingestuft (Jahr, Monat, ...).</translation>
    </message>
    <message>
        <source>%1 comment(s)%2</source>
        <translation>%1 Kommentar(e)%2</translation>
    </message>
    <message>
        <source>, blocker</source>
        <translation>, Blocker</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation>Kein Paket geöffnet.</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Swap the two environments</source>
        <translation>Die beiden Umgebungen tauschen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>against</source>
        <translation>gegenüber</translation>
    </message>
    <message>
        <source>Filter by name or version</source>
        <translation>Nach Name oder Version filtern</translation>
    </message>
    <message>
        <source>C&amp;hanged only</source>
        <translation>Nur &amp;geänderte</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Jede Änderung</translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation>Ko&amp;mmentieren…</translation>
    </message>
    <message>
        <source>Comment on the selected row</source>
        <translation>Die ausgewählte Zeile kommentieren</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Comment on %1…</source>
        <translation>%1 kommentieren…</translation>
    </message>
    <message>
        <source>This package has no environments section.</source>
        <translation>Dieses Paket hat keinen Abschnitt für Umgebungen.</translation>
    </message>
    <message>
        <source>Reading environments…</source>
        <translation>Umgebungen werden gelesen…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The package names fewer than two environments: nothing to compare.</source>
        <translation>Das Paket nennt weniger als zwei Umgebungen: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>An environment of this pair could not be read: see Files.</source>
        <translation>Eine Umgebung dieses Paars konnte nicht gelesen werden: siehe Dateien.</translation>
    </message>
    <message>
        <source>%L1 rows, %L2 unchanged%3</source>
        <translation>%L1 Zeilen, %L2 unverändert%3</translation>
    </message>
    <message>
        <source>%1: %2 (%3), %L4 packages%5</source>
        <translation>%1: %2 (%3), %L4 Pakete%5</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message>
        <source> — could not be read</source>
        <translation> — konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>read without problems</source>
        <translation>ohne Probleme gelesen</translation>
    </message>
    <message>
        <source>Code imports (%1): %L2 third-party modules in %L3 files</source>
        <translation>Code-Importe (%1): %L2 Module von Drittanbietern in %L3 Dateien</translation>
    </message>
    <message>
        <source>Code imports not checked: %1</source>
        <translation>Code-Importe nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Files (%1 problems)</source>
        <translation>Dateien (%1 Probleme)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>only in development</source>
        <translation>nur in Entwicklung</translation>
    </message>
    <message>
        <source>only in reference</source>
        <translation>nur in Referenz</translation>
    </message>
    <message>
        <source>unpinned</source>
        <translation>nicht fixiert</translation>
    </message>
    <message>
        <source>incomparable</source>
        <translation>nicht vergleichbar</translation>
    </message>
</context>
<context>
    <name>mr::FindingItemsDialog</name>
    <message>
        <source>Finding Items</source>
        <translation>Elemente des Befunds</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n item(s). Double-click one to go to it.</source>
        <translation>
            <numerusform>%1 (%2): %n Element. Doppelklicken Sie darauf, um dorthin zu gehen.</numerusform>
            <numerusform>%1 (%2): %n Elemente. Doppelklicken Sie auf eines, um dorthin zu gehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n more not listed.</source>
        <translation>
            <numerusform> %n weiteres nicht aufgeführt.</numerusform>
            <numerusform> %n weitere nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::Findings</name>
    <message>
        <source>built-in defaults</source>
        <translation>eingebaute Standardwerte</translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation>%1 (sha256 %2)</translation>
    </message>
    <message>
        <source>expected &quot;modelreview.policy/v1&quot;</source>
        <translation>„modelreview.policy/v1“ erwartet</translation>
    </message>
    <message>
        <source>expected an array of package names, found a %1</source>
        <translation>Array von Paketnamen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a package name, found %1</source>
        <translation>Paketname erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>unknown key (expected format, rules, critical_packages, submit_requirements)</source>
        <translation>unbekannter Schlüssel (erwartet: format, rules, critical_packages, submit_requirements)</translation>
    </message>
    <message>
        <source>unknown rule id (docs/findings.md lists them)</source>
        <translation>unbekannte Regel-ID (docs/findings.md listet sie auf)</translation>
    </message>
    <message>
        <source>expected &quot;error&quot;, &quot;warning&quot;, &quot;info&quot; or &quot;off&quot;, found %1</source>
        <translation>„error“, „warning“, „info“ oder „off“ erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a JSON object, found a %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object of rule id to severity, found a %1</source>
        <translation>Objekt von Regel-ID zu Schweregrad erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a table of rule id to severity</source>
        <translation>Tabelle von Regel-ID zu Schweregrad erwartet</translation>
    </message>
    <message>
        <source>cannot read the policy file: %1</source>
        <translation>die Richtliniendatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the policy file is larger than 1 MiB</source>
        <translation>die Richtliniendatei ist größer als 1 MiB</translation>
    </message>
    <message>
        <source>no such policy file</source>
        <translation>keine solche Richtliniendatei</translation>
    </message>
    <message>
        <source>both %1 and %2 exist: keep one</source>
        <translation>sowohl %1 als auch %2 existieren: Behalten Sie eine</translation>
    </message>
    <message>
        <source>expected an array, found a %1</source>
        <translation>Array erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object, found a %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>nicht-leere Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an array of item keys</source>
        <translation>Array von Elementschlüsseln erwartet</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is not provided: %2.</source>
        <translation>Abschnitt „%1“ ist nicht bereitgestellt: %2.</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;: %2</source>
        <translation>Abschnitt „%1“: %2</translation>
    </message>
    <message>
        <source>Keys this version does not know (kept): %1</source>
        <translation>Schlüssel, die diese Version nicht kennt (beibehalten): %1</translation>
    </message>
    <message>
        <source>Packed from a working copy with uncommitted changes to %1 tracked file(s) (%2): what was run may not be what the code shows.</source>
        <translation>Aus einer Arbeitskopie mit nicht committeten Änderungen an %1 verfolgten Datei(en) gepackt (%2): Was ausgeführt wurde, ist möglicherweise nicht das, was der Code zeigt.</translation>
    </message>
    <message>
        <source>The data root %1 lies outside the package: the package alone does not carry its data.</source>
        <translation>Das Datenverzeichnis %1 liegt außerhalb des Pakets: Das Paket allein trägt seine Daten nicht.</translation>
    </message>
    <message>
        <source>The package digest cannot be computed (%1): a decision cannot be bound to this package.</source>
        <translation>Der Digest des Pakets kann nicht berechnet werden (%1): Eine Entscheidung kann nicht an dieses Paket gebunden werden.</translation>
    </message>
    <message>
        <source>the code cannot be reviewed or rebuilt by anyone else</source>
        <translation>niemand sonst kann den Code prüfen oder neu bauen</translation>
    </message>
    <message>
        <source>nobody can check which data trained the model</source>
        <translation>niemand kann prüfen, mit welchen Daten das Modell trainiert wurde</translation>
    </message>
    <message>
        <source>nobody can tell whether production matches the training machine</source>
        <translation>niemand kann sagen, ob die Produktion der Trainingsmaschine entspricht</translation>
    </message>
    <message>
        <source>the claimed metrics cannot be compared with a rerun</source>
        <translation>die angegebenen Metriken können nicht mit einem Rerun verglichen werden</translation>
    </message>
    <message>
        <source>the model artifact cannot be verified</source>
        <translation>das Modellartefakt kann nicht verifiziert werden</translation>
    </message>
    <message numerus="yes">
        <source>%n critical package(s) differ by a major version between %1 and %2</source>
        <translation>
            <numerusform>%n kritisches Paket unterscheidet sich zwischen %1 und %2 um eine Hauptversion</numerusform>
            <numerusform>%n kritische Pakete unterscheiden sich zwischen %1 und %2 um eine Hauptversion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) differ by a major version between %1 and %2</source>
        <translation>
            <numerusform>%n Paket unterscheidet sich zwischen %1 und %2 um eine Hauptversion</numerusform>
            <numerusform>%n Pakete unterscheiden sich zwischen %1 und %2 um eine Hauptversion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (akzeptiert)</translation>
    </message>
    <message>
        <source>%1 (reopened)</source>
        <translation>%1 (wieder geöffnet)</translation>
    </message>
    <message>
        <source>%1 — accepted by %2: %3</source>
        <translation>%1 — akzeptiert von %2: %3</translation>
    </message>
    <message>
        <source>%1 — its items changed since %2 accepted it (%3)</source>
        <translation>%1 — seine Elemente haben sich geändert, seit %2 ihn akzeptiert hat (%3)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Reopened; was accepted</source>
        <translation>Wieder geöffnet; war akzeptiert</translation>
    </message>
    <message>
        <source> by %1 on %2: %3</source>
        <translation> von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
</context>
<context>
    <name>mr::FindingsPolicy</name>
    <message>
        <source>built-in defaults (malformed policy: %1)</source>
        <translation>eingebaute Standardwerte (fehlerhafte Richtlinie: %1)</translation>
    </message>
    <message>
        <source>Accept Finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <source>Why is this finding acceptable? It stays listed as accepted, with your reason and name, until its items change.

%1</source>
        <translation>Warum ist dieser Befund akzeptabel? Er bleibt mit Ihrer Begründung und Ihrem Namen als akzeptiert aufgeführt, bis sich seine Elemente ändern.

%1</translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation>%1 akzeptiert.</translation>
    </message>
</context>
<context>
    <name>mr::Importers</name>
    <message>
        <source>%1 records stage &quot;%2&quot;, which dvc.yaml no longer has: its outputs may be left over from an old pipeline.</source>
        <translation>%1 verzeichnet die Stage „%2“, die dvc.yaml nicht mehr hat: Ihre Ausgaben können von einer alten Pipeline übrig sein.</translation>
    </message>
    <message>
        <source>%1 defines stage &quot;%2&quot;, which dvc.lock does not record: it has not been run (dvc repro) since it was added.</source>
        <translation>%1 definiert die Stage „%2“, die dvc.lock nicht verzeichnet: Sie wurde seit dem Hinzufügen nicht ausgeführt (dvc repro).</translation>
    </message>
    <message>
        <source>dvc.lock records params from %1, which is missing.</source>
        <translation>dvc.lock verzeichnet Parameter aus %1, das fehlt.</translation>
    </message>
    <message>
        <source>dvc.lock stage &quot;%1&quot; ran with %2 = %3, which %4 no longer has.</source>
        <translation>dvc.lock-Stage „%1“ lief mit %2 = %3, das %4 nicht mehr hat.</translation>
    </message>
    <message>
        <source>dvc.lock stage &quot;%1&quot; ran with %2 = %3, but %4 now says %5: the outputs are not from the current parameters.</source>
        <translation>dvc.lock-Stage „%1“ lief mit %2 = %3, aber %4 sagt jetzt %5: Die Ausgaben stammen nicht von den aktuellen Parametern.</translation>
    </message>
    <message>
        <source>DVC 2 and 3 hashes</source>
        <translation>DVC-2- und DVC-3-Hashes</translation>
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
        <translation>noch keine Hashes</translation>
    </message>
    <message>
        <source>dvc.yaml names the metrics file %1, which is not in the working copy (run dvc pull or dvc repro).</source>
        <translation>dvc.yaml nennt die Metrikdatei %1, die nicht in der Arbeitskopie ist (dvc pull oder dvc repro ausführen).</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>shorter than a safetensors header</source>
        <translation>kürzer als ein safetensors-Header</translation>
    </message>
    <message>
        <source>header length %1 is not plausible for a file of %2 bytes</source>
        <translation>Header-Länge %1 ist für eine Datei von %2 Byte nicht plausibel</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation>%1: nicht gelesen</translation>
    </message>
    <message>
        <source>Hugging Face model repository %1%2</source>
        <translation>Hugging-Face-Modell-Repository %1%2</translation>
    </message>
    <message>
        <source>%1 is a Git LFS pointer, not the weights: run git lfs pull to review or verify them.</source>
        <translation>%1 ist ein Git-LFS-Pointer, nicht die Gewichte: Führen Sie git lfs pull aus, um sie zu prüfen oder zu verifizieren.</translation>
    </message>
    <message>
        <source>config.json says %1 %2, but the tensors in %3 are %4.</source>
        <translation>config.json sagt %1 %2, aber die Tensoren in %3 sind %4.</translation>
    </message>
    <message>
        <source>config.json has eos_token_id %1, but generation_config.json has %2: generation may not stop where the model was trained to.</source>
        <translation>config.json hat eos_token_id %1, aber generation_config.json hat %2: Die Generierung endet möglicherweise nicht dort, wo das Modell es gelernt hat.</translation>
    </message>
    <message>
        <source>%1 names the shard %2, which is missing.</source>
        <translation>%1 nennt den Shard %2, der fehlt.</translation>
    </message>
    <message>
        <source>config.json has %1 id2label entries but num_labels %2.</source>
        <translation>config.json hat %1 id2label-Einträge, aber num_labels %2.</translation>
    </message>
    <message>
        <source>config.json has %1 id2label entries, but README.md names %2 labels.</source>
        <translation>config.json hat %1 id2label-Einträge, aber README.md nennt %2 Labels.</translation>
    </message>
    <message>
        <source>%1 reports %2 = %3, which README.md&apos;s model-index does not list.</source>
        <translation>%1 meldet %2 = %3, was das model-index von README.md nicht auflistet.</translation>
    </message>
    <message>
        <source>%1 reports %2 = %3, but README.md&apos;s model-index says %4.</source>
        <translation>%1 meldet %2 = %3, aber das model-index von README.md sagt %4.</translation>
    </message>
    <message>
        <source>%1 records commit %2, but no git repository holds %3 (%4): the code cannot be reviewed.</source>
        <translation>%1 verzeichnet Commit %2, aber kein Git-Repository enthält %3 (%4): Der Code kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>%1 records commit %2, which the repository %3 does not hold (%4): the code cannot be reviewed.</source>
        <translation>%1 verzeichnet Commit %2, den das Repository %3 nicht enthält (%4): Der Code kann nicht geprüft werden.</translation>
    </message>
    <message>
        <source>revision not found in %1: %2</source>
        <translation>Revision nicht gefunden in %1: %2</translation>
    </message>
    <message>
        <source>Head %1 is the repository&apos;s first commit: there is no parent to compare with (set a base with --base).</source>
        <translation>Head %1 ist der erste Commit des Repositorys: Es gibt keinen Vorgänger zum Vergleichen (setzen Sie eine Basis mit --base).</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>an MLflow store with %n run(s): open one run folder (mlruns/&lt;experiment&gt;/&lt;run&gt;)</source>
        <translation>
            <numerusform>ein MLflow-Speicher mit %n Run: Öffnen Sie einen Run-Ordner (mlruns/&lt;experiment&gt;/&lt;run&gt;)</numerusform>
            <numerusform>ein MLflow-Speicher mit %n Runs: Öffnen Sie einen Run-Ordner (mlruns/&lt;experiment&gt;/&lt;run&gt;)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a model package: no %1, and not an MLflow model or run, a DVC project or a Hugging Face model repository</source>
        <translation>kein Modellpaket: kein %1, und weder ein MLflow-Modell oder -Run noch ein DVC-Projekt oder ein Hugging-Face-Modell-Repository</translation>
    </message>
    <message>
        <source>MLflow model %1 (%2%3)</source>
        <translation>MLflow-Modell %1 (%2%3)</translation>
    </message>
    <message>
        <source>MLflow run %1… (%2) in experiment %3%4</source>
        <translation>MLflow-Run %1… (%2) im Experiment %3%4</translation>
    </message>
    <message>
        <source>meta.yaml: the run&apos;s status is %1, not FINISHED.</source>
        <translation>meta.yaml: Der Status des Runs ist %1, nicht FINISHED.</translation>
    </message>
    <message>
        <source>Dataset input %1 (digest %2, source %3) cannot be checked against files: MLflow computes its digest from the loaded data, not from files.</source>
        <translation>Dateneingabe %1 (Digest %2, Quelle %3) kann nicht mit Dateien abgeglichen werden: MLflow berechnet ihren Digest aus den geladenen Daten, nicht aus Dateien.</translation>
    </message>
    <message>
        <source>no &quot;flavors&quot; mapping</source>
        <translation>kein Mapping „flavors“</translation>
    </message>
    <message>
        <source>%1 names the environment file %2, which is missing.</source>
        <translation>%1 nennt die Umgebungsdatei %2, die fehlt.</translation>
    </message>
    <message>
        <source>%1 records python_version %2, but %3 pins Python %4%5.</source>
        <translation>%1 verzeichnet python_version %2, aber %3 fixiert Python %4%5.</translation>
    </message>
    <message>
        <source>: the model was written by one Python and will be loaded by another</source>
        <translation>: Das Modell wurde von einem Python geschrieben und wird von einem anderen geladen</translation>
    </message>
    <message>
        <source>%1 records %2 %3, but %4 pins %5 %6.</source>
        <translation>%1 verzeichnet %2 %3, aber %4 fixiert %5 %6.</translation>
    </message>
    <message>
        <source>DVC project %1 (%2; %3 locked stage(s), %4 .dvc file(s))</source>
        <translation>DVC-Projekt %1 (%2; %3 gesperrte Stage(s), %4 .dvc-Datei(en))</translation>
    </message>
    <message>
        <source>larger than %1 MiB; not read</source>
        <translation>größer als %1 MiB; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>mr::Interdiff</name>
    <message>
        <source>no package</source>
        <translation>kein Paket</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot compare the previous and this revision</source>
        <translation>die vorherige und diese Revision können nicht verglichen werden</translation>
    </message>
    <message>
        <source>rename detection failed</source>
        <translation>Umbenennungserkennung fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot compare %1</source>
        <translation>%1 kann nicht verglichen werden</translation>
    </message>
    <message>
        <source>cannot count the lines of %1</source>
        <translation>die Zeilen von %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot read a hunk of %1</source>
        <translation>ein Hunk von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The previous code repository cannot be opened (%1).</source>
        <translation>Das vorherige Code-Repository kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The code repository cannot be opened (%1).</source>
        <translation>Das Code-Repository kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>cannot read the object database</source>
        <translation>die Objektdatenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the previous repository&apos;s objects</source>
        <translation>die Objekte des vorherigen Repositorys können nicht gelesen werden</translation>
    </message>
    <message>
        <source>A package has no usable code section.</source>
        <translation>Ein Paket hat keinen verwendbaren Code-Abschnitt.</translation>
    </message>
    <message>
        <source>bad blob id %1</source>
        <translation>ungültige Blob-ID %1</translation>
    </message>
    <message>
        <source>No difference in content.</source>
        <translation>Kein Unterschied im Inhalt.</translation>
    </message>
    <message>
        <source>cannot print the diff of %1</source>
        <translation>der Diff von %1 kann nicht ausgegeben werden</translation>
    </message>
    <message>
        <source>A code section is invalid.</source>
        <translation>Ein Code-Abschnitt ist ungültig.</translation>
    </message>
    <message>
        <source>The previous head: %1</source>
        <translation>Der vorherige Head: %1</translation>
    </message>
    <message>
        <source>The previous base: %1</source>
        <translation>Die vorherige Basis: %1</translation>
    </message>
    <message>
        <source>The head: %1</source>
        <translation>Der Head: %1</translation>
    </message>
    <message>
        <source>The base: %1</source>
        <translation>Die Basis: %1</translation>
    </message>
    <message>
        <source>
… and %1 more.
</source>
        <translation>
… und %1 weitere.
</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>Neither version provides this section.</source>
        <translation>Keine der beiden Versionen stellt diesen Abschnitt bereit.</translation>
    </message>
    <message>
        <source>The previous version did not provide this section.</source>
        <translation>Die vorherige Version hat diesen Abschnitt nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>This version no longer provides this section.</source>
        <translation>Diese Version stellt diesen Abschnitt nicht mehr bereit.</translation>
    </message>
    <message>
        <source>Since the previous review</source>
        <translation>Seit der vorherigen Prüfung</translation>
    </message>
    <message>
        <source>Compared with %1 %2.</source>
        <translation>Verglichen mit %1 %2.</translation>
    </message>
    <message>
        <source>No difference in model-package.json.</source>
        <translation>Kein Unterschied in model-package.json.</translation>
    </message>
    <message>
        <source>Head %1 → %2: %3 file(s) changed, +%4 −%5. %6</source>
        <translation>Head %1 → %2: %3 Datei(en) geändert, +%4 −%5. %6</translation>
    </message>
    <message>
        <source>The base changed (%1 → %2).</source>
        <translation>Die Basis hat sich geändert (%1 → %2).</translation>
    </message>
    <message>
        <source>The base is unchanged.</source>
        <translation>Die Basis ist unverändert.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt, %5 unverändert.</translation>
    </message>
    <message>
        <source>Previous path</source>
        <translation>Vorheriger Pfad</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
    <message>
        <source>(environment %1)</source>
        <translation>(Umgebung %1)</translation>
    </message>
</context>
<context>
    <name>mr::InterdiffModel</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Neither version provides this section.</source>
        <translation>Keine der beiden Versionen stellt diesen Abschnitt bereit.</translation>
    </message>
    <message>
        <source>The previous version did not provide this section.</source>
        <translation>Die vorherige Version hat diesen Abschnitt nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>This version no longer provides this section.</source>
        <translation>Diese Version stellt diesen Abschnitt nicht mehr bereit.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <translation>binär</translation>
    </message>
    <message>
        <source>%L1 file(s) changed since %2, +%L3 −%L4; %5</source>
        <translation>%L1 Datei(en) geändert seit %2, +%L3 −%L4; %5</translation>
    </message>
    <message>
        <source>the base changed.</source>
        <translation>die Basis hat sich geändert.</translation>
    </message>
    <message>
        <source>the base is unchanged.</source>
        <translation>die Basis ist unverändert.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Previous path</source>
        <translation>Vorheriger Pfad</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified, %4 renamed since %5.</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt seit %5.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>(whole environment)</source>
        <translation>(ganze Umgebung)</translation>
    </message>
    <message>
        <source>%L1 environment change(s) since %2.</source>
        <translation>%L1 Umgebungsänderung(en) seit %2.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%L1 metric(s) changed since %2.</source>
        <translation>%L1 Metrik(en) geändert seit %2.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>%1 field(s) of model-package.json changed since %2.</source>
        <translation>%1 Feld(er) von model-package.json geändert seit %2.</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
</context>
<context>
    <name>mr::Labels</name>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation>Herabgestuft</translation>
    </message>
    <message>
        <source>Only in development</source>
        <translation>Nur in Entwicklung</translation>
    </message>
    <message>
        <source>Only in reference</source>
        <translation>Nur in Referenz</translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation>Nicht fixiert</translation>
    </message>
    <message>
        <source>Incomparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Major</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Typechange</source>
        <translation>Typänderung</translation>
    </message>
    <message>
        <source>Modechange</source>
        <translation>Modusänderung</translation>
    </message>
    <message>
        <source>Submodule</source>
        <translation>Submodul</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Höher</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Niedriger</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Ok</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <source>No hash</source>
        <translation>Kein Hash</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Better than claimed</source>
        <translation>Besser als angegeben</translation>
    </message>
    <message>
        <source>Worse than claimed</source>
        <translation>Schlechter als angegeben</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Weicht ab</translation>
    </message>
    <message>
        <source>Missing in rerun</source>
        <translation>Fehlt im Rerun</translation>
    </message>
    <message>
        <source>Missing in claim</source>
        <translation>Fehlt in der Angabe</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>better than claimed</source>
        <translation>besser als angegeben</translation>
    </message>
    <message>
        <source>worse than claimed</source>
        <translation>schlechter als angegeben</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>missing in rerun</source>
        <translation>fehlen im Rerun</translation>
    </message>
    <message>
        <source>missing in claim</source>
        <translation>fehlen in der Angabe</translation>
    </message>
</context>
<context>
    <name>mr::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Package…</source>
        <translation>Paket &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Package</source>
        <translation>Paket &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>ModelReview</source>
        <translation>ModelReview</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation>Digest %1</translation>
    </message>
    <message>
        <source>Digest failed: %1</source>
        <translation>Digest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a Package, MLflow Model or Run, DVC Project or Hugging Face Repository</source>
        <translation>Ein Paket, ein MLflow-Modell oder einen -Run, ein DVC-Projekt oder ein Hugging-Face-Repository öffnen</translation>
    </message>
    <message>
        <source>&amp;New Package from Working Copy…</source>
        <translation>&amp;Neues Paket aus Arbeitskopie…</translation>
    </message>
    <message>
        <source>Open &amp;Example Package</source>
        <translation>Beis&amp;pielpaket öffnen</translation>
    </message>
    <message>
        <source>Add Rerun Results</source>
        <translation>Rerun-Ergebnisse hinzufügen</translation>
    </message>
    <message>
        <source>Results (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation>Ergebnisse (*.json *.yaml *.yml *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Review &amp;As…</source>
        <translation>Review speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>Comment on the &amp;Package…</source>
        <translation>&amp;Paket kommentieren…</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigieren</translation>
    </message>
    <message>
        <source>&amp;About ModelReview</source>
        <translation>&amp;Über ModelReview</translation>
    </message>
    <message>
        <source>About ModelReview</source>
        <translation>Über ModelReview</translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelReview %1&lt;/b&gt;&lt;p&gt;Review machine-learning model packages before release: code, data, environments and results.&lt;/p&gt;&lt;p&gt;Licensed under Apache-2.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ModelReview %1&lt;/b&gt;&lt;p&gt;Prüft Pakete mit Machine-Learning-Modellen vor der Freigabe: Code, Daten, Umgebungen und Ergebnisse.&lt;/p&gt;&lt;p&gt;Lizenziert unter Apache-2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>Model packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst)</source>
        <translation>Modellpakete (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst)</translation>
    </message>
    <message>
        <source>MLflow models (MLmodel)</source>
        <translation>MLflow-Modelle (MLmodel)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No example package is installed with this build.</source>
        <translation>Mit diesem Build ist kein Beispielpaket installiert.</translation>
    </message>
    <message>
        <source>%1 %2 — ModelReview</source>
        <translation>%1 %2 — ModelReview</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>The package opened with %n problem(s); the sections concerned are incomplete:
%1</source>
        <translation>
            <numerusform>Das Paket wurde mit %n Problem geöffnet; die betroffenen Abschnitte sind unvollständig:
%1</numerusform>
            <numerusform>Das Paket wurde mit %n Problemen geöffnet; die betroffenen Abschnitte sind unvollständig:
%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The findings policy is malformed; the built-in policy applies: %1</source>
        <translation>Die Befund-Richtlinie ist fehlerhaft; die eingebaute Richtlinie gilt: %1</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the package: %1</source>
        <translation>Das Paket konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>Add Rerun Res&amp;ults…</source>
        <translation>&amp;Rerun-Ergebnisse hinzufügen…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
</context>
<context>
    <name>mr::MlrunsDialog</name>
    <message>
        <source>Choose an MLflow Run</source>
        <translation>MLflow-Run wählen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is an MLflow store with %n run(s). Choose the run to review:</source>
        <translation>
            <numerusform>%1 ist ein MLflow-Speicher mit %n Run. Wählen Sie den zu prüfenden Run:</numerusform>
            <numerusform>%1 ist ein MLflow-Speicher mit %n Runs. Wählen Sie den zu prüfenden Run:</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment / run</source>
        <translation>Experiment / Run</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Run-ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
</context>
<context>
    <name>mr::OverviewPane</name>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Submitter:</source>
        <translation>Eingereicht von:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Show Items (%L1)…</source>
        <translation>Elemente anzeigen (%L1)…</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Akzeptiert von %1: %2</translation>
    </message>
    <message>
        <source>Accept Finding…</source>
        <translation>Befund akzeptieren…</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (archive, unpacked to a private folder)</source>
        <translation>%1 (Archiv, in einen privaten Ordner entpackt)</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n Fehler: %1</numerusform>
            <numerusform>%n Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation>%1 (Basis %2)</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%L1 claimed, %L2 rerun file(s); %L3 metric spec(s)</source>
        <translation>%L1 angegeben, %L2 Rerun-Datei(en); %L3 Metrikangabe(n)</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>%1
%L2 files, %3</source>
        <translation>%1
%L2 Dateien, %3</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Findings: %L1 error(s), %L2 warning(s), %L3 info</source>
        <translation>Befunde: %L1 Fehler, %L2 Warnung(en), %L3 Info</translation>
    </message>
    <message numerus="yes">
        <source>; %n accepted</source>
        <translation>
            <numerusform>; %n akzeptiert</numerusform>
            <numerusform>; %n akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source> · policy: %1</source>
        <translation> · Richtlinie: %1</translation>
    </message>
</context>
<context>
    <name>mr::Pack</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation>%1: kein Speicher mehr</translation>
    </message>
    <message>
        <source>%1: not an archive</source>
        <translation>%1: kein Archiv</translation>
    </message>
    <message>
        <source>cannot set up the archive</source>
        <translation>das Archiv kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation>%1: kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot finish</source>
        <translation>kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>DVC output %1: no size known (not in the working copy): left out</source>
        <translation>DVC-Ausgabe %1: keine Größe bekannt (nicht in der Arbeitskopie): ausgelassen</translation>
    </message>
    <message>
        <source>DVC metrics: %1</source>
        <translation>DVC-Metriken: %1</translation>
    </message>
    <message>
        <source>DVC metrics: %1 (DVC output, from the working copy)</source>
        <translation>DVC-Metriken: %1 (DVC-Ausgabe, aus der Arbeitskopie)</translation>
    </message>
    <message>
        <source>DVC metrics file %1 is a DVC output, not in git: taken from the working copy</source>
        <translation>DVC-Metrikdatei %1 ist eine DVC-Ausgabe, nicht in Git: aus der Arbeitskopie übernommen</translation>
    </message>
    <message>
        <source>DVC metrics file %1 is neither committed nor in the working copy: left out</source>
        <translation>DVC-Metrikdatei %1 ist weder committet noch in der Arbeitskopie: ausgelassen</translation>
    </message>
    <message>
        <source>%1 is not in a git working copy</source>
        <translation>%1 liegt nicht in einer Git-Arbeitskopie</translation>
    </message>
    <message>
        <source>cannot read the working copy&apos;s status</source>
        <translation>der Status der Arbeitskopie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot list the files of the head commit</source>
        <translation>die Dateien des Head-Commits können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>base and head must be commit ids</source>
        <translation>Basis und Head müssen Commit-IDs sein</translation>
    </message>
    <message>
        <source>cannot create the repository %1</source>
        <translation>das Repository %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot start a pack</source>
        <translation>ein Pack kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation>die Historie kann nicht durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot walk from %1</source>
        <translation>kann nicht von %1 aus durchlaufen werden</translation>
    </message>
    <message>
        <source>cannot collect the objects of the history</source>
        <translation>die Objekte der Historie können nicht gesammelt werden</translation>
    </message>
    <message>
        <source>cannot write the pack</source>
        <translation>das Pack kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: &quot;%2&quot; is neither higher nor lower</source>
        <translation>Metrikangabe „%1“: „%2“ ist weder higher noch lower</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: keine solche Datei</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no output given (-o OUT)</source>
        <translation>keine Ausgabe angegeben (-o OUT)</translation>
    </message>
    <message>
        <source>--data and --manifest exclude each other</source>
        <translation>--data und --manifest schließen einander aus</translation>
    </message>
    <message>
        <source>%1 lies inside the working copy %2: pack never writes into the source</source>
        <translation>%1 liegt in der Arbeitskopie %2: pack schreibt nie in die Quelle</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>head has no parent: base is head itself (no code difference to review)</source>
        <translation>Head hat keinen Vorgänger: Die Basis ist Head selbst (kein Code-Unterschied zu prüfen)</translation>
    </message>
    <message>
        <source>uncommitted changes to tracked files (commit them, or pass --allow-dirty):
  %1</source>
        <translation>nicht committete Änderungen an verfolgten Dateien (committen Sie sie oder geben Sie --allow-dirty an):
  %1</translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation>%1: kein lesbarer Ordner</translation>
    </message>
    <message>
        <source>%1: not a regular file: left out</source>
        <translation>%1: keine reguläre Datei: ausgelassen</translation>
    </message>
    <message>
        <source>%1: cannot read it</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>two --data folders both hold %1</source>
        <translation>zwei --data-Ordner enthalten beide %1</translation>
    </message>
    <message numerus="yes">
        <source>dataset: %n file(s), %1 bytes from --data (copied, SHA-256 manifest)</source>
        <translation>
            <numerusform>Datensatz: %n Datei, %1 Byte aus --data (kopiert, SHA-256-Manifest)</numerusform>
            <numerusform>Datensatz: %n Dateien, %1 Byte aus --data (kopiert, SHA-256-Manifest)</numerusform>
        </translation>
    </message>
    <message>
        <source>--manifest %1</source>
        <translation>--manifest %1</translation>
    </message>
    <message>
        <source>DVC outputs (dvc.lock, *.dvc) of the head commit</source>
        <translation>DVC-Ausgaben (dvc.lock, *.dvc) des Head-Commits</translation>
    </message>
    <message numerus="yes">
        <source>dataset: %n DVC output file(s), referenced by hash (not copied)</source>
        <translation>
            <numerusform>Datensatz: %n DVC-Ausgabedatei, per Hash referenziert (nicht kopiert)</numerusform>
            <numerusform>Datensatz: %n DVC-Ausgabedateien, per Hash referenziert (nicht kopiert)</numerusform>
        </translation>
    </message>
    <message>
        <source>capture-env of this machine</source>
        <translation>capture-env dieses Rechners</translation>
    </message>
    <message>
        <source>--env %1</source>
        <translation>--env %1</translation>
    </message>
    <message>
        <source>repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>MLflow run %1</source>
        <translation>MLflow-Run %1</translation>
    </message>
    <message>
        <source>two inputs would both be %1 in the package</source>
        <translation>zwei Eingaben wären beide %1 im Paket</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>--data (preview)</source>
        <translation>--data (Vorschau)</translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation>%1: Lesefehler: %2</translation>
    </message>
    <message>
        <source>%1: changed while packing</source>
        <translation>%1: hat sich beim Packen geändert</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder next to it: %2</source>
        <translation>%1: daneben kann kein temporärer Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the finished package into place</source>
        <translation>%1: das fertige Paket kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>%1: cannot move the finished archive into place</source>
        <translation>%1: das fertige Archiv kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>canceled: nothing was written</source>
        <translation>abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>DVC output %1: neither its cache listing nor the folder is here; listed as one entry without a hash</source>
        <translation>DVC-Ausgabe %1: weder ihre Cache-Auflistung noch der Ordner ist hier; als ein Eintrag ohne Hash gelistet</translation>
    </message>
    <message>
        <source>DVC output %1: no cache listing; its %2 file(s) were hashed in the working copy</source>
        <translation>DVC-Ausgabe %1: keine Cache-Auflistung; ihre %2 Datei(en) wurden in der Arbeitskopie gehasht</translation>
    </message>
    <message>
        <source>%1 is a bare repository; pack needs a working copy</source>
        <translation>%1 ist ein Bare-Repository; pack braucht eine Arbeitskopie</translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: expected NAME:higher|lower[:abs=X][:rel=Y]</source>
        <translation>Metrikangabe „%1“: erwartet NAME:higher|lower[:abs=X][:rel=Y]</translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: &quot;%2&quot; is not abs=X or rel=Y with a number &gt;= 0</source>
        <translation>Metrikangabe „%1“: „%2“ ist nicht abs=X oder rel=Y mit einer Zahl &gt;= 0</translation>
    </message>
    <message>
        <source>%1 exists already; remove it or choose another name</source>
        <translation>%1 existiert bereits; entfernen Sie es oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>--env %1=%2: the name is empty or given twice</source>
        <translation>--env %1=%2: der Name ist leer oder doppelt angegeben</translation>
    </message>
    <message>
        <source>zstd compresses on one thread: libarchive %1 refused %2 threads (%3)</source>
        <translation>zstd komprimiert auf einem Thread: libarchive %1 lehnte %2 Threads ab (%3)</translation>
    </message>
</context>
<context>
    <name>mr::PackDialog</name>
    <message>
        <source>New Package from Working Copy</source>
        <translation>Neues Paket aus Arbeitskopie</translation>
    </message>
    <message>
        <source>the git working copy</source>
        <translation>die Git-Arbeitskopie</translation>
    </message>
    <message>
        <source>a folder, or name.zip / name.tar.gz / name.tar.zst</source>
        <translation>ein Ordner oder name.zip / name.tar.gz / name.tar.zst</translation>
    </message>
    <message>
        <source>head&apos;s first parent</source>
        <translation>erster Vorgänger von Head</translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation>der Name des Ordners</translation>
    </message>
    <message>
        <source>git describe</source>
        <translation>git describe</translation>
    </message>
    <message>
        <source>what changed and why</source>
        <translation>was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>DVC outputs of the project (if any)</source>
        <translation>DVC-Ausgaben des Projekts (falls vorhanden)</translation>
    </message>
    <message>
        <source>Data folder (copied, SHA-256)</source>
        <translation>Datenordner (kopiert, SHA-256)</translation>
    </message>
    <message>
        <source>Manifest file (as given)</source>
        <translation>Manifestdatei (wie angegeben)</translation>
    </message>
    <message>
        <source>Capture this machine as the &quot;development&quot; environment</source>
        <translation>Diesen Rechner als Umgebung „development“ erfassen</translation>
    </message>
    <message>
        <source>Allow uncommitted changes (recorded in the package, and a finding)</source>
        <translation>Nicht committete Änderungen erlauben (im Paket verzeichnet, und ein Befund)</translation>
    </message>
    <message>
        <source>NAME=FILE, one per line (found in the repository too)</source>
        <translation>NAME=DATEI, eine pro Zeile (auch im Repository gefunden)</translation>
    </message>
    <message>
        <source>claimed metrics files, one per line (else DVC or MLflow metrics)</source>
        <translation>Dateien mit angegebenen Metriken, eine pro Zeile (sonst DVC- oder MLflow-Metriken)</translation>
    </message>
    <message>
        <source>rerun metrics files, one per line</source>
        <translation>Rerun-Metrikdateien, eine pro Zeile</translation>
    </message>
    <message>
        <source>NAME:higher|lower[:abs=X][:rel=Y], one per line</source>
        <translation>NAME:higher|lower[:abs=X][:rel=Y], eine pro Zeile</translation>
    </message>
    <message>
        <source>Working copy:</source>
        <translation>Arbeitskopie:</translation>
    </message>
    <message>
        <source>Working Copy</source>
        <translation>Arbeitskopie</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Schreiben nach:</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Archives (*.tar.zst *.tar.gz *.zip);;Folder (*)</source>
        <translation>Archive (*.tar.zst *.tar.gz *.zip);;Ordner (*)</translation>
    </message>
    <message>
        <source>Base .. head:</source>
        <translation>Basis .. Head:</translation>
    </message>
    <message>
        <source>Name, version:</source>
        <translation>Name, Version:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation>Umgebungen:</translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation>Angegeben:</translation>
    </message>
    <message>
        <source>Rerun:</source>
        <translation>Rerun:</translation>
    </message>
    <message>
        <source>Tolerances:</source>
        <translation>Toleranzen:</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Choose a working copy and where to write, then Preview.</source>
        <translation>Wählen Sie eine Arbeitskopie und das Ziel, dann Vorschau.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Write Package</source>
        <translation>Paket &amp;schreiben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Canceled: nothing was written.</source>
        <translation>Abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation>%1 geschrieben (%2)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>git: %1 .. %2</source>
        <translation>git: %1 .. %2</translation>
    </message>
    <message>
        <source>identity, sections, how it was packed</source>
        <translation>Identität, Abschnitte, wie es gepackt wurde</translation>
    </message>
    <message>
        <source>%L1 file(s), %L2 bytes from the data folder</source>
        <translation>%L1 Datei(en), %L2 Byte aus dem Datenordner</translation>
    </message>
    <message>
        <source>uncommitted change: recorded, not included</source>
        <translation>nicht committete Änderung: verzeichnet, nicht enthalten</translation>
    </message>
    <message>
        <source>untracked: not included</source>
        <translation>nicht verfolgt: nicht enthalten</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Ready: %L1 finding(s). Write Package to create it.</source>
        <translation>Bereit: %L1 Befund(e). „Paket schreiben“ erstellt es.</translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel Writing</source>
        <translation>Schreiben abbrechen</translation>
    </message>
    <message>
        <source>Loading: reading the working copy…</source>
        <translation>Wird geladen: Die Arbeitskopie wird gelesen…</translation>
    </message>
</context>
<context>
    <name>mr::Package</name>
    <message>
        <source>absolute path</source>
        <translation>absoluter Pfad</translation>
    </message>
    <message>
        <source>path leaves the extraction folder through &apos;..&apos;</source>
        <translation>Pfad verlässt den Entpackordner über „..“</translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation>Ordner %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>path passes through the symbolic link %1</source>
        <translation>Pfad führt durch die symbolische Verknüpfung %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation>Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the link back</source>
        <translation>die Verknüpfung kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>link points outside the extraction folder (target %1, through other links)</source>
        <translation>Verknüpfung zeigt aus dem Entpackordner heraus (Ziel %1, über andere Verknüpfungen)</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>archive expands past %1 (entry declares %2 bytes)</source>
        <translation>Archiv wächst über %1 hinaus (Eintrag gibt %2 Byte an)</translation>
    </message>
    <message>
        <source>a folder of the same name was extracted before</source>
        <translation>ein gleichnamiger Ordner wurde bereits entpackt</translation>
    </message>
    <message>
        <source>cannot replace: %1</source>
        <translation>kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation>kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>extraction cancelled</source>
        <translation>Entpacken abgebrochen</translation>
    </message>
    <message>
        <source>corrupt or truncated archive: %1</source>
        <translation>beschädigtes oder abgeschnittenes Archiv: %1</translation>
    </message>
    <message>
        <source>archive expands past %1</source>
        <translation>Archiv wächst über %1 hinaus</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>symbolic link without a target</source>
        <translation>symbolische Verknüpfung ohne Ziel</translation>
    </message>
    <message>
        <source>link points outside the extraction folder (absolute target %1)</source>
        <translation>Verknüpfung zeigt aus dem Entpackordner heraus (absolutes Ziel %1)</translation>
    </message>
    <message>
        <source>link points outside the extraction folder (target %1)</source>
        <translation>Verknüpfung zeigt aus dem Entpackordner heraus (Ziel %1)</translation>
    </message>
    <message>
        <source>cannot replace an entry extracted before</source>
        <translation>ein zuvor entpackter Eintrag kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot create the link: %1</source>
        <translation>die Verknüpfung kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>hard link points outside the extraction folder (target %1)</source>
        <translation>harte Verknüpfung zeigt aus dem Entpackordner heraus (Ziel %1)</translation>
    </message>
    <message>
        <source>hard link target %1 is not a file extracted before it</source>
        <translation>Ziel %1 der harten Verknüpfung ist keine zuvor entpackte Datei</translation>
    </message>
    <message>
        <source>cannot create the hard link: %1</source>
        <translation>die harte Verknüpfung kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>not a readable zip or tar archive, or a damaged one (%1)</source>
        <translation>kein lesbares ZIP- oder TAR-Archiv oder ein beschädigtes (%1)</translation>
    </message>
    <message>
        <source>after %1 entries</source>
        <translation>nach %1 Einträgen</translation>
    </message>
    <message>
        <source>entry without a name</source>
        <translation>Eintrag ohne Namen</translation>
    </message>
    <message>
        <source>the entry name is not valid UTF-8</source>
        <translation>der Name des Eintrags ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the entry&apos;s path is longer than the system allows (%1 bytes)</source>
        <translation>der Pfad des Eintrags ist länger, als das System erlaubt (%1 Byte)</translation>
    </message>
    <message>
        <source>hard link replacing the extraction folder</source>
        <translation>harte Verknüpfung ersetzt den Entpackordner</translation>
    </message>
    <message>
        <source>file entry names the extraction folder itself</source>
        <translation>Dateieintrag benennt den Entpackordner selbst</translation>
    </message>
    <message>
        <source>link replacing the extraction folder</source>
        <translation>Verknüpfung ersetzt den Entpackordner</translation>
    </message>
    <message>
        <source>device files are not allowed in a package</source>
        <translation>Gerätedateien sind in einem Paket nicht erlaubt</translation>
    </message>
    <message>
        <source>FIFOs are not allowed in a package</source>
        <translation>FIFOs sind in einem Paket nicht erlaubt</translation>
    </message>
    <message>
        <source>sockets are not allowed in a package</source>
        <translation>Sockets sind in einem Paket nicht erlaubt</translation>
    </message>
    <message>
        <source>entry of an unknown type</source>
        <translation>Eintrag eines unbekannten Typs</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>the extraction folder %1 must exist and be empty</source>
        <translation>der Entpackordner %1 muss existieren und leer sein</translation>
    </message>
    <message>
        <source>the limit of %1 bytes</source>
        <translation>die Grenze von %1 Byte</translation>
    </message>
    <message>
        <source>the expansion ratio limit of %1:1 (%2 bytes for an archive of %3)</source>
        <translation>die Grenze für das Expansionsverhältnis von %1:1 (%2 Byte für ein Archiv von %3)</translation>
    </message>
    <message>
        <source>cannot open the extraction folder: %1</source>
        <translation>der Entpackordner kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8</source>
        <translation>der Dateiname ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the path is longer than the system allows (%1 bytes)</source>
        <translation>der Pfad ist länger, als das System erlaubt (%1 Byte)</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>: packages with such names are refused (the digest could not list the file faithfully)</source>
        <translation>: Pakete mit solchen Namen werden abgelehnt (der Digest könnte die Datei nicht getreu auflisten)</translation>
    </message>
    <message>
        <source>cannot hash: %1</source>
        <translation>Hash kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>the repository&apos;s .git is a file without a gitdir: line: refused</source>
        <translation>die .git des Repositorys ist eine Datei ohne gitdir:-Zeile: abgelehnt</translation>
    </message>
    <message>
        <source>the repository&apos;s .git file points outside the package (gitdir: %1): refused, code outside the package digest would be shown</source>
        <translation>die .git-Datei des Repositorys zeigt aus dem Paket heraus (gitdir: %1): abgelehnt, Code außerhalb des Paket-Digests würde gezeigt</translation>
    </message>
    <message>
        <source>the repository&apos;s .git leads outside the package through a link: refused</source>
        <translation>die .git des Repositorys führt über eine Verknüpfung aus dem Paket heraus: abgelehnt</translation>
    </message>
    <message>
        <source>%1 in the repository&apos;s git folder leads outside the package: refused</source>
        <translation>%1 im Git-Ordner des Repositorys führt aus dem Paket heraus: abgelehnt</translation>
    </message>
    <message>
        <source>the repository&apos;s commondir points outside the package (%1): refused</source>
        <translation>das commondir des Repositorys zeigt aus dem Paket heraus (%1): abgelehnt</translation>
    </message>
    <message>
        <source>objects/info/alternates points outside the package (%1): refused, objects outside the package digest would be read</source>
        <translation>objects/info/alternates zeigt aus dem Paket heraus (%1): abgelehnt, Objekte außerhalb des Paket-Digests würden gelesen</translation>
    </message>
    <message>
        <source>the repository&apos;s work tree is set to %1 (core.worktree), not its own folder: refused</source>
        <translation>das Arbeitsverzeichnis des Repositorys ist auf %1 gesetzt (core.worktree), nicht auf seinen eigenen Ordner: abgelehnt</translation>
    </message>
    <message>
        <source>the repository&apos;s git folder %1 is outside the package: refused</source>
        <translation>der Git-Ordner %1 des Repositorys liegt außerhalb des Pakets: abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a FIFO, socket or device): refused</source>
        <translation>„%1“ ist keine reguläre Datei (ein FIFO, Socket oder Gerät): abgelehnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out of the package digest (a top-level *%2 file is a review, not package content): refused</source>
        <translation>„%1“ ist vom Paket-Digest ausgenommen (eine *%2-Datei auf oberster Ebene ist ein Review, kein Paketinhalt): abgelehnt</translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the package</source>
        <translation>„%1“ existiert nicht im Paket</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>expected a file path (string), found %1</source>
        <translation>Dateipfad (Zeichenkette) erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected a file path or a list of paths, found %1</source>
        <translation>Dateipfad oder Liste von Pfaden erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>„higher“ oder „lower“ erwartet</translation>
    </message>
    <message>
        <source>tolerance must be a non-negative number</source>
        <translation>die Toleranz muss eine nicht-negative Zahl sein</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>Liste erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: sha256 must be 64 hexadecimal digits</source>
        <translation>%1: sha256 muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>%1: size must be a non-negative integer</source>
        <translation>%1: size muss eine nicht-negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>JSON-Objekt auf oberster Ebene erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is newer than this version reads (%2)</source>
        <translation>Format „%1“ ist neuer, als diese Version liest (%2)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>„%1“ erwartet, „%2“ gefunden</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>not a model package: no %1 in this folder</source>
        <translation>kein Modellpaket: kein %1 in diesem Ordner</translation>
    </message>
    <message>
        <source>not a model package: neither a folder nor a .zip, .tar, .tar.gz or .tar.zst archive</source>
        <translation>kein Modellpaket: weder ein Ordner noch ein .zip-, .tar-, .tar.gz- oder .tar.zst-Archiv</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>not a model package: the archive holds no %1 at its root or in its only folder</source>
        <translation>kein Modellpaket: Das Archiv enthält kein %1 auf oberster Ebene oder in seinem einzigen Ordner</translation>
    </message>
    <message>
        <source>not a regular file (a folder, FIFO, socket or device): refused</source>
        <translation>keine reguläre Datei (ein Ordner, FIFO, Socket oder Gerät): abgelehnt</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>path contains a NUL character</source>
        <translation>Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>absolute path &quot;%1&quot; is not allowed here</source>
        <translation>absoluter Pfad „%1“ ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the package</source>
        <translation>Pfad „%1“ verlässt das Paket</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads out of the package through a link</source>
        <translation>Pfad „%1“ führt über eine Verknüpfung aus dem Paket heraus</translation>
    </message>
    <message>
        <source>file is larger than 16 MiB; not a package description</source>
        <translation>Datei ist größer als 16 MiB; keine Paketbeschreibung</translation>
    </message>
</context>
<context>
    <name>mr::Pane</name>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
</context>
<context>
    <name>mr::Placeholder</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Kein Unterschied</translation>
    </message>
    <message>
        <source>Not provided by this package</source>
        <translation>Von diesem Paket nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>mr::ReReview</name>
    <message>
        <source>Carry the previous review forward?</source>
        <translation>Das vorherige Review übernehmen?</translation>
    </message>
    <message>
        <source>This package has no review yet, but %1 %2 beside it has one (%3).

Carry its comments forward to %4? Its decisions are kept as history and the checklist starts fresh.</source>
        <translation>Dieses Paket hat noch kein Review, aber %1 %2 daneben hat eines (%3).

Seine Kommentare auf %4 übernehmen? Seine Entscheidungen bleiben als Verlauf erhalten, die Checkliste beginnt neu.</translation>
    </message>
    <message>
        <source>Carry Review From Previous Package</source>
        <translation>Review aus vorherigem Paket übernehmen</translation>
    </message>
    <message>
        <source>Packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst);;All files (*)</source>
        <translation>Pakete (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace the review?</source>
        <translation>Das Review ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds a review of this package. Replace it with the carried review?</source>
        <translation>%1 enthält bereits ein Review dieses Pakets. Durch das übernommene Review ersetzen?</translation>
    </message>
    <message>
        <source>Carrying the review forward…</source>
        <translation>Das Review wird übernommen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: no review beside the previous package</source>
        <translation>%1: kein Review neben dem vorherigen Paket</translation>
    </message>
    <message>
        <source>The review could not be carried forward: %1</source>
        <translation>Das Review konnte nicht übernommen werden: %1</translation>
    </message>
    <message>
        <source>The carried review could not be saved: %1</source>
        <translation>Das übernommene Review konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Carried %1 comment(s) from %2 (%3).</source>
        <translation>%1 Kommentar(e) aus %2 übernommen (%3).</translation>
    </message>
    <message>
        <source>the previous version</source>
        <translation>die vorherige Version</translation>
    </message>
    <message>
        <source>Carr&amp;y Review From Previous Package…</source>
        <translation>Review aus &amp;vorherigem Paket übernehmen…</translation>
    </message>
</context>
<context>
    <name>mr::Report</name>
    <message>
        <source>an unnamed reviewer</source>
        <translation>ein unbenannter Prüfer</translation>
    </message>
    <message>
        <source>Dataset verification: %1, by %2, started %3, finished %4: %5 ok, %6 mismatch, %7 missing, %8 unreadable, %9 not checked, %10 unlisted.</source>
        <translation>Datensatzverifizierung: %1, von %2, begonnen %3, beendet %4: %5 in Ordnung, %6 abweichend, %7 fehlend, %8 unlesbar, %9 nicht geprüft, %10 nicht gelistet.</translation>
    </message>
    <message>
        <source>Dataset verification: not run in this session.</source>
        <translation>Datensatzverifizierung: in dieser Sitzung nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Default tolerance used for the results: absolute %1, relative %2%.</source>
        <translation>Für die Ergebnisse verwendete Standardtoleranz: absolut %1, relativ %2%.</translation>
    </message>
    <message>
        <source>Claimed and rerun metrics were compared.</source>
        <translation>Angegebene und Rerun-Metriken wurden verglichen.</translation>
    </message>
    <message>
        <source>No metric was compared (no rerun value).</source>
        <translation>Keine Metrik wurde verglichen (kein Rerun-Wert).</translation>
    </message>
    <message>
        <source>Environments compared: %1 against %2.</source>
        <translation>Verglichene Umgebungen: %1 gegenüber %2.</translation>
    </message>
    <message>
        <source>Files marked viewed: %1.</source>
        <translation>Als angesehen markierte Dateien: %1.</translation>
    </message>
    <message>
        <source>Section %1 failed to load: %2</source>
        <translation>Abschnitt %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Review session&lt;/h2&gt;
&lt;ul&gt;
</source>
        <translation>&lt;h2&gt;Prüfsitzung&lt;/h2&gt;
&lt;ul&gt;
</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation>Akzeptiert von %1: %2</translation>
    </message>
    <message>
        <source>Reopened: its items changed since %1 accepted it (%2)</source>
        <translation>Wieder geöffnet: Seine Elemente haben sich geändert, seit %1 ihn akzeptiert hat (%2)</translation>
    </message>
    <message>
        <source>Decided on digest</source>
        <translation>Entschieden für Digest</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earlier decisions&lt;/h3&gt;
&lt;table&gt;&lt;tr&gt;&lt;th&gt;Decision&lt;/th&gt;&lt;th&gt;Reviewer&lt;/th&gt;&lt;th&gt;Time&lt;/th&gt;&lt;th&gt;Reason&lt;/th&gt;&lt;th&gt;Digest&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;h3&gt;Frühere Entscheidungen&lt;/h3&gt;
&lt;table&gt;&lt;tr&gt;&lt;th&gt;Entscheidung&lt;/th&gt;&lt;th&gt;Prüfer&lt;/th&gt;&lt;th&gt;Zeit&lt;/th&gt;&lt;th&gt;Begründung&lt;/th&gt;&lt;th&gt;Digest&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>(no package)</source>
        <translation>(kein Paket)</translation>
    </message>
    <message>
        <source>&lt;title&gt;Review report: %1&lt;/title&gt;
&lt;style&gt;%2&lt;/style&gt;
&lt;/head&gt;
&lt;body&gt;
</source>
        <translation>&lt;title&gt;Prüfbericht: %1&lt;/title&gt;
&lt;style&gt;%2&lt;/style&gt;
&lt;/head&gt;
&lt;body&gt;
</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Review report: %1&lt;/h1&gt;
&lt;table&gt;
</source>
        <translation>&lt;h1&gt;Prüfbericht: %1&lt;/h1&gt;
&lt;table&gt;
</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Review file</source>
        <translation>Review-Datei</translation>
    </message>
    <message>
        <source>&lt;li&gt;none yet&lt;/li&gt;
</source>
        <translation>&lt;li&gt;noch keine&lt;/li&gt;
</translation>
    </message>
    <message>
        <source>**No decision yet.**

</source>
        <translation>**Noch keine Entscheidung.**

</translation>
    </message>
    <message>
        <source>**%1** by %2 on %3%4

</source>
        <translation>**%1** von %2 am %3%4

</translation>
    </message>
    <message>
        <source> — **stale**: made on `%1`</source>
        <translation> — **veraltet**: getroffen für `%1`</translation>
    </message>
    <message>
        <source>Gate: %1

</source>
        <translation>Gate: %1

</translation>
    </message>
    <message>
        <source>| Earlier decision | Reviewer | Time | Reason |
|---|---|---|---|
</source>
        <translation>| Frühere Entscheidung | Prüfer | Zeit | Begründung |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>
## Checklist

</source>
        <translation>
## Checkliste

</translation>
    </message>
    <message>
        <source>Policy: %1

</source>
        <translation>Richtlinie: %1

</translation>
    </message>
    <message>
        <source>| Severity | Pane | Items | Message |
|---|---|---|---|
</source>
        <translation>| Schweregrad | Bereich | Elemente | Meldung |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source> · *outdated*</source>
        <translation> · *veraltet*</translation>
    </message>
    <message>
        <source>*Carried from %1: %2*

</source>
        <translation>*Übernommen aus %1: %2*

</translation>
    </message>
    <message>
        <source>, resolved by %1</source>
        <translation>, erledigt von %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation>Prüfbericht: %1</translation>
    </message>
    <message>
        <source>canceled before the end</source>
        <translation>vor dem Ende abgebrochen</translation>
    </message>
    <message>
        <source>Verified by %1 on %2 (%3): %4 ok, %5 mismatch, %6 missing, %7 unreadable, %8 without hash, %9 not checked, %10 unlisted.</source>
        <translation>Verifiziert von %1 am %2 (%3): %4 in Ordnung, %5 abweichend, %6 fehlend, %7 unlesbar, %8 ohne Hash, %9 nicht geprüft, %10 nicht gelistet.</translation>
    </message>
    <message>
        <source>The data was not verified in this review session.</source>
        <translation>Die Daten wurden in dieser Prüfsitzung nicht verifiziert.</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;status none&quot;&gt;No decision yet.&lt;/p&gt;
</source>
        <translation>&lt;p class=&quot;status none&quot;&gt;Noch keine Entscheidung.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;status %1&quot;&gt;%2 by %3 on %4%5&lt;/p&gt;
</source>
        <translation>&lt;p class=&quot;status %1&quot;&gt;%2 von %3 am %4%5&lt;/p&gt;
</translation>
    </message>
    <message>
        <source> &amp;mdash; STALE: made on another version of the package</source>
        <translation> &amp;mdash; VERALTET: für eine andere Version des Pakets getroffen</translation>
    </message>
    <message>
        <source> &lt;span class=&quot;badge outdated&quot;&gt;outdated&lt;/span&gt;</source>
        <translation> &lt;span class=&quot;badge outdated&quot;&gt;veraltet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;p class=&quot;meta&quot;&gt;Carried from %1: %2&lt;/p&gt;
</source>
        <translation>&lt;p class=&quot;meta&quot;&gt;Übernommen aus %1: %2&lt;/p&gt;
</translation>
    </message>
    <message>
        <source> &amp;middot; edited %1</source>
        <translation> &amp;middot; bearbeitet %1</translation>
    </message>
    <message>
        <source> &amp;middot; resolved by %1</source>
        <translation> &amp;middot; erledigt von %1</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;th style=&quot;white-space:nowrap&quot;&gt;Severity&lt;/th&gt;&lt;th&gt;Pane&lt;/th&gt;&lt;th width=&quot;30%&quot;&gt;Items&lt;/th&gt;&lt;th width=&quot;50%&quot;&gt;Message (rule)&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;th style=&quot;white-space:nowrap&quot;&gt;Schweregrad&lt;/th&gt;&lt;th&gt;Bereich&lt;/th&gt;&lt;th width=&quot;30%&quot;&gt;Elemente&lt;/th&gt;&lt;th width=&quot;50%&quot;&gt;Meldung (Regel)&lt;/th&gt;&lt;/tr&gt;
</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (run with QT_QPA_PLATFORM=offscreen)</source>
        <translation>PDF-Berichte brauchen eine QGuiApplication (mit QT_QPA_PLATFORM=offscreen ausführen)</translation>
    </message>
</context>
<context>
    <name>mr::Results</name>
    <message>
        <source>abs %1%2</source>
        <translation>abs %1%2</translation>
    </message>
    <message>
        <source> default</source>
        <translation> Standard</translation>
    </message>
    <message>
        <source>rel %1%</source>
        <translation>rel %1%</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>from results file</source>
        <translation>aus der Ergebnisdatei</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation>libgit2-Fehler %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>cannot open repository: %1</source>
        <translation>Repository kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; not found: %2</source>
        <translation>Revision „%1“ nicht gefunden: %2</translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; is not a commit: %2</source>
        <translation>Revision „%1“ ist kein Commit: %2</translation>
    </message>
    <message>
        <source>The rerun does not say where, when or on which revision it ran.</source>
        <translation>Der Rerun gibt nicht an, wo, wann oder auf welcher Revision er lief.</translation>
    </message>
    <message>
        <source>The rerun names the environment &quot;%1&quot;, which the package does not define.</source>
        <translation>Der Rerun nennt die Umgebung „%1“, die das Paket nicht definiert.</translation>
    </message>
    <message>
        <source>The rerun ran in the development environment &quot;%1&quot;, not in the reference environment &quot;%2&quot;: nobody reproduced the results elsewhere.</source>
        <translation>Der Rerun lief in der Entwicklungsumgebung „%1“, nicht in der Referenzumgebung „%2“: Niemand hat die Ergebnisse anderswo reproduziert.</translation>
    </message>
    <message>
        <source>The rerun ran in &quot;%1&quot;, not in the reference environment &quot;%2&quot;.</source>
        <translation>Der Rerun lief in „%1“, nicht in der Referenzumgebung „%2“.</translation>
    </message>
    <message>
        <source>the package has no code repository with a head revision</source>
        <translation>das Paket hat kein Code-Repository mit einer Head-Revision</translation>
    </message>
    <message>
        <source>Cannot check the rerun&apos;s revision &quot;%1&quot;: %2.</source>
        <translation>Die Revision „%1“ des Reruns kann nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <source>The rerun ran on revision %1 (%2), not on the head revision %3 (%4).</source>
        <translation>Der Rerun lief auf Revision %1 (%2), nicht auf der Head-Revision %3 (%4).</translation>
    </message>
    <message>
        <source>claimed %1, rerun %2</source>
        <translation>angegeben %1, Rerun %2</translation>
    </message>
    <message>
        <source>mixed types: %1 in %2, %3 here</source>
        <translation>gemischte Typen: %1 in %2, %3 hier</translation>
    </message>
    <message>
        <source>mixed types: a value here, and a group of metrics (%1) elsewhere</source>
        <translation>gemischte Typen: hier ein Wert, anderswo eine Gruppe von Metriken (%1)</translation>
    </message>
    <message>
        <source>declared, but no results file has this metric</source>
        <translation>deklariert, aber keine Ergebnisdatei hat diese Metrik</translation>
    </message>
    <message>
        <source>No rerun results: nobody reproduced the claimed metrics.</source>
        <translation>Keine Rerun-Ergebnisse: Niemand hat die angegebenen Metriken reproduziert.</translation>
    </message>
    <message>
        <source>The rerun results hold no metrics: nobody reproduced the claimed metrics.</source>
        <translation>Die Rerun-Ergebnisse enthalten keine Metriken: Niemand hat die angegebenen Metriken reproduziert.</translation>
    </message>
    <message>
        <source>No claimed metrics.</source>
        <translation>Keine angegebenen Metriken.</translation>
    </message>
    <message>
        <source>%1 is worse than claimed outside tolerance %2: %3.</source>
        <translation>%1 ist schlechter als angegeben, außerhalb der Toleranz %2: %3.</translation>
    </message>
    <message>
        <source>%1 differs from the claim (%2).</source>
        <translation>%1 weicht von der Angabe ab (%2).</translation>
    </message>
    <message>
        <source>%1 is claimed (%2) but missing in the rerun.</source>
        <translation>%1 ist angegeben (%2), fehlt aber im Rerun.</translation>
    </message>
    <message>
        <source>%1 appears in the rerun only.</source>
        <translation>%1 kommt nur im Rerun vor.</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance: the %1 furthest of %2 metrics (the table lists all)</source>
        <translation>Rerun gegenüber Angabe, in Einheiten der Toleranz jeder Metrik: die %1 am weitesten abweichenden von %2 Metriken (die Tabelle listet alle)</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance</source>
        <translation>Rerun gegenüber Angabe, in Einheiten der Toleranz jeder Metrik</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Green band: tolerance (±1). Diamond: claimed value. « » : beyond the axis.</source>
        <translation>Grünes Band: Toleranz (±1). Raute: angegebener Wert. « » : jenseits der Achse.</translation>
    </message>
    <message>
        <source>unsupported value (%1)</source>
        <translation>nicht unterstützter Wert (%1)</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object of metrics at the top level, found %1</source>
        <translation>Objekt von Metriken auf oberster Ebene erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected an object with abs_tolerance, rel_tolerance or better, found %1</source>
        <translation>Objekt mit abs_tolerance, rel_tolerance oder better erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot;</source>
        <translation>„higher“ oder „lower“ erwartet</translation>
    </message>
    <message>
        <source>tolerance must be a non-negative number, found %1</source>
        <translation>die Toleranz muss eine nicht-negative Zahl sein, %1 gefunden</translation>
    </message>
    <message>
        <source>parse error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>malformed JSON: </source>
        <translation>fehlerhaftes JSON: </translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>expected &quot;timestamp value [step]&quot;, found &quot;%1&quot;</source>
        <translation>„timestamp value [step]“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no values recorded</source>
        <translation>keine Werte verzeichnet</translation>
    </message>
    <message>
        <source>no YAML front matter (--- ... ---)</source>
        <translation>kein YAML-Front-Matter (--- ... ---)</translation>
    </message>
    <message>
        <source>the card&apos;s front matter has no model-index</source>
        <translation>das Front-Matter der Karte hat kein model-index</translation>
    </message>
    <message>
        <source>not a list</source>
        <translation>keine Liste</translation>
    </message>
    <message>
        <source>a metric lacks type or value</source>
        <translation>einer Metrik fehlt type oder value</translation>
    </message>
    <message>
        <source>expected a list of results</source>
        <translation>Liste von Ergebnissen erwartet</translation>
    </message>
    <message>
        <source>an entry lacks dataset.id or value</source>
        <translation>einem Eintrag fehlt dataset.id oder value</translation>
    </message>
    <message>
        <source>cannot read, or larger than 16 MiB</source>
        <translation>nicht lesbar oder größer als 16 MiB</translation>
    </message>
    <message>
        <source>a key is not a scalar</source>
        <translation>ein Schlüssel ist kein Skalar</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>the file holds no metrics</source>
        <translation>die Datei enthält keine Metriken</translation>
    </message>
    <message>
        <source>expected a mapping of metrics at the top level</source>
        <translation>Mapping von Metriken auf oberster Ebene erwartet</translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation>fehlerhaftes YAML: %1</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>%1 Spalten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>Provenance: not given.</source>
        <translation>Herkunft: nicht angegeben.</translation>
    </message>
    <message>
        <source>, the head revision</source>
        <translation>, die Head-Revision</translation>
    </message>
    <message>
        <source>, not head</source>
        <translation>, nicht Head</translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation>Gelaufen am</translation>
    </message>
    <message>
        <source>The package has no results section.
</source>
        <translation>Das Paket hat keinen Abschnitt für Ergebnisse.
</translation>
    </message>
    <message>
        <source>&lt;p&gt;The package has no results section.&lt;/p&gt;
</source>
        <translation>&lt;p&gt;Das Paket hat keinen Abschnitt für Ergebnisse.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>%1 metrics: %2. Default tolerance: abs %3, rel %4%.</source>
        <translation>%1 Metriken: %2. Standardtoleranz: abs %3, rel %4%.</translation>
    </message>
    <message>
        <source>Abs diff</source>
        <translation>Abs. Diff.</translation>
    </message>
    <message>
        <source>Rel diff</source>
        <translation>Rel. Diff.</translation>
    </message>
    <message>
        <source>
Problems in the results input:

</source>
        <translation>
Probleme in den Ergebnisdaten:

</translation>
    </message>
    <message>
        <source>conflicts with &quot;%1&quot; given earlier; the earlier value is kept</source>
        <translation>widerspricht dem zuvor angegebenen „%1“; der frühere Wert bleibt</translation>
    </message>
    <message>
        <source>metric also given in %1; the first value is kept</source>
        <translation>Metrik auch in %1 angegeben; der erste Wert bleibt</translation>
    </message>
    <message>
        <source>provenance describes the rerun; in a claimed file it is ignored</source>
        <translation>provenance beschreibt den Rerun; in einer Datei mit Angaben wird es ignoriert</translation>
    </message>
    <message>
        <source>nesting too deep; ignored</source>
        <translation>zu tief verschachtelt; ignoriert</translation>
    </message>
    <message>
        <source>duplicated key; the last value is kept</source>
        <translation>doppelter Schlüssel; der letzte Wert bleibt</translation>
    </message>
    <message>
        <source>larger than 2 GiB; not read</source>
        <translation>größer als 2 GiB; nicht gelesen</translation>
    </message>
    <message>
        <source>also reported in %1; the first value is kept</source>
        <translation>auch in %1 gemeldet; der erste Wert bleibt</translation>
    </message>
    <message>
        <source>expected a header with the columns metric,value; found &quot;%1&quot;</source>
        <translation>Kopfzeile mit den Spalten metric,value erwartet; „%1“ gefunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Problems in the results input:&lt;/p&gt;
&lt;ul class=&quot;diagnostics&quot;&gt;
</source>
        <translation>&lt;p&gt;Probleme in den Ergebnisdaten:&lt;/p&gt;
&lt;ul class=&quot;diagnostics&quot;&gt;
</translation>
    </message>
    <message>
        <source>%1 more findings of this kind (%2 in all); the Results pane and the JSON report list every metric.</source>
        <translation>%1 weitere Befunde dieser Art (%2 insgesamt); der Ergebnisbereich und der JSON-Bericht führen jede Metrik auf.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 metrics (%3 outside tolerance or missing, listed first); the JSON report lists every metric.</source>
        <translation>%1 von %2 Metriken werden gezeigt (%3 außerhalb der Toleranz oder fehlend, zuerst aufgeführt); der JSON-Bericht führt jede Metrik auf.</translation>
    </message>
    <message>
        <source>… and %1 more (the JSON report lists every one).</source>
        <translation>… und %1 weitere (der JSON-Bericht führt alle auf).</translation>
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
angegeben %2, Rerun %3
Toleranz ±%4
%5</translation>
    </message>
    <message>
        <source>not a number or missing</source>
        <translation>keine Zahl oder fehlend</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance</source>
        <translation>Rerun gegenüber Angabe, in Einheiten der Toleranz jeder Metrik</translation>
    </message>
    <message>
        <source>No numeric claims to plot</source>
        <translation>Keine numerischen Angaben zum Darstellen</translation>
    </message>
    <message>
        <source>(rerun − claimed) / tolerance</source>
        <translation>(Rerun − Angabe) / Toleranz</translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation>Toleranzband</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance&lt;br&gt;%1</source>
        <translation>Rerun gegenüber Angabe, in Einheiten der Toleranz jeder Metrik&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>mr::ResultsPane</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation>Außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Better than claimed</source>
        <translation>Besser als angegeben</translation>
    </message>
    <message>
        <source>Worse than claimed</source>
        <translation>Schlechter als angegeben</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Weicht ab</translation>
    </message>
    <message>
        <source>Missing in rerun</source>
        <translation>Fehlt im Rerun</translation>
    </message>
    <message>
        <source>Missing in claim</source>
        <translation>Fehlt in der Angabe</translation>
    </message>
    <message>
        <source>Filter metrics by name</source>
        <translation>Metriken nach Name filtern</translation>
    </message>
    <message>
        <source>abs </source>
        <translation>abs </translation>
    </message>
    <message>
        <source>Default absolute tolerance for metrics that declare none</source>
        <translation>Standardmäßige absolute Toleranz für Metriken, die keine angeben</translation>
    </message>
    <message>
        <source>rel </source>
        <translation>rel </translation>
    </message>
    <message>
        <source>Default relative tolerance (of |claimed|) for metrics that declare none</source>
        <translation>Standardmäßige relative Toleranz (von |angegeben|) für Metriken, die keine angeben</translation>
    </message>
    <message>
        <source>Default tolerance:</source>
        <translation>Standardtoleranz:</translation>
    </message>
    <message>
        <source>Applies to metrics without a tolerance in the package or the results files; the bound is max(abs, rel × |claimed|).</source>
        <translation>Gilt für Metriken ohne Toleranz im Paket oder in den Ergebnisdateien; die Grenze ist max(abs, rel × |angegeben|).</translation>
    </message>
    <message>
        <source>Comment on Metric…</source>
        <translation>Metrik kommentieren…</translation>
    </message>
    <message>
        <source>Provenance of the rerun</source>
        <translation>Herkunft des Reruns</translation>
    </message>
    <message>
        <source>Problems in the results input:</source>
        <translation>Probleme in den Ergebnisdaten:</translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation>Kein Paket geöffnet.</translation>
    </message>
    <message>
        <source>This package has no results section: no claimed or rerun metrics to compare.</source>
        <translation>Dieses Paket hat keinen Abschnitt für Ergebnisse: keine angegebenen oder Rerun-Metriken zum Vergleichen.</translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation>Ergebnisse werden geladen…</translation>
    </message>
    <message>
        <source>the results could not be read</source>
        <translation>die Ergebnisse konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Failed: the results could not be read.</source>
        <translation>Fehlgeschlagen: Die Ergebnisse konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>1 Metrik</translation>
    </message>
    <message>
        <source>%L1 metrics</source>
        <translation>%L1 Metriken</translation>
    </message>
    <message>
        <source>The default tolerance applies to 1 metric.</source>
        <translation>Die Standardtoleranz gilt für 1 Metrik.</translation>
    </message>
    <message>
        <source>The default tolerance applies to %1 metrics.</source>
        <translation>Die Standardtoleranz gilt für %1 Metriken.</translation>
    </message>
    <message>
        <source>No rerun: nobody reproduced these results.</source>
        <translation>Kein Rerun: Niemand hat diese Ergebnisse reproduziert.</translation>
    </message>
    <message>
        <source>Not given: the rerun does not say where, when or on which revision it ran.</source>
        <translation>Nicht angegeben: Der Rerun gibt nicht an, wo, wann oder auf welcher Revision er lief.</translation>
    </message>
    <message>
        <source> (development, not reference)</source>
        <translation> (Entwicklung, nicht Referenz)</translation>
    </message>
    <message>
        <source> (reference)</source>
        <translation> (Referenz)</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source> (cannot check: %1)</source>
        <translation> (nicht prüfbar: %1)</translation>
    </message>
    <message>
        <source> = %1, the head revision</source>
        <translation> = %1, die Head-Revision</translation>
    </message>
    <message>
        <source> = %1, NOT the head revision %2</source>
        <translation> = %1, NICHT die Head-Revision %2</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Ran at:</source>
        <translation>Gelaufen am:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Given in:</source>
        <translation>Angegeben in:</translation>
    </message>
</context>
<context>
    <name>mr::ResultsTreeModel</name>
    <message>
        <source>Rerun minus claimed</source>
        <translation>Rerun minus Angabe</translation>
    </message>
    <message>
        <source>(Rerun minus claimed) / |claimed|</source>
        <translation>(Rerun minus Angabe) / |Angabe|</translation>
    </message>
    <message>
        <source>Bound on |rerun - claimed|: max(abs, rel × |claimed|)</source>
        <translation>Grenze für |Rerun − Angabe|: max(abs, rel × |Angabe|)</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation>1 Kommentar</translation>
    </message>
    <message>
        <source>%L1 comments</source>
        <translation>%L1 Kommentare</translation>
    </message>
    <message>
        <source>, blocker</source>
        <translation>, Blocker</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Rerun</translation>
    </message>
    <message>
        <source>Abs diff</source>
        <translation>Abs. Diff.</translation>
    </message>
    <message>
        <source>Rel diff</source>
        <translation>Rel. Diff.</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>mr::Review</name>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 by %3</source>
        <translation>„%1“ zu %2 von %3</translation>
    </message>
    <message>
        <source>%1 needs a reason.</source>
        <translation>%1 braucht eine Begründung.</translation>
    </message>
    <message>
        <source>not reviewed: the review holds no decision</source>
        <translation>nicht geprüft: Das Review enthält keine Entscheidung</translation>
    </message>
    <message>
        <source>changes requested by %1: %2</source>
        <translation>Änderungen angefordert von %1: %2</translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation>abgelehnt von %1: %2</translation>
    </message>
    <message>
        <source>stale digest: approved %1, but the package is now %2</source>
        <translation>veralteter Digest: freigegeben %1, aber das Paket ist jetzt %2</translation>
    </message>
    <message>
        <source>(no digest)</source>
        <translation>(kein Digest)</translation>
    </message>
    <message>
        <source>open blockers: %1</source>
        <translation>offene Blocker: %1</translation>
    </message>
    <message>
        <source>approved by %1 for %2</source>
        <translation>freigegeben von %1 für %2</translation>
    </message>
    <message>
        <source>The review file cannot be read and was opened read-only. (%1)</source>
        <translation>Die Review-Datei kann nicht gelesen werden und wurde schreibgeschützt geöffnet. (%1)</translation>
    </message>
    <message>
        <source>expected a JSON object, found a %1</source>
        <translation>JSON-Objekt erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: not a ModelReview review file</source>
        <translation>„format“ fehlt: keine ModelReview-Review-Datei</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is newer than &quot;%2&quot;</source>
        <translation>Format „%1“ ist neuer als „%2“</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: save interrupted</source>
        <translation>%1: Speichern unterbrochen</translation>
    </message>
    <message>
        <source>The review is read-only.</source>
        <translation>Das Review ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation>Ein Kommentar braucht Text.</translation>
    </message>
    <message>
        <source>Add comment on %1</source>
        <translation>Kommentar zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>No such comment.</source>
        <translation>Kein solcher Kommentar.</translation>
    </message>
    <message>
        <source>Only %1 can edit this comment.</source>
        <translation>Nur %1 kann diesen Kommentar bearbeiten.</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>Mark comment as %1</source>
        <translation>Kommentar als %1 markieren</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Kommentar erledigen</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Kommentar wieder öffnen</translation>
    </message>
    <message>
        <source>Only %1 can delete this comment.</source>
        <translation>Nur %1 kann diesen Kommentar löschen.</translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation>Kommentar löschen</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht Text.</translation>
    </message>
    <message>
        <source>Cannot approve before the package digest is known.</source>
        <translation>Eine Freigabe ist erst möglich, wenn der Paket-Digest bekannt ist.</translation>
    </message>
    <message>
        <source>The review has no file yet: choose where to save it.</source>
        <translation>Das Review hat noch keine Datei: Wählen Sie, wo es gespeichert wird.</translation>
    </message>
    <message>
        <source>Cannot approve while 1 blocker is open: %1.</source>
        <translation>Freigabe nicht möglich, solange 1 Blocker offen ist: %1.</translation>
    </message>
    <message>
        <source>Cannot approve while %1 blockers are open: %2.</source>
        <translation>Freigabe nicht möglich, solange %1 Blocker offen sind: %2.</translation>
    </message>
    <message>
        <source>The review file is damaged and was opened read-only; it will not be overwritten. Save the review under another name to keep working. (%1)</source>
        <translation>Die Review-Datei ist beschädigt und wurde schreibgeschützt geöffnet; sie wird nicht überschrieben. Speichern Sie das Review unter einem anderen Namen, um weiterzuarbeiten. (%1)</translation>
    </message>
    <message>
        <source>The review file was written by a newer version of ModelReview and was opened read-only; it will not be overwritten. (%1)</source>
        <translation>Die Review-Datei wurde von einer neueren Version von ModelReview geschrieben und schreibgeschützt geöffnet; sie wird nicht überschrieben. (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read by this version; it is not overwritten. Choose another file.</source>
        <translation>%1 kann von dieser Version nicht gelesen werden; es wird nicht überschrieben. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is inside the package; the package is never written to. Choose a path outside it.</source>
        <translation>%1 liegt im Paket; in das Paket wird nie geschrieben. Wählen Sie einen Pfad außerhalb.</translation>
    </message>
</context>
<context>
    <name>mr::ReviewIntegration</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>Das Review konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The review file %1 opens read-only: %2</source>
        <translation>Die Review-Datei %1 wird schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation>Es wird bereits ein Bericht geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: canceled.</source>
        <translation>Der Bericht wurde nicht geschrieben: abgebrochen.</translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation>Der Bericht wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation>Review speichern unter</translation>
    </message>
    <message>
        <source>Review files (*.review.json)</source>
        <translation>Review-Dateien (*.review.json)</translation>
    </message>
    <message>
        <source>A review is never saved inside the package: choose a place outside it.</source>
        <translation>Ein Review wird nie im Paket gespeichert: Wählen Sie einen Ort außerhalb.</translation>
    </message>
</context>
<context>
    <name>mr::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Submit requirements</source>
        <translation>Freigabebedingungen</translation>
    </message>
    <message>
        <source>Approve refuses while a checked requirement is not met; modelreview gate applies the same ones unless given --requirements.</source>
        <translation>„Freigeben“ verweigert, solange eine angehakte Bedingung nicht erfüllt ist; modelreview gate wendet dieselben an, sofern nicht --requirements angegeben ist.</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Largest unpacked size:</source>
        <translation>Größte entpackte Größe:</translation>
    </message>
    <message>
        <source>Largest expansion ratio:</source>
        <translation>Größtes Expansionsverhältnis:</translation>
    </message>
    <message>
        <source>An archive that would unpack past either limit is refused, naming the entry.</source>
        <translation>Ein Archiv, das beim Entpacken eine der Grenzen überschreiten würde, wird unter Nennung des Eintrags abgelehnt.</translation>
    </message>
</context>
<context>
    <name>mr::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>mr::SinceFrame</name>
    <message>
        <source>Show what changed since the previous version of the package</source>
        <translation>Zeigen, was sich seit der vorherigen Version des Pakets geändert hat</translation>
    </message>
    <message>
        <source>Select a file to see its diff since the previous head.</source>
        <translation>Wählen Sie eine Datei, um ihren Diff seit dem vorherigen Head zu sehen.</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Loading the differences since %1…</source>
        <translation>Die Unterschiede seit %1 werden geladen…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
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
        <translation>Paket öffnen…</translation>
    </message>
    <message>
        <source>Open Example Package</source>
        <translation>Beispielpaket öffnen</translation>
    </message>
    <message>
        <source>Recent packages</source>
        <translation>Zuletzt geöffnete Pakete</translation>
    </message>
    <message>
        <source>No recent packages</source>
        <translation>Keine zuletzt geöffneten Pakete</translation>
    </message>
    <message>
        <source>Open a model package (a folder or a .zip, .tar, .tar.gz or .tar.zst archive) to review its code, data, environments and results. You can also drop it on this window.</source>
        <translation>Öffnen Sie ein Modellpaket (einen Ordner oder ein .zip-, .tar-, .tar.gz- oder .tar.zst-Archiv), um seinen Code, seine Daten, Umgebungen und Ergebnisse zu prüfen. Sie können es auch auf dieses Fenster ziehen.</translation>
    </message>
</context>
<context>
    <name>mr::cli</name>
    <message>
        <source>Carries the review of a previous package (OLD) forward to its new version (NEW): comments keep their ids, replies and state and are marked current, moved, outdated or gone; OLD&apos;s decisions become history that never counts for NEW; the checklist starts fresh. OLD&apos;s review file is never changed.</source>
        <translation>Überträgt das Review eines vorherigen Pakets (OLD) auf seine neue Version (NEW): Kommentare behalten ihre IDs, Antworten und ihren Zustand und werden als aktuell, verschoben, veraltet oder entfallen markiert; die Entscheidungen von OLD werden zum Verlauf, der für NEW nie zählt; die Checkliste beginnt neu. Die Review-Datei von OLD wird nie verändert.</translation>
    </message>
    <message>
        <source>OLD&apos;s review file (default: beside OLD).</source>
        <translation>Review-Datei von OLD (Standard: neben OLD).</translation>
    </message>
    <message>
        <source>NEW&apos;s review file to write (default: beside NEW).</source>
        <translation>Zu schreibende Review-Datei von NEW (Standard: neben NEW).</translation>
    </message>
    <message>
        <source>Replace NEW&apos;s review file if it exists.</source>
        <translation>Die Review-Datei von NEW ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>The previous package (folder or archive).</source>
        <translation>Das vorherige Paket (Ordner oder Archiv).</translation>
    </message>
    <message>
        <source>The new package (folder or archive).</source>
        <translation>Das neue Paket (Ordner oder Archiv).</translation>
    </message>
    <message>
        <source>Findings policy file (.json or .toml; default: .modelreview-policy.json or .toml beside the package, else in the user&apos;s configuration).</source>
        <translation>Datei der Befund-Richtlinie (.json oder .toml; Standard: .modelreview-policy.json oder .toml neben dem Paket, sonst in der Konfiguration des Benutzers).</translation>
    </message>
    <message>
        <source>Code base revision (default: the package&apos;s base, or head&apos;s parent).</source>
        <translation>Basisrevision des Codes (Standard: die Basis des Pakets oder der Vorgänger von Head).</translation>
    </message>
    <message>
        <source>Rerun results file (JSON, YAML or CSV); may be repeated.</source>
        <translation>Datei mit Rerun-Ergebnissen (JSON, YAML oder CSV); kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Package folder or archive, MLflow model or run folder, DVC project or Hugging Face model repository.</source>
        <translation>Paketordner oder -archiv, MLflow-Modell- oder Run-Ordner, DVC-Projekt oder Hugging-Face-Modell-Repository.</translation>
    </message>
    <message>
        <source>Review file (default: the package path followed by .review.json).</source>
        <translation>Review-Datei (Standard: der Paketpfad gefolgt von .review.json).</translation>
    </message>
    <message>
        <source>Passes (exit 0) only when the review approves this exact package (its current digest) and no blocker is open. Exit 1 names the reason: not reviewed, changes requested, rejected, stale digest, open blockers, an unmet submit requirement (by default: a section that failed to load). Exit 2 when the package, the review or the requirements cannot be read.</source>
        <translation>Besteht (Exit 0) nur, wenn das Review genau dieses Paket (seinen aktuellen Digest) freigibt und kein Blocker offen ist. Exit 1 nennt den Grund: nicht geprüft, Änderungen angefordert, abgelehnt, veralteter Digest, offene Blocker, eine nicht erfüllte Freigabebedingung (standardmäßig: ein Abschnitt, der nicht geladen werden konnte). Exit 2, wenn das Paket, das Review oder die Bedingungen nicht gelesen werden können.</translation>
    </message>
    <message>
        <source>Submit requirements (JSON) instead of the reviewer&apos;s saved ones.</source>
        <translation>Freigabebedingungen (JSON) anstelle der gespeicherten des Prüfers.</translation>
    </message>
    <message>
        <source>Prints a package&apos;s identity, digest, sections and findings, without a display.</source>
        <translation>Gibt Identität, Digest, Abschnitte und Befunde eines Pakets aus, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>Print the documented JSON document.</source>
        <translation>Das dokumentierte JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>A previous version of the package: adds what changed since (interdiff).</source>
        <translation>Eine vorherige Version des Pakets: ergänzt, was sich seitdem geändert hat (Interdiff).</translation>
    </message>
    <message>
        <source>Makes a package from a git working copy: the code with its history, the dataset manifest, the environments and the claimed metrics. Exit codes: 0 written, 1 refused, 2 unreadable input.</source>
        <translation>Erstellt ein Paket aus einer Git-Arbeitskopie: den Code mit seiner Historie, das Datensatzmanifest, die Umgebungen und die angegebenen Metriken. Exit-Codes: 0 geschrieben, 1 abgelehnt, 2 unlesbare Eingabe.</translation>
    </message>
    <message>
        <source>The git working copy (default: .).</source>
        <translation>Die Git-Arbeitskopie (Standard: .).</translation>
    </message>
    <message>
        <source>The package to write: a folder, or an archive by suffix (.zip, .tar.gz, .tar.zst).</source>
        <translation>Das zu schreibende Paket: ein Ordner oder ein Archiv nach Endung (.zip, .tar.gz, .tar.zst).</translation>
    </message>
    <message>
        <source>Base revision (default: head&apos;s first parent).</source>
        <translation>Basisrevision (Standard: erster Vorgänger von Head).</translation>
    </message>
    <message>
        <source>Head revision (default: HEAD).</source>
        <translation>Head-Revision (Standard: HEAD).</translation>
    </message>
    <message>
        <source>Model name (default: the folder&apos;s name).</source>
        <translation>Modellname (Standard: der Name des Ordners).</translation>
    </message>
    <message>
        <source>Model version (default: git describe).</source>
        <translation>Modellversion (Standard: git describe).</translation>
    </message>
    <message>
        <source>What changed and why.</source>
        <translation>Was sich geändert hat und warum.</translation>
    </message>
    <message>
        <source>A data folder: its files are copied and listed with SHA-256 (repeatable).</source>
        <translation>Ein Datenordner: Seine Dateien werden kopiert und mit SHA-256 gelistet (wiederholbar).</translation>
    </message>
    <message>
        <source>A dataset manifest, used as given.</source>
        <translation>Ein Datensatzmanifest, unverändert verwendet.</translation>
    </message>
    <message>
        <source>An environment file under a name (repeatable).</source>
        <translation>Eine Umgebungsdatei unter einem Namen (wiederholbar).</translation>
    </message>
    <message>
        <source>Do not capture this machine as the development environment.</source>
        <translation>Diesen Rechner nicht als Entwicklungsumgebung erfassen.</translation>
    </message>
    <message>
        <source>The Python whose packages are captured.</source>
        <translation>Das Python, dessen Pakete erfasst werden.</translation>
    </message>
    <message>
        <source>A claimed metrics file (repeatable).</source>
        <translation>Eine Datei mit angegebenen Metriken (wiederholbar).</translation>
    </message>
    <message>
        <source>A rerun&apos;s metrics file (repeatable).</source>
        <translation>Die Metrikdatei eines Reruns (wiederholbar).</translation>
    </message>
    <message>
        <source>A tolerance spec (repeatable).</source>
        <translation>Eine Toleranzangabe (wiederholbar).</translation>
    </message>
    <message>
        <source>Pack despite uncommitted changes; the package records them.</source>
        <translation>Trotz nicht committeter Änderungen packen; das Paket verzeichnet sie.</translation>
    </message>
    <message>
        <source>Hashing threads (default: one per core).</source>
        <translation>Hash-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Exit 1 when the package has an error finding.</source>
        <translation>Exit 1, wenn das Paket einen Befund der Stufe Fehler hat.</translation>
    </message>
    <message>
        <source>expected at most one SOURCE (see --help)</source>
        <translation>höchstens eine SOURCE erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>no output given: -o OUT (see --help)</source>
        <translation>keine Ausgabe angegeben: -o OUT (siehe --help)</translation>
    </message>
    <message>
        <source>--manifest may be given once</source>
        <translation>--manifest darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>--env %1: expected NAME=FILE</source>
        <translation>--env %1: NAME=DATEI erwartet</translation>
    </message>
    <message>
        <source>--jobs %1: expected a number &gt;= 1</source>
        <translation>--jobs %1: eine Zahl &gt;= 1 erwartet</translation>
    </message>
    <message>
        <source>modelreview pack: the development environment was not captured (see above); packing without it
</source>
        <translation>modelreview pack: Die Entwicklungsumgebung wurde nicht erfasst (siehe oben); es wird ohne sie gepackt
</translation>
    </message>
    <message>
        <source>Wrote %1
  %2 files, %3 bytes, digest %4
</source>
        <translation>%1 geschrieben
  %2 Dateien, %3 Byte, Digest %4
</translation>
    </message>
    <message>
        <source>  code: %1 .. %2
</source>
        <translation>  Code: %1 .. %2
</translation>
    </message>
    <message>
        <source>Uncommitted changes (recorded in the package, not included):
  %1
</source>
        <translation>Nicht committete Änderungen (im Paket verzeichnet, nicht enthalten):
  %1
</translation>
    </message>
    <message>
        <source>Untracked files (not in the package):
  %1
</source>
        <translation>Nicht verfolgte Dateien (nicht im Paket):
  %1
</translation>
    </message>
    <message>
        <source>Writes the review report of a package: identity and digest, decision, checklist, findings, comments with their anchored content, and each section&apos;s summary.</source>
        <translation>Schreibt den Prüfbericht eines Pakets: Identität und Digest, Entscheidung, Checkliste, Befunde, Kommentare mit ihrem verankerten Inhalt und die Zusammenfassung jedes Abschnitts.</translation>
    </message>
    <message>
        <source>html, pdf, md or json (default: from the output file&apos;s suffix).</source>
        <translation>html, pdf, md oder json (Standard: nach der Endung der Ausgabedatei).</translation>
    </message>
    <message>
        <source>Output file; &quot;-&quot; writes to stdout (not for pdf).</source>
        <translation>Ausgabedatei; „-“ schreibt auf stdout (nicht für pdf).</translation>
    </message>
    <message>
        <source>A previous version of the package: adds a &quot;Since the previous review&quot; section.</source>
        <translation>Eine vorherige Version des Pakets: ergänzt einen Abschnitt „Seit der vorherigen Prüfung“.</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit %2): %3</translation>
    </message>
    <message>
        <source>unexpected answer from %1: %2</source>
        <translation>unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>unexpected answer from pip list: %1</source>
        <translation>unerwartete Antwort von pip list: %1</translation>
    </message>
    <message>
        <source>GPU facts skipped: %1</source>
        <translation>GPU-Angaben übersprungen: %1</translation>
    </message>
    <message>
        <source>unknown argument %1</source>
        <translation>unbekanntes Argument %1</translation>
    </message>
    <message>
        <source>no python3 or python on PATH; name one with --python PATH</source>
        <translation>kein python3 oder python im PATH; nennen Sie eines mit --python PATH</translation>
    </message>
    <message>
        <source>expected OLD and NEW packages (see --help)</source>
        <translation>Pakete OLD und NEW erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>%1: no such review file</source>
        <translation>%1: keine solche Review-Datei</translation>
    </message>
    <message>
        <source>%1: refusing to write inside a package</source>
        <translation>%1: in ein Paket wird nicht geschrieben</translation>
    </message>
    <message>
        <source>%1: is OLD&apos;s review file, which is never changed; name another with -o</source>
        <translation>%1: ist die Review-Datei von OLD, die nie verändert wird; nennen Sie eine andere mit -o</translation>
    </message>
    <message>
        <source>%1: exists; use --force to replace it</source>
        <translation>%1: existiert; mit --force ersetzen</translation>
    </message>
    <message>
        <source>Carried %1 comment(s) from %2 %3 to %4 %5 (%6) into %7
</source>
        <translation>%1 Kommentar(e) von %2 %3 nach %4 %5 (%6) in %7 übernommen
</translation>
    </message>
    <message>
        <source>Findings:  %1 error(s), %2 warning(s), %3 info%4
</source>
        <translation>Befunde:   %1 Fehler, %2 Warnung(en), %3 Info%4
</translation>
    </message>
    <message>
        <source> open; %1 accepted</source>
        <translation> offen; %1 akzeptiert</translation>
    </message>
    <message>
        <source> (accepted by %1: %2)</source>
        <translation> (akzeptiert von %1: %2)</translation>
    </message>
    <message>
        <source> (reopened: items changed since accepted)</source>
        <translation> (wieder geöffnet: Elemente seit dem Akzeptieren geändert)</translation>
    </message>
    <message>
        <source>%1: an MLflow store (mlruns/) holds %2 run(s); open one of them:</source>
        <translation>%1: ein MLflow-Speicher (mlruns/) enthält %2 Run(s); öffnen Sie einen davon:</translation>
    </message>
    <message>
        <source>expected exactly one package (see --help)</source>
        <translation>genau ein Paket erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation>die Eingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the manifest cannot be read</source>
        <translation>das Manifest kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the data root is not available</source>
        <translation>das Datenverzeichnis ist nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>%1 Probleme gefunden</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>%1 error(s)</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>Package:   %1 %2
</source>
        <translation>Paket:     %1 %2
</translation>
    </message>
    <message>
        <source>Format:    %1
</source>
        <translation>Format:    %1
</translation>
    </message>
    <message>
        <source>Created:   %1
</source>
        <translation>Erstellt:  %1
</translation>
    </message>
    <message>
        <source>Submitter: %1%2
</source>
        <translation>Von:       %1%2
</translation>
    </message>
    <message>
        <source>Summary:   %1
</source>
        <translation>Inhalt:    %1
</translation>
    </message>
    <message>
        <source>Source:    %1%2
</source>
        <translation>Quelle:    %1%2
</translation>
    </message>
    <message>
        <source>Opened as: %1
</source>
        <translation>Geöffnet:  %1
</translation>
    </message>
    <message>
        <source>Digest:    %1
</source>
        <translation>Digest:    %1
</translation>
    </message>
    <message>
        <source>%1 (%2 files, %3 bytes)</source>
        <translation>%1 (%2 Dateien, %3 Byte)</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source> (baseline %1)</source>
        <translation> (Basis %1)</translation>
    </message>
    <message>
        <source>%1 claimed, %2 rerun file(s), %3 metric spec(s)</source>
        <translation>%1 angegeben, %2 Rerun-Datei(en), %3 Metrikangabe(n)</translation>
    </message>
    <message>
        <source>%1 artifact(s)</source>
        <translation>%1 Artefakt(e)</translation>
    </message>
    <message>
        <source>Policy:    %1
</source>
        <translation>Richtlinie: %1
</translation>
    </message>
    <message>
        <source>Since %1 %2:
</source>
        <translation>Seit %1 %2:
</translation>
    </message>
    <message>
        <source>  package:      %1 field(s) changed
</source>
        <translation>  Paket:        %1 Feld(er) geändert
</translation>
    </message>
    <message>
        <source>  code:         %1 file(s), +%2 -%3%4
</source>
        <translation>  Code:         %1 Datei(en), +%2 -%3%4
</translation>
    </message>
    <message>
        <source>, base changed</source>
        <translation>, Basis geändert</translation>
    </message>
    <message>
        <source>  code:         not compared %1
</source>
        <translation>  Code:         nicht verglichen %1
</translation>
    </message>
    <message>
        <source>  dataset:      %1 added, %2 removed, %3 modified, %4 renamed
</source>
        <translation>  Datensatz:    %1 hinzugefügt, %2 entfernt, %3 geändert, %4 umbenannt
</translation>
    </message>
    <message>
        <source>  dataset:      not compared %1
</source>
        <translation>  Datensatz:    nicht verglichen %1
</translation>
    </message>
    <message>
        <source>  environments: %1 environment(s), %2 row(s) changed
</source>
        <translation>  Umgebungen:   %1 Umgebung(en), %2 Zeile(n) geändert
</translation>
    </message>
    <message>
        <source>  results:      %1 metric(s) changed
</source>
        <translation>  Ergebnisse:   %1 Metrik(en) geändert
</translation>
    </message>
    <message>
        <source>%1: refusing to overwrite %2</source>
        <translation>%1: %2 wird nicht überschrieben</translation>
    </message>
    <message>
        <source>a path that does not resolve (a loop of links)</source>
        <translation>einen Pfad, der sich nicht auflösen lässt (eine Schleife von Verknüpfungen)</translation>
    </message>
    <message>
        <source>the package it reads</source>
        <translation>das Paket, das gelesen wird</translation>
    </message>
    <message>
        <source>a file inside the package</source>
        <translation>eine Datei im Paket</translation>
    </message>
    <message>
        <source>the review file it reads</source>
        <translation>die Review-Datei, die gelesen wird</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>einen Ordner</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>canceled: nothing was written</source>
        <translation>abgebrochen: nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  Hinweis: %1
</translation>
    </message>
    <message>
        <source>missing -o OUT (see --help)</source>
        <translation>-o OUT fehlt (siehe --help)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use html, pdf, md or json</source>
        <translation>unbekanntes Format „%1“: html, pdf, md oder json verwenden</translation>
    </message>
    <message>
        <source>a PDF report needs an output file</source>
        <translation>ein PDF-Bericht braucht eine Ausgabedatei</translation>
    </message>
    <message>
        <source>modelreview report: note: no review file at %1; the report has no review
</source>
        <translation>modelreview report: Hinweis: keine Review-Datei unter %1; der Bericht enthält kein Review
</translation>
    </message>
    <message>
        <source>Manifest:  %1 (%2, %3 entries)
</source>
        <translation>Manifest:  %1 (%2, %3 Einträge)
</translation>
    </message>
    <message>
        <source>Data root: %1 not available: %2 entries not verified
</source>
        <translation>Datenverzeichnis: %1 nicht verfügbar: %2 Einträge nicht verifiziert
</translation>
    </message>
    <message>
        <source>Entries:   %1 ok, %2 mismatch, %3 missing, %4 unreadable, %5 without digest, %6 unlisted
</source>
        <translation>Einträge:  %1 in Ordnung, %2 abweichend, %3 fehlend, %4 unlesbar, %5 ohne Digest, %6 nicht gelistet
</translation>
    </message>
    <message>
        <source>Manifest:  unreadable: %1
</source>
        <translation>Manifest:  unlesbar: %1
</translation>
    </message>
    <message>
        <source>Manifest:  not provided
</source>
        <translation>Manifest:  nicht bereitgestellt
</translation>
    </message>
    <message>
        <source>Artifact:  %1 %2%3
</source>
        <translation>Artefakt:  %1 %2%3
</translation>
    </message>
    <message>
        <source>Verify a package&apos;s dataset and artifacts against their digests.</source>
        <translation>Datensatz und Artefakte eines Pakets gegen ihre Digests verifizieren.</translation>
    </message>
    <message>
        <source>Package folder or archive.</source>
        <translation>Paketordner oder -archiv.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Concurrent readers (default: max(8, 2 x cores)).</source>
        <translation>Gleichzeitige Leser (Standard: max(8, 2 x Kerne)).</translation>
    </message>
    <message>
        <source>Verify the dataset against DIR instead of the package&apos;s data root (data the package references by hash only, such as DVC outputs after `dvc pull`).</source>
        <translation>Den Datensatz gegen DIR statt gegen das Datenverzeichnis des Pakets verifizieren (Daten, die das Paket nur per Hash referenziert, etwa DVC-Ausgaben nach `dvc pull`).</translation>
    </message>
    <message>
        <source>expected one package path</source>
        <translation>ein Paketpfad erwartet</translation>
    </message>
    <message>
        <source>--jobs expects a number from 1 to 1024</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 1024</translation>
    </message>
    <message>
        <source>Checked %1 files, %2 bytes in %3 s: %4
</source>
        <translation>%1 Dateien, %2 Byte in %3 s geprüft: %4
</translation>
    </message>
    <message>
        <source>all ok</source>
        <translation>alles in Ordnung</translation>
    </message>
    <message>
        <source>cannot verify: %1</source>
        <translation>Verifizierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot verify the dataset: its data root is not available</source>
        <translation>der Datensatz kann nicht verifiziert werden: Sein Datenverzeichnis ist nicht verfügbar</translation>
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
        <translation>keine</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Renamed from</source>
        <translation>Umbenannt von</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Baseline size</source>
        <translation>Größe in der Basis</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Baseline digest</source>
        <translation>Digest in der Basis</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
</context>
<context>
    <name>mr::review::ApprovalDialog</name>
    <message>
        <source>Approve This Package</source>
        <translation>Dieses Paket freigeben</translation>
    </message>
    <message>
        <source>This package cannot be approved: a submit requirement is not met. Resolve what is listed below, or change the requirements in the settings.</source>
        <translation>Dieses Paket kann nicht freigegeben werden: Eine Freigabebedingung ist nicht erfüllt. Beheben Sie, was unten aufgeführt ist, oder ändern Sie die Bedingungen in den Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>Approve this exact package? %n point(s) below are open; they do not prevent the approval under your submit requirements.</source>
        <translation>
            <numerusform>Genau dieses Paket freigeben? %n Punkt unten ist offen; er verhindert die Freigabe unter Ihren Freigabebedingungen nicht.</numerusform>
            <numerusform>Genau dieses Paket freigeben? %n Punkte unten sind offen; sie verhindern die Freigabe unter Ihren Freigabebedingungen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve this exact package? Every check below is met.</source>
        <translation>Genau dieses Paket freigeben? Jede Prüfung unten ist erfüllt.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Not met (required)</source>
        <translation>Nicht erfüllt (erforderlich)</translation>
    </message>
    <message>
        <source>Open (not required)</source>
        <translation>Offen (nicht erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
</context>
<context>
    <name>mr::review::CommentEditorDialog</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>the package as a whole</source>
        <translation>das Paket als Ganzes</translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, `code`, lists, links...</source>
        <translation>In Markdown schreiben: **fett**, `Code`, Listen, Links...</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Blocker (prevents approval)</source>
        <translation>Blocker (verhindert die Freigabe)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Discard Comment</source>
        <translation>Kommentar verwerfen</translation>
    </message>
    <message>
        <source>Discard the text you typed?</source>
        <translation>Den eingegebenen Text verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>mr::review::CommentTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, outdated</source>
        <translation>%1, veraltet</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>mr::review::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Request &amp;Changes</source>
        <translation>Än&amp;derungen anfordern</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Reason (required to request changes or reject)</source>
        <translation>Begründung (erforderlich, um Änderungen anzufordern oder abzulehnen)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation>Freigabe verweigert: %1</translation>
    </message>
    <message>
        <source>No review open.</source>
        <translation>Kein Review geöffnet.</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Noch keine Entscheidung.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation>%1 von %2 am %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Stale: this decision was made on %1, but the package is now %2. Decide again.</source>
        <translation>Veraltet: Diese Entscheidung wurde für %1 getroffen, das Paket ist jetzt aber %2. Entscheiden Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s) must be resolved first</source>
        <translation>
            <numerusform>%n offener Blocker muss zuerst erledigt werden</numerusform>
            <numerusform>%n offene Blocker müssen zuerst erledigt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve this exact package (its digest)</source>
        <translation>Genau dieses Paket (seinen Digest) freigeben</translation>
    </message>
    <message>
        <source> (checks pass)</source>
        <translation> (Prüfungen bestanden)</translation>
    </message>
    <message>
        <source> (checks fail)</source>
        <translation> (Prüfungen nicht bestanden)</translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation>Zuletzt geändert von %1</translation>
    </message>
</context>
<context>
    <name>mr::review::IdentityDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation>Wer prüft?</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Your name and email are recorded with each comment and decision you make. They are stored in your settings and asked for only once.</source>
        <translation>Ihr Name und Ihre E-Mail-Adresse werden mit jedem Kommentar und jeder Entscheidung verzeichnet. Sie werden in Ihren Einstellungen gespeichert und nur einmal abgefragt.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>mr::review::ReviewDock</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>&amp;Reply...</source>
        <translation>&amp;Antworten...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Erledigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Comment on Package...</source>
        <translation>Paket kommentieren...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Comments carried from the previous package, by status</source>
        <translation>Aus dem vorherigen Paket übernommene Kommentare, nach Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Written here</source>
        <translation>Hier geschrieben</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation>Kommentar bearbeiten</translation>
    </message>
    <message>
        <source>No comments yet. Use a pane&apos;s Comment action, or comment on the package.</source>
        <translation>Noch keine Kommentare. Verwenden Sie die Kommentar-Aktion eines Bereichs oder kommentieren Sie das Paket.</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Wieder &amp;öffnen</translation>
    </message>
    <message>
        <source> · *outdated: the content changed since*</source>
        <translation> · *veraltet: Der Inhalt hat sich seitdem geändert*</translation>
    </message>
    <message>
        <source>Carried from version %1: **%2**</source>
        <translation>Übernommen aus Version %1: **%2**</translation>
    </message>
    <message>
        <source> (was on %1)</source>
        <translation> (war auf %1)</translation>
    </message>
    <message>
        <source>Then (version %1):</source>
        <translation>Damals (Version %1):</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Jetzt:</translation>
    </message>
</context>
<context>
    <name>mr::review::ReviewSession</name>
    <message>
        <source>The review is read-only: %1</source>
        <translation>Das Review ist schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Accepting a finding needs a reason.</source>
        <translation>Das Akzeptieren eines Befunds braucht eine Begründung.</translation>
    </message>
    <message>
        <source>The review file&apos;s suppressions cannot be read: %1</source>
        <translation>Die Unterdrückungen der Review-Datei können nicht gelesen werden: %1</translation>
    </message>
</context>
</TS>
