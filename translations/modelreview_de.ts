<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The development environment was not captured: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>modelreview: unknown command &quot;%1&quot;
Commands: %2
To open a package in the workbench, give its path (for example ./%1).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review machine-learning model packages before release.

Commands (each has --help): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package folder or archive to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Approval</name>
    <message>
        <source>verification canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data root is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>verification incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified by gate (run `modelreview verify`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every checklist step ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Checklist</name>
    <message>
        <source>Code read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Code</name>
    <message>
        <source>Revisions: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Failed:** %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;strong&gt;Failed:&lt;/strong&gt; %1&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Status | File | Added | Removed |
|---|---|---:|---:|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) changed, %2 line(s) added, %3 removed, %4 binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;/tbody&gt;
&lt;tfoot&gt;&lt;tr&gt;&lt;td&gt;&lt;/td&gt;&lt;td&gt;Total: %1&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;/tfoot&gt;
&lt;/table&gt;
&lt;p&gt;%4&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the working tree status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n uncommitted change(s) (for example %1): the reviewed code is not all committed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n uncommitted change(s), so the reviewed code is not all committed: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working tree is checked out at %1, not at the reviewed head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository stores some files with Git LFS: their diff shows pointer files, not the content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code repository %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code repository cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code section names no %1 revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 revision &quot;%2&quot; is not in the repository (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The repository is a shallow clone: its history was cut, so older commits are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is a shallow clone: history before the base may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head revision %1 is not reachable from any branch or tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare base and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename detection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no code section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code section is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed file(s) are Git LFS pointers (for example %1): the reviewed diff does not contain their content.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision &quot;%1&quot; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision &quot;%1&quot; is not a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the tree of commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read blob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read hunk of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::CodeFileListModel</name>
    <message>
        <source>Viewed (kept by the file&apos;s content: a later change clears the mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::CodePane</name>
    <message>
        <source>Filter files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the diff unified instead of side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore whitespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged lines shown around each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on Selected Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (counting lines… %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Wird geladen…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid UTF-8: it is shown decoded as Latin-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings changed (%1 → %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows line endings (CR LF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git LFS pointer: the diff shows the pointer file, not the stored content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File mode changed: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submodule: commit %1 → %2. Its content is not part of this diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file: shown by size and hash.
Old: %2, blob %3
New: %4, blob %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference</source>
        <translation type="unfinished">Kein Unterschied</translation>
    </message>
    <message>
        <source>No difference: an empty file was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference: renamed from %1 without changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference in content: only the file mode changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference when whitespace is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files, +%2 −%3, %4 viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (counting lines…), %2 viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more lines of the diff to comment on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
from %1 (%2% similar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
binary or over the size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Git LFS pointer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Core</name>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL digest initialisation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; (first at line %2, column %3): readers disagree on which value counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases expand to %1 nodes from %2 written ones (an alias bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar of %1 bytes is longer than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document expands to more than %1 nodes (aliases counted as their expansion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of %1 bytes is longer than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Dataset</name>
    <message>
        <source>line contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable CSV header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV header must name the columns &quot;path&quot; and &quot;size&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed CSV quoting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size &quot;%1&quot; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CSV file has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n manifest line(s) were refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest path(s) are absolute or leave the data root through &quot;..&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) appear more than once in the manifest</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 entries have no digest, so nobody can check their content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest states %1 bytes in total, its entries sum to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest states %1 files, it lists %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package states %1 bytes in total, the manifest&apos;s entries sum to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline manifest cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data files are not in the package (no data root): the %1 entries cannot be verified, only listed and compared with the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data root is not available: the %1 entries were not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more entries %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under the data root but not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more files under the data root are not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset not provided.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Dataset not provided.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest cannot be read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The manifest cannot be read: %1&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest %1 (%2): **%3 files**, %4 bytes%5, %6 with a digest.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Manifest %1 (%2): &lt;b&gt;%3 files&lt;/b&gt;, %4 bytes%5, %6 with a digest.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the baseline: %1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification%1: %2 ok, %3 mismatch, %4 missing, %5 unreadable, %6 without digest, %7 unlisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data root is not available: the entries were not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlisted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an output is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory md5 &quot;%1&quot; is not 32 hex digits followed by .dir: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory output (md5 %1.dir): its listing is not in the package, so its files cannot be listed or verified one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory listing %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory listing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a YAML mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;stages&quot; mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;outs&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;outs&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Git LFS pointer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DVC project without dvc.lock or .dvc files: nothing is tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory (md5 %1.dir): its listing is not in the DVC cache, so its files cannot be listed or verified one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path &quot;%1&quot; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the data root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON object, or an incomplete object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;size&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file too large for its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid Git LFS pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised manifest format (expected JSON Lines, CSV with a header, dvc.lock, .dvc or Git LFS pointers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate path &quot;%1&quot; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 files · %3 / %4 · %5/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digest to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md5 of the text with CRLF as LF (DVC 2 rule) agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::DatasetPane</name>
    <message>
        <source>Filter paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on Dataset Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package open</source>
        <translation type="unfinished">Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset not provided: the package has no manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: loading was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest lists no files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing and comparing with the baseline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data files are not in the package (no data root): the entries can be listed and compared with the baseline, but not verified. Artifacts can still be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data root %1 is not available: the entries cannot be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 files, %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files · %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 without digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 files, %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Against the baseline: %1 added · %2 removed · %3 modified · %4 renamed · %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Verification%1: %2 ok · %3 mismatch · %4 missing · %5 unreadable · %6 unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ok · %2 mismatch · %3 missing · %4 unreadable · %5 unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files, %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled at %1%: %2 checked · %3 · Verify again to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete at %1%: %2 checked · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified 100%: %1 files, %2 in %3 s · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::DeskActions</name>
    <message>
        <source>&amp;Comment on the Current Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unresolved Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Unresolved Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in a pane to comment on it (lines of a diff, a dataset entry, an environment row or a metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unresolved comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved comment %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::DeskLayout</name>
    <message>
        <source>&amp;Focus Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the current pane the whole window, or restore the layout (also: double-click a pane&apos;s title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::DiffView</name>
    <message numerus="yes">
        <source>%n hidden line(s): click to show more, Shift+click to show all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (outdated: the lines changed since the comment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⋯  %n hidden line(s): click or Enter to show</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::Dvc</name>
    <message>
        <source>cannot read the directory listing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the directory listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory listing must be a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry lacks relpath or a 32-hex-digit md5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more entries refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise MD5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of %1 is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry has no &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>md5 &quot;%1&quot; is not 32 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;stages&quot; mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stages&quot; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stage is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;params&quot; is not a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping at the top level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Environment</name>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a %1 document (no &quot;format&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>package without a name ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without a name ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 environment (%2) could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) reading the %1 environment</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an editable install in %2 (%3): its code is a local checkout, not a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed from a local path in %2 (%3) that nobody else has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not pinned in %2 (%3): the installed version can change between installs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python differs: %1 in %2, %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python implementation differs: %1 against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating systems differ: %1 in %2, %3 in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GPU stack differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 → %3 build)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are older in %1 than in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) are built for another accelerator in %1 than in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The code imports %1 (%2:%3), provided by %4, which %5 has and %6 lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is not inside the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no code section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments in this package.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No environments in this package.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comparison: an environment of the pair is missing or unreadable.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No comparison: an environment of the pair is missing or unreadable.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences in %1 rows.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No differences in %1 rows.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Item | %1 | %2 | Change | Level |
|---|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals by change: %1.

Totals by level: %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Totals by change: %1.&lt;/p&gt;
&lt;p&gt;Totals by level: %2.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision %1 has no tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the tree of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line of %1 bytes is longer than %2 bytes: ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more lines are not valid UTF-8 (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote include not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include points outside the package, not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include loop, not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>includes nested too deeply, not followed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM line not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build argument %1 has no default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no FROM line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-r needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-e needs a path or URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the package name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a requirement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constraints file not read as requirements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line before @EXPLICIT ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line ignored: not a conda package URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no [[package]] entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a requirement string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dependencies list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dependency group &quot;%1&quot; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a conda package spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flavors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentComparisonModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentMatrixModel</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::EnvironmentPane</name>
    <message>
        <source>= unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− only in development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ only in reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ incomparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (CalVer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a PEP 440 version: compared as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CalVer: classified by position (year, month, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comment(s)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanged only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package has no environments section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names fewer than two environments: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment of this pair could not be read: see Files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 rows, %L2 unchanged%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), %L4 packages%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read without problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code imports (%1): %L2 third-party modules in %L3 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code imports not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files (%1 problems)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::FindingItemsDialog</name>
    <message>
        <source>Finding Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n item(s). Double-click one to go to it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n more not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mr::Findings</name>
    <message>
        <source>%1 %2package(s) differ by a major version between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;modelreview.policy/v1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of package names, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a package name, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (expected format, rules, critical_packages, submit_requirements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rule id (docs/findings.md lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;error&quot;, &quot;warning&quot;, &quot;info&quot; or &quot;off&quot;, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of rule id to severity, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a table of rule id to severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the policy file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the policy file is larger than 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such policy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both %1 and %2 exist: keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of item keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is not provided: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys this version does not know (kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed from a working copy with uncommitted changes to %1 tracked file(s) (%2): what was run may not be what the code shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data root %1 lies outside the package: the package alone does not carry its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package digest cannot be computed (%1): a decision cannot be bound to this package.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reopened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — accepted by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — its items changed since %2 accepted it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened; was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::FindingsPolicy</name>
    <message>
        <source>built-in defaults (malformed policy: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this finding acceptable? It stays listed as accepted, with your reason and name, until its items change.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Importers</name>
    <message>
        <source>%1 records stage &quot;%2&quot;, which dvc.yaml no longer has: its outputs may be left over from an old pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines stage &quot;%2&quot;, which dvc.lock does not record: it has not been run (dvc repro) since it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dvc.lock records params from %1, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dvc.lock stage &quot;%1&quot; ran with %2 = %3, which %4 no longer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dvc.lock stage &quot;%1&quot; ran with %2 = %3, but %4 now says %5: the outputs are not from the current parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC 2 and 3 hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hashes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dvc.yaml names the metrics file %1, which is not in the working copy (run dvc pull or dvc repro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shorter than a safetensors header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header length %1 is not plausible for a file of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face model repository %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Git LFS pointer, not the weights: run git lfs pull to review or verify them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json says %1 %2, but the tensors in %3 are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has eos_token_id %1, but generation_config.json has %2: generation may not stop where the model was trained to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the shard %2, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has %1 id2label entries but num_labels %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has %1 id2label entries, but README.md names %2 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports %2 = %3, which README.md&apos;s model-index does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports %2 = %3, but README.md&apos;s model-index says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records commit %2, but no git repository holds %3 (%4): the code cannot be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records commit %2, which the repository %3 does not hold (%4): the code cannot be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision not found in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head %1 is the repository&apos;s first commit: there is no parent to compare with (set a base with --base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>an MLflow store with %n run(s): open one run folder (mlruns/&lt;experiment&gt;/&lt;run&gt;)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not a model package: no %1, and not an MLflow model or run, a DVC project or a Hugging Face model repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a YAML mapping at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow model %1 (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow run %1… (%2) in experiment %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meta.yaml: the run&apos;s status is %1, not FINISHED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset input %1 (digest %2, source %3) cannot be checked against files: MLflow computes its digest from the loaded data, not from files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;flavors&quot; mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the environment file %2, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records python_version %2, but %3 pins Python %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: the model was written by one Python and will be loaded by another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records %2 %3, but %4 pins %5 %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Interdiff</name>
    <message>
        <source>no package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare the previous and this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename detection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the lines of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a hunk of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous code repository cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code repository cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the object database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the previous repository&apos;s objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package has no usable code section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad blob id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference in content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot print the diff of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code section is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… and %1 more.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither version provides this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous version did not provide this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version no longer provides this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the previous review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference in model-package.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head %1 → %2: %3 file(s) changed, +%4 −%5. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base changed (%1 → %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified, %4 renamed, %5 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(environment %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::InterdiffModel</name>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither version provides this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous version did not provide this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version no longer provides this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 file(s) changed since %2, +%L3 −%L4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 modified, %4 renamed since %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole environment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 environment change(s) since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 metric(s) changed since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field(s) of model-package.json changed since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Labels</name>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished">Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished">Fehler</translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typechange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modechange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submodule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in claim</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">ModelReview</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Package, MLflow Model or Run, DVC Project or Hugging Face Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Package from Working Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Rerun Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rerun Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (*.json *.yaml *.yml *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Review &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ModelReview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ModelReview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ModelReview %1&lt;/b&gt;&lt;p&gt;Review machine-learning model packages before release: code, data, environments and results.&lt;/p&gt;&lt;p&gt;Licensed under Apache-2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow models (MLmodel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example package is installed with this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — ModelReview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package opened with %n problem(s); the sections concerned are incomplete:
%1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The findings policy is malformed; the built-in policy applies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::MlrunsDialog</name>
    <message>
        <source>Choose an MLflow Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is an MLflow store with %n run(s). Choose the run to review:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment / run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
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
        <translation>Prüfsumme:</translation>
    </message>
    <message>
        <source>No package open</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Items (%L1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept Finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archive, unpacked to a private folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not provided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished">Datensatz</translation>
    </message>
    <message>
        <source>%1 (baseline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Ergebnisse</translation>
    </message>
    <message>
        <source>%L1 claimed, %L2 rerun file(s); %L3 metric spec(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%L2 files, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %L1 error(s), %L2 warning(s), %L3 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n accepted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Pack</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC output %1: no size known (not in the working copy): left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC metrics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC metrics: %1 (DVC output, from the working copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC metrics file %1 is a DVC output, not in git: taken from the working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC metrics file %1 is neither committed nor in the working copy: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in a git working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the working copy&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the files of the head commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base and head must be commit ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the repository %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot walk from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot collect the objects of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric spec &quot;%1&quot;: &quot;%2&quot; is neither higher nor lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output given (-o OUT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data and --manifest exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies inside the working copy %2: pack never writes into the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head has no parent: base is head itself (no code difference to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncommitted changes to tracked files (commit them, or pass --allow-dirty):
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a readable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two --data folders both hold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dataset: %n file(s), %1 bytes from --data (copied, SHA-256 manifest)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC outputs (dvc.lock, *.dvc) of the head commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>dataset: %n DVC output file(s), referenced by hash (not copied)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>capture-env of this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLflow run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two inputs would both be %1 in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed while packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error or changed while packing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder next to it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished package into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished archive into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::PackDialog</name>
    <message>
        <source>New Package from Working Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the git working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, or name.zip / name.tar.gz / name.tar.zst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head&apos;s first parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVC outputs of the project (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder (copied, SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest file (as given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture this machine as the &quot;development&quot; environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow uncommitted changes (recorded in the package, and a finding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=FILE, one per line (found in the repository too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed metrics files, one per line (else DVC or MLflow metrics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rerun metrics files, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME:higher|lower[:abs=X][:rel=Y], one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives (*.tar.zst *.tar.gz *.zip);;Folder (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base .. head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a working copy and where to write, then Preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git: %1 .. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity, sections, how it was packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 file(s), %L2 bytes from the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncommitted change: recorded, not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked: not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %L1 finding(s). Write Package to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading: reading the working copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Package</name>
    <message>
        <source>absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path leaves the extraction folder through &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path passes through the symbolic link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the link back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link points outside the extraction folder (target %1, through other links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive expands past %1 (entry declares %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of the same name was extracted before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extraction cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrupt or truncated archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive expands past %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbolic link without a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link points outside the extraction folder (absolute target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link points outside the extraction folder (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace an entry extracted before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link points outside the extraction folder (target %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link target %1 is not a file extracted before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the hard link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable zip or tar archive, or a damaged one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry&apos;s path is longer than the system allows (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard link replacing the extraction folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file entry names the extraction folder itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link replacing the extraction folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device files are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFOs are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sockets are not allowed in a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry of an unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the extraction folder %1 must exist and be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the limit of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expansion ratio limit of %1:1 (%2 bytes for an archive of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the extraction folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is longer than the system allows (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: packages with such names are refused (the digest could not list the file faithfully)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s .git is a file without a gitdir: line: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s .git file points outside the package (gitdir: %1): refused, code outside the package digest would be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s .git leads outside the package through a link: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the repository&apos;s git folder leads outside the package: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s commondir points outside the package (%1): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects/info/alternates points outside the package (%1): refused, objects outside the package digest would be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s work tree is set to %1 (core.worktree), not its own folder: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository&apos;s git folder %1 is outside the package: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a regular file (a FIFO, socket or device): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is left out of the package digest (a top-level *%2 file is a review, not package content): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not exist in the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a file path (string), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a file path or a list of paths, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sha256 must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: size must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is newer than this version reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a model package: no %1 in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a model package: neither a folder nor a .zip, .tar, .tar.gz or .tar.zst archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a model package: the archive holds no %1 at its root or in its only folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file (a folder, FIFO, socket or device): refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absolute path &quot;%1&quot; is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leaves the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &quot;%1&quot; leads out of the package through a link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Pane</name>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished">Datensatz</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished">Umgebung</translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished">Ergebnisse</translation>
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
        <translation type="unfinished">Kein Paket geöffnet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::ReReview</name>
    <message>
        <source>&amp;Carry Review From Previous Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry the previous review forward?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package has no review yet, but %1 %2 beside it has one (%3).

Carry its comments forward to %4? Its decisions are kept as history and the checklist starts fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry Review From Previous Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages (model-package.json *.zip *.tar *.tar.gz *.tgz *.tar.zst);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a review of this package. Replace it with the carried review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying the review forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>%1: no review beside the previous package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be carried forward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carried review could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried %1 comment(s) from %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Report</name>
    <message>
        <source>an unnamed reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset verification: %1, by %2, started %3, finished %4: %5 ok, %6 mismatch, %7 missing, %8 unreadable, %9 not checked, %10 unlisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset verification: not run in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tolerance used for the results: absolute %1, relative %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed and rerun metrics were compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metric was compared (no rerun value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments compared: %1 against %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files marked viewed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 failed to load: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Review session&lt;/h2&gt;
&lt;ul&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened: its items changed since %1 accepted it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Earlier decisions&lt;/h3&gt;
&lt;table&gt;&lt;tr&gt;&lt;th&gt;Decision&lt;/th&gt;&lt;th&gt;Reviewer&lt;/th&gt;&lt;th&gt;Time&lt;/th&gt;&lt;th&gt;Reason&lt;/th&gt;&lt;th&gt;Digest&lt;/th&gt;&lt;/tr&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;title&gt;Review report: %1&lt;/title&gt;
&lt;style&gt;%2&lt;/style&gt;
&lt;/head&gt;
&lt;body&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Review report: %1&lt;/h1&gt;
&lt;table&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;none yet&lt;/li&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**No decision yet.**

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**%1** by %2 on %3%4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — **stale**: made on `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Earlier decision | Reviewer | Time | Reason |
|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
## Checklist

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>| Severity | Pane | Items | Message |
|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · *outdated*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Carried from %1: %2*

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by %1 on %2 (%3): %4 ok, %5 mismatch, %6 missing, %7 unreadable, %8 without hash, %9 not checked, %10 unlisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was not verified in this review session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Results</name>
    <message>
        <source>abs %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rel %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libgit2 error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open repository: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; not found: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision &apos;%1&apos; is not a commit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rerun does not say where, when or on which revision it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rerun names the environment &quot;%1&quot;, which the package does not define.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rerun ran in the development environment &quot;%1&quot;, not in the reference environment &quot;%2&quot;: nobody reproduced the results elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rerun ran in &quot;%1&quot;, not in the reference environment &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package has no code repository with a head revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the rerun&apos;s revision &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rerun ran on revision %1 (%2), not on the head revision %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed %1, rerun %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed types: %1 in %2, %3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed types: a value here, and a group of metrics (%1) elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declared, but no results file has this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rerun results: nobody reproduced the claimed metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rerun results hold no metrics: nobody reproduced the claimed metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claimed metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is worse than claimed outside tolerance %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs from the claim (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is claimed (%2) but missing in the rerun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in the rerun only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance: the %1 furthest of %2 metrics (the table lists all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green band: tolerance (±1). Diamond: claimed value. « » : beyond the axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object of metrics at the top level, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with abs_tolerance, rel_tolerance or better, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;higher&quot; or &quot;lower&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance must be a non-negative number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parse error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;timestamp value [step]&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no values recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no YAML front matter (--- ... ---)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card&apos;s front matter has no model-index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric lacks type or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry lacks dataset.id or value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read, or larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key is not a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a mapping of metrics at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance: not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the head revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no results section.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The package has no results section.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 metrics: %2. Default tolerance: abs %3, rel %4%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abs diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rel diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Problems in the results input:

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::ResultsChartView</name>
    <message>
        <source>%1
claimed %2, rerun %3
tolerance ±%4
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun against claim, in units of each metric&apos;s tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numeric claims to plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rerun − claimed) / tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::ResultsPane</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse than claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter metrics by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default absolute tolerance for metrics that declare none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rel </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default relative tolerance (of |claimed|) for metrics that declare none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to metrics without a tolerance in the package or the results files; the bound is max(abs, rel × |claimed|).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on Metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance of the rerun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the results input:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package has no results section: no claimed or rerun metrics to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the results could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: the results could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default tolerance applies to 1 metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default tolerance applies to %1 metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rerun: nobody reproduced these results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given: the rerun does not say where, when or on which revision it ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (development, not reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cannot check: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = %1, the head revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = %1, NOT the head revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ran at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::ResultsTreeModel</name>
    <message>
        <source>Rerun minus claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Rerun minus claimed) / |claimed|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound on |rerun - claimed|: max(abs, rel × |claimed|)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, blocker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::Review</name>
    <message>
        <source>Changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; on %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve while %1 blocker%2 open: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed: the review holds no decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale digest: approved %1, but the package is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open blockers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file cannot be read and was opened read-only. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object, found a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &quot;format&quot;: not a ModelReview review file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format &quot;%1&quot; is newer than &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: save interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can edit this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark comment as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can delete this comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot approve before the package digest is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review has no file yet: choose where to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::ReviewIntegration</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file %1 opens read-only: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report is being written already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Review As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review files (*.review.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review is never saved inside the package: choose a place outside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve refuses while a checked requirement is not met; modelreview gate applies the same ones unless given --requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest unpacked size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest expansion ratio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archive that would unpack past either limit is refused, naming the entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::SinceFrame</name>
    <message>
        <source>Show what changed since the previous version of the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its diff since the previous head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the differences since %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::cli</name>
    <message>
        <source>Carries the review of a previous package (OLD) forward to its new version (NEW): comments keep their ids, replies and state and are marked current, moved, outdated or gone; OLD&apos;s decisions become history that never counts for NEW; the checklist starts fresh. OLD&apos;s review file is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OLD&apos;s review file (default: beside OLD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW&apos;s review file to write (default: beside NEW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace NEW&apos;s review file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous package (folder or archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new package (folder or archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings policy file (.json or .toml; default: .modelreview-policy.json or .toml beside the package, else in the user&apos;s configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code base revision (default: the package&apos;s base, or head&apos;s parent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerun results file (JSON, YAML or CSV); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package folder or archive, MLflow model or run folder, DVC project or Hugging Face model repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review file (default: the package path followed by .review.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes (exit 0) only when the review approves this exact package (its current digest) and no blocker is open. Exit 1 names the reason: not reviewed, changes requested, rejected, stale digest, open blockers, an unmet submit requirement (by default: a section that failed to load). Exit 2 when the package, the review or the requirements cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit requirements (JSON) instead of the reviewer&apos;s saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints a package&apos;s identity, digest, sections and findings, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the documented JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A previous version of the package: adds what changed since (interdiff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a package from a git working copy: the code with its history, the dataset manifest, the environments and the claimed metrics. Exit codes: 0 written, 1 refused, 2 unreadable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git working copy (default: .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package to write: a folder, or an archive by suffix (.zip, .tar.gz, .tar.zst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base revision (default: head&apos;s first parent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head revision (default: HEAD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name (default: the folder&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version (default: git describe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data folder: its files are copied and listed with SHA-256 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dataset manifest, used as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment file under a name (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not capture this machine as the development environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python whose packages are captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claimed metrics file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rerun&apos;s metrics file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tolerance spec (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack despite uncommitted changes; the package records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when the package has an error finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one SOURCE (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output given: -o OUT (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--manifest may be given once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--env %1: expected NAME=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs %1: expected a number &gt;= 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modelreview pack: the development environment was not captured (see above); packing without it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1
  %2 files, %3 bytes, digest %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  code: %1 .. %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncommitted changes (recorded in the package, not included):
  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untracked files (not in the package):
  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the review report of a package: identity and digest, decision, checklist, findings, comments with their anchored content, and each section&apos;s summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, pdf, md or json (default: from the output file&apos;s suffix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file; &quot;-&quot; writes to stdout (not for pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A previous version of the package: adds a &quot;Since the previous review&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::dataset::ManifestTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::ApprovalDialog</name>
    <message>
        <source>Approve This Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package cannot be approved: a submit requirement is not met. Resolve what is listed below, or change the requirements in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve this exact package? %n point(s) below are open; they do not prevent the approval under your submit requirements.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve this exact package? Every check below is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (not required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::CommentEditorDialog</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package as a whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in Markdown: **bold**, `code`, lists, links...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker (prevents approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the text you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::CommentTreeModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::DecisionPanel</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required to request changes or reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: this decision was made on %1, but the package is now %2. Decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open blocker(s) must be resolved first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approve this exact package (its digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checks pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checks fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::IdentityDialog</name>
    <message>
        <source>Who is reviewing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name and email are recorded with each comment and decision you make. They are stored in your settings and asked for only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::ReviewDock</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on Package...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments carried from the previous package, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments yet. Use a pane&apos;s Comment action, or comment on the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · *outdated: the content changed since*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from version %1: **%2**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (was on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then (version %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mr::review::ReviewSession</name>
    <message>
        <source>The review is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting a finding needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review file&apos;s suppressions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
