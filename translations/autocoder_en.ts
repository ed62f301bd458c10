<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Autocoder::Feed::FeedConnection</name>
    <message numerus="yes">
        <source>guidance is longer than %n characters</source>
        <translation>
            <numerusform>guidance is longer than %n characters</numerusform>
            <numerusform>guidance is longer than %n characters</numerusform>
        </translation>
    </message>
</context>
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
    <name>Autocoder::Run::GateEvaluator</name>
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
    <message numerus="yes">
        <source>the tests caught %1 of %n mutant(s) (%2%), below %3%</source>
        <extracomment>e.g. &quot;the tests caught 4 of 10 mutants (40%), below 60%&quot;</extracomment>
        <translation>
            <numerusform>the tests caught %1 of %n mutant (%2%), below %3%</numerusform>
            <numerusform>the tests caught %1 of %n mutants (%2%), below %3%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::HeadlessPrinter</name>
    <message numerus="yes">
        <source>Run %1 started: %2 (backend %3, at most %n iteration(s), budget $%4)
</source>
        <extracomment>%1 run id, %2 project name, %3 sandbox backend (local or e2b), %4 budget in dollars</extracomment>
        <translation>
            <numerusform>Run %1 started: %2 (backend %3, at most %n iteration, budget $%4)
</numerusform>
            <numerusform>Run %1 started: %2 (backend %3, at most %n iterations, budget $%4)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>agent done: %n turn(s), $%1 (error: %2)
</source>
        <extracomment>%1 cost in dollars, %2 the kind of error</extracomment>
        <translation>
            <numerusform>agent done: %n turn, $%1 (error: %2)
</numerusform>
            <numerusform>agent done: %n turns, $%1 (error: %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>agent done: %n turn(s), $%1
</source>
        <extracomment>%1 cost in dollars</extracomment>
        <translation>
            <numerusform>agent done: %n turn, $%1
</numerusform>
            <numerusform>agent done: %n turns, $%1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snapshot: %n file(s), %1 bytes
</source>
        <translation>
            <numerusform>snapshot: %n file, %1 bytes
</numerusform>
            <numerusform>snapshot: %n files, %1 bytes
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run finished: %1 after %n iteration(s), $%2. %3
</source>
        <extracomment>%1 outcome (green, max_iterations, ...), %2 cost in dollars, %3 the run&apos;s message</extracomment>
        <translation>
            <numerusform>Run finished: %1 after %n iteration, $%2. %3
</numerusform>
            <numerusform>Run finished: %1 after %n iterations, $%2. %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 goes on after iteration %2 (%3; at most %n iteration(s), budget $%4)
</source>
        <extracomment>%1 run id, %2 iteration, %3 how it was resumed, %4 budget in dollars</extracomment>
        <translation>
            <numerusform>Run %1 goes on after iteration %2 (%3; at most %n iteration, budget $%4)
</numerusform>
            <numerusform>Run %1 goes on after iteration %2 (%3; at most %n iterations, budget $%4)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>requirements: %1 of %n covered</source>
        <extracomment>%1 covered requirements, %n all requirements</extracomment>
        <translation>
            <numerusform>requirements: %1 of %n covered</numerusform>
            <numerusform>requirements: %1 of %n covered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::MutationCheckStep</name>
    <message numerus="yes">
        <source>no mutant could be made from the %n source file(s)</source>
        <translation>
            <numerusform>no mutant could be made from the %n source file</numerusform>
            <numerusform>no mutant could be made from the %n source files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time budget of %n second(s) cannot fit even a few mutants (the tests take %1 s)</source>
        <translation>
            <numerusform>the time budget of %n second cannot fit even a few mutants (the tests take %1 s)</numerusform>
            <numerusform>the time budget of %n seconds cannot fit even a few mutants (the tests take %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutation check: %n mutant(s) in %1 file(s)</source>
        <translation>
            <numerusform>Mutation check: %n mutant in %1 file</numerusform>
            <numerusform>Mutation check: %n mutants in %1 files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mutation check&apos;s time budget of %n second(s) ran out</source>
        <translation>
            <numerusform>The mutation check&apos;s time budget of %n second ran out</numerusform>
            <numerusform>The mutation check&apos;s time budget of %n seconds ran out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time budget of %n second(s) ran out before any mutant was tried</source>
        <translation>
            <numerusform>the time budget of %n second ran out before any mutant was tried</numerusform>
            <numerusform>the time budget of %n seconds ran out before any mutant was tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mutant(s) killed</source>
        <extracomment>The mutation check&apos;s result, e.g. &quot;14 of 18 mutants killed&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n mutant killed</numerusform>
            <numerusform>%1 of %n mutants killed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n not run</numerusform>
            <numerusform>%n not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be tried</source>
        <translation>
            <numerusform>%n could not be tried</numerusform>
            <numerusform>%n could not be tried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectArchive</name>
    <message numerus="yes">
        <source>The project is larger than %n MB without node_modules</source>
        <translation>
            <numerusform>The project is larger than %n MB without node_modules</numerusform>
            <numerusform>The project is larger than %n MB without node_modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectVerifier</name>
    <message numerus="yes">
        <source>The verification took longer than %n minute(s), the spec&apos;s wall-clock limit</source>
        <translation>
            <numerusform>The verification took longer than %n minute, the spec&apos;s wall-clock limit</numerusform>
            <numerusform>The verification took longer than %n minutes, the spec&apos;s wall-clock limit</numerusform>
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
    <name>Autocoder::Run::SafeArchive</name>
    <message numerus="yes">
        <source>the archive has more than %n entries</source>
        <translation>
            <numerusform>the archive has more than %n entries</numerusform>
            <numerusform>the archive has more than %n entries</numerusform>
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
    <name>Autocoder::Spec::SpecValidator</name>
    <message numerus="yes">
        <source>The project name is too long; use at most %n characters.</source>
        <translation>
            <numerusform>The project name is too long; use at most %n characters.</numerusform>
            <numerusform>The project name is too long; use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time limit must be between 1 and %n minutes.</source>
        <translation>
            <numerusform>The time limit must be between 1 and %n minutes.</numerusform>
            <numerusform>The time limit must be between 1 and %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The command timeout must be between %1 and %n seconds.</source>
        <translation>
            <numerusform>The command timeout must be between %1 and %n seconds.</numerusform>
            <numerusform>The command timeout must be between %1 and %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent turn timeout must be between 1 and %n minutes.</source>
        <translation>
            <numerusform>The agent turn timeout must be between 1 and %n minutes.</numerusform>
            <numerusform>The agent turn timeout must be between 1 and %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The mutation check&apos;s time budget must be between %1 and %n seconds.</source>
        <translation>
            <numerusform>The mutation check&apos;s time budget must be between %1 and %n seconds.</numerusform>
            <numerusform>The mutation check&apos;s time budget must be between %1 and %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDelegate</name>
    <message numerus="yes">
        <source>… %n more line(s) in the details</source>
        <translation>
            <numerusform>… %n more line in the details</numerusform>
            <numerusform>… %n more lines in the details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▸ %n more line(s)</source>
        <translation>
            <numerusform>▸ %n more line</numerusform>
            <numerusform>▸ %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityFormat</name>
    <message numerus="yes">
        <source>Read %1 (%n line(s))</source>
        <extracomment>%1 is the file the agent read</extracomment>
        <translation>
            <numerusform>Read %1 (%n line)</numerusform>
            <numerusform>Read %1 (%n lines)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityModel</name>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n turn</numerusform>
            <numerusform>%n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of test names, %n how many more tests failed</extracomment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing: %1</source>
        <extracomment>%n failing tests, %1 their names</extracomment>
        <translation>
            <numerusform>%n failing: %1</numerusform>
            <numerusform>%n failing: %1</numerusform>
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
    <name>Autocoder::Ui::MutationModel</name>
    <message numerus="yes">
        <source>No mutant could be scored (%n tried) — threshold %1%</source>
        <translation>
            <numerusform>No mutant could be scored (%n tried) — threshold %1%</numerusform>
            <numerusform>No mutant could be scored (%n tried) — threshold %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tests caught %1 of %n mutant(s) (%2%) — threshold %3%</source>
        <extracomment>%1 mutants caught, %n mutants scored, %2 the score, %3 the threshold (percent)</extracomment>
        <translation>
            <numerusform>Tests caught %1 of %n mutant (%2%) — threshold %3%</numerusform>
            <numerusform>Tests caught %1 of %n mutants (%2%) — threshold %3%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RequirementsModel</name>
    <message numerus="yes">
        <source>%1 of %n requirement(s) covered by a passing test</source>
        <extracomment>%1 covered requirements, %n all requirements</extracomment>
        <translation>
            <numerusform>%1 of %n requirement covered by a passing test</numerusform>
            <numerusform>%1 of %n requirements covered by a passing test</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ReviewPage</name>
    <message numerus="yes">
        <source>Limits: %n iteration(s), $%1, %2.</source>
        <extracomment>The run&apos;s limits: iterations, %1 the budget in dollars, %2 the time limit (&quot;90 minutes&quot;)</extracomment>
        <translation>
            <numerusform>Limits: %n iteration, $%1, %2.</numerusform>
            <numerusform>Limits: %n iterations, $%1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
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
