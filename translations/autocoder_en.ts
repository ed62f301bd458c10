<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Autocoder::Run::AgentTurnStep</name>
    <message numerus="yes">
        <source>The agent turn hit its %n minute(s) limit; checking what it made</source>
        <translation>
            <numerusform>The agent turn hit its %n minute limit; checking what it made</numerusform>
            <numerusform>The agent turn hit its %n minutes limit; checking what it made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::DecideStep</name>
    <message numerus="yes">
        <source>Not green after %n iteration(s): %1</source>
        <translation>
            <numerusform>Not green after %n iteration: %1</numerusform>
            <numerusform>Not green after %n iterations: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunEngine</name>
    <message numerus="yes">
        <source>The wall-clock limit of %n minute(s) was reached</source>
        <translation>
            <numerusform>The wall-clock limit of %n minute was reached</numerusform>
            <numerusform>The wall-clock limit of %n minutes was reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s) (wall-clock limit)</source>
        <translation>
            <numerusform>Stopped after %n minute (wall-clock limit)</numerusform>
            <numerusform>Stopped after %n minutes (wall-clock limit)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SnapshotStep</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::UploadStep</name>
    <message numerus="yes">
        <source>brief and %n locked test(s)</source>
        <translation>
            <numerusform>brief and %n locked test</numerusform>
            <numerusform>brief and %n locked tests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesModel</name>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n line added</numerusform>
            <numerusform>%n lines added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n line removed</numerusform>
            <numerusform>%n lines removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n line(s) of the journal could not be read: %1</source>
        <translation>
            <numerusform>%n line of the journal could not be read: %1</numerusform>
            <numerusform>%n lines of the journal could not be read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the mirrored journal could not be read: %1</source>
        <translation>
            <numerusform>%n line of the mirrored journal could not be read: %1</numerusform>
            <numerusform>%n lines of the mirrored journal could not be read: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running.</source>
        <translation>
            <numerusform>%n run still running.</numerusform>
            <numerusform>%n runs still running.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) waiting to start.</source>
        <translation>
            <numerusform>%n run waiting to start.</numerusform>
            <numerusform>%n runs waiting to start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n run(s) waiting in the queue will not start.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n run waiting in the queue will not start.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n runs waiting in the queue will not start.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s), keeping their work…</source>
        <translation>
            <numerusform>Stopping %n run, keeping their work…</numerusform>
            <numerusform>Stopping %n runs, keeping their work…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Runs on the local server beyond this number wait in a queue and start when one ends. The default, %n, is one run per processor core and per 4 GiB of memory. E2B runs are not limited.</source>
        <translation>
            <numerusform>Runs on the local server beyond this number wait in a queue and start when one ends. The default, %n, is one run per processor core and per 4 GiB of memory. E2B runs are not limited.</numerusform>
            <numerusform>Runs on the local server beyond this number wait in a queue and start when one ends. The default, %n, is one run per processor core and per 4 GiB of memory. E2B runs are not limited.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestResultsModel</name>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n fixed</numerusform>
            <numerusform>%n fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broke</source>
        <translation>
            <numerusform>%n broke</numerusform>
            <numerusform>%n broke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GateEvaluator</name>
    <message numerus="yes">
        <source>%1 (%n test(s) skipped)</source>
        <translation>
            <numerusform>%1 (%n test skipped)</numerusform>
            <numerusform>%1 (%n tests skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) failed</source>
        <translation>
            <numerusform>%n test failed</numerusform>
            <numerusform>%n tests failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped in the journal</source>
        <translation>
            <numerusform>%n unreadable line skipped in the journal</numerusform>
            <numerusform>%n unreadable lines skipped in the journal</numerusform>
        </translation>
    </message>
</context>
</TS>
