<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AgentStream</name>
    <message>
        <source>The model API is being retried: %1</source>
        <translation>Anfrage an die Modell-API wird wiederholt: %1</translation>
    </message>
    <message>
        <source>Agent output line %1: %2</source>
        <translation>Agent-Ausgabezeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Agent::StreamJsonParser</name>
    <message>
        <source>Agent output line %1 is longer than %2 bytes (%3 bytes) and was skipped.</source>
        <translation>Agent-Ausgabezeile %1 ist länger als %2 Bytes (%3 Bytes) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The last agent output line is longer than %1 bytes (%2 bytes) and was skipped.</source>
        <translation>Die letzte Agent-Ausgabezeile ist länger als %1 Bytes (%2 Bytes) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Agent output line %1 is not valid JSON (%2 at byte %3).</source>
        <translation>Agent-Ausgabezeile %1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>Agent output line %1 is not a JSON object.</source>
        <translation>Agent-Ausgabezeile %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Agent output line %1 has no &quot;type&quot;.</source>
        <translation>Agent-Ausgabezeile %1 hat kein „type“.</translation>
    </message>
    <message>
        <source>Agent output line %1 has a tool call without id or name.</source>
        <translation>Agent-Ausgabezeile %1 enthält einen Werkzeugaufruf ohne ID oder Namen.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli</name>
    <message>
        <source>Run folders (default: the app data folder).</source>
        <translation>Ordner der Läufe (Standard: der Datenordner der App).</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>--serve-events %1: %2</source>
        <translation>--serve-events %1: %2</translation>
    </message>
    <message>
        <source>--serve-events %1: %2 is not a loopback address. Anyone who can reach it could try the token, and the feed is not encrypted: add --serve-events-public to serve beyond this machine, behind a TLS-terminating proxy.</source>
        <translation>--serve-events %1: %2 ist keine Loopback-Adresse. Jeder, der sie erreicht, könnte das Token ausprobieren, und der Feed ist nicht verschlüsselt: Fügen Sie --serve-events-public hinzu, um über diesen Rechner hinaus bereitzustellen, hinter einem TLS-terminierenden Proxy.</translation>
    </message>
    <message>
        <source>Project spec (JSON).</source>
        <translation>Projektspezifikation (JSON).</translation>
    </message>
    <message>
        <source>Folder to save the project into.</source>
        <translation>Ordner, in dem das Projekt gespeichert wird.</translation>
    </message>
    <message>
        <source>local (default) or e2b.</source>
        <translation>local (Standard) oder e2b.</translation>
    </message>
    <message>
        <source>Print events as JSON lines.</source>
        <translation>Ereignisse als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Also print command output.</source>
        <translation>Auch die Ausgabe der Befehle ausgeben.</translation>
    </message>
    <message>
        <source>Replace a non-empty --out folder.</source>
        <translation>Einen nicht leeren --out-Ordner ersetzen.</translation>
    </message>
    <message>
        <source>Make --out a git repository, one commit per iteration.</source>
        <translation>--out zu einem Git-Repository machen, ein Commit pro Iteration.</translation>
    </message>
    <message>
        <source>Extra instructions for the next agent turn.</source>
        <translation>Zusätzliche Anweisungen für den nächsten Agentenzug.</translation>
    </message>
    <message>
        <source>Also let the sandbox reach HOST (a domain, *.domain, IP, CIDR or host:port); repeatable.</source>
        <translation>Die Sandbox zusätzlich HOST erreichen lassen (eine Domain, *.domain, IP, CIDR oder host:port); wiederholbar.</translation>
    </message>
    <message>
        <source>Publish the run&apos;s events on ws://ADDR:PORT/ for watchers (the app&apos;s File &gt; Attach to Run...), who may also stop or guide it. ADDR: 127.0.0.1 when left out, [IPv6] in brackets; PORT 0: any free port. The URL is printed on stderr; the token is AUTOCODER_FEED_TOKEN, else a new one in the run folder&apos;s feed-token file (mode 0600).</source>
        <translation>Die Ereignisse des Laufs unter ws://ADDR:PORT/ für Beobachter veröffentlichen (in der App: Datei &gt; Mit Lauf verbinden...), die ihn auch stoppen oder mit Hinweisen lenken können. ADDR: 127.0.0.1, wenn weggelassen, [IPv6] in eckigen Klammern; PORT 0: ein beliebiger freier Port. Die URL wird auf stderr ausgegeben; das Token ist AUTOCODER_FEED_TOKEN, sonst ein neues in der Datei feed-token im Ordner des Laufs (Modus 0600).</translation>
    </message>
    <message>
        <source>Allow --serve-events on an address that is not loopback (put a TLS-terminating proxy in front: the feed is plain ws://).</source>
        <translation>--serve-events auf einer Adresse erlauben, die keine Loopback-Adresse ist (schalten Sie einen TLS-terminierenden Proxy davor: Der Feed ist unverschlüsseltes ws://).</translation>
    </message>
    <message>
        <source>Usage: autocoder resume ID [--out DIR]</source>
        <translation>Aufruf: autocoder resume ID [--out DIR]</translation>
    </message>
    <message>
        <source>Usage: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]</source>
        <translation>Aufruf: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; (use local or e2b).</source>
        <translation>Unbekanntes Backend „%1“ (local oder e2b verwenden).</translation>
    </message>
    <message>
        <source>--serve-events is given more than once.</source>
        <translation>--serve-events wurde mehrfach angegeben.</translation>
    </message>
    <message>
        <source>--serve-events-public needs --serve-events [ADDR:]PORT.</source>
        <translation>--serve-events-public erfordert --serve-events [ADDR:]PORT.</translation>
    </message>
    <message>
        <source>write an IPv6 address as [ADDR]:PORT</source>
        <translation>IPv6-Adressen als [ADDR]:PORT schreiben</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>nur IPv6-Adressen stehen in eckigen Klammern</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets: [ADDR]:PORT</source>
        <translation>IPv6-Adressen in eckigen Klammern schreiben: [ADDR]:PORT</translation>
    </message>
    <message>
        <source>the address before &quot;:&quot; is missing</source>
        <translation>die Adresse vor „:“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (0 to 65535)</source>
        <translation>„%1“ ist kein Port (0 bis 65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>an IPv6 scope (%1) is not supported</source>
        <translation>ein IPv6-Scope (%1) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>No runs yet.
</source>
        <translation>Noch keine Läufe.
</translation>
    </message>
    <message>
        <source>ID</source>
        <extracomment>Column header of `autocoder runs`: the run id (at most 20 characters)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column header of `autocoder runs`: the project&apos;s name (at most 20 characters)</extracomment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <extracomment>Column header of `autocoder runs`: running, finished or interrupted (at most 11 characters)</extracomment>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <extracomment>Column header of `autocoder runs`: how the run ended (at most 20 characters)</extracomment>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>ITER</source>
        <extracomment>Column header of `autocoder runs`: the number of iterations (at most 4 characters)</extracomment>
        <translation>ITER</translation>
    </message>
    <message>
        <source>COST</source>
        <extracomment>Column header of `autocoder runs`: the agent&apos;s cost in dollars</extracomment>
        <translation>KOSTEN</translation>
    </message>
    <message>
        <source>The run&apos;s spec cannot be read: %1
</source>
        <translation>Die Spezifikation des Laufs kann nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>%1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>ANTHROPIC_API_KEY is not set.
</source>
        <translation>ANTHROPIC_API_KEY ist nicht gesetzt.
</translation>
    </message>
    <message>
        <source>%1 is not an empty folder (use --overwrite to replace it).
</source>
        <translation>%1 ist kein leerer Ordner (mit --overwrite ersetzen).
</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; (use local or e2b).
</source>
        <translation>Unbekanntes Backend „%1“ (local oder e2b verwenden).
</translation>
    </message>
    <message>
        <source>Replays a saved project in a fresh sandbox and compares the result with its VERIFICATION.json (written when a green run is saved): the files, the install and test commands with their exit codes, the test counts, the requirements and the mutation check. Exit status 0 when it matches, 1 when it differs, 2 when it cannot be verified (no receipt, bad input, the sandbox failed).</source>
        <translation>Wiederholt ein gespeichertes Projekt in einer neuen Sandbox und vergleicht das Ergebnis mit seiner VERIFICATION.json (geschrieben, wenn ein grüner Lauf gespeichert wird): die Dateien, die Installations- und Testbefehle mit ihren Exit-Codes, die Anzahl der Tests, die Anforderungen und die Mutationsprüfung. Exit-Status 0 bei Übereinstimmung, 1 bei Abweichungen, 2, wenn die Prüfung nicht möglich ist (kein Nachweis, ungültige Eingabe, Sandbox fehlgeschlagen).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object: status (match, mismatch or error), error and differences.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben: status (match, mismatch oder error), error und differences.</translation>
    </message>
    <message>
        <source>The saved project&apos;s folder.</source>
        <translation>Der Ordner des gespeicherten Projekts.</translation>
    </message>
    <message>
        <source>Usage: autocoder verify DIR [--json] [--backend local|e2b]</source>
        <translation>Aufruf: autocoder verify DIR [--json] [--backend local|e2b]</translation>
    </message>
    <message>
        <source>Usage: autocoder run|runs|resume|verify ...</source>
        <translation>Aufruf: autocoder run|runs|resume|verify ...</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessFeed</name>
    <message>
        <source>Guidance from %1 came after the run ended; not taken.
</source>
        <translation>Hinweise von %1 kamen nach dem Ende des Laufs; nicht übernommen.
</translation>
    </message>
    <message>
        <source>%1 and %2 must differ.</source>
        <translation>%1 und %2 müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Cannot serve events on %1: %2</source>
        <translation>Ereignisse können nicht auf %1 bereitgestellt werden: %2</translation>
    </message>
    <message>
        <source>Warning: the event feed listens on %1, beyond this machine, and speaks plain ws://. Put a TLS-terminating proxy (wss://) in front of it and let only the proxy reach this port.
</source>
        <translation>Warnung: Der Ereignis-Feed lauscht auf %1, also über diesen Rechner hinaus, und spricht unverschlüsseltes ws://. Schalten Sie einen TLS-terminierenden Proxy (wss://) davor und lassen Sie nur den Proxy auf diesen Port zugreifen.
</translation>
    </message>
    <message>
        <source>Not serving events: %1
</source>
        <translation>Ereignisse werden nicht bereitgestellt: %1
</translation>
    </message>
    <message>
        <source>Watch and steer run %1 at the URL above with the token in %2 (watch only: the token in %3).
</source>
        <translation>Beobachten und steuern Sie Lauf %1 unter der obigen URL mit dem Token aus %2 (nur beobachten: das Token aus %3).
</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessRun</name>
    <message>
        <source>Sandbox backend failed: %1
</source>
        <translation>Sandbox-Backend fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>Interrupted: stopping the run and keeping its files...
</source>
        <translation>Unterbrochen: Lauf wird gestoppt, seine Dateien bleiben erhalten...
</translation>
    </message>
    <message>
        <source>Interrupted.
</source>
        <translation>Unterbrochen.
</translation>
    </message>
    <message>
        <source>Saving the project was cancelled.
</source>
        <translation>Das Speichern des Projekts wurde abgebrochen.
</translation>
    </message>
    <message>
        <source>The project could not be saved: %1
</source>
        <translation>Das Projekt konnte nicht gespeichert werden: %1
</translation>
    </message>
    <message>
        <source>Project saved in %1
</source>
        <translation>Projekt in %1 gespeichert
</translation>
    </message>
    <message>
        <source>Run %1 was stopped with its files kept. To go on: %2
</source>
        <translation>Lauf %1 wurde gestoppt, seine Dateien bleiben erhalten. Zum Fortsetzen: %2
</translation>
    </message>
    <message>
        <source>Check it again later with: autocoder verify %1
</source>
        <translation>Später erneut prüfen mit: autocoder verify %1
</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessVerify</name>
    <message>
        <source>Sandbox backend failed: %1</source>
        <translation>Sandbox-Backend fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Interrupted: removing the sandbox...
</source>
        <translation>Unterbrochen: Sandbox wird entfernt...
</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cannot verify %1: %2
</source>
        <translation>%1 kann nicht geprüft werden: %2
</translation>
    </message>
    <message>
        <source>Verified: %1 matches its receipt
</source>
        <translation>Geprüft: %1 stimmt mit seinem Nachweis überein
</translation>
    </message>
    <message>
        <source>%1 does not match its receipt:
</source>
        <translation>%1 stimmt nicht mit seinem Nachweis überein:
</translation>
    </message>
    <message>
        <source>Differences that do not count (tool versions, time):
</source>
        <translation>Abweichungen nur zur Information (Werkzeugversionen, Zeit):
</translation>
    </message>
    <message>
        <source>  %1: expected %2, found %3</source>
        <extracomment>%1 is a key such as files/src/slug.ts; %2 and %3 the values</extracomment>
        <translation>  %1: erwartet %2, gefunden %3</translation>
    </message>
    <message>
        <source>  %1: missing (expected %2)</source>
        <extracomment>%1 is a key such as files/src/slug.ts; %2 its value in the receipt</extracomment>
        <translation>  %1: fehlt (erwartet %2)</translation>
    </message>
    <message>
        <source>  %1: not in the receipt (found %2)</source>
        <extracomment>%1 is a key such as files/src/slug.ts; %2 its value found by the replay</extracomment>
        <translation>  %1: nicht im Nachweis (gefunden %2)</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::ConnectionConfig</name>
    <message>
        <source>No E2B API key: set E2B_API_KEY or enter one in the settings.</source>
        <translation>Kein E2B-API-Schlüssel: Setzen Sie E2B_API_KEY oder geben Sie einen in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The sandbox URL is not a valid URL.</source>
        <translation>Die Sandbox-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API URL is not a valid URL.</source>
        <translation>Die API-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The sandbox URL must use https (plain http is allowed only for 127.0.0.1/localhost).</source>
        <translation>Die Sandbox-URL muss https verwenden (unverschlüsseltes http ist nur für 127.0.0.1/localhost erlaubt).</translation>
    </message>
    <message>
        <source>The API URL must use https (plain http is allowed only for 127.0.0.1/localhost).</source>
        <translation>Die API-URL muss https verwenden (unverschlüsseltes http ist nur für 127.0.0.1/localhost erlaubt).</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::DirectoryTransfer</name>
    <message>
        <source>The sandbox client is gone.</source>
        <translation>Der Sandbox-Client ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Source and destination are required.</source>
        <translation>Quelle und Ziel sind erforderlich.</translation>
    </message>
    <message>
        <source>Transfer cancelled.</source>
        <translation>Übertragung abgebrochen.</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>kein Exit-Status</translation>
    </message>
    <message>
        <source>tar in the sandbox failed (%1): %2</source>
        <translation>tar in der Sandbox ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot create a temporary archive: %1</source>
        <translation>Temporäres Archiv kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot run tar on this computer: %1</source>
        <translation>tar kann auf diesem Computer nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Packing %1 failed: %2</source>
        <translation>Packen von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::EnvdClient</name>
    <message>
        <source>No sandbox id.</source>
        <translation>Keine Sandbox-ID.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Unexpected content type &quot;%1&quot; for a Connect unary reply.</source>
        <translation>Unerwarteter Inhaltstyp „%1“ für eine unäre Connect-Antwort.</translation>
    </message>
    <message>
        <source>Unexpected upload reply.</source>
        <translation>Unerwartete Antwort auf den Upload.</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::HttpCall</name>
    <message>
        <source>The server sent an invalid JSON object (%1).</source>
        <extracomment>%1 is what the JSON parser found wrong</extracomment>
        <translation>Der Server hat ein ungültiges JSON-Objekt gesendet (%1).</translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation>Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>The client was destroyed.</source>
        <translation>Der Client existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot build the upload body.</source>
        <translation>Der Upload-Inhalt kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 bytes.</source>
        <translation>Die Antwort überschreitet die Grenze von %1 Bytes.</translation>
    </message>
    <message>
        <source>The transfer stalled for %1 s.</source>
        <translation>Die Übertragung stockte %1 s lang.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The connection dropped during the transfer: %1</source>
        <translation>Die Verbindung brach während der Übertragung ab: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation>Der Server hat JSON gesendet, das kein Objekt ist.</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::ProcessStream</name>
    <message>
        <source>No sandbox id.</source>
        <translation>Keine Sandbox-ID.</translation>
    </message>
    <message>
        <source>No command to start.</source>
        <translation>Kein Befehl zum Starten.</translation>
    </message>
    <message>
        <source>No pid or tag to connect to.</source>
        <translation>Keine PID und kein Tag zum Verbinden.</translation>
    </message>
    <message>
        <source>Detached from the process.</source>
        <translation>Vom Prozess getrennt.</translation>
    </message>
    <message>
        <source>Oversized error reply (HTTP %1).</source>
        <translation>Übergroße Fehlerantwort (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected content type &quot;%1&quot; for a process stream.</source>
        <translation>Unerwarteter Inhaltstyp „%1“ für einen Prozess-Stream.</translation>
    </message>
    <message>
        <source>Expected a start event first.</source>
        <translation>Zuerst wurde ein Start-Ereignis erwartet.</translation>
    </message>
    <message>
        <source>The stream dropped: %1</source>
        <translation>Der Stream ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>The stream ended without an end-of-stream message.</source>
        <translation>Der Stream endete ohne Stream-Ende-Nachricht.</translation>
    </message>
    <message>
        <source>The process did not start within %1 s.</source>
        <translation>Der Prozess ist nicht innerhalb von %1 s gestartet.</translation>
    </message>
    <message>
        <source>No data or keepalive on the stream for %1 s.</source>
        <translation>Seit %1 s keine Daten und kein Keepalive auf dem Stream.</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::SandboxApi</name>
    <message>
        <source>The sandbox list is not a JSON array.</source>
        <translation>Die Sandbox-Liste ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>The sandbox list has an entry that is not a JSON object.</source>
        <translation>Die Sandbox-Liste enthält einen Eintrag, der kein JSON-Objekt ist.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::AttachedRun</name>
    <message>
        <source>The feed sent an invalid run id.</source>
        <translation>Der Feed hat eine ungültige Lauf-ID gesendet.</translation>
    </message>
    <message>
        <source>The feed answered with run %1 instead of %2.</source>
        <translation>Der Feed hat mit Lauf %1 statt %2 geantwortet.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the run: %1</source>
        <translation>Es kann keine Kopie des Laufs gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedAcceptor</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Lauschen auf %1 Port %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>too many connections in their handshake</source>
        <translation>zu viele Verbindungen im Handshake</translation>
    </message>
    <message>
        <source>no request in time</source>
        <translation>keine Anfrage innerhalb der Frist</translation>
    </message>
    <message>
        <source>request header too large</source>
        <translation>Anfrage-Header zu groß</translation>
    </message>
    <message>
        <source>data sent before the handshake&apos;s answer</source>
        <translation>Daten vor der Antwort auf den Handshake gesendet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedAddress</name>
    <message>
        <source>Not a feed address (ws://HOST:PORT/…): %1</source>
        <translation>Keine Feed-Adresse (ws://HOST:PORT/…): %1</translation>
    </message>
    <message>
        <source>No token for the feed</source>
        <translation>Kein Token für den Feed</translation>
    </message>
    <message>
        <source>The token has characters a token cannot have</source>
        <translation>Das Token enthält Zeichen, die in einem Token nicht erlaubt sind</translation>
    </message>
    <message>
        <source>The feed refused the token (HTTP %1)</source>
        <translation>Der Feed hat das Token abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>The feed has no such run (HTTP 404)</source>
        <translation>Der Feed kennt diesen Lauf nicht (HTTP 404)</translation>
    </message>
    <message>
        <source>The feed serves as many clients as it allows (HTTP 503)</source>
        <translation>Der Feed bedient bereits so viele Clients wie erlaubt (HTTP 503)</translation>
    </message>
    <message>
        <source>The feed refused the connection (HTTP %1)</source>
        <translation>Der Feed hat die Verbindung abgelehnt (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedClient</name>
    <message>
        <source>The feed speaks protocol %1; this version understands %2.</source>
        <translation>Der Feed spricht Protokoll %1; diese Version versteht %2.</translation>
    </message>
    <message>
        <source>The feed now serves another run (%1 instead of %2).</source>
        <translation>Der Feed liefert jetzt einen anderen Lauf (%1 statt %2).</translation>
    </message>
    <message>
        <source>The feed announced snapshot %1 but never sent it.</source>
        <translation>Der Feed hat Stand %1 angekündigt, aber nie gesendet.</translation>
    </message>
    <message>
        <source>Snapshot %1 has %2 bytes instead of %3.</source>
        <translation>Stand %1 hat %2 Bytes statt %3.</translation>
    </message>
    <message>
        <source>Snapshot %1 does not match its checksum.</source>
        <translation>Stand %1 stimmt nicht mit seiner Prüfsumme überein.</translation>
    </message>
    <message>
        <source>The feed closed the connection: %1</source>
        <translation>Der Feed hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>The connection to the feed was lost</source>
        <translation>Die Verbindung zum Feed wurde unterbrochen</translation>
    </message>
    <message>
        <source>The feed did not answer</source>
        <translation>Der Feed hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedConnection</name>
    <message>
        <source>malformed frame: binary frames are not accepted</source>
        <translation>fehlerhafter Frame: Binär-Frames werden nicht angenommen</translation>
    </message>
    <message>
        <source>frame too large</source>
        <translation>Frame zu groß</translation>
    </message>
    <message>
        <source>malformed frame: not UTF-8</source>
        <translation>fehlerhafter Frame: kein UTF-8</translation>
    </message>
    <message>
        <source>malformed frame: WebSocket protocol error</source>
        <translation>fehlerhafter Frame: WebSocket-Protokollfehler</translation>
    </message>
    <message>
        <source>malformed frame: not a JSON object</source>
        <translation>fehlerhafter Frame: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>read-only token: watching only</source>
        <translation>schreibgeschütztes Token: nur Zuschauen möglich</translation>
    </message>
    <message>
        <source>guidance needs a text</source>
        <translation>Hinweise brauchen einen Text</translation>
    </message>
    <message>
        <source>iteration must be a positive whole number</source>
        <translation>Iteration muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>unknown request</source>
        <translation>unbekannte Anfrage</translation>
    </message>
    <message>
        <source>too many requests waiting for their answers</source>
        <translation>zu viele Anfragen warten auf ihre Antwort</translation>
    </message>
    <message>
        <source>the run has no spec</source>
        <translation>der Lauf hat keine Spezifikation</translation>
    </message>
    <message>
        <source>no snapshot of iteration %1</source>
        <translation>kein Stand von Iteration %1</translation>
    </message>
    <message>
        <source>the snapshot is too large to send</source>
        <translation>der Stand ist zu groß zum Senden</translation>
    </message>
    <message>
        <source>cannot read the snapshot</source>
        <translation>der Stand kann nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>guidance is longer than %n characters</source>
        <translation>
            <numerusform>Hinweise sind länger als %n Zeichen</numerusform>
            <numerusform>Hinweise sind länger als %n Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedHandshake</name>
    <message>
        <source>not an HTTP/1.1 request</source>
        <translation>keine HTTP/1.1-Anfrage</translation>
    </message>
    <message>
        <source>folded header line</source>
        <translation>gefaltete Header-Zeile</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>more than one Authorization header</source>
        <translation>mehr als ein Authorization-Header</translation>
    </message>
    <message>
        <source>since is not a sequence number</source>
        <translation>since ist keine Sequenznummer</translation>
    </message>
    <message>
        <source>not a GET request</source>
        <translation>keine GET-Anfrage</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>fehlerhaftes Anfrageziel</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade</source>
        <translation>kein WebSocket-Upgrade</translation>
    </message>
    <message>
        <source>no Host header</source>
        <translation>kein Host-Header</translation>
    </message>
    <message>
        <source>no Sec-WebSocket-Key</source>
        <translation>kein Sec-WebSocket-Key</translation>
    </message>
    <message>
        <source>unsupported WebSocket version</source>
        <translation>nicht unterstützte WebSocket-Version</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedServer</name>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>falsches Token</translation>
    </message>
    <message>
        <source>more than one run: ask for /runs/ID</source>
        <translation>mehr als ein Lauf: /runs/ID anfordern</translation>
    </message>
    <message>
        <source>no such run</source>
        <translation>Lauf nicht vorhanden</translation>
    </message>
    <message>
        <source>too many clients for this run</source>
        <translation>zu viele Clients für diesen Lauf</translation>
    </message>
    <message>
        <source>The feed is already listening.</source>
        <translation>Der Feed lauscht bereits.</translation>
    </message>
    <message>
        <source>The feed needs a token.</source>
        <translation>Der Feed benötigt ein Token.</translation>
    </message>
    <message>
        <source>The read-only token must differ from the full token.</source>
        <translation>Das schreibgeschützte Token muss sich vom Token mit vollem Zugriff unterscheiden.</translation>
    </message>
    <message>
        <source>Refusing to serve the feed on %1, which is not a loopback address, without an explicit opt-in.</source>
        <translation>Der Feed wird ohne ausdrückliche Freigabe nicht auf %1 bereitgestellt, da dies keine Loopback-Adresse ist.</translation>
    </message>
    <message>
        <source>The feed&apos;s limits must be positive.</source>
        <translation>Die Grenzen des Feeds müssen positiv sein.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::ServerFrame</name>
    <message>
        <source>not JSON: %1</source>
        <translation>kein JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>neither an event nor a control message</source>
        <translation>weder ein Ereignis noch eine Steuernachricht</translation>
    </message>
    <message>
        <source>an event without a positive seq</source>
        <translation>ein Ereignis ohne positives seq</translation>
    </message>
    <message>
        <source>hello without a protocol version</source>
        <translation>hello ohne Protokollversion</translation>
    </message>
    <message>
        <source>hello without a run id</source>
        <translation>hello ohne Lauf-ID</translation>
    </message>
    <message>
        <source>hello with a bad lastSeq</source>
        <translation>hello mit ungültigem lastSeq</translation>
    </message>
    <message>
        <source>snapshot without an iteration</source>
        <translation>snapshot ohne Iteration</translation>
    </message>
    <message>
        <source>snapshot without a size</source>
        <translation>snapshot ohne Größe</translation>
    </message>
    <message>
        <source>snapshot without a sha256</source>
        <translation>snapshot ohne sha256</translation>
    </message>
    <message>
        <source>spec without an object</source>
        <translation>spec ohne Objekt</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::TokenFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>%1 can be read by other users</source>
        <translation>%1 ist für andere Benutzer lesbar</translation>
    </message>
    <message>
        <source>%1 does not hold a token</source>
        <translation>%1 enthält kein Token</translation>
    </message>
    <message>
        <source>Not a token to write to %1</source>
        <translation>Kein gültiges Token zum Schreiben in %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::Lexer</name>
    <message>
        <source>unterminated comment</source>
        <translation>nicht abgeschlossener Kommentar</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>nicht abgeschlossenes Zeichenkettenliteral</translation>
    </message>
    <message>
        <source>unterminated template literal</source>
        <translation>nicht abgeschlossenes Template-Literal</translation>
    </message>
    <message>
        <source>unterminated regular expression</source>
        <translation>nicht abgeschlossener regulärer Ausdruck</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>unerwartetes Zeichen U+%1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::Mutant</name>
    <message>
        <source>%1:%2: delete %3</source>
        <translation>%1:%2: %3 löschen</translation>
    </message>
    <message>
        <source>%1:%2: %3 → %4</source>
        <translation>%1:%2: %3 → %4</translation>
    </message>
    <message>
        <source>%1 changed since its mutants were planned: %2 is no longer at line %3, column %4</source>
        <translation>%1 hat sich geändert, seit seine Mutanten geplant wurden: %2 steht nicht mehr in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 any more</source>
        <translation>%1 ist kein gültiges UTF-8 mehr</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutantFinder</name>
    <message>
        <source>JSX is not mutated</source>
        <translation>JSX wird nicht mutiert</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationOperator</name>
    <message>
        <source>Flip a comparison</source>
        <translation>Vergleich umkehren</translation>
    </message>
    <message>
        <source>Swap an arithmetic operator</source>
        <translation>Arithmetischen Operator tauschen</translation>
    </message>
    <message>
        <source>Swap a logical operator</source>
        <translation>Logischen Operator tauschen</translation>
    </message>
    <message>
        <source>Flip a boolean literal</source>
        <translation>Booleschen Wert umkehren</translation>
    </message>
    <message>
        <source>Remove a negation</source>
        <translation>Negation entfernen</translation>
    </message>
    <message>
        <source>Replace a return value</source>
        <translation>Rückgabewert ersetzen</translation>
    </message>
    <message>
        <source>Delete a statement</source>
        <translation>Anweisung löschen</translation>
    </message>
    <message>
        <source>Change a string constant</source>
        <translation>Zeichenkettenkonstante ändern</translation>
    </message>
    <message>
        <source>Change a number constant</source>
        <translation>Zahlenkonstante ändern</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationPlan</name>
    <message>
        <source>%1 has no mutant in this plan</source>
        <translation>%1 hat in diesem Plan keinen Mutanten</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationPlanner</name>
    <message>
        <source>not JavaScript or TypeScript</source>
        <translation>kein JavaScript oder TypeScript</translation>
    </message>
    <message>
        <source>JSX is not mutated</source>
        <translation>JSX wird nicht mutiert</translation>
    </message>
    <message>
        <source>a type declaration file</source>
        <translation>eine Typdeklarationsdatei</translation>
    </message>
    <message>
        <source>a test file</source>
        <translation>eine Testdatei</translation>
    </message>
    <message>
        <source>a locked test</source>
        <translation>ein gesperrter Test</translation>
    </message>
    <message>
        <source>tool configuration</source>
        <translation>Werkzeugkonfiguration</translation>
    </message>
    <message>
        <source>dependencies, build output or a hidden folder</source>
        <translation>Abhängigkeiten, Build-Ausgabe oder ein versteckter Ordner</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>minified (very long lines)</source>
        <translation>minifiziert (sehr lange Zeilen)</translation>
    </message>
    <message>
        <source>generated code</source>
        <translation>generierter Code</translation>
    </message>
    <message>
        <source>binary content</source>
        <translation>binärer Inhalt</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>could not be read as JavaScript or TypeScript</source>
        <translation>konnte nicht als JavaScript oder TypeScript gelesen werden</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationResult</name>
    <message>
        <source>Unsupported mutation result version %1</source>
        <translation>Nicht unterstützte Version %1 des Mutationsergebnisses</translation>
    </message>
    <message>
        <source>Unknown mutation check status &quot;%1&quot;</source>
        <translation>Unbekannter Status der Mutationsprüfung „%1“</translation>
    </message>
    <message>
        <source>Unknown mutation operator &quot;%1&quot;</source>
        <translation>Unbekannter Mutationsoperator „%1“</translation>
    </message>
    <message>
        <source>Mutant %1 has an unknown operator or outcome</source>
        <translation>Mutant %1 hat einen unbekannten Operator oder ein unbekanntes Ergebnis</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::AgentInstallStep</name>
    <message>
        <source>Claude Code could not be installed in the sandbox (%1)</source>
        <translation>Claude Code konnte nicht in der Sandbox installiert werden (%1)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::AgentTurnStep</name>
    <message>
        <source>Agent turn %1: %2</source>
        <translation>Agentenzug %1: %2</translation>
    </message>
    <message>
        <source>The sandbox went away during the agent turn: %1</source>
        <translation>Die Sandbox ist während des Agentenzugs verschwunden: %1</translation>
    </message>
    <message>
        <source>The agent did not run: %1</source>
        <translation>Der Agent wurde nicht ausgeführt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The agent turn hit its %n minute(s) limit; checking what it made</source>
        <translation>
            <numerusform>Der Agentenzug hat seine Grenze von %n Minute erreicht; sein Ergebnis wird geprüft</numerusform>
            <numerusform>Der Agentenzug hat seine Grenze von %n Minuten erreicht; sein Ergebnis wird geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::CreateSandboxStep</name>
    <message>
        <source>Could not create a sandbox: %1</source>
        <translation>Sandbox konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::DecideStep</name>
    <message>
        <source>Locked test not respected: %1</source>
        <translation>Gesperrter Test nicht eingehalten: %1</translation>
    </message>
    <message>
        <source>All checks passed in iteration %1</source>
        <translation>Alle Prüfungen in Iteration %1 bestanden</translation>
    </message>
    <message numerus="yes">
        <source>Not green after %n iteration(s): %1</source>
        <translation>
            <numerusform>Nach %n Iteration nicht grün: %1</numerusform>
            <numerusform>Nach %n Iterationen nicht grün: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget of $%1 is spent ($%2)</source>
        <translation>Das Budget von $%1 ist aufgebraucht ($%2)</translation>
    </message>
    <message>
        <source>The same checks failed twice in a row: %1</source>
        <translation>Dieselben Prüfungen sind zweimal hintereinander fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::DetachedLaunch</name>
    <message>
        <source>cannot prepare %1: %2</source>
        <extracomment>%1 a log file, %2 the system&apos;s error</extracomment>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the server&apos;s start: %1</source>
        <translation>der Start des Servers kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>fork failed: %1</source>
        <translation>fork fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <extracomment>%1 a program, %2 the system&apos;s error</extracomment>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::E2bSandboxSession</name>
    <message>
        <source>The sandbox service is gone</source>
        <translation>Der Sandbox-Dienst ist nicht mehr erreichbar</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::EnsureAgentStep</name>
    <message>
        <source>Claude Code %1 is available in the sandbox (from its template)</source>
        <translation>Claude Code %1 ist in der Sandbox verfügbar (aus ihrer Vorlage)</translation>
    </message>
    <message>
        <source>The sandbox stopped answering: %1</source>
        <translation>Die Sandbox antwortet nicht mehr: %1</translation>
    </message>
    <message>
        <source>Claude Code %1 is available in the sandbox</source>
        <translation>Claude Code %1 ist in der Sandbox verfügbar</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ExportJob</name>
    <message>
        <source>The export stopped unexpectedly</source>
        <translation>Der Export wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Writing the run report</source>
        <translation>Laufbericht wird geschrieben</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::GateCommandStep</name>
    <message>
        <source>The sandbox went away while running `%1`: %2</source>
        <translation>Die Sandbox ist während der Ausführung von `%1` verschwunden: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::GateEvaluator</name>
    <message>
        <source>%1 (could not be checked)</source>
        <translation>%1 (konnte nicht geprüft werden)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>%1 (did not run)</source>
        <translation>%1 (nicht ausgeführt)</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>locked test %1</source>
        <translation>gesperrter Test %1</translation>
    </message>
    <message>
        <source>`%1` timed out</source>
        <translation>`%1` hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>`%1` exited with code %2</source>
        <translation>`%1` endete mit Code %2</translation>
    </message>
    <message>
        <source>no test command is configured</source>
        <translation>kein Testbefehl konfiguriert</translation>
    </message>
    <message>
        <source>no test ran</source>
        <translation>kein Test wurde ausgeführt</translation>
    </message>
    <message>
        <source>locked tests were not respected: %1</source>
        <translation>gesperrte Tests wurden nicht eingehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n test(s) skipped)</source>
        <translation>
            <numerusform>%1 (%n Test übersprungen)</numerusform>
            <numerusform>%1 (%n Tests übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) failed</source>
        <translation>
            <numerusform>%n Test fehlgeschlagen</numerusform>
            <numerusform>%n Tests fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>requirement %1 has no passing test</source>
        <translation>Anforderung %1 hat keinen bestandenen Test</translation>
    </message>
    <message>
        <source>surviving mutant %1</source>
        <translation>überlebende Mutante %1</translation>
    </message>
    <message>
        <source>requirements without a passing test: %1</source>
        <translation>Anforderungen ohne bestandenen Test: %1</translation>
    </message>
    <message numerus="yes">
        <source>the tests caught %1 of %n mutant(s) (%2%), below %3%</source>
        <extracomment>e.g. &quot;the tests caught 4 of 10 mutants (40%), below 60%&quot;</extracomment>
        <translation>
            <numerusform>die Tests haben %1 von %n Mutante erkannt (%2%), unter %3%</numerusform>
            <numerusform>die Tests haben %1 von %n Mutanten erkannt (%2%), unter %3%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::HeadlessPrinter</name>
    <message>
        <source>%1 ...
</source>
        <translation>%1 ...
</translation>
    </message>
    <message>
        <source>%1 stopped after %2 s
</source>
        <translation>%1 nach %2 s gestoppt
</translation>
    </message>
    <message>
        <source>agent: %1
</source>
        <translation>Agent: %1
</translation>
    </message>
    <message>
        <source>agent -&gt; %1
</source>
        <translation>Agent -&gt; %1
</translation>
    </message>
    <message>
        <source>tests: %1 passed, %2 failed, %3 skipped
</source>
        <translation>Tests: %1 bestanden, %2 fehlgeschlagen, %3 übersprungen
</translation>
    </message>
    <message>
        <source>  FAIL %1
</source>
        <translation>  FEHLER %1
</translation>
    </message>
    <message>
        <source>iteration green
</source>
        <translation>Iteration grün
</translation>
    </message>
    <message>
        <source>iteration not green: %1
</source>
        <translation>Iteration nicht grün: %1
</translation>
    </message>
    <message>
        <source>guidance from %1: %2
</source>
        <translation>Hinweise von %1: %2
</translation>
    </message>
    <message>
        <source>guidance: %1
</source>
        <translation>Hinweise: %1
</translation>
    </message>
    <message>
        <source>Stop requested by %1 (the sandbox stays up)
</source>
        <translation>Stoppen angefordert von %1 (die Sandbox bleibt bestehen)
</translation>
    </message>
    <message>
        <source>Stop requested by %1
</source>
        <translation>Stoppen angefordert von %1
</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 started: %2 (backend %3, at most %n iteration(s), budget $%4)
</source>
        <extracomment>%1 run id, %2 project name, %3 sandbox backend (local or e2b), %4 budget in dollars</extracomment>
        <translation>
            <numerusform>Lauf %1 gestartet: %2 (Backend %3, höchstens %n Iteration, Budget $%4)
</numerusform>
            <numerusform>Lauf %1 gestartet: %2 (Backend %3, höchstens %n Iterationen, Budget $%4)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ok in %2 s (%3)
</source>
        <extracomment>%1 step name, %2 seconds, %3 the step&apos;s message</extracomment>
        <translation>%1 ok in %2 s (%3)
</translation>
    </message>
    <message>
        <source>%1 FAILED in %2 s (%3)
</source>
        <translation>%1 FEHLGESCHLAGEN in %2 s (%3)
</translation>
    </message>
    <message>
        <source>tool result (error): %1
</source>
        <translation>Werkzeugergebnis (Fehler): %1
</translation>
    </message>
    <message>
        <source>tool result: %1
</source>
        <translation>Werkzeugergebnis: %1
</translation>
    </message>
    <message numerus="yes">
        <source>agent done: %n turn(s), $%1 (error: %2)
</source>
        <extracomment>%1 cost in dollars, %2 the kind of error</extracomment>
        <translation>
            <numerusform>Agent fertig: %n Zug, $%1 (Fehler: %2)
</numerusform>
            <numerusform>Agent fertig: %n Züge, $%1 (Fehler: %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>agent done: %n turn(s), $%1
</source>
        <extracomment>%1 cost in dollars</extracomment>
        <translation>
            <numerusform>Agent fertig: %n Zug, $%1
</numerusform>
            <numerusform>Agent fertig: %n Züge, $%1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snapshot: %n file(s), %1 bytes
</source>
        <translation>
            <numerusform>Stand: %n Datei, %1 Bytes
</numerusform>
            <numerusform>Stand: %n Dateien, %1 Bytes
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run finished: %1 after %n iteration(s), $%2. %3
</source>
        <extracomment>%1 outcome (green, max_iterations, ...), %2 cost in dollars, %3 the run&apos;s message</extracomment>
        <translation>
            <numerusform>Lauf beendet: %1 nach %n Iteration, $%2. %3
</numerusform>
            <numerusform>Lauf beendet: %1 nach %n Iterationen, $%2. %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 goes on after iteration %2 (%3; at most %n iteration(s), budget $%4)
</source>
        <extracomment>%1 run id, %2 iteration, %3 how it was resumed, %4 budget in dollars</extracomment>
        <translation>
            <numerusform>Lauf %1 geht nach Iteration %2 weiter (%3; höchstens %n Iteration, Budget $%4)
</numerusform>
            <numerusform>Lauf %1 geht nach Iteration %2 weiter (%3; höchstens %n Iterationen, Budget $%4)
</numerusform>
        </translation>
    </message>
    <message>
        <source>info: %1
</source>
        <translation>Info: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <source>requirements: none in the spec
</source>
        <translation>Anforderungen: keine in der Spezifikation
</translation>
    </message>
    <message numerus="yes">
        <source>requirements: %1 of %n covered</source>
        <extracomment>%1 covered requirements, %n all requirements</extracomment>
        <translation>
            <numerusform>Anforderungen: %1 von %n abgedeckt</numerusform>
            <numerusform>Anforderungen: %1 von %n abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>; uncovered: %1</source>
        <translation>; nicht abgedeckt: %1</translation>
    </message>
    <message>
        <source>; failing: %1</source>
        <translation>; fehlschlagend: %1</translation>
    </message>
    <message>
        <source>mutation check: the result could not be read
</source>
        <translation>Mutationsprüfung: Das Ergebnis konnte nicht gelesen werden
</translation>
    </message>
    <message>
        <source>mutation check skipped: %1
</source>
        <translation>Mutationsprüfung übersprungen: %1
</translation>
    </message>
    <message>
        <source>mutation: no mutant scored of %1 tried (threshold %2%)
</source>
        <translation>Mutation: keine von %1 getesteten Mutanten bewertet (Schwelle %2%)
</translation>
    </message>
    <message>
        <source>mutation: %1 of %2 killed (%3%, threshold %4%)</source>
        <extracomment>%1 killed, %2 scored mutants, %3 score in percent, %4 threshold in percent</extracomment>
        <translation>Mutation: %1 von %2 erkannt (%3%, Schwelle %4%)</translation>
    </message>
    <message>
        <source>: below threshold
</source>
        <translation>: unter der Schwelle
</translation>
    </message>
    <message>
        <source>  SURVIVED %1:%2 %3
</source>
        <translation>  ÜBERLEBT %1:%2 %3
</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::LocalSandboxServer</name>
    <message>
        <source>autocoder-sandboxd did not become ready within %1 s (data folder %2). %3</source>
        <translation>autocoder-sandboxd war nicht innerhalb von %1 s bereit (Datenordner %2). %3</translation>
    </message>
    <message>
        <source>autocoder-sandboxd exited before it was ready. %1</source>
        <translation>autocoder-sandboxd wurde beendet, bevor er bereit war. %1</translation>
    </message>
    <message>
        <source>Waiting for the sandbox server starting in %1</source>
        <translation>Warten auf den Sandbox-Server, der in %1 startet</translation>
    </message>
    <message>
        <source>The sandbox server %1 (pid %2) holds %3, but its key cannot be used: %4</source>
        <translation>Der Sandbox-Server %1 (PID %2) belegt %3, aber sein Schlüssel ist nicht verwendbar: %4</translation>
    </message>
    <message>
        <source>autocoder-sandboxd was not found</source>
        <translation>autocoder-sandboxd wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data folder %1</source>
        <translation>Der Sandbox-Datenordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>autocoder-sandboxd could not be started: %1</source>
        <translation>autocoder-sandboxd konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Starting the sandbox server for %1</source>
        <translation>Sandbox-Server für %1 wird gestartet</translation>
    </message>
    <message>
        <source>The sandbox server %1 (pid %2) refuses the key in %3</source>
        <translation>Der Sandbox-Server %1 (PID %2) lehnt den Schlüssel in %3 ab</translation>
    </message>
    <message>
        <source>autocoder-sandboxd (pid %1) exited. %2</source>
        <translation>autocoder-sandboxd (PID %1) wurde beendet. %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::MutationCheckStep</name>
    <message>
        <source>There is no sandbox to run the mutation check in</source>
        <translation>Es gibt keine Sandbox, in der die Mutationsprüfung laufen kann</translation>
    </message>
    <message>
        <source>there is no source file to mutate</source>
        <translation>es gibt keine Quelldatei zum Mutieren</translation>
    </message>
    <message numerus="yes">
        <source>no mutant could be made from the %n source file(s)</source>
        <translation>
            <numerusform>aus der %n Quelldatei konnte keine Mutante erzeugt werden</numerusform>
            <numerusform>aus den %n Quelldateien konnte keine Mutante erzeugt werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time budget of %n second(s) cannot fit even a few mutants (the tests take %1 s)</source>
        <translation>
            <numerusform>das Zeitbudget von %n Sekunde reicht nicht einmal für wenige Mutanten (die Tests dauern %1 s)</numerusform>
            <numerusform>das Zeitbudget von %n Sekunden reicht nicht einmal für wenige Mutanten (die Tests dauern %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutation check: %n mutant(s) in %1 file(s)</source>
        <translation>
            <numerusform>Mutationsprüfung: %n Mutante in %1 Datei(en)</numerusform>
            <numerusform>Mutationsprüfung: %n Mutanten in %1 Datei(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not copy the project for the mutation check: %1</source>
        <translation>Das Projekt konnte für die Mutationsprüfung nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>not a project file</source>
        <translation>keine Projektdatei</translation>
    </message>
    <message>
        <source>Could not restore %1 after a mutant: %2</source>
        <translation>%1 konnte nach einer Mutante nicht wiederhergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The mutation check&apos;s time budget of %n second(s) ran out</source>
        <translation>
            <numerusform>Das Zeitbudget der Mutationsprüfung von %n Sekunde ist abgelaufen</numerusform>
            <numerusform>Das Zeitbudget der Mutationsprüfung von %n Sekunden ist abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the mutation check&apos;s copies: %1</source>
        <translation>Die Kopien der Mutationsprüfung konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The sandbox went away during the mutation check: %1</source>
        <translation>Die Sandbox ist während der Mutationsprüfung verschwunden: %1</translation>
    </message>
    <message>
        <source>Mutation check skipped: %1</source>
        <translation>Mutationsprüfung übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>the time budget of %n second(s) ran out before any mutant was tried</source>
        <translation>
            <numerusform>das Zeitbudget von %n Sekunde lief ab, bevor eine Mutante getestet wurde</numerusform>
            <numerusform>das Zeitbudget von %n Sekunden lief ab, bevor eine Mutante getestet wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>no mutant could be tried</source>
        <translation>keine Mutante konnte getestet werden</translation>
    </message>
    <message>
        <source>no mutant could be tried: %1</source>
        <translation>keine Mutante konnte getestet werden: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mutant(s) killed</source>
        <extracomment>The mutation check&apos;s result, e.g. &quot;14 of 18 mutants killed&quot;</extracomment>
        <translation>
            <numerusform>%1 von %n Mutante erkannt</numerusform>
            <numerusform>%1 von %n Mutanten erkannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n nicht ausgeführt</numerusform>
            <numerusform>%n nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be tried</source>
        <translation>
            <numerusform>%n konnte nicht getestet werden</numerusform>
            <numerusform>%n konnten nicht getestet werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProcessStep</name>
    <message>
        <source>timed out</source>
        <extracomment>Why a command ended</extracomment>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>the sandbox is gone: %1</source>
        <translation>die Sandbox ist weg: %1</translation>
    </message>
    <message>
        <source>lost the process: %1</source>
        <translation>Prozess verloren: %1</translation>
    </message>
    <message>
        <source>killed</source>
        <extracomment>Why a command ended</extracomment>
        <translation>zwangsbeendet</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectArchive</name>
    <message numerus="yes">
        <source>The project is larger than %n MB without node_modules</source>
        <translation>
            <numerusform>Das Projekt ist ohne node_modules größer als %n MB</numerusform>
            <numerusform>Das Projekt ist ohne node_modules größer als %n MB</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectSaver</name>
    <message>
        <source>No target folder was given</source>
        <translation>Kein Zielordner angegeben</translation>
    </message>
    <message>
        <source>The run has no snapshot to save yet</source>
        <translation>Der Lauf hat noch keinen Stand zum Speichern</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1 is not empty; choose another folder or allow overwriting</source>
        <translation>%1 ist nicht leer; wählen Sie einen anderen Ordner oder erlauben Sie das Überschreiben</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Committing iteration %1</source>
        <translation>Iteration %1 wird committet</translation>
    </message>
    <message>
        <source>Snapshot of iteration %1: %2</source>
        <translation>Stand der Iteration %1: %2</translation>
    </message>
    <message>
        <source>Cannot assemble iteration %1</source>
        <translation>Iteration %1 kann nicht zusammengestellt werden</translation>
    </message>
    <message>
        <source>Unpacking iteration %1</source>
        <translation>Iteration %1 wird entpackt</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Moving the project into %1</source>
        <translation>Projekt wird nach %1 verschoben</translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside</source>
        <translation>Das vorhandene %1 kann nicht beiseitegeschoben werden</translation>
    </message>
    <message>
        <source>Cannot move the project into %1</source>
        <translation>Das Projekt kann nicht nach %1 verschoben werden</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>git is not installed</source>
        <translation>git ist nicht installiert</translation>
    </message>
    <message>
        <source>Cannot list the saved files: %1</source>
        <translation>Die gespeicherten Dateien können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectVerifier</name>
    <message numerus="yes">
        <source>The verification took longer than %n minute(s), the spec&apos;s wall-clock limit</source>
        <translation>
            <numerusform>Die Prüfung dauerte länger als %n Minute, die Laufzeitgrenze der Spezifikation</numerusform>
            <numerusform>Die Prüfung dauerte länger als %n Minuten, die Laufzeitgrenze der Spezifikation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist: this folder holds no project saved from a green run</source>
        <translation>%1 existiert nicht: Dieser Ordner enthält kein Projekt, das aus einem grünen Lauf gespeichert wurde</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid receipt: %2</source>
        <translation>%1 ist kein gültiger Nachweis: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the spec of the run, so there is nothing to replay</source>
        <translation>%1 enthält nicht die Spezifikation des Laufs, daher gibt es nichts zu wiederholen</translation>
    </message>
    <message>
        <source>The spec in %1 is not valid: %2</source>
        <translation>Die Spezifikation in %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>There is no sandbox backend to replay the project in</source>
        <translation>Es gibt kein Sandbox-Backend, in dem das Projekt wiederholt werden kann</translation>
    </message>
    <message>
        <source>Cannot read the project in %1: %2</source>
        <translation>Das Projekt in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot pack the project for the sandbox: %1</source>
        <translation>Das Projekt kann nicht für die Sandbox gepackt werden: %1</translation>
    </message>
    <message>
        <source>Cannot keep the replay&apos;s record: %1</source>
        <translation>Die Aufzeichnung der Wiederholung kann nicht aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The receipt&apos;s spec lets the sandbox reach %1; a replay reaches only what its commands need and the hosts you allow (Settings, or --allow-out)</source>
        <translation>Die Spezifikation im Nachweis erlaubt der Sandbox, %1 zu erreichen; eine Wiederholung erreicht nur, was ihre Befehle brauchen, und die Hosts, die Sie erlauben (Einstellungen oder --allow-out)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ReattachAgentStep</name>
    <message>
        <source>re-attach: %1</source>
        <translation>erneutes Verbinden: %1</translation>
    </message>
    <message>
        <source>re-attached; exit code %1</source>
        <translation>erneut verbunden; Exit-Code %1</translation>
    </message>
    <message>
        <source>The sandbox went away: %1</source>
        <translation>Die Sandbox ist verschwunden: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ReattachSandboxStep</name>
    <message>
        <source>Sandbox %1 is gone (%2)</source>
        <translation>Sandbox %1 ist nicht mehr vorhanden (%2)</translation>
    </message>
    <message>
        <source>Sandbox %1 no longer answers</source>
        <translation>Sandbox %1 antwortet nicht mehr</translation>
    </message>
    <message>
        <source>This run was interrupted; continue from the current state of the project folder.</source>
        <translation>Dieser Lauf wurde unterbrochen; fahren Sie mit dem aktuellen Stand des Projektordners fort.</translation>
    </message>
    <message>
        <source>This run goes on; continue from the current state of the project folder.</source>
        <translation>Dieser Lauf geht weiter; fahren Sie mit dem aktuellen Stand des Projektordners fort.</translation>
    </message>
    <message>
        <source>Re-attached to sandbox %1</source>
        <translation>Wieder mit Sandbox %1 verbunden</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunContext</name>
    <message>
        <source>Could not extend the sandbox lifetime: %1</source>
        <translation>Die Lebensdauer der Sandbox konnte nicht verlängert werden: %1</translation>
    </message>
    <message>
        <source>This run was interrupted and resumed in a fresh sandbox.</source>
        <translation>Dieser Lauf wurde unterbrochen und in einer neuen Sandbox fortgesetzt.</translation>
    </message>
    <message>
        <source>This run goes on in a fresh sandbox.</source>
        <translation>Dieser Lauf geht in einer neuen Sandbox weiter.</translation>
    </message>
    <message>
        <source>The project folder already holds the files from iteration %1; continue from them.</source>
        <translation>Der Projektordner enthält bereits die Dateien aus Iteration %1; machen Sie mit ihnen weiter.</translation>
    </message>
    <message>
        <source>Still failing at the last check:</source>
        <translation>Bei der letzten Prüfung noch fehlgeschlagen:</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunController</name>
    <message>
        <source>&quot;%1&quot; is not a valid run id</source>
        <translation>„%1“ ist keine gültige Lauf-ID</translation>
    </message>
    <message>
        <source>This run has already started</source>
        <translation>Dieser Lauf wurde bereits gestartet</translation>
    </message>
    <message>
        <source>No sandbox backend is available</source>
        <translation>Kein Sandbox-Backend verfügbar</translation>
    </message>
    <message>
        <source>The spec is not valid:
%1</source>
        <translation>Die Spezifikation ist ungültig:
%1</translation>
    </message>
    <message>
        <source>No Anthropic API key was given</source>
        <translation>Kein Anthropic-API-Schlüssel angegeben</translation>
    </message>
    <message>
        <source>This controller is busy</source>
        <translation>Dieser Controller ist beschäftigt</translation>
    </message>
    <message>
        <source>Run %1 is already green</source>
        <translation>Lauf %1 ist bereits grün</translation>
    </message>
    <message>
        <source>The run&apos;s spec cannot be read: %1</source>
        <translation>Die Spezifikation des Laufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Resuming run %1 after iteration %2</source>
        <translation>Lauf %1 wird nach Iteration %2 fortgesetzt</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunEngine</name>
    <message>
        <source>The run stopped</source>
        <translation>Der Lauf wurde gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>The wall-clock limit of %n minute(s) was reached</source>
        <translation>
            <numerusform>Die Laufzeitgrenze von %n Minute wurde erreicht</numerusform>
            <numerusform>Die Laufzeitgrenze von %n Minuten wurde erreicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s) (wall-clock limit)</source>
        <translation>
            <numerusform>Nach %n Minute gestoppt (Laufzeitgrenze)</numerusform>
            <numerusform>Nach %n Minuten gestoppt (Laufzeitgrenze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the run</source>
        <translation>Lauf wird gestoppt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>no archive</source>
        <translation>kein Archiv</translation>
    </message>
    <message>
        <source>the sandbox did not answer in time</source>
        <translation>die Sandbox hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>there were no files to keep yet.</source>
        <extracomment>Ends a sentence, after &quot;Stopped while setting up;&quot;</extracomment>
        <translation>es gab noch keine Dateien zu sichern.</translation>
    </message>
    <message>
        <source>the files of iteration %1 are kept.</source>
        <translation>die Dateien von Iteration %1 bleiben erhalten.</translation>
    </message>
    <message>
        <source>the files of that moment are kept.</source>
        <extracomment>Ends a sentence, after &quot;Stopped during iteration %1;&quot; or a run&apos;s closing message</extracomment>
        <translation>die Dateien dieses Zeitpunkts bleiben erhalten.</translation>
    </message>
    <message>
        <source>its files could not be kept (%1).</source>
        <extracomment>Ends a sentence, after &quot;Stopped during iteration %1;&quot; or a run&apos;s closing message; %1 is why</extracomment>
        <translation>ihre Dateien konnten nicht gesichert werden (%1).</translation>
    </message>
    <message>
        <source>No earlier files were kept.</source>
        <translation>Es sind keine früheren Dateien erhalten.</translation>
    </message>
    <message>
        <source>The files of iteration %1 are kept.</source>
        <translation>Die Dateien von Iteration %1 bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stopped while setting up; %1</source>
        <extracomment>%1 says what became of the files, e.g. &quot;the files of iteration 2 are kept.&quot;</extracomment>
        <translation>Beim Einrichten gestoppt; %1</translation>
    </message>
    <message>
        <source>Stopped after iteration %1; its files are kept.</source>
        <translation>Nach Iteration %1 gestoppt; ihre Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stopped during iteration %1; %2</source>
        <translation>Während Iteration %1 gestoppt; %2</translation>
    </message>
    <message>
        <source>Sandbox %1 is left running.</source>
        <translation>Sandbox %1 läuft weiter.</translation>
    </message>
    <message>
        <source>The files of iteration %1 could not be kept: %2</source>
        <translation>Die Dateien von Iteration %1 konnten nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Iteration %1 was stopped before it finished; continue from the current state of the project folder.</source>
        <translation>Iteration %1 wurde vor ihrem Ende gestoppt; fahren Sie mit dem aktuellen Stand des Projektordners fort.</translation>
    </message>
    <message>
        <source>The last snapshot (iteration %1) is kept at %2.</source>
        <translation>Der letzte Stand (Iteration %1) liegt unter %2.</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunLock</name>
    <message>
        <source>Cannot create the folder of run %1</source>
        <translation>Der Ordner von Lauf %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Run %1 is being driven by process %2</source>
        <translation>Lauf %1 wird von Prozess %2 gesteuert</translation>
    </message>
    <message>
        <source>Cannot lock run %1 (%2)</source>
        <translation>Lauf %1 kann nicht gesperrt werden (%2)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SafeArchive</name>
    <message>
        <source>an entry name contains a NUL byte</source>
        <translation>ein Eintragsname enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>der Eintrag „%1“ hat einen absoluten Pfad</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder (&quot;..&quot;)</source>
        <translation>der Eintrag „%1“ zeigt aus dem Ordner heraus („..“)</translation>
    </message>
    <message>
        <source>the archive is damaged (bad header checksum at byte %1)</source>
        <translation>das Archiv ist beschädigt (falsche Header-Prüfsumme bei Byte %1)</translation>
    </message>
    <message>
        <source>an entry is larger than the %1 MiB limit</source>
        <translation>ein Eintrag überschreitet die Grenze von %1 MiB</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>das Archiv ist abgeschnitten</translation>
    </message>
    <message>
        <source>a file entry has an empty name</source>
        <translation>ein Dateieintrag hat einen leeren Namen</translation>
    </message>
    <message>
        <source>%1 (hard link)</source>
        <translation>%1 (harter Link)</translation>
    </message>
    <message>
        <source>%1 (symbolic link)</source>
        <translation>%1 (symbolischer Link)</translation>
    </message>
    <message>
        <source>%1 (device file)</source>
        <translation>%1 (Gerätedatei)</translation>
    </message>
    <message>
        <source>%1 (fifo)</source>
        <translation>%1 (FIFO)</translation>
    </message>
    <message>
        <source>%1 (unsupported type &apos;%2&apos;)</source>
        <translation>%1 (nicht unterstützter Typ „%2“)</translation>
    </message>
    <message>
        <source>the archive holds more than %1 MiB</source>
        <translation>das Archiv enthält mehr als %1 MiB</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the archive %1 is too large</source>
        <translation>das Archiv %1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder</source>
        <translation>der Eintrag „%1“ zeigt aus dem Ordner heraus</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>der Ordner für %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>the archive has more than %n entries</source>
        <translation>
            <numerusform>das Archiv enthält mehr als %n Eintrag</numerusform>
            <numerusform>das Archiv enthält mehr als %n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SandboxBackend</name>
    <message>
        <source>E2B is not configured: %1</source>
        <translation>E2B ist nicht konfiguriert: %1</translation>
    </message>
    <message>
        <source>Unknown sandbox backend &quot;%1&quot;</source>
        <translation>Unbekanntes Sandbox-Backend „%1“</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SnapshotStep</name>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>A sandbox reaches only the model endpoint and the package registries its commands use. If the project needs another host, add it to the spec&apos;s sandbox.allowOut or to Settings.</source>
        <translation>Eine Sandbox erreicht nur den Modell-Endpunkt und die Paket-Registries, die ihre Befehle verwenden. Braucht das Projekt einen weiteren Host, fügen Sie ihn in sandbox.allowOut der Spezifikation oder in den Einstellungen hinzu.</translation>
    </message>
    <message>
        <source>The sandbox went away before the snapshot of iteration %1: %2</source>
        <translation>Die Sandbox ist vor dem Stand von Iteration %1 verschwunden: %2</translation>
    </message>
    <message>
        <source>Snapshot of iteration %1 failed: %2</source>
        <translation>Stand von Iteration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The snapshot of iteration %1 was refused: %2</source>
        <translation>Der Stand von Iteration %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>Not kept from the workspace: %1</source>
        <translation>Nicht aus dem Arbeitsbereich übernommen: %1</translation>
    </message>
    <message>
        <source>A secret value was found and replaced in: %1</source>
        <translation>Ein geheimer Wert wurde gefunden und ersetzt in: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rewrite %1 without the secret</source>
        <translation>%1 konnte nicht ohne das Geheimnis neu geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::TeardownStep</name>
    <message>
        <source>Removing sandbox %1</source>
        <translation>Sandbox %1 wird entfernt</translation>
    </message>
    <message>
        <source>The sandbox could not be removed: %1</source>
        <translation>Die Sandbox konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ToolchainStep</name>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Could not read the toolchain&apos;s versions: %1</source>
        <translation>Die Versionen der Werkzeugkette konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The sandbox reported no toolchain versions</source>
        <translation>Die Sandbox hat keine Versionen der Werkzeugkette gemeldet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::UploadStep</name>
    <message numerus="yes">
        <source>brief and %n locked test(s)</source>
        <translation>
            <numerusform>Auftrag und %n gesperrter Test</numerusform>
            <numerusform>Auftrag und %n gesperrte Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>%1 konnte nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>The last snapshot cannot be restored: %1</source>
        <translation>Der letzte Stand kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Could not restore the project into the sandbox: %1</source>
        <translation>Das Projekt konnte nicht in der Sandbox wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Restored the project from the snapshot of iteration %1</source>
        <translation>Projekt aus dem Stand der Iteration %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Uploaded the saved project</source>
        <translation>Gespeichertes Projekt hochgeladen</translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::NetworkNamespace</name>
    <message>
        <source>cannot create a socket pair: %1</source>
        <translation>Socket-Paar kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot fork: %1</source>
        <translation>fork nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot create the sandbox network: %1 failed (%2)</source>
        <translation>Sandbox-Netzwerk kann nicht erstellt werden: %1 fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>cannot create the sandbox network: the helper process ended early</source>
        <translation>Sandbox-Netzwerk kann nicht erstellt werden: Der Hilfsprozess wurde vorzeitig beendet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Lauschen auf 127.0.0.1:%1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::TemplateStore</name>
    <message>
        <source>%1 or %2 is not reachable by uid %3; npm runs as the current uid</source>
        <translation>%1 oder %2 ist für UID %3 nicht erreichbar; npm läuft unter der aktuellen UID</translation>
    </message>
    <message>
        <source>Installing %1 and %2 from npm into template &apos;claude&apos;...</source>
        <translation>%1 und %2 werden von npm in die Vorlage &apos;claude&apos; installiert...</translation>
    </message>
    <message>
        <source>npm install failed: %1</source>
        <translation>npm install fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying claude and bun inside a sandbox as uid 1000...</source>
        <translation>claude und bun werden in einer Sandbox als UID 1000 überprüft...</translation>
    </message>
    <message>
        <source>template verification failed: %1</source>
        <translation>Überprüfung der Vorlage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot publish template to %1</source>
        <translation>Vorlage kann nicht nach %1 veröffentlicht werden</translation>
    </message>
    <message>
        <source>Template &apos;claude&apos; ready: %1</source>
        <translation>Vorlage &apos;claude&apos; bereit: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Secrets::SecretStore</name>
    <message>
        <source>No value is stored in the keychain for this key.</source>
        <translation>Für diesen Schlüssel ist kein Wert im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain (%1).</source>
        <translation>Der Schlüssel konnte nicht aus dem System-Schlüsselbund entfernt werden (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Keys can be read from the environment variables ANTHROPIC_API_KEY and E2B_API_KEY instead, but cannot be saved.</source>
        <translation>Kein System-Schlüsselbund verfügbar (%1). Schlüssel können stattdessen aus den Umgebungsvariablen ANTHROPIC_API_KEY und E2B_API_KEY gelesen, aber nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der System-Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Still checking: %1.</source>
        <translation>Prüfung läuft noch: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::EndpointProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL</source>
        <translation>„%1“ ist keine http(s)-URL</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::Readiness</name>
    <message>
        <source>Bubblewrap</source>
        <translation>Bubblewrap</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Local sandbox server</source>
        <translation>Lokaler Sandbox-Server</translation>
    </message>
    <message>
        <source>Sandbox templates</source>
        <translation>Sandbox-Vorlagen</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>E2B API key</source>
        <translation>E2B-API-Schlüssel</translation>
    </message>
    <message>
        <source>autocoder-sandboxd is neither next to Autocoder nor on PATH. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to the server&apos;s path.</source>
        <translation>autocoder-sandboxd liegt weder neben Autocoder noch im PATH. Installieren Sie Autocoder neu oder setzen Sie AUTOCODER_SANDBOXD auf den Pfad des Servers.</translation>
    </message>
    <message>
        <source>%1 is not an executable file. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to the server&apos;s path.</source>
        <translation>%1 ist keine ausführbare Datei. Installieren Sie Autocoder neu oder setzen Sie AUTOCODER_SANDBOXD auf den Pfad des Servers.</translation>
    </message>
    <message>
        <source>Found at %1.</source>
        <translation>Gefunden unter %1.</translation>
    </message>
    <message>
        <source>Prepared in %1.</source>
        <translation>Vorbereitet in %1.</translation>
    </message>
    <message>
        <source>Prepared in %1 (agent %2).</source>
        <translation>Vorbereitet in %1 (Agent %2).</translation>
    </message>
    <message>
        <source>Not prepared in %1 yet. The first local run prepares them (it downloads the agent and bun from npm, a few minutes); to do it now, run: %2</source>
        <translation>Noch nicht in %1 vorbereitet. Der erste lokale Lauf bereitet sie vor (er lädt den Agenten und bun von npm herunter, einige Minuten); um es jetzt zu tun, führen Sie aus: %2</translation>
    </message>
    <message>
        <source>bwrap is not installed; local sandboxes need it. Install the “bubblewrap” package (e.g. sudo apt install bubblewrap), then Re-check.</source>
        <translation>bwrap ist nicht installiert; lokale Sandboxen benötigen es. Installieren Sie das Paket „bubblewrap“ (z. B. sudo apt install bubblewrap) und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 can make a sandbox.</source>
        <translation>%1 kann eine Sandbox erstellen.</translation>
    </message>
    <message>
        <source>%1 is installed but cannot make a sandbox (%2). Unprivileged user namespaces may be disabled on this system.</source>
        <translation>%1 ist installiert, kann aber keine Sandbox erstellen (%2). Möglicherweise sind unprivilegierte User-Namespaces auf diesem System deaktiviert.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Not set. Enter your key (kept in the system keychain), or set %1 or ANTHROPIC_BASE_URL before starting Autocoder.</source>
        <translation>Nicht gesetzt. Geben Sie Ihren Schlüssel ein (wird im Schlüsselbund des Systems gespeichert) oder setzen Sie %1 oder ANTHROPIC_BASE_URL vor dem Start von Autocoder.</translation>
    </message>
    <message>
        <source>Not set. Enter your key (kept in the system keychain), or set %1 before starting Autocoder.</source>
        <translation>Nicht gesetzt. Geben Sie Ihren Schlüssel ein (wird im Schlüsselbund des Systems gespeichert) oder setzen Sie %1 vor dem Start von Autocoder.</translation>
    </message>
    <message>
        <source>Not set, and there is no system keychain to keep one. Set %1 before starting Autocoder.</source>
        <translation>Nicht gesetzt, und es gibt keinen Schlüsselbund des Systems, um einen Schlüssel zu speichern. Setzen Sie %1 vor dem Start von Autocoder.</translation>
    </message>
    <message>
        <source>No key; the model endpoint ANTHROPIC_BASE_URL (%1) answers.</source>
        <translation>Kein Schlüssel; der Modell-Endpunkt ANTHROPIC_BASE_URL (%1) antwortet.</translation>
    </message>
    <message>
        <source>%1 The model endpoint ANTHROPIC_BASE_URL (%2) answers.</source>
        <translation>%1 Der Modell-Endpunkt ANTHROPIC_BASE_URL (%2) antwortet.</translation>
    </message>
    <message>
        <source>ANTHROPIC_BASE_URL is %1, but it does not answer: %2. Correct or unset it before starting Autocoder.</source>
        <translation>ANTHROPIC_BASE_URL ist %1, antwortet aber nicht: %2. Korrigieren oder entfernen Sie die Variable vor dem Start von Autocoder.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::TemplatePreparer</name>
    <message>
        <source>Preparing the templates failed (exit %1).</source>
        <translation>Vorbereiten der Vorlagen fehlgeschlagen (Exit-Code %1).</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Preparing templates in %1…</source>
        <translation>Vorlagen werden in %1 vorbereitet…</translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::KindPresets</name>
    <message>
        <source>Library (Bun, TypeScript)</source>
        <translation>Bibliothek (Bun, TypeScript)</translation>
    </message>
    <message>
        <source>A small TypeScript library that parses durations such as &quot;1h30m&quot; into seconds and formats seconds back into that form.</source>
        <translation>Eine kleine TypeScript-Bibliothek, die Zeitdauern wie „1h30m“ in Sekunden umrechnet und Sekunden wieder in diese Form bringt.</translation>
    </message>
    <message>
        <source>Command-line tool (Bun, TypeScript)</source>
        <translation>Kommandozeilenwerkzeug (Bun, TypeScript)</translation>
    </message>
    <message>
        <source>A command-line tool that counts words, lines and characters of the files given as arguments (or standard input) and prints a table.</source>
        <translation>Ein Kommandozeilenwerkzeug, das Wörter, Zeilen und Zeichen der als Argumente übergebenen Dateien (oder der Standardeingabe) zählt und eine Tabelle ausgibt.</translation>
    </message>
    <message>
        <source>Static web page (Bun, TypeScript, no framework)</source>
        <translation>Statische Webseite (Bun, TypeScript, ohne Framework)</translation>
    </message>
    <message>
        <source>A single-page tip calculator: enter the bill and the number of people, choose a tip percentage, see what each person pays. Plain HTML, CSS and TypeScript.</source>
        <translation>Ein Trinkgeldrechner auf einer einzigen Seite: Rechnungsbetrag und Personenzahl eingeben, Trinkgeld in Prozent wählen und sehen, was jede Person zahlt. Reines HTML, CSS und TypeScript.</translation>
    </message>
    <message>
        <source>Library (Node.js, JavaScript)</source>
        <translation>Bibliothek (Node.js, JavaScript)</translation>
    </message>
    <message>
        <source>A small JavaScript library (ES modules) that validates and normalises e-mail addresses, with no dependencies.</source>
        <translation>Eine kleine JavaScript-Bibliothek (ES-Module) ohne Abhängigkeiten, die E-Mail-Adressen prüft und normalisiert.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::ProjectSpec</name>
    <message>
        <source>“%1” must be text.</source>
        <translation>„%1“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>“%1[%2]” must be text.</source>
        <translation>„%1[%2]“ muss Text sein.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>„%1“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>The spec is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Spezifikation ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The spec must be a JSON object.</source>
        <translation>Die Spezifikation muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The spec has no “version”.</source>
        <translation>Die Spezifikation hat keine „version“.</translation>
    </message>
    <message>
        <source>This spec was written by a newer Autocoder (spec version %1; this version reads up to %2). Update Autocoder to open it.</source>
        <translation>Diese Spezifikation stammt von einer neueren Autocoder-Version (Spezifikationsversion %1; diese Version liest bis %2). Aktualisieren Sie Autocoder, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Unsupported spec version %1.</source>
        <translation>Nicht unterstützte Spezifikationsversion %1.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>„%1“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>“%1” must be an object with “path” and “content”.</source>
        <translation>„%1“ muss ein Objekt mit „path“ und „content“ sein.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::SpecValidator</name>
    <message>
        <source>Unsupported spec version %1; this version of Autocoder writes version %2.</source>
        <translation>Nicht unterstützte Spezifikationsversion %1; diese Autocoder-Version schreibt Version %2.</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Geben Sie dem Projekt einen Namen.</translation>
    </message>
    <message>
        <source>The project name becomes a folder name: use letters, digits, dots, dashes and underscores, starting with a letter or digit (for example “todo-lib”).</source>
        <translation>Der Projektname wird zum Ordnernamen: Verwenden Sie Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche, beginnend mit einem Buchstaben oder einer Ziffer (zum Beispiel „todo-lib“).</translation>
    </message>
    <message>
        <source>Choose what kind of project to build.</source>
        <translation>Wählen Sie, welche Art von Projekt erstellt werden soll.</translation>
    </message>
    <message>
        <source>Unknown project kind “%1”. Choose one from the list.</source>
        <translation>Unbekannte Projektart „%1“. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Describe what the project should do.</source>
        <translation>Beschreiben Sie, was das Projekt tun soll.</translation>
    </message>
    <message>
        <source>This requirement is empty. Fill it in or remove it.</source>
        <translation>Diese Anforderung ist leer. Füllen Sie sie aus oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>This acceptance criterion is empty. Fill it in or remove it.</source>
        <translation>Dieses Abnahmekriterium ist leer. Füllen Sie es aus oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Give the locked test file a path, for example “tests/sum.test.ts”.</source>
        <translation>Geben Sie der gesperrten Testdatei einen Pfad, zum Beispiel „tests/sum.test.ts“.</translation>
    </message>
    <message>
        <source>Use a path relative to the project folder, for example “tests/sum.test.ts”, not an absolute path.</source>
        <translation>Verwenden Sie einen Pfad relativ zum Projektordner, zum Beispiel „tests/sum.test.ts“, keinen absoluten Pfad.</translation>
    </message>
    <message>
        <source>The path must stay inside the project folder: remove “..”.</source>
        <translation>Der Pfad muss innerhalb des Projektordners bleiben: Entfernen Sie „..“.</translation>
    </message>
    <message>
        <source>The path is not usable: use “/” between folders, no backslashes, no empty or “.” parts.</source>
        <translation>Der Pfad ist nicht verwendbar: Verwenden Sie „/“ zwischen Ordnern, keine Backslashes und keine leeren oder „.“-Teile.</translation>
    </message>
    <message>
        <source>“%1” is reserved; put the test in its own file.</source>
        <translation>„%1“ ist reserviert; legen Sie den Test in eine eigene Datei.</translation>
    </message>
    <message>
        <source>Locked tests cannot live in node_modules.</source>
        <translation>Gesperrte Tests dürfen nicht in node_modules liegen.</translation>
    </message>
    <message>
        <source>Another locked test already uses this path.</source>
        <translation>Ein anderer gesperrter Test verwendet diesen Pfad bereits.</translation>
    </message>
    <message>
        <source>The locked test file is empty. Paste the test code.</source>
        <translation>Die gesperrte Testdatei ist leer. Fügen Sie den Testcode ein.</translation>
    </message>
    <message>
        <source>The locked test file is too large (at most %1 KB).</source>
        <translation>Die gesperrte Testdatei ist zu groß (höchstens %1 KB).</translation>
    </message>
    <message>
        <source>Write the command on one line (use &amp;&amp; to chain commands).</source>
        <translation>Schreiben Sie den Befehl in eine Zeile (verketten Sie Befehle mit &amp;&amp;).</translation>
    </message>
    <message>
        <source>A test command is required: Autocoder decides success from it.</source>
        <translation>Ein Testbefehl ist erforderlich: Autocoder entscheidet anhand davon über den Erfolg.</translation>
    </message>
    <message>
        <source>Choose the model the agent uses.</source>
        <translation>Wählen Sie das Modell, das der Agent verwendet.</translation>
    </message>
    <message>
        <source>The model name may contain only letters, digits and . _ - : / @ characters.</source>
        <translation>Der Modellname darf nur Buchstaben, Ziffern und die Zeichen . _ - : / @ enthalten.</translation>
    </message>
    <message>
        <source>Max iterations must be between %1 and %2.</source>
        <translation>Die maximale Anzahl an Iterationen muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>The budget must be more than $0 and at most $%1.</source>
        <translation>Das Budget muss größer als $0 und höchstens $%1 sein.</translation>
    </message>
    <message>
        <source>The agent turn timeout cannot be longer than the whole run&apos;s time limit.</source>
        <translation>Das Zeitlimit für Agentenzüge darf nicht länger als die Laufzeit des gesamten Laufs sein.</translation>
    </message>
    <message>
        <source>Max agent turns must be between %1 and %2.</source>
        <translation>Die maximale Anzahl an Agentenzügen muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message>
        <source>Choose where the sandbox runs: “local” (this computer) or “e2b” (E2B cloud).</source>
        <translation>Wählen Sie, wo die Sandbox läuft: „local“ (dieser Computer) oder „e2b“ (E2B-Cloud).</translation>
    </message>
    <message>
        <source>Choose a sandbox template, for example “claude”.</source>
        <translation>Wählen Sie eine Sandbox-Vorlage, zum Beispiel „claude“.</translation>
    </message>
    <message>
        <source>The template name may contain only letters, digits and . _ - : / @ characters.</source>
        <translation>Der Vorlagenname darf nur Buchstaben, Ziffern und die Zeichen . _ - : / @ enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The project name is too long; use at most %n characters.</source>
        <translation>
            <numerusform>Der Projektname ist zu lang; verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Der Projektname ist zu lang; verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time limit must be between 1 and %n minutes.</source>
        <translation>
            <numerusform>Die Laufzeitgrenze muss zwischen 1 und %n Minute liegen.</numerusform>
            <numerusform>Die Laufzeitgrenze muss zwischen 1 und %n Minuten liegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The command timeout must be between %1 and %n seconds.</source>
        <translation>
            <numerusform>Das Zeitlimit je Befehl muss zwischen %1 und %n Sekunde liegen.</numerusform>
            <numerusform>Das Zeitlimit je Befehl muss zwischen %1 und %n Sekunden liegen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent turn timeout must be between 1 and %n minutes.</source>
        <translation>
            <numerusform>Das Zeitlimit je Agentenzug muss zwischen 1 und %n Minute liegen.</numerusform>
            <numerusform>Das Zeitlimit je Agentenzug muss zwischen 1 und %n Minuten liegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of mutants the tests must catch must be between 0 and 1.</source>
        <translation>Der Anteil der Mutanten, den die Tests erkennen müssen, muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The number of mutants must be between %1 and %2.</source>
        <translation>Die Anzahl der Mutanten muss zwischen %1 und %2 liegen.</translation>
    </message>
    <message numerus="yes">
        <source>The mutation check&apos;s time budget must be between %1 and %n seconds.</source>
        <translation>
            <numerusform>Das Zeitbudget der Mutationsprüfung muss zwischen %1 und %n Sekunde liegen.</numerusform>
            <numerusform>Das Zeitbudget der Mutationsprüfung muss zwischen %1 und %n Sekunden liegen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDelegate</name>
    <message>
        <source>malformed</source>
        <extracomment>A tool call whose input could not be read</extracomment>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>no result: the turn ended</source>
        <translation>kein Ergebnis: Der Zug ist beendet</translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) in the details</source>
        <translation>
            <numerusform>… %n weitere Zeile in den Details</numerusform>
            <numerusform>… %n weitere Zeilen in den Details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▸ %n more line(s)</source>
        <translation>
            <numerusform>▸ %n weitere Zeile</numerusform>
            <numerusform>▸ %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDetails</name>
    <message>
        <source>Selected activity in full</source>
        <translation>Ausgewählte Aktivität vollständig</translation>
    </message>
    <message>
        <source>Select an item of the activity to see it in full.</source>
        <translation>Wählen Sie einen Eintrag der Aktivität aus, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected item as text</source>
        <translation>Ausgewählten Eintrag als Text kopieren</translation>
    </message>
    <message>
        <source>Show &amp;raw event</source>
        <translation>&amp;Rohes Ereignis anzeigen</translation>
    </message>
    <message>
        <source>Show the event as the run recorded it (JSON)</source>
        <translation>Ereignis so anzeigen, wie der Lauf es aufgezeichnet hat (JSON)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDocument</name>
    <message>
        <source>The call this result answers was not seen in the run&apos;s events.</source>
        <translation>Der Aufruf, zu dem dieses Ergebnis gehört, kam in den Ereignissen des Laufs nicht vor.</translation>
    </message>
    <message>
        <source>No result: the agent&apos;s turn ended (it was stopped) before the tool answered.</source>
        <translation>Kein Ergebnis: Der Zug des Agenten endete (er wurde gestoppt), bevor das Werkzeug antwortete.</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>The tool reported a failure.</source>
        <translation>Das Werkzeug hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>New content</source>
        <translation>Neuer Inhalt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Result (failed)</source>
        <translation>Ergebnis (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>This event did not carry everything its kind needs; “Show raw event” shows what it had.</source>
        <translation>Diesem Ereignis fehlen Angaben, die seine Art benötigt; „Rohes Ereignis anzeigen“ zeigt, was es enthielt.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1: </source>
        <extracomment>A label before its value; French puts a space before the colon</extracomment>
        <translation>%1: </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityFormat</name>
    <message>
        <source>Result of a tool call that was not seen</source>
        <translation>Ergebnis eines nicht gesehenen Werkzeugaufrufs</translation>
    </message>
    <message>
        <source>Result of call %1 (the call was not seen)</source>
        <translation>Ergebnis von Aufruf %1 (der Aufruf wurde nicht gesehen)</translation>
    </message>
    <message>
        <source>Tool call without a name</source>
        <translation>Werkzeugaufruf ohne Namen</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%n line(s))</source>
        <extracomment>%1 is the file the agent read</extracomment>
        <translation>
            <numerusform>%1 gelesen (%n Zeile)</numerusform>
            <numerusform>%1 gelesen (%n Zeilen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityModel</name>
    <message>
        <source>Iteration %1 · agent turn</source>
        <translation>Iteration %1 · Agentenzug</translation>
    </message>
    <message>
        <source>Agent turn</source>
        <translation>Agentenzug</translation>
    </message>
    <message>
        <source>A message the event did not carry</source>
        <translation>Eine Nachricht, die das Ereignis nicht enthielt</translation>
    </message>
    <message>
        <source>%1 — ended with an error (%2); %3, %4</source>
        <extracomment>%1 &quot;Iteration 2 · agent turn&quot;, %2 the kind of error, %3 &quot;14 turns&quot;, %4 the cost</extracomment>
        <translation>%1 — mit einem Fehler beendet (%2); %3, %4</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>%1 &quot;Iteration 2 · agent turn&quot;, %2 &quot;14 turns&quot;, %3 the cost</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>You (from the command line): %1</source>
        <extracomment>Guidance typed by the person; %1 its first line. The text before the colon is the heading of its card.</extracomment>
        <translation>Sie (über die Befehlszeile): %1</translation>
    </message>
    <message>
        <source>%1 (through the event feed): %2</source>
        <extracomment>Guidance from a watcher; %1 the watcher&apos;s name, %2 the first line. The text before the first colon is the heading of its card.</extracomment>
        <translation>%1 (über den Ereignis-Feed): %2</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Guidance typed by the person; %1 its first line. The text before the colon is the heading of its card.</extracomment>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source>The run goes on after iteration %1</source>
        <translation>Der Lauf geht nach Iteration %1 weiter</translation>
    </message>
    <message>
        <source>Re-attached to the run&apos;s sandbox after iteration %1</source>
        <translation>Nach Iteration %1 wieder mit der Sandbox des Laufs verbunden</translation>
    </message>
    <message>
        <source>Resumed in a new sandbox after iteration %1</source>
        <translation>Nach Iteration %1 in einer neuen Sandbox fortgesetzt</translation>
    </message>
    <message>
        <source>Stop requested from the command line</source>
        <translation>Stopp über die Befehlszeile angefordert</translation>
    </message>
    <message>
        <source>Stop requested by %1 through the event feed</source>
        <translation>Stopp von %1 über den Ereignis-Feed angefordert</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Stopp angefordert</translation>
    </message>
    <message>
        <source>The run ended</source>
        <translation>Der Lauf ist beendet</translation>
    </message>
    <message>
        <source>The run ended: %1</source>
        <translation>Der Lauf ist beendet: %1</translation>
    </message>
    <message>
        <source>%1 (malformed event)</source>
        <translation>%1 (fehlerhaftes Ereignis)</translation>
    </message>
    <message>
        <source>Iteration %1: all checks green</source>
        <translation>Iteration %1: alle Prüfungen grün</translation>
    </message>
    <message>
        <source>Iteration %1 is red: %2 — %3</source>
        <translation>Iteration %1 ist rot: %2 — %3</translation>
    </message>
    <message>
        <source>Iteration %1 is red: %2</source>
        <translation>Iteration %1 ist rot: %2</translation>
    </message>
    <message>
        <source>Iteration %1 is red</source>
        <translation>Iteration %1 ist rot</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s)</source>
        <translation>
            <numerusform>%n Zug</numerusform>
            <numerusform>%n Züge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of test names, %n how many more tests failed</extracomment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing: %1</source>
        <extracomment>%n failing tests, %1 their names</extracomment>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityPanel</name>
    <message>
        <source>Agent activity</source>
        <translation>Agentenaktivität</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected item as text</source>
        <translation>Ausgewählten Eintrag als Text kopieren</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AgentPage</name>
    <message>
        <source>Agent &amp; Sandbox</source>
        <translation>Agent &amp; Sandbox</translation>
    </message>
    <message>
        <source>Sandbox backend</source>
        <translation>Sandbox-Backend</translation>
    </message>
    <message>
        <source>Local (this computer, isolated with bubblewrap)</source>
        <translation>Lokal (dieser Computer, isoliert mit bubblewrap)</translation>
    </message>
    <message>
        <source>E2B (cloud sandboxes)</source>
        <translation>E2B (Cloud-Sandboxes)</translation>
    </message>
    <message>
        <source>Sandbox template</source>
        <translation>Sandbox-Vorlage</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Maximale Anzahl an Iterationen</translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation>Budget in US-Dollar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wall clock limit in minutes</source>
        <translation>Laufzeit in Minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout of each command in seconds</source>
        <translation>Zeitlimit je Befehl in Sekunden</translation>
    </message>
    <message>
        <source>Timeout of each agent turn in minutes</source>
        <translation>Zeitlimit je Agentenzug in Minuten</translation>
    </message>
    <message>
        <source>Maximum agent turns per iteration</source>
        <translation>Maximale Anzahl an Agentenzügen pro Iteration</translation>
    </message>
    <message>
        <source>Sandbox and agent</source>
        <translation>Sandbox und Agent</translation>
    </message>
    <message>
        <source>Back&amp;end:</source>
        <translation>Back&amp;end:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>&amp;Iterations at most:</source>
        <translation>Max. &amp;Iterationen:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Wall clock:</source>
        <translation>La&amp;ufzeit:</translation>
    </message>
    <message>
        <source>&amp;Command timeout:</source>
        <translation>Zeitlimit je Be&amp;fehl:</translation>
    </message>
    <message>
        <source>A&amp;gent turn timeout:</source>
        <translation>Zeitlimit je A&amp;gentenzug:</translation>
    </message>
    <message>
        <source>Agent tu&amp;rns at most:</source>
        <translation>Max. Age&amp;ntenzüge:</translation>
    </message>
    <message>
        <source>Choose where the generated code runs, when Autocoder stops trying and what its tests must prove.</source>
        <translation>Wählen Sie, wo der erzeugte Code läuft, wann Autocoder aufhört, es weiter zu versuchen, und was seine Tests beweisen müssen.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikation</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AttachDialog</name>
    <message>
        <source>Attach to Run</source>
        <translation>Mit Lauf verbinden</translation>
    </message>
    <message>
        <source>Follow a run that runs elsewhere (a build server, a terminal) and stop or guide it from here. Its command prints the feed&apos;s address; the token is in its run folder&apos;s feed-token file or its AUTOCODER_FEED_TOKEN.</source>
        <translation>Verfolgen Sie einen Lauf, der anderswo läuft (auf einem Build-Server, in einem Terminal), und stoppen oder lenken Sie ihn von hier aus. Sein Befehl gibt die Adresse des Feeds aus; das Token steht in der Datei feed-token in seinem Laufordner oder in seiner Variable AUTOCODER_FEED_TOKEN.</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Keep the token in the system keychain for this address; it is never written to the settings</source>
        <translation>Das Token für diese Adresse im Schlüsselbund des Systems speichern; es wird nie in die Einstellungen geschrieben</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>Feed-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address, as its command printed it, e.g. ws://127.0.0.1:8765/.</source>
        <translation>Geben Sie die Adresse des Feeds so ein, wie sein Befehl sie ausgegeben hat, z. B. ws://127.0.0.1:8765/.</translation>
    </message>
    <message>
        <source>This is not a valid address (ws://HOST:PORT/…): %1</source>
        <translation>Dies ist keine gültige Adresse (ws://HOST:PORT/…): %1</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss:// (a run&apos;s feed is a WebSocket).</source>
        <translation>Die Adresse muss mit ws:// oder wss:// beginnen (der Feed eines Laufs ist ein WebSocket).</translation>
    </message>
    <message>
        <source>The address needs a host, e.g. ws://127.0.0.1:8765/.</source>
        <translation>Die Adresse benötigt einen Host, z. B. ws://127.0.0.1:8765/.</translation>
    </message>
    <message>
        <source>The address must not hold a user name or password: give the token below.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten: Geben Sie das Token unten an.</translation>
    </message>
    <message>
        <source>The address&apos;s port must be between 1 and 65535.</source>
        <translation>Der Port der Adresse muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the run&apos;s feed token.</source>
        <translation>Geben Sie das Feed-Token des Laufs ein.</translation>
    </message>
    <message>
        <source>The token is too long to be a feed token.</source>
        <translation>Das Token ist zu lang für ein Feed-Token.</translation>
    </message>
    <message>
        <source>The token holds spaces or characters a feed token never has: copy it again from its file.</source>
        <translation>Das Token enthält Leerzeichen oder Zeichen, die ein Feed-Token nie enthält: Kopieren Sie es erneut aus seiner Datei.</translation>
    </message>
    <message>
        <source>No keychain on this system: the token is used for this attachment only, and never written anywhere.</source>
        <translation>Kein Schlüsselbund auf diesem System: Das Token wird nur für diese Verbindung verwendet und nirgends gespeichert.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AttachedRuns</name>
    <message>
        <source>Not attached: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting to %1…</source>
        <translation>Verbindung unterbrochen — neue Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Attached to %1; the run has ended</source>
        <translation>Verbunden mit %1; der Lauf ist beendet</translation>
    </message>
    <message>
        <source>The feed at %1 has closed</source>
        <translation>Der Feed unter %1 wurde geschlossen</translation>
    </message>
    <message>
        <source>Detached from %1</source>
        <translation>Getrennt von %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesModel</name>
    <message>
        <source>There is no snapshot of iteration %1.</source>
        <translation>Es gibt keinen Stand von Iteration %1.</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Renamed</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Umbenannt</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A renamed file: %1 its old path, %2 its new one</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(locked test)</source>
        <translation>(gesperrter Test)</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed from %1, content unchanged</source>
        <translation>Umbenannt von %1, Inhalt unverändert</translation>
    </message>
    <message>
        <source>A locked test: the agent must not change it</source>
        <translation>Ein gesperrter Test: Der Agent darf ihn nicht ändern</translation>
    </message>
    <message>
        <source>A binary file: no line diff</source>
        <translation>Eine Binärdatei: kein Zeilen-Diff</translation>
    </message>
    <message>
        <source>A large file: only its first %1 are compared</source>
        <translation>Eine große Datei: Nur die ersten %1 werden verglichen</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column header: what happened to the file</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesPanel</name>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Iterati&amp;on:</source>
        <translation>Iterati&amp;on:</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>The previous iteration</source>
        <translation>Vorherige Iteration</translation>
    </message>
    <message>
        <source>The start (no files)</source>
        <translation>Anfang (keine Dateien)</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>&amp;Verglichen mit:</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the old and the new version side by side instead of one unified diff (Ctrl+Shift+D)</source>
        <translation>Alte und neue Version nebeneinander statt als einheitlichen Diff anzeigen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Geänderte Dateien</translation>
    </message>
    <message>
        <source>Changed fil&amp;es</source>
        <translation>Geänderte &amp;Dateien</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>No file changed.</source>
        <translation>Keine Datei geändert.</translation>
    </message>
    <message>
        <source>No changes yet: they appear after the first snapshot.</source>
        <translation>Noch keine Änderungen: Sie erscheinen nach dem ersten Stand.</translation>
    </message>
    <message>
        <source>Comparing the snapshots…</source>
        <translation>Stände werden verglichen…</translation>
    </message>
    <message>
        <source>Iteration %1 changed no file since iteration %2.</source>
        <translation>Iteration %1 hat seit Iteration %2 keine Datei geändert.</translation>
    </message>
    <message>
        <source>Iteration %1 changed no file since the start.</source>
        <translation>Iteration %1 hat seit dem Anfang keine Datei geändert.</translation>
    </message>
    <message>
        <source>Iteration %1, since iteration %2: files changed: %3, lines added: %4, removed: %5.</source>
        <extracomment>%1 this iteration, %2 the iteration compared with, then counts of files and lines</extracomment>
        <translation>Iteration %1 seit Iteration %2: geänderte Dateien: %3, hinzugefügte Zeilen: %4, entfernte: %5.</translation>
    </message>
    <message>
        <source>Iteration %1, since the start: files changed: %2, lines added: %3, removed: %4.</source>
        <extracomment>%1 this iteration, then counts of files and lines</extracomment>
        <translation>Iteration %1 seit dem Anfang: geänderte Dateien: %2, hinzugefügte Zeilen: %3, entfernte: %4.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ConnectionTester</name>
    <message>
        <source>The local sandbox server is running (pid %1).</source>
        <translation>Der lokale Sandbox-Server läuft (PID %1).</translation>
    </message>
    <message>
        <source>Started the local sandbox server (pid %1).</source>
        <translation>Lokaler Sandbox-Server gestartet (PID %1).</translation>
    </message>
    <message>
        <source>The local sandbox server could not start: %1</source>
        <translation>Der lokale Sandbox-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Looking for the local sandbox server…</source>
        <translation>Lokaler Sandbox-Server wird gesucht…</translation>
    </message>
    <message>
        <source>The connection settings are incomplete: %1</source>
        <translation>Die Verbindungseinstellungen sind unvollständig: %1</translation>
    </message>
    <message>
        <source>Creating a sandbox from template “%1” at %2…</source>
        <translation>Sandbox wird aus Vorlage „%1“ auf %2 erstellt…</translation>
    </message>
    <message>
        <source>Could not create a sandbox: %1</source>
        <translation>Sandbox konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Created sandbox %1 in %2 ms; removing it…</source>
        <translation>Sandbox %1 in %2 ms erstellt; wird entfernt…</translation>
    </message>
    <message>
        <source>Created sandbox %1 in %2 ms, but could not remove it: %3. It expires by itself within a minute.</source>
        <translation>Sandbox %1 in %2 ms erstellt, konnte sie aber nicht entfernen: %3. Sie läuft innerhalb einer Minute von selbst ab.</translation>
    </message>
    <message>
        <source>Connection works: created sandbox %1 in %2 ms and removed it (%3 ms in total).</source>
        <translation>Verbindung funktioniert: Sandbox %1 in %2 ms erstellt und wieder entfernt (insgesamt %3 ms).</translation>
    </message>
    <message>
        <source>Anthropic: an API key is set.</source>
        <translation>Anthropic: Ein API-Schlüssel ist gesetzt.</translation>
    </message>
    <message>
        <source>Anthropic: no API key. %1</source>
        <translation>Anthropic: kein API-Schlüssel. %1</translation>
    </message>
    <message>
        <source>Contacting the model endpoint %1…</source>
        <translation>Modell-Endpunkt %1 wird kontaktiert…</translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 (ANTHROPIC_BASE_URL) does not answer: %2.</source>
        <translation>Anthropic: Der Endpunkt %1 (ANTHROPIC_BASE_URL) antwortet nicht: %2.</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Verbindungstest abgebrochen.</translation>
    </message>
    <message>
        <source>Reinstall Autocoder, or set AUTOCODER_SANDBOXD to its path.</source>
        <translation>Installieren Sie Autocoder neu oder setzen Sie AUTOCODER_SANDBOXD auf den Pfad des Servers.</translation>
    </message>
    <message>
        <source>The local sandbox server (autocoder-sandboxd) was not found: it is neither next to Autocoder nor on PATH.</source>
        <translation>Der lokale Sandbox-Server (autocoder-sandboxd) wurde nicht gefunden: Er liegt weder neben Autocoder noch im PATH.</translation>
    </message>
    <message>
        <source>The local sandbox server (autocoder-sandboxd) was not found: %1 is not an executable file.</source>
        <translation>Der lokale Sandbox-Server (autocoder-sandboxd) wurde nicht gefunden: %1 ist keine ausführbare Datei.</translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 answers; an API key is set.</source>
        <translation>Anthropic: Der Endpunkt %1 antwortet; ein API-Schlüssel ist gesetzt.</translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 answers; no API key.</source>
        <translation>Anthropic: Der Endpunkt %1 antwortet; kein API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::DiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>Einheitlicher Diff</translation>
    </message>
    <message>
        <source>Old version</source>
        <translation>Alte Version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation>Wählen Sie eine Datei aus, um ihre Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 (renamed from %2)</source>
        <translation>%1 (umbenannt von %2)</translation>
    </message>
    <message>
        <source>A locked test: the spec wrote it and the agent must not change it.</source>
        <translation>Ein gesperrter Test: Die Spezifikation hat ihn geschrieben, und der Agent darf ihn nicht ändern.</translation>
    </message>
    <message>
        <source>A binary file (%1 → %2): no line diff.</source>
        <translation>Eine Binärdatei (%1 → %2): kein Zeilen-Diff.</translation>
    </message>
    <message>
        <source>Moved from %1; the content is the same.</source>
        <translation>Verschoben von %1; der Inhalt ist gleich.</translation>
    </message>
    <message>
        <source>A large file (%1): only its first %2 are compared.</source>
        <translation>Eine große Datei (%1): Nur die ersten %2 werden verglichen.</translation>
    </message>
    <message>
        <source>Too many differences for a minimal diff: the changed part is shown as removed, then added.</source>
        <translation>Zu viele Unterschiede für einen minimalen Diff: Der geänderte Teil wird als entfernt und dann als hinzugefügt angezeigt.</translation>
    </message>
    <message>
        <source>No line differs.</source>
        <translation>Keine Zeile unterscheidet sich.</translation>
    </message>
    <message>
        <source>\ No newline at end of file</source>
        <translation>\ Kein Zeilenumbruch am Dateiende</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FeedPublisher</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Der Ordner für %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot publish runs on port %1: %2</source>
        <translation>Läufe können nicht auf Port %1 veröffentlicht werden: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FileTreeModel</name>
    <message>
        <source>new</source>
        <extracomment>A file that is new in this iteration</extracomment>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>locked test</source>
        <translation>gesperrter Test</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Verschoben von %1</translation>
    </message>
    <message>
        <source>Deleted in this iteration</source>
        <translation>In dieser Iteration gelöscht</translation>
    </message>
    <message>
        <source>A locked test: the agent must not change it</source>
        <translation>Ein gesperrter Test: Der Agent darf ihn nicht ändern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column header: what happened to the file</extracomment>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FilesPanel</name>
    <message>
        <source>Generated files</source>
        <translation>Erzeugte Dateien</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Dateivorschau</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Wählen Sie eine Datei für die Vorschau aus.</translation>
    </message>
    <message>
        <source>Snapshot of iteration</source>
        <translation>Stand der Iteration</translation>
    </message>
    <message>
        <source>Which iteration&apos;s snapshot to browse</source>
        <translation>Stand welcher Iteration angezeigt wird</translation>
    </message>
    <message>
        <source>Iterati&amp;on:</source>
        <translation>Iterati&amp;on:</translation>
    </message>
    <message>
        <source>%1 is a binary file; no preview.</source>
        <translation>%1 ist eine Binärdatei; keine Vorschau.</translation>
    </message>
    <message>
        <source>[preview cut at %1]</source>
        <translation>[Vorschau nach %1 abgeschnitten]</translation>
    </message>
    <message>
        <source>Iteration %1 (latest)</source>
        <translation>Iteration %1 (neueste)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>Items: %1, %2</source>
        <translation>Einträge: %1, %2</translation>
    </message>
    <message>
        <source>Preview of %1 (deleted; as it was in iteration %2)</source>
        <translation>Vorschau von %1 (gelöscht; Stand aus Iteration %2)</translation>
    </message>
    <message>
        <source>Preview of %1 (%2)</source>
        <translation>Vorschau von %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No files yet: the tree appears after the first snapshot.</source>
        <translation>Noch keine Dateien: Der Baum erscheint nach dem ersten Stand.</translation>
    </message>
    <message>
        <source>Files: %1 (%2), from the snapshot of iteration %3</source>
        <translation>Dateien: %1 (%2), aus dem Stand der Iteration %3</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LockedTestsEditor</name>
    <message>
        <source>Locked test files</source>
        <translation>Gesperrte Testdateien</translation>
    </message>
    <message>
        <source>Add from F&amp;ile…</source>
        <translation>Aus &amp;Datei hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Type a Test</source>
        <translation>Test &amp;eingeben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>tests/example.test.ts</source>
        <translation>tests/example.test.ts</translation>
    </message>
    <message>
        <source>Path of the locked test in the project</source>
        <translation>Pfad des gesperrten Tests im Projekt</translation>
    </message>
    <message>
        <source>Content of the locked test</source>
        <translation>Inhalt des gesperrten Tests</translation>
    </message>
    <message>
        <source>The test file&apos;s content</source>
        <translation>Inhalt der Testdatei</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; lock a smaller test file.</source>
        <translation>%1 ist größer als %2 KiB; sperren Sie eine kleinere Testdatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Lock Test Files</source>
        <translation>Testdateien sperren</translation>
    </message>
    <message>
        <source>Test files (*.ts *.js *.mjs *.cjs *.tsx *.jsx);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Testdateien (*.ts *.js *.mjs *.cjs *.tsx *.jsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Add Test</source>
        <translation>Test kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LogModel</name>
    <message>
        <source>Set-up after iteration %1 · %2</source>
        <translation>Einrichtung nach Iteration %1 · %2</translation>
    </message>
    <message>
        <source>Set-up · %1</source>
        <translation>Einrichtung · %1</translation>
    </message>
    <message>
        <source>Iteration %1 · %2</source>
        <translation>Iteration %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>Tooltip of a log line: %1 where it comes from (a step, or Autocoder), %2 stdout or stderr, %3 its time</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Autocoder</source>
        <translation>Autocoder</translation>
    </message>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>A warning from Autocoder itself in the log</extracomment>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>An error from Autocoder itself in the log</extracomment>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LogPanel</name>
    <message>
        <source>Search the logs (Ctrl+F)</source>
        <translation>Protokolle durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search logs</source>
        <translation>Protokolle durchsuchen</translation>
    </message>
    <message>
        <source>Show output of step</source>
        <translation>Ausgabe des Schritts anzeigen</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Alle Schritte</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>&amp;Schritt:</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Neueste Zeile im Blick behalten</translation>
    </message>
    <message>
        <source>Number of log lines</source>
        <translation>Anzahl der Protokollzeilen</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>Autocoder</source>
        <translation>Autocoder</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Lines: %1 of %2</source>
        <translation>Zeilen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::MainWindow</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>Lä&amp;ufe</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Neuer Lauf…</translation>
    </message>
    <message>
        <source>Describe a project and start generating it</source>
        <translation>Projekt beschreiben und seine Erstellung starten</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>Spezifikation ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Start a new run from a saved spec file</source>
        <translation>Neuen Lauf aus einer gespeicherten Spezifikationsdatei starten</translation>
    </message>
    <message>
        <source>Open &amp;Recent Spec</source>
        <translation>&amp;Zuletzt geöffnete Spezifikation</translation>
    </message>
    <message>
        <source>Replay Run &amp;Journal…</source>
        <translation>Lauf&amp;journal wiedergeben…</translation>
    </message>
    <message>
        <source>Show a run again from its events.jsonl</source>
        <translation>Einen Lauf anhand seiner events.jsonl erneut anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh Runs</source>
        <translation>Läufe a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Autocoder</source>
        <translation>Ü&amp;ber Autocoder</translation>
    </message>
    <message>
        <source>About Autocoder</source>
        <translation>Über Autocoder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autocoder %1&lt;/b&gt;&lt;p&gt;Describe the software you want; an agent writes it in an isolated sandbox while Autocoder installs, tests and builds it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Autocoder %1&lt;/b&gt;&lt;p&gt;Beschreiben Sie die gewünschte Software; ein Agent schreibt sie in einer isolierten Sandbox, während Autocoder sie installiert, testet und baut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>Ein&amp;richten…</translation>
    </message>
    <message>
        <source>Check what runs need (keys, sandbox tools) and fix it</source>
        <translation>Prüfen, was Läufe brauchen (Schlüssel, Sandbox-Werkzeuge), und es beheben</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Noch keine Läufe</translation>
    </message>
    <message>
        <source>Describe the software you want, and Autocoder builds and tests it in an isolated sandbox.</source>
        <translation>Beschreiben Sie die gewünschte Software, und Autocoder baut und testet sie in einer isolierten Sandbox.</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Benachrichtigung ausblenden</translation>
    </message>
    <message>
        <source>“%1” waits for a free slot for local runs.</source>
        <translation>„%1“ wartet auf einen freien Platz für lokale Läufe.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal could not be read: %1</source>
        <translation>
            <numerusform>%n Zeile des Journals konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Zeilen des Journals konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “%1” finished: %2</source>
        <translation>Lauf „%1“ beendet: %2</translation>
    </message>
    <message>
        <source>the set-up page lists what is still missing.</source>
        <translation>die Einrichtungsseite listet auf, was noch fehlt.</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Spezifikation öffnen</translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Autocoder-Spezifikationen (*.autocoder.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>Spezifikation kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>A recent spec in the File menu: %1 its number (the shortcut key), %2 its file</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent specs</source>
        <translation>Keine zuletzt geöffneten Spezifikationen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Replay Run Journal</source>
        <translation>Laufjournal wiedergeben</translation>
    </message>
    <message>
        <source>Run journals (events.jsonl *.jsonl);;All files (*)</source>
        <translation>Laufjournale (events.jsonl *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Replay</source>
        <translation>Wiedergabe nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Attach to Run…</source>
        <translation>Mit Lauf &amp;verbinden…</translation>
    </message>
    <message>
        <source>Follow a run served elsewhere through its event feed, and stop or guide it</source>
        <translation>Einem anderswo bereitgestellten Lauf über seinen Ereignis-Feed folgen und ihn stoppen oder lenken</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2); trying again…</source>
        <translation>%1 nicht erreichbar (%2); neuer Versuch…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the mirrored journal could not be read: %1</source>
        <translation>
            <numerusform>%n Zeile des gespiegelten Journals konnte nicht gelesen werden: %1</numerusform>
            <numerusform>%n Zeilen des gespiegelten Journals konnten nicht gelesen werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>The run&apos;s feed has closed: go on with the run where it runs (autocoder resume), or attach again once it is served.</source>
        <translation>Der Feed des Laufs wurde geschlossen: Setzen Sie den Lauf dort fort, wo er läuft (autocoder resume), oder verbinden Sie sich erneut, sobald er wieder bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Lost the connection to %1; reconnecting…</source>
        <translation>Verbindung zu %1 verloren; Verbindung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Cannot attach to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Not attached to %1: %2. Check the token (and the address), then attach again.</source>
        <translation>Nicht mit %1 verbunden: %2. Prüfen Sie das Token (und die Adresse) und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Detached from %1; the run goes on there. Attach again to follow it.</source>
        <translation>Von %1 getrennt; der Lauf geht dort weiter. Verbinden Sie sich erneut, um ihm zu folgen.</translation>
    </message>
    <message>
        <source>This run was attached with its read-only token: it may be watched, not stopped or guided. Attach again with its full token.</source>
        <translation>Dieser Lauf wurde mit seinem schreibgeschützten Token verbunden: Er kann beobachtet, aber nicht gestoppt oder gelenkt werden. Verbinden Sie sich erneut mit seinem vollständigen Token.</translation>
    </message>
    <message>
        <source>The run&apos;s feed is not connected just now, so nothing was sent. It reconnects by itself: try again then.</source>
        <translation>Der Feed des Laufs ist gerade nicht verbunden, daher wurde nichts gesendet. Er verbindet sich von selbst neu: Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The run&apos;s feed did not take the request.</source>
        <translation>Der Feed des Laufs hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>Asked the run to stop; it keeps its work in a last snapshot.</source>
        <translation>Der Lauf wurde zum Stoppen aufgefordert; er behält seine Arbeit in einem letzten Stand.</translation>
    </message>
    <message>
        <source>Cannot Stop the Run</source>
        <translation>Lauf kann nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Guidance sent: the run goes on with it.</source>
        <translation>Hinweise gesendet: Der Lauf geht damit weiter.</translation>
    </message>
    <message>
        <source>Cannot Continue the Run</source>
        <translation>Lauf kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Show the run&apos;s folder in the file manager</source>
        <translation>Ordner des Laufs im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>D&amp;uplicate as New Run…</source>
        <translation>Als neuen Lauf d&amp;uplizieren…</translation>
    </message>
    <message>
        <source>Open the wizard with this run&apos;s spec</source>
        <translation>Assistenten mit der Spezifikation dieses Laufs öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>Lauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Detac&amp;h from Run</source>
        <translation>Vom Lauf &amp;trennen</translation>
    </message>
    <message>
        <source>Stop following the attached run here; it goes on where it runs</source>
        <translation>Dem verbundenen Lauf hier nicht mehr folgen; er läuft dort weiter, wo er läuft</translation>
    </message>
    <message>
        <source>Remove from &amp;Queue</source>
        <translation>Aus der &amp;Warteschlange entfernen</translation>
    </message>
    <message>
        <source>The run has not started: nothing is lost</source>
        <translation>Der Lauf hat noch nicht begonnen: Nichts geht verloren</translation>
    </message>
    <message>
        <source>An attached run runs elsewhere: it cannot be deleted from here</source>
        <translation>Ein verbundener Lauf läuft anderswo: Er kann nicht von hier gelöscht werden</translation>
    </message>
    <message>
        <source>A running run cannot be deleted: stop it first</source>
        <translation>Ein laufender Lauf kann nicht gelöscht werden: Stoppen Sie ihn zuerst</translation>
    </message>
    <message>
        <source>Delete the run&apos;s folder</source>
        <translation>Ordner des Laufs löschen</translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation>Duplizieren nicht möglich</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s spec: %1</source>
        <translation>Die Spezifikation des Laufs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A running run cannot be deleted: stop it first.</source>
        <translation>Ein laufender Lauf kann nicht gelöscht werden: Stoppen Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the run “%1”?</source>
        <translation>Lauf „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its folder, with the journal, snapshots and report, is removed from disk:
%1
Projects you saved elsewhere are not touched.</source>
        <translation>Sein Ordner mit Journal, Ständen und Bericht wird vom Datenträger entfernt:
%1
Anderswo gespeicherte Projekte bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Cannot Delete Run</source>
        <translation>Lauf kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Some files in %1 could not be removed.</source>
        <translation>Einige Dateien in %1 konnten nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Run deleted.</source>
        <translation>Lauf gelöscht.</translation>
    </message>
    <message>
        <source>Quit Autocoder</source>
        <translation>Autocoder beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running.</source>
        <translation>
            <numerusform>%n Lauf läuft noch.</numerusform>
            <numerusform>%n Läufe laufen noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) waiting to start.</source>
        <translation>
            <numerusform>%n Lauf wartet auf den Start.</numerusform>
            <numerusform>%n Läufe warten auf den Start.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stop them&lt;/b&gt;: each run takes a last snapshot of its work and stops; Resume goes on from it later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Leave running&lt;/b&gt;: local sandboxes keep working, and the runs are picked up again the next time Autocoder starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Stoppen&lt;/b&gt;: Jeder Lauf sichert einen letzten Stand seiner Arbeit und stoppt; „Fortsetzen“ macht später dort weiter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weiterlaufen lassen&lt;/b&gt;: Lokale Sandboxen arbeiten weiter, und die Läufe werden beim nächsten Start von Autocoder wieder aufgenommen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n run(s) waiting in the queue will not start.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Lauf in der Warteschlange wird nicht gestartet.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Läufe in der Warteschlange werden nicht gestartet.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them, Keeping Their Work</source>
        <translation>&amp;Stoppen, Arbeit behalten</translation>
    </message>
    <message>
        <source>&amp;Leave Running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s), keeping their work…</source>
        <translation>
            <numerusform>%n Lauf wird gestoppt, seine Arbeit bleibt erhalten…</numerusform>
            <numerusform>%n Läufe werden gestoppt, ihre Arbeit bleibt erhalten…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Window Open</source>
        <translation>&amp;Fenster offen lassen</translation>
    </message>
    <message>
        <source>&amp;Verify Project…</source>
        <translation>Projekt &amp;prüfen…</translation>
    </message>
    <message>
        <source>Replay a saved project in a fresh sandbox and compare it with its VERIFICATION.json</source>
        <translation>Ein gespeichertes Projekt in einer neuen Sandbox wiederholen und mit seiner VERIFICATION.json vergleichen</translation>
    </message>
    <message>
        <source>Verify a Saved Project</source>
        <translation>Gespeichertes Projekt prüfen</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::MutationModel</name>
    <message>
        <source>Passed</source>
        <extracomment>The mutation check&apos;s result: enough mutants were caught</extracomment>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <extracomment>The mutation check&apos;s result: too few mutants were caught</extracomment>
        <translation>Unter der Schwelle</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>The mutation check&apos;s result: it did not run (budget, project size...)</extracomment>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not run</source>
        <extracomment>The mutation check&apos;s result: it was not reached in this iteration
----------
A mutant the check had no time left for</extracomment>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>No mutant could be scored (%n tried) — threshold %1%</source>
        <translation>
            <numerusform>Keine Mutante bewertbar (%n getestet) — Schwelle %1%</numerusform>
            <numerusform>Keine Mutante bewertbar (%n getestet) — Schwelle %1%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tests caught %1 of %n mutant(s) (%2%) — threshold %3%</source>
        <extracomment>%1 mutants caught, %n mutants scored, %2 the score, %3 the threshold (percent)</extracomment>
        <translation>
            <numerusform>Tests haben %1 von %n Mutante erkannt (%2%) — Schwelle %3%</numerusform>
            <numerusform>Tests haben %1 von %n Mutanten erkannt (%2%) — Schwelle %3%</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Not run: the tests did not pass.</source>
        <translation>Nicht ausgeführt: Die Tests waren nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Not run in this iteration.</source>
        <translation>In dieser Iteration nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The mutation check&apos;s result of iteration %1 could not be read.</source>
        <translation>Das Ergebnis der Mutationsprüfung von Iteration %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Killed</source>
        <extracomment>A mutant some test failed on, as it should</extracomment>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Survived</source>
        <extracomment>A mutant every test passed with: the tests miss this change</extracomment>
        <translation>Überlebt</translation>
    </message>
    <message>
        <source>Timed out</source>
        <extracomment>A mutant the tests did not finish on (counted as caught)</extracomment>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>delete %1</source>
        <extracomment>A mutant that deletes a statement: %1 the statement</extracomment>
        <translation>Löschen: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A mutant&apos;s change: %1 the original code, %2 what replaced it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Column header: file and line of a mutant</extracomment>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Column header: the kind of change a mutant makes</extracomment>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column header: what the tests did with a mutant</extracomment>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ProjectPage</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Name the project, pick what kind of software it is, and describe what it should do.</source>
        <translation>Benennen Sie das Projekt, wählen Sie die Art der Software und beschreiben Sie, was sie tun soll.</translation>
    </message>
    <message>
        <source>todo-lib</source>
        <translation>todo-lib</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Project kind</source>
        <translation>Projektart</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Use the &amp;Example</source>
        <translation>Beispiel &amp;verwenden</translation>
    </message>
    <message>
        <source>Fill the description with the example for this kind</source>
        <translation>Die Beschreibung mit dem Beispiel für diese Art füllen</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Next needs a project name: fill in Name.</source>
        <translation>„Weiter“ erfordert einen Projektnamen: Füllen Sie „Name“ aus.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RequirementsModel</name>
    <message>
        <source>The requirement table of iteration %1 could not be read.</source>
        <translation>Die Anforderungstabelle von Iteration %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The spec lists no requirements, so none needs a test.</source>
        <translation>Die Spezifikation nennt keine Anforderungen, daher braucht keine einen Test.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requirement(s) covered by a passing test</source>
        <extracomment>%1 covered requirements, %n all requirements</extracomment>
        <translation>
            <numerusform>%1 von %n Anforderung durch einen bestandenen Test abgedeckt</numerusform>
            <numerusform>%1 von %n Anforderungen durch einen bestandenen Test abgedeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>A requirement with at least one passing test</extracomment>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Failing</source>
        <extracomment>A requirement whose tests all fail or were skipped</extracomment>
        <translation>Fehlschlagend</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <extracomment>A requirement no test names</extracomment>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One test of a requirement: %1 its name, %2 its result (passed, failed, ...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Tests</numerusform>
        </translation>
    </message>
    <message>
        <source>No test names %1. Put “[%1]” in the name of a test that checks it.</source>
        <translation>Kein Test nennt %1. Setzen Sie „[%1]“ in den Namen eines Tests, der sie prüft.</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>Column header: a requirement&apos;s id (R1, R2, ...)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RequirementsPage</name>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>List the features, say how to check them, and optionally lock test files the result must pass.</source>
        <translation>Führen Sie die Funktionen auf, geben Sie an, wie sie geprüft werden, und sperren Sie optional Testdateien, die das Ergebnis bestehen muss.</translation>
    </message>
    <message>
        <source>Type a feature and press Enter</source>
        <translation>Funktion eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Type an acceptance criterion and press Enter</source>
        <translation>Abnahmekriterium eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Abnahmekriterien</translation>
    </message>
    <message>
        <source>What the software must do, one feature per row.</source>
        <translation>Was die Software können muss, eine Funktion pro Zeile.</translation>
    </message>
    <message>
        <source>&amp;Features</source>
        <translation>&amp;Funktionen</translation>
    </message>
    <message>
        <source>How you will know it works: observable behaviour, one per row.</source>
        <translation>Woran Sie erkennen, dass es funktioniert: beobachtbares Verhalten, eines pro Zeile.</translation>
    </message>
    <message>
        <source>&amp;Acceptance Criteria</source>
        <translation>&amp;Abnahmekriterien</translation>
    </message>
    <message>
        <source>Optional. Tests you wrote: uploaded as they are; the run is green only when they pass unchanged.</source>
        <translation>Optional. Von Ihnen geschriebene Tests: Sie werden unverändert hochgeladen; der Lauf ist erst grün, wenn sie unverändert bestehen.</translation>
    </message>
    <message>
        <source>&amp;Locked Tests</source>
        <translation>&amp;Gesperrte Tests</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>This is exactly what the agent will read. Edit it if you like, then start the run.</source>
        <translation>Genau das wird der Agent lesen. Bearbeiten Sie es bei Bedarf und starten Sie dann den Lauf.</translation>
    </message>
    <message>
        <source>Problems to fix before starting</source>
        <translation>Vor dem Start zu behebende Probleme</translation>
    </message>
    <message>
        <source>Why the run did not start</source>
        <translation>Warum der Lauf nicht gestartet wurde</translation>
    </message>
    <message>
        <source>Prompt for the agent</source>
        <translation>Prompt für den Agenten</translation>
    </message>
    <message>
        <source>CLAUDE.md rules file</source>
        <translation>Regeldatei CLAUDE.md</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>&amp;CLAUDE.md</source>
        <translation>&amp;CLAUDE.md</translation>
    </message>
    <message>
        <source>&amp;Regenerate from the Answers</source>
        <translation>Aus den Antworten &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>Discard edits to the brief and render it again</source>
        <translation>Änderungen am Auftrag verwerfen und ihn neu erzeugen</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>Fix these before starting (use Back):</source>
        <translation>Beheben Sie dies vor dem Start (mit „Zurück“):</translation>
    </message>
    <message>
        <source>⚠ The run did not start: %1
Your answers are kept; fix the problem and press Start Run again.</source>
        <translation>⚠ Der Lauf wurde nicht gestartet: %1
Ihre Antworten bleiben erhalten; beheben Sie das Problem und klicken Sie erneut auf „Lauf starten“.</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <extracomment>%1 the project&apos;s name, %2 its kind</extracomment>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>Features: %1; acceptance criteria: %2; locked tests: %3.</source>
        <extracomment>The numbers of features, acceptance criteria and locked tests in the spec</extracomment>
        <translation>Funktionen: %1; Abnahmekriterien: %2; gesperrte Tests: %3.</translation>
    </message>
    <message>
        <source>Model %1 on E2B.</source>
        <extracomment>%1 the model&apos;s id; E2B the hosted sandbox service</extracomment>
        <translation>Modell %1 auf E2B.</translation>
    </message>
    <message>
        <source>Model %1 on this computer.</source>
        <extracomment>%1 the model&apos;s id</extracomment>
        <translation>Modell %1 auf diesem Computer.</translation>
    </message>
    <message numerus="yes">
        <source>Limits: %n iteration(s), $%1, %2.</source>
        <extracomment>The run&apos;s limits: iterations, %1 the budget in dollars, %2 the time limit (&quot;90 minutes&quot;)</extracomment>
        <translation>
            <numerusform>Grenzen: %n Iteration, $%1, %2.</numerusform>
            <numerusform>Grenzen: %n Iterationen, $%1, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunLauncher</name>
    <message>
        <source>No Anthropic API key. Enter it on the set-up page (File › Set Up) or in Settings, or set ANTHROPIC_API_KEY or ANTHROPIC_BASE_URL before starting Autocoder.</source>
        <translation>Kein Anthropic-API-Schlüssel. Geben Sie ihn auf der Einrichtungsseite (Datei › Einrichten) oder in den Einstellungen ein, oder setzen Sie ANTHROPIC_API_KEY oder ANTHROPIC_BASE_URL vor dem Start von Autocoder.</translation>
    </message>
    <message>
        <source>No E2B API key. Enter it on the set-up page (File › Set Up) or in Settings, or set E2B_API_KEY before starting Autocoder.</source>
        <translation>Kein E2B-API-Schlüssel. Geben Sie ihn auf der Einrichtungsseite (Datei › Einrichten) oder in den Einstellungen ein, oder setzen Sie E2B_API_KEY vor dem Start von Autocoder.</translation>
    </message>
    <message>
        <source>The sandbox backend could not start: %1</source>
        <translation>Das Sandbox-Backend konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunListModel</name>
    <message>
        <source>Green</source>
        <extracomment>How a run ended (a run: one generation of a project)</extracomment>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Iteration limit</source>
        <translation>Iterationsgrenze</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget aufgebraucht</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Laufzeitgrenze</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>Kein Fortschritt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>How a run ended (a run: one generation of a project)</extracomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>How a run ended (a run: one generation of a project)</extracomment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Infrastructure error</source>
        <translation>Infrastrukturfehler</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>The state of a run (a run: one generation of a project)</extracomment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>The state of a run (a run: one generation of a project)</extracomment>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>The state of a run (a run: one generation of a project)</extracomment>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Waiting for a free slot for local runs (see Settings)</source>
        <translation>Wartet auf einen freien Platz für lokale Läufe (siehe Einstellungen)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>In Warteschlange (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the run&apos;s state (Running, ...), %2 a note such as &quot;attached&quot; or &quot;connection lost&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Iterations column: %1 the current iteration, %2 the most the run may take</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunNotifier</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunView</name>
    <message>
        <source>Run counters</source>
        <translation>Laufzähler</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Aktueller Schritt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Laufdetails</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>Datei&amp;en</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation>Sch&amp;ritte</translation>
    </message>
    <message>
        <source>Iteration %1 · %2</source>
        <translation>Iteration %1 · %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Unreadable lines skipped: %1 (the first: %2)</source>
        <translation>Unlesbare Zeilen übersprungen: %1 (die erste: %2)</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Stoppen…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Continue with Guidance…</source>
        <translation>Mit &amp;Hinweisen fortfahren…</translation>
    </message>
    <message>
        <source>Save to &amp;Disk…</source>
        <translation>Auf &amp;Datenträger speichern…</translation>
    </message>
    <message>
        <source>Open Re&amp;port</source>
        <translation>Bericht &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the run&apos;s report (Ctrl+Shift+R)</source>
        <translation>Bericht des Laufs öffnen (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>No run is shown.</source>
        <translation>Es wird kein Lauf angezeigt.</translation>
    </message>
    <message>
        <source>The run has ended.</source>
        <translation>Der Lauf ist beendet.</translation>
    </message>
    <message>
        <source>Nothing runs this run now.</source>
        <translation>Dieser Lauf wird derzeit nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Stop the run; its work so far is kept (Ctrl+.)</source>
        <translation>Lauf stoppen; die bisherige Arbeit bleibt erhalten (Ctrl+.)</translation>
    </message>
    <message>
        <source>The run is running.</source>
        <translation>Der Lauf läuft gerade.</translation>
    </message>
    <message>
        <source>This run is green: there is nothing to resume.</source>
        <translation>Dieser Lauf ist grün: Es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>The run has ended: go on with Continue with Guidance.</source>
        <translation>Der Lauf ist beendet: Machen Sie mit „Mit Hinweisen fortfahren“ weiter.</translation>
    </message>
    <message>
        <source>This journal is not in a run folder, so the run cannot go on from it.</source>
        <translation>Dieses Journal liegt nicht in einem Laufordner, daher kann der Lauf von hier aus nicht weitergehen.</translation>
    </message>
    <message>
        <source>Resume the interrupted run where it stopped (Ctrl+R)</source>
        <translation>Den unterbrochenen Lauf dort fortsetzen, wo er angehalten hat (Ctrl+R)</translation>
    </message>
    <message>
        <source>The run is still going: stop it first, or wait for its outcome.</source>
        <translation>Der Lauf ist noch aktiv: Stoppen Sie ihn zuerst oder warten Sie auf sein Ergebnis.</translation>
    </message>
    <message>
        <source>This run is green: there is nothing to continue.</source>
        <translation>Dieser Lauf ist grün: Es gibt nichts fortzuführen.</translation>
    </message>
    <message>
        <source>Give the agent a hint and run more iterations (Ctrl+G)</source>
        <translation>Dem Agenten einen Hinweis geben und weitere Iterationen ausführen (Ctrl+G)</translation>
    </message>
    <message>
        <source>There is no snapshot of the project yet.</source>
        <translation>Es gibt noch keinen Stand des Projekts.</translation>
    </message>
    <message>
        <source>Write the generated project to a folder (Ctrl+S)</source>
        <translation>Das erzeugte Projekt in einen Ordner schreiben (Ctrl+S)</translation>
    </message>
    <message>
        <source>There is no report for this run.</source>
        <translation>Für diesen Lauf gibt es keinen Bericht.</translation>
    </message>
    <message>
        <source>Stop the Run?</source>
        <translation>Lauf stoppen?</translation>
    </message>
    <message>
        <source>Stop “%1”?</source>
        <translation>„%1“ stoppen?</translation>
    </message>
    <message>
        <source>The files the agent has written so far are kept in a last snapshot: you can save them, or go on later with Continue with Guidance.

Keeping the sandbox lets the run go on in it, with everything it installed; it is removed when its time runs out.</source>
        <translation>Die bisher vom Agenten geschriebenen Dateien bleiben in einem letzten Stand erhalten: Sie können sie speichern oder später mit „Mit Hinweisen fortfahren“ weitermachen.

Wenn Sie die Sandbox behalten, kann der Lauf darin weitergehen, mit allem, was er installiert hat; sie wird entfernt, wenn ihre Zeit abläuft.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>Button: stop the run (and its sandbox)</extracomment>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Snapshot the work, then end the run and remove its sandbox</source>
        <translation>Arbeitsstand sichern, dann den Lauf beenden und seine Sandbox entfernen</translation>
    </message>
    <message>
        <source>The run stops where it runs; the files the agent has written so far are kept in a last snapshot, and you can go on later with Continue with Guidance.</source>
        <translation>Der Lauf stoppt dort, wo er ausgeführt wird; die bisher vom Agenten geschriebenen Dateien bleiben in einem letzten Stand erhalten, und Sie können später mit „Mit Hinweisen fortfahren“ weitermachen.</translation>
    </message>
    <message>
        <source>Stop and &amp;Keep Sandbox</source>
        <translation>Stoppen, Sandbox &amp;behalten</translation>
    </message>
    <message>
        <source>Snapshot the work, then end the run but leave its sandbox running</source>
        <translation>Arbeitsstand sichern, dann den Lauf beenden, seine Sandbox aber weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Continue with Guidance</source>
        <translation>Mit Hinweisen fortfahren</translation>
    </message>
    <message>
        <source>What should the agent do differently? Your words are added to the next iteration&apos;s feedback, and the run goes on.</source>
        <translation>Was soll der Agent anders machen? Ihr Text wird der Rückmeldung der nächsten Iteration hinzugefügt, und der Lauf geht weiter.</translation>
    </message>
    <message>
        <source>No Guidance Given</source>
        <translation>Keine Hinweise angegeben</translation>
    </message>
    <message>
        <source>The run did not go on: type what the agent should do differently, then press OK.</source>
        <translation>Der Lauf wurde nicht fortgesetzt: Geben Sie ein, was der Agent anders machen soll, und drücken Sie dann OK.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>%1 how the run ended (e.g. &quot;Time limit&quot;)</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 how the run ended (e.g. &quot;Time limit&quot;), %2 the run&apos;s closing message</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save the work so far, or go on with Continue with Guidance.</source>
        <translation>Speichern Sie die bisherige Arbeit oder machen Sie mit „Mit Hinweisen fortfahren“ weiter.</translation>
    </message>
    <message>
        <source>Save the work so far.</source>
        <translation>Speichern Sie die bisherige Arbeit.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Going on after iteration %1</source>
        <translation>Geht nach Iteration %1 weiter</translation>
    </message>
    <message>
        <source>Re-attached to the sandbox after iteration %1</source>
        <translation>Nach Iteration %1 wieder mit der Sandbox verbunden</translation>
    </message>
    <message>
        <source>Resumed from the last snapshot after iteration %1</source>
        <translation>Nach Iteration %1 vom letzten Stand fortgesetzt</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Kein Lauf ausgewählt</translation>
    </message>
    <message>
        <source>Start a new run or pick one from the list.</source>
        <translation>Starten Sie einen neuen Lauf oder wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the project&apos;s name, %2 the run&apos;s state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation>Iteration %1 von %2</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>$%1 of $%2</source>
        <translation>$%1 von $%2</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 (this session %2)</source>
        <translation>%1 (diese Sitzung %2)</translation>
    </message>
    <message>
        <source>%1  ·  Elapsed %2  ·  Cost %3  ·  Agent turns %4</source>
        <translation>%1  ·  Dauer %2  ·  Kosten %3  ·  Agentenzüge %4</translation>
    </message>
    <message>
        <source>Interrupted: nothing runs it now. Resume goes on from where it stopped.</source>
        <translation>Unterbrochen: Der Lauf wird derzeit nicht ausgeführt. „Fortsetzen“ macht dort weiter, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — fertig</translation>
    </message>
    <message>
        <source>%1 — running</source>
        <translation>%1 — läuft</translation>
    </message>
    <message>
        <source>%1 — running (%2)</source>
        <translation>%1 — läuft (%2)</translation>
    </message>
    <message>
        <source>A save is already in progress.</source>
        <translation>Es wird bereits gespeichert.</translation>
    </message>
    <message>
        <source>This run has no snapshot to save yet.</source>
        <translation>Dieser Lauf hat noch keinen Stand zum Speichern.</translation>
    </message>
    <message>
        <source>Save the Generated Project</source>
        <translation>Erzeugtes Projekt speichern</translation>
    </message>
    <message>
        <source>Overwrite Files?</source>
        <translation>Dateien überschreiben?</translation>
    </message>
    <message>
        <source>%1 already contains files. Saving replaces the whole folder with the generated project.</source>
        <translation>%1 enthält bereits Dateien. Beim Speichern wird der gesamte Ordner durch das erzeugte Projekt ersetzt.</translation>
    </message>
    <message>
        <source>Saving Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Project Saved</source>
        <translation>Projekt gespeichert</translation>
    </message>
    <message>
        <source>The project was saved to %1. Open the folder?</source>
        <translation>Das Projekt wurde in %1 gespeichert. Ordner öffnen?</translation>
    </message>
    <message>
        <source>Cannot Open the Report</source>
        <translation>Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The report is at %1.</source>
        <translation>Der Bericht liegt unter %1.</translation>
    </message>
    <message>
        <source>The project was saved to %1 with its verification receipt (File › Verify Project… replays it). Open the folder?</source>
        <translation>Das Projekt wurde mit seinem Nachweis in %1 gespeichert (Datei › Projekt prüfen… wiederholt es). Ordner öffnen?</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Status des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>E2B API key</source>
        <translation>E2B-API-Schlüssel</translation>
    </message>
    <message>
        <source>S&amp;how keys</source>
        <translation>Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Anthropic:</source>
        <translation>&amp;Anthropic:</translation>
    </message>
    <message>
        <source>&amp;E2B:</source>
        <translation>&amp;E2B:</translation>
    </message>
    <message>
        <source>&amp;Local server on this computer</source>
        <translation>&amp;Lokaler Server auf diesem Computer</translation>
    </message>
    <message>
        <source>E2B &amp;cloud (e2b.app)</source>
        <translation>E2B-&amp;Cloud (e2b.app)</translation>
    </message>
    <message>
        <source>Custom E2B &amp;domain:</source>
        <translation>Eigene E2B-&amp;Domain:</translation>
    </message>
    <message>
        <source>e2b.example.com</source>
        <translation>e2b.example.com</translation>
    </message>
    <message>
        <source>Custom E2B domain</source>
        <translation>Eigene E2B-Domain</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Create a sandbox on the chosen backend and remove it again</source>
        <translation>Eine Sandbox im gewählten Backend erstellen und wieder entfernen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Sandbox backend</source>
        <translation>Sandbox-Backend</translation>
    </message>
    <message>
        <source>e.g. pypi.org, *.example.com, 10.0.0.5:5432</source>
        <translation>z. B. pypi.org, *.example.com, 10.0.0.5:5432</translation>
    </message>
    <message>
        <source>Other hosts sandboxes may reach</source>
        <translation>Weitere Hosts, die Sandboxes erreichen dürfen</translation>
    </message>
    <message>
        <source>A sandbox reaches only the model endpoint and the package registries its commands use. List other hosts here, separated by commas: domains, *.domains, IP addresses, CIDR ranges, optionally with :port.</source>
        <translation>Eine Sandbox erreicht nur den Modell-Endpunkt und die Paket-Registrys, die ihre Befehle verwenden. Tragen Sie hier weitere Hosts ein, durch Kommas getrennt: Domains, *.Domains, IP-Adressen, CIDR-Bereiche, optional mit :Port.</translation>
    </message>
    <message>
        <source>Local runs at once</source>
        <translation>Gleichzeitige lokale Läufe</translation>
    </message>
    <message numerus="yes">
        <source>Runs on the local server beyond this number wait in a queue and start when one ends. The default, %n, is one run per processor core and per 4 GiB of memory. E2B runs are not limited.</source>
        <translation>
            <numerusform>Läufe auf dem lokalen Server über diese Anzahl hinaus warten in einer Warteschlange und starten, sobald einer endet. Der Standardwert, %n, entspricht einem Lauf pro Prozessorkern und pro 4 GiB Arbeitsspeicher. E2B-Läufe sind nicht begrenzt.</numerusform>
            <numerusform>Läufe auf dem lokalen Server über diese Anzahl hinaus warten in einer Warteschlange und starten, sobald einer endet. Der Standardwert, %n, entspricht einem Lauf pro Prozessorkern und pro 4 GiB Arbeitsspeicher. E2B-Läufe sind nicht begrenzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Al&amp;so allow:</source>
        <translation>Zusätzlich e&amp;rlauben:</translation>
    </message>
    <message>
        <source>Local runs at o&amp;nce:</source>
        <translation>&amp;Gleichzeitige lokale Läufe:</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>Default maximum iterations</source>
        <translation>Standardwert für die maximale Anzahl an Iterationen</translation>
    </message>
    <message>
        <source>Default budget in US dollars</source>
        <translation>Standardbudget in US-Dollar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default wall clock limit in minutes</source>
        <translation>Standardlaufzeit in Minuten</translation>
    </message>
    <message>
        <source>Defaults for new runs</source>
        <translation>Standardwerte für neue Läufe</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Iterations at most:</source>
        <translation>Max. &amp;Iterationen:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Wall clock:</source>
        <translation>La&amp;ufzeit:</translation>
    </message>
    <message>
        <source>&amp;Publish my runs&apos; events on port</source>
        <translation>Ereignisse meiner Läufe &amp;veröffentlichen auf Port</translation>
    </message>
    <message>
        <source>Watchers connect to ws://127.0.0.1:PORT/runs/RUN_ID with the token, follow every run live and may stop or guide it. Only this computer can connect (loopback).</source>
        <translation>Beobachter verbinden sich mit dem Token über ws://127.0.0.1:PORT/runs/RUN_ID, verfolgen jeden Lauf live und können ihn stoppen oder mit Hinweisen lenken. Nur dieser Computer kann sich verbinden (Loopback).</translation>
    </message>
    <message>
        <source>Port to publish runs&apos; events on</source>
        <translation>Port für die Ereignisse der Läufe</translation>
    </message>
    <message>
        <source>(loopback)</source>
        <translation>(Loopback)</translation>
    </message>
    <message>
        <source>Cop&amp;y Token</source>
        <translation>Token &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the token watchers need to the clipboard; it is kept in %1 and never shown.</source>
        <translation>Das Token, das Beobachter benötigen, in die Zwischenablage kopieren; es liegt in %1 und wird nie angezeigt.</translation>
    </message>
    <message>
        <source>Event feed status</source>
        <translation>Status des Ereignis-Feeds</translation>
    </message>
    <message>
        <source>Watching from elsewhere</source>
        <translation>Von anderswo beobachten</translation>
    </message>
    <message>
        <source>The token cannot be kept: %1</source>
        <translation>Das Token kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in settings files.</source>
        <translation>Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in Einstellungsdateien.</translation>
    </message>
    <message>
        <source>No system keychain is available, so keys cannot be saved here. Autocoder reads them from the environment variables %1 and %2 instead (read-only); set them before starting Autocoder.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar, daher können Schlüssel hier nicht gespeichert werden. Autocoder liest sie stattdessen aus den Umgebungsvariablen %1 und %2 (schreibgeschützt); setzen Sie diese, bevor Sie Autocoder starten.</translation>
    </message>
    <message>
        <source>Not set (define %1)</source>
        <translation>Nicht gesetzt (%1 definieren)</translation>
    </message>
    <message>
        <source>Set in the environment (%1)</source>
        <translation>In der Umgebung gesetzt (%1)</translation>
    </message>
    <message>
        <source>There is no system keychain here, so set %1 before starting Autocoder.</source>
        <translation>Hier gibt es keinen Schlüsselbund des Systems; setzen Sie daher %1, bevor Sie Autocoder starten.</translation>
    </message>
    <message>
        <source>Enter it in the Anthropic field above and press OK.</source>
        <translation>Geben Sie ihn oben im Feld „Anthropic“ ein und klicken Sie auf OK.</translation>
    </message>
    <message>
        <source>Enter it in the E2B field above and press OK.</source>
        <translation>Geben Sie ihn oben im Feld „E2B“ ein und klicken Sie auf OK.</translation>
    </message>
    <message>
        <source>No E2B API key. %1</source>
        <translation>Kein E2B-API-Schlüssel. %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Saving keys to the keychain…</source>
        <translation>Schlüssel werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the key: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Takes effect when Autocoder is restarted.</source>
        <translation>Wird nach einem Neustart von Autocoder wirksam.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Verification of new runs</source>
        <translation>Verifikation neuer Läufe</translation>
    </message>
    <message>
        <source>Sand&amp;box and Keys</source>
        <translation>Sandbox und Sc&amp;hlüssel</translation>
    </message>
    <message>
        <source>New &amp;Runs</source>
        <translation>&amp;Neue Läufe</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>&amp;Weiteres</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SetupDialog</name>
    <message>
        <source>checking</source>
        <extracomment>The state of one requirement on the set-up page</extracomment>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>ready</source>
        <extracomment>The state of one requirement on the set-up page</extracomment>
        <translation>bereit</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not yet, optional</source>
        <translation>noch nicht, optional</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Set Up Autocoder</source>
        <translation>Autocoder einrichten</translation>
    </message>
    <message>
        <source>Before the first run</source>
        <translation>Vor dem ersten Lauf</translation>
    </message>
    <message>
        <source>Runs use E2B&apos;s cloud sandboxes (set in Settings). This is what they need:</source>
        <translation>Läufe verwenden die Cloud-Sandboxes von E2B (festgelegt in den Einstellungen). Das brauchen sie:</translation>
    </message>
    <message>
        <source>Runs use sandboxes on this computer (set in Settings). This is what they need:</source>
        <translation>Läufe verwenden Sandboxes auf diesem Computer (festgelegt in den Einstellungen). Das brauchen sie:</translation>
    </message>
    <message>
        <source>Set-up status</source>
        <translation>Einrichtungsstatus</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>E&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation>Alles erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a requirement (e.g. &quot;Anthropic API key&quot;), %2 its state (ready, missing, ...)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Enter Key…</source>
        <translation>Schlüssel &amp;eingeben…</translation>
    </message>
    <message>
        <source>Enter the %1</source>
        <translation>%1 eingeben</translation>
    </message>
    <message>
        <source>&amp;Prepare Now</source>
        <translation>Jetzt &amp;vorbereiten</translation>
    </message>
    <message>
        <source>Prepare the sandbox templates now</source>
        <translation>Die Sandbox-Vorlagen jetzt vorbereiten</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Still checking</source>
        <translation>Prüfung läuft noch</translation>
    </message>
    <message>
        <source>Everything a run needs is there.</source>
        <translation>Alles, was ein Lauf braucht, ist vorhanden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue is available once this is fixed: %1.</source>
        <translation>„Weiter“ ist verfügbar, sobald dies behoben ist: %1.</translation>
    </message>
    <message>
        <source>Anthropic API Key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>E2B API Key</source>
        <translation>E2B-API-Schlüssel</translation>
    </message>
    <message>
        <source>Your Anthropic API key (from console.anthropic.com). It is kept in the system keychain, never in a file:</source>
        <translation>Ihr Anthropic-API-Schlüssel (von console.anthropic.com). Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei:</translation>
    </message>
    <message>
        <source>Your E2B API key (from e2b.dev/dashboard). It is kept in the system keychain, never in a file:</source>
        <translation>Ihr E2B-API-Schlüssel (von e2b.dev/dashboard). Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei:</translation>
    </message>
    <message>
        <source>Could not save the key: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saving the key to the keychain…</source>
        <translation>Schlüssel wird im Schlüsselbund gespeichert…</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SnapshotArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>Der Stand kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not in the snapshot.</source>
        <translation>%1 ist nicht im Stand enthalten.</translation>
    </message>
    <message>
        <source>The snapshot %1 is not on this computer.</source>
        <translation>Der Stand %1 ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation>Der Stand %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The snapshot archive is not on this computer.</source>
        <translation>Das Archiv des Stands ist nicht auf diesem Computer.</translation>
    </message>
    <message>
        <source>There is no snapshot to compare.</source>
        <translation>Es gibt keinen Stand zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SpecWizard</name>
    <message>
        <source>New Run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>Spezifikation &amp;öffnen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Spec…</source>
        <translation>Spezifikation spei&amp;chern…</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>Lauf &amp;starten</translation>
    </message>
    <message>
        <source>Load answers from a spec file (Ctrl+O)</source>
        <translation>Antworten aus einer Spezifikationsdatei laden (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save these answers as a spec file (Ctrl+Shift+S)</source>
        <translation>Diese Antworten als Spezifikationsdatei speichern (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Discard Project Description?</source>
        <translation>Projektbeschreibung verwerfen?</translation>
    </message>
    <message>
        <source>Discard this project description?</source>
        <translation>Diese Projektbeschreibung verwerfen?</translation>
    </message>
    <message>
        <source>The answers in this wizard are lost unless you save them as a spec file first.</source>
        <translation>Die Antworten in diesem Assistenten gehen verloren, wenn Sie sie nicht zuerst als Spezifikationsdatei speichern.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid spec: %2</source>
        <translation>%1 ist keine gültige Spezifikation: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Spezifikation öffnen</translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Autocoder-Spezifikationen (*.autocoder.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>Spezifikation kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Save Spec</source>
        <translation>Spezifikation speichern</translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Autocoder-Spezifikationen (*.autocoder.json *.json)</translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation>Spezifikation kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SpecWizardPage</name>
    <message>
        <source>Fill in the required fields to continue.</source>
        <translation>Füllen Sie die Pflichtfelder aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation>Warum „Weiter“ nicht verfügbar ist</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StackPage</name>
    <message>
        <source>Stack &amp; Commands</source>
        <translation>Stack &amp; Befehle</translation>
    </message>
    <message>
        <source>Autocoder itself runs these commands in the sandbox after every agent turn; the run is green when they all succeed. Leave one empty to skip it.</source>
        <translation>Autocoder selbst führt diese Befehle nach jedem Agentenzug in der Sandbox aus; der Lauf ist grün, wenn alle erfolgreich sind. Lassen Sie einen Befehl leer, um ihn zu überspringen.</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>Installationsbefehl</translation>
    </message>
    <message>
        <source>Test command</source>
        <translation>Testbefehl</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Build-Befehl</translation>
    </message>
    <message>
        <source>Lint command</source>
        <translation>Lint-Befehl</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>&amp;Reset to the Preset</source>
        <translation>Auf &amp;Vorgabe zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Install:</source>
        <translation>&amp;Installieren:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Testen:</translation>
    </message>
    <message>
        <source>B&amp;uild:</source>
        <translation>&amp;Bauen:</translation>
    </message>
    <message>
        <source>&amp;Lint:</source>
        <translation>&amp;Lint:</translation>
    </message>
    <message>
        <source>Prefilled for “%1” (tests with %2).</source>
        <translation>Vorausgefüllt für „%1“ (Tests mit %2).</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StatusIconLabel</name>
    <message>
        <source>Run status</source>
        <translation>Laufstatus</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the typed text (Enter)</source>
        <translation>Eingegebenen Text hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Ausgewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>Button: move the selected item up the list</extracomment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Ausgewählte Zeile nach oben verschieben (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Ausgewählte Zeile nach unten verschieben (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestCasesModel</name>
    <message>
        <source>new</source>
        <extracomment>A test that is new in this iteration</extracomment>
        <translation>neu</translation>
    </message>
    <message>
        <source>fixed</source>
        <extracomment>A test that failed before and passes in this iteration</extracomment>
        <translation>behoben</translation>
    </message>
    <message>
        <source>broke</source>
        <extracomment>A test that passed before and fails in this iteration</extracomment>
        <translation>Regression</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>The result of one test</extracomment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>The result of one test</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>The result of one test</extracomment>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column header: how the test result changed since the previous iteration</extracomment>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestChart</name>
    <message>
        <source>Passing tests per iteration</source>
        <translation>Bestandene Tests pro Iteration</translation>
    </message>
    <message>
        <source>iteration %1: %2 passing, %3 failing</source>
        <translation>Iteration %1: %2 bestanden, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Noch keine Testergebnisse</translation>
    </message>
    <message>
        <source>passing</source>
        <extracomment>Chart legend: the number of passing tests</extracomment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failing</source>
        <extracomment>Chart legend: the number of failing tests</extracomment>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestResultsModel</name>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broke</source>
        <translation>
            <numerusform>%n neu fehlgeschlagen</numerusform>
            <numerusform>%n neu fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Iteration</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Seit vorheriger</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestsPanel</name>
    <message>
        <source>Test results per iteration</source>
        <translation>Testergebnisse pro Iteration</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Tests of the selected iteration</source>
        <translation>Tests der ausgewählten Iteration</translation>
    </message>
    <message>
        <source>No tests found</source>
        <translation>Keine Tests gefunden</translation>
    </message>
    <message>
        <source>Failure location</source>
        <translation>Fehlerstelle</translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Select a failed test to see why it failed.</source>
        <translation>Wählen Sie einen fehlgeschlagenen Test aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy Failure</source>
        <translation>Fehler &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the test&apos;s name, location and failure message</source>
        <translation>Name, Stelle und Fehlermeldung des Tests kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;Logs</source>
        <translation>In &amp;Protokollen anzeigen</translation>
    </message>
    <message>
        <source>Show the test&apos;s output in the Logs tab</source>
        <translation>Die Ausgabe des Tests im Reiter „Protokolle“ anzeigen</translation>
    </message>
    <message>
        <source>No failed test selected</source>
        <translation>Kein fehlgeschlagener Test ausgewählt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>── As printed by the test runner ──</source>
        <translation>── Wie vom Test-Runner ausgegeben ──</translation>
    </message>
    <message>
        <source>Tests of iteration %1 (%2)</source>
        <translation>Tests von Iteration %1 (%2)</translation>
    </message>
    <message>
        <source>No tests found in iteration %1: the test command ran but reported no test. Check that the test files match the runner&apos;s pattern.</source>
        <translation>Keine Tests in Iteration %1 gefunden: Der Testbefehl lief, meldete aber keinen Test. Prüfen Sie, ob die Testdateien zum Muster des Test-Runners passen.</translation>
    </message>
    <message>
        <source>Tests and verification of the selected iteration</source>
        <translation>Tests und Verifikation der ausgewählten Iteration</translation>
    </message>
    <message>
        <source>Test &amp;Results</source>
        <translation>Te&amp;stergebnisse</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Verifikation</translation>
    </message>
    <message>
        <source>Mutation check: %1</source>
        <translation>Mutationsprüfung: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TimelineModel</name>
    <message>
        <source>Create sandbox</source>
        <translation>Sandbox erstellen</translation>
    </message>
    <message>
        <source>Prepare agent</source>
        <translation>Agent vorbereiten</translation>
    </message>
    <message>
        <source>Upload brief</source>
        <translation>Auftrag hochladen</translation>
    </message>
    <message>
        <source>Agent turn</source>
        <translation>Agentenzug</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Stand sichern</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extrahieren</translation>
    </message>
    <message>
        <source>Stopped when the run ended</source>
        <translation>Gestoppt, als der Lauf endete</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Iteration %1</translation>
    </message>
    <message>
        <source>Set-up (resumed)</source>
        <translation>Einrichtung (fortgesetzt)</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed (exit %1)</source>
        <translation>Fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its output in the Logs.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um die Ausgabe in den Protokollen zu sehen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: the state of a step</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Mutation check</source>
        <extracomment>A step of a run: the tests are run against small changes to the code</extracomment>
        <translation>Mutationsprüfung</translation>
    </message>
    <message>
        <source>Toolchain</source>
        <extracomment>A step of a run: the sandbox&apos;s tool versions are read for the receipt</extracomment>
        <translation>Werkzeugkette</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerificationEditor</name>
    <message>
        <source>Re&amp;quire a passing test per requirement</source>
        <translation>Je Anforderung einen bestandenen Test ver&amp;langen</translation>
    </message>
    <message>
        <source>The brief numbers the requirements R1, R2, … and asks for their ids in the tests&apos; names, e.g. “[R2] trims spaces”. A requirement no passing test names keeps the run from going green.</source>
        <translation>Der Auftrag nummeriert die Anforderungen R1, R2, … und verlangt ihre IDs in den Namen der Tests, z. B. „[R2] trims spaces“. Eine Anforderung, die kein bestandener Test nennt, verhindert, dass der Lauf grün wird.</translation>
    </message>
    <message>
        <source>Mutation chec&amp;k: the tests must notice small changes to the code</source>
        <translation>Mutations&amp;prüfung: Die Tests müssen kleine Änderungen am Code bemerken</translation>
    </message>
    <message>
        <source>When the tests pass, Autocoder changes the project&apos;s own source in small ways (a flipped comparison, a dropped statement…) and runs the tests against each change. Too few caught, and the run is not green.</source>
        <translation>Wenn die Tests bestehen, ändert Autocoder den Quellcode des Projekts geringfügig (ein umgekehrter Vergleich, eine entfernte Anweisung…) und führt die Tests für jede Änderung aus. Werden zu wenige erkannt, ist der Lauf nicht grün.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of mutants the tests must catch, in percent</source>
        <translation>Anteil der Mutanten, den die Tests erkennen müssen, in Prozent</translation>
    </message>
    <message>
        <source>Mutants tried at most</source>
        <translation>Höchstzahl getesteter Mutanten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time budget of the mutation check in seconds</source>
        <translation>Zeitbudget der Mutationsprüfung in Sekunden</translation>
    </message>
    <message>
        <source>Past it, the mutants not tried yet are reported as not run; the check is skipped when none could be tried.</source>
        <translation>Danach werden noch nicht getestete Mutanten als nicht ausgeführt gemeldet; die Prüfung wird übersprungen, wenn keine getestet werden konnte.</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <source>Ma&amp;x mutants:</source>
        <translation>Ma&amp;x. Mutanten:</translation>
    </message>
    <message>
        <source>Time &amp;for the check:</source>
        <translation>Zei&amp;t für die Prüfung:</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerificationPanel</name>
    <message>
        <source>&amp;Requirements</source>
        <translation>An&amp;forderungen</translation>
    </message>
    <message>
        <source>Requirements summary</source>
        <translation>Zusammenfassung der Anforderungen</translation>
    </message>
    <message>
        <source>Requirements and their tests</source>
        <translation>Anforderungen und ihre Tests</translation>
    </message>
    <message>
        <source>&amp;Mutation check</source>
        <translation>&amp;Mutationsprüfung</translation>
    </message>
    <message>
        <source>Mutation check result</source>
        <translation>Ergebnis der Mutationsprüfung</translation>
    </message>
    <message>
        <source>Mutation check summary</source>
        <translation>Zusammenfassung der Mutationsprüfung</translation>
    </message>
    <message>
        <source>Mutated and skipped files</source>
        <translation>Mutierte und ausgelassene Dateien</translation>
    </message>
    <message>
        <source>Mutants</source>
        <translation>Mutanten</translation>
    </message>
    <message>
        <source>The selected mutant&apos;s change</source>
        <translation>Änderung der ausgewählten Mutante</translation>
    </message>
    <message>
        <source>No requirement table for iteration %1: the spec does not ask for a test per requirement, or the tests did not run.</source>
        <translation>Keine Anforderungstabelle für Iteration %1: Die Spezifikation verlangt keinen Test je Anforderung, oder die Tests wurden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>No iteration has run its tests yet.</source>
        <translation>Noch keine Iteration hat ihre Tests ausgeführt.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Mutated: %1</source>
        <translation>Mutiert: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Files the mutation check left out: %1 their paths, %2 why</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <source>Select a mutant to see its change.</source>
        <translation>Wählen Sie eine Mutante aus, um ihre Änderung zu sehen.</translation>
    </message>
    <message>
        <source>%1:%2 — no diff was recorded for this mutant.</source>
        <translation>%1:%2 — für diese Mutante wurde kein Diff aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerifyController</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>There is no sandbox backend to replay the project in</source>
        <translation>Es gibt kein Sandbox-Backend, in dem das Projekt wiederholt werden kann</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerifyDialog</name>
    <message>
        <source>Creating a fresh sandbox</source>
        <translation>Erstellen einer neuen Sandbox</translation>
    </message>
    <message>
        <source>Uploading the project</source>
        <translation>Hochladen des Projekts</translation>
    </message>
    <message>
        <source>Installing dependencies</source>
        <translation>Installieren der Abhängigkeiten</translation>
    </message>
    <message>
        <source>Running the tests</source>
        <translation>Ausführen der Tests</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bauen</translation>
    </message>
    <message>
        <source>Linting</source>
        <translation>Linten</translation>
    </message>
    <message>
        <source>Reading the sandbox&apos;s files</source>
        <translation>Lesen der Dateien der Sandbox</translation>
    </message>
    <message>
        <source>Asking the toolchain&apos;s versions</source>
        <translation>Abfragen der Versionen der Werkzeugkette</translation>
    </message>
    <message>
        <source>Checking that the tests catch mutants</source>
        <translation>Prüfen, ob die Tests Mutanten erkennen</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>Verify Project</source>
        <translation>Projekt prüfen</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt; in a fresh sandbox and comparing it with its VERIFICATION.json.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wird in einer neuen Sandbox wiederholt und mit seiner VERIFICATION.json verglichen.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Maßgeblich</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Abweichungen</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match.&lt;/b&gt; The replay reproduced everything the receipt records.</source>
        <translation>&lt;b&gt;Übereinstimmung.&lt;/b&gt; Die Wiederholung hat alles reproduziert, was der Nachweis festhält.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mismatch.&lt;/b&gt; The project does not reproduce its receipt; the differences that fail verification are listed first.</source>
        <translation>&lt;b&gt;Keine Übereinstimmung.&lt;/b&gt; Das Projekt stimmt nicht mit seinem Nachweis überein; die maßgeblichen Abweichungen stehen zuerst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not verify.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prüfung nicht möglich.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Cancelling: removing the sandbox…</source>
        <translation>Wird abgebrochen: Sandbox wird entfernt…</translation>
    </message>
</context>
<context>
    <name>FolderMigration</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>copying failed: %1</source>
        <translation>Kopieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 was copied to %2, but could not be removed completely; what is left of it can be deleted</source>
        <translation>%1 wurde nach %2 kopiert, konnte aber nicht vollständig entfernt werden; was davon übrig ist, kann gelöscht werden</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3. Going on with %2; %1 is left as it was.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3. Es wird mit %2 fortgefahren; %1 bleibt unverändert.</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and removed the original</source>
        <translation>%1 nach %2 kopiert und das Original entfernt</translation>
    </message>
    <message>
        <source>Both %1 and %2 exist: using %2 and leaving %1 as it is (nothing is merged; take what you need from it, then delete it)</source>
        <translation>%1 und %2 existieren beide: %2 wird verwendet, %1 bleibt unverändert (nichts wird zusammengeführt; übernehmen Sie daraus, was Sie brauchen, und löschen Sie es dann)</translation>
    </message>
    <message>
        <source>%1 is in use by a local sandbox server started by an earlier version; it is used where it is and moves to %2 on a later start, once that server has exited (it does so by itself when idle)</source>
        <translation>%1 wird von einem lokalen Sandbox-Server verwendet, den eine frühere Version gestartet hat; es wird an seinem Ort weiterverwendet und bei einem späteren Start nach %2 verschoben, sobald dieser Server beendet ist (das geschieht von selbst, wenn er untätig ist)</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>archive expands beyond %1 bytes</source>
        <translation>Archiv wird beim Entpacken größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the archive is corrupt or truncated</source>
        <translation>das Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>das Archiv ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>RunEvent</name>
    <message>
        <source>event has no version &quot;v&quot;</source>
        <translation>Ereignis hat keine Version „v“</translation>
    </message>
    <message>
        <source>event version %1 is newer than this program understands (%2)</source>
        <translation>Ereignisversion %1 ist neuer, als dieses Programm versteht (%2)</translation>
    </message>
    <message>
        <source>event has no run id</source>
        <translation>Ereignis hat keine Lauf-ID</translation>
    </message>
    <message>
        <source>event has no sequence number</source>
        <translation>Ereignis hat keine Sequenznummer</translation>
    </message>
    <message>
        <source>event has no kind</source>
        <translation>Ereignis hat keine Art</translation>
    </message>
    <message>
        <source>event data is not an object</source>
        <translation>Ereignisdaten sind kein Objekt</translation>
    </message>
    <message>
        <source>event line is not JSON: %1</source>
        <translation>Ereigniszeile ist kein JSON: %1</translation>
    </message>
    <message>
        <source>event line is not a JSON object</source>
        <translation>Ereigniszeile ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Laufordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>Das Journal ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation>An %1 kann nicht angehängt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped in the journal</source>
        <translation>
            <numerusform>%n unlesbare Zeile im Journal übersprungen</numerusform>
            <numerusform>%n unlesbare Zeilen im Journal übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No state.json in %1</source>
        <translation>Keine state.json in %1</translation>
    </message>
    <message>
        <source>state.json in %1 is damaged: %2</source>
        <translation>state.json in %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>RunMirror</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>&quot;%1&quot; is not a run id</source>
        <translation>„%1“ ist keine Lauf-ID</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Describe the software you want; an agent writes it in an isolated sandbox while Autocoder installs, tests and builds it.</source>
        <translation>Beschreiben Sie die gewünschte Software; ein Agent schreibt sie in einer isolierten Sandbox, während Autocoder sie installiert, testet und baut.</translation>
    </message>
    <message>
        <source>Run not started</source>
        <translation>Lauf nicht gestartet</translation>
    </message>
    <message>
        <source>Re-attaching run %1 to its sandbox</source>
        <translation>Lauf %1 wird wieder mit seiner Sandbox verbunden</translation>
    </message>
    <message>
        <source>%1 is in use by the server with pid %2 at %3</source>
        <translation>%1 wird vom Server mit PID %2 unter %3 verwendet</translation>
    </message>
    <message>
        <source>%1 is in use by another server (still starting)</source>
        <translation>%1 wird von einem anderen Server verwendet (startet noch)</translation>
    </message>
    <message>
        <source>Preparing templates failed: %1</source>
        <translation>Vorbereiten der Vorlagen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Templates ready: base, claude</source>
        <translation>Vorlagen bereit: base, claude</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder</source>
        <translation>Temporärer Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>Local E2B-compatible sandbox server (bubblewrap isolation) on 127.0.0.1.
One server per data folder. The API key is read from &lt;data-dir&gt;/sandboxd.key (created
with mode 0600 if missing) or --api-key-file; for a server run by hand,
AUTOCODER_SANDBOXD_API_KEY overrides the data folder&apos;s key file.
Exit status: 0 stopped or idle, 1 error, 2 bad usage, 3 the data folder is in use.</source>
        <translation>Lokaler E2B-kompatibler Sandbox-Server (Isolation mit bubblewrap) auf 127.0.0.1.
Ein Server pro Datenordner. Der API-Schlüssel wird aus &lt;data-dir&gt;/sandboxd.key gelesen (falls
nicht vorhanden, mit Modus 0600 erstellt) oder aus --api-key-file; bei einem von Hand gestarteten
Server ersetzt AUTOCODER_SANDBOXD_API_KEY die Schlüsseldatei des Datenordners.
Exit-Status: 0 gestoppt oder untätig, 1 Fehler, 2 falsche Verwendung, 3 Datenordner belegt.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free).</source>
        <translation>TCP-Port (0 = beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Directory for sandboxes and templates.</source>
        <translation>Verzeichnis für Sandboxen und Vorlagen.</translation>
    </message>
    <message>
        <source>Prepared templates (default: &lt;data-dir&gt;/templates).</source>
        <translation>Vorbereitete Vorlagen (Standard: &lt;data-dir&gt;/templates).</translation>
    </message>
    <message>
        <source>Largest accepted /files upload.</source>
        <translation>Größter angenommener /files-Upload.</translation>
    </message>
    <message>
        <source>Most sandboxes alive at once (default 100).</source>
        <translation>Höchstzahl gleichzeitig aktiver Sandboxen (Standard 100).</translation>
    </message>
    <message>
        <source>Host uid/gid sandboxes run as when the server runs as root (default 65534; -1 = root&apos;s own).</source>
        <translation>Host-UID/GID, unter der Sandboxen laufen, wenn der Server als root läuft (Standard 65534; -1 = die von root).</translation>
    </message>
    <message>
        <source>File holding the API key; must be this user&apos;s, mode 0600 (default: &lt;data-dir&gt;/sandboxd.key).</source>
        <translation>Datei mit dem API-Schlüssel; muss diesem Benutzer gehören, Modus 0600 (Standard: &lt;data-dir&gt;/sandboxd.key).</translation>
    </message>
    <message>
        <source>Exit after this long with no sandbox and no request (default 600; 0 = never).</source>
        <translation>Nach dieser Zeit ohne Sandbox und ohne Anfrage beenden (Standard 600; 0 = nie).</translation>
    </message>
    <message>
        <source>Resolve NAME to ADDRESS in the egress proxy without DNS (repeatable).</source>
        <translation>NAME im Egress-Proxy ohne DNS zu ADDRESS auflösen (wiederholbar).</translation>
    </message>
    <message>
        <source>The egress proxy resolves only --resolve names and IP addresses; no DNS query leaves the server.</source>
        <translation>Der Egress-Proxy löst nur --resolve-Namen und IP-Adressen auf; keine DNS-Anfrage verlässt den Server.</translation>
    </message>
    <message>
        <source>Processes per sandbox (default 1024).</source>
        <translation>Prozesse pro Sandbox (Standard 1024).</translation>
    </message>
    <message>
        <source>Memory per sandbox in MiB (default 4096).</source>
        <translation>Arbeitsspeicher pro Sandbox in MiB (Standard 4096).</translation>
    </message>
    <message>
        <source>CPUs per sandbox (default: all of the host&apos;s).</source>
        <translation>CPUs pro Sandbox (Standard: alle des Hosts).</translation>
    </message>
    <message>
        <source>Disk space per sandbox in MiB (default 10240).</source>
        <translation>Speicherplatz pro Sandbox in MiB (Standard 10240).</translation>
    </message>
    <message>
        <source>Bound sandboxes with rlimits even where cgroups are usable (processes per host uid, memory per process, no CPU bound).</source>
        <translation>Sandboxen auch dann mit rlimits begrenzen, wenn cgroups nutzbar sind (Prozesse pro Host-UID, Speicher pro Prozess, keine CPU-Grenze).</translation>
    </message>
    <message>
        <source>Optional: prepare-templates (install the &apos;claude&apos; template&apos;s packages, then exit).</source>
        <translation>Optional: prepare-templates (die Pakete der Vorlage „claude“ installieren, dann beenden).</translation>
    </message>
    <message>
        <source>Invalid --resolve %1 (use NAME=ADDRESS)</source>
        <translation>Ungültiges --resolve %1 (NAME=ADDRESS verwenden)</translation>
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation>Ungültige Grenze: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Ungültiger Port: %1</translation>
    </message>
    <message>
        <source>Invalid --idle-exit-seconds: %1</source>
        <translation>Ungültiges --idle-exit-seconds: %1</translation>
    </message>
    <message>
        <source>Invalid limit: not an integer</source>
        <translation>Ungültige Grenze: keine ganze Zahl</translation>
    </message>
    <message>
        <source>Optional headless command: run, runs, resume or verify (see `autocoder run --help`). Without one, the window opens.</source>
        <translation>Optionaler Befehl ohne Oberfläche (headless): run, runs, resume oder verify (siehe `autocoder run --help`). Ohne Befehl öffnet sich das Fenster.</translation>
    </message>
</context>
</TS>
