<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentStream</name>
    <message>
        <source>The model API is being retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent output line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Agent::StreamJsonParser</name>
    <message>
        <source>Agent output line %1 is longer than %2 bytes (%3 bytes) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last agent output line is longer than %1 bytes (%2 bytes) and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent output line %1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent output line %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent output line %1 has no &quot;type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent output line %1 has a tool call without id or name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli</name>
    <message>
        <source>Run folders (default: the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve-events %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve-events %1: %2 is not a loopback address. Anyone who can reach it could try the token, and the feed is not encrypted: add --serve-events-public to serve beyond this machine, behind a TLS-terminating proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project spec (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to save the project into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local (default) or e2b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print events as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print command output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a non-empty --out folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make --out a git repository, one commit per iteration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra instructions for the next agent turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also let the sandbox reach HOST (a domain, *.domain, IP, CIDR or host:port); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the run&apos;s events on ws://ADDR:PORT/ for watchers (the app&apos;s File &gt; Attach to Run...), who may also stop or guide it. ADDR: 127.0.0.1 when left out, [IPv6] in brackets; PORT 0: any free port. The URL is printed on stderr; the token is AUTOCODER_FEED_TOKEN, else a new one in the run folder&apos;s feed-token file (mode 0600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow --serve-events on an address that is not loopback (put a TLS-terminating proxy in front: the feed is plain ws://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: autocoder resume ID [--out DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; (use local or e2b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve-events is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serve-events-public needs --serve-events [ADDR:]PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an IPv6 address as [ADDR]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets: [ADDR]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address before &quot;:&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 scope (%1) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: autocoder run|runs|resume ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s spec cannot be read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANTHROPIC_API_KEY is not set.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an empty folder (use --overwrite to replace it).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; (use local or e2b).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessFeed</name>
    <message>
        <source>Guidance from %1 came after the run ended; not taken.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot serve events on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the event feed listens on %1, beyond this machine, and speaks plain ws://. Put a TLS-terminating proxy (wss://) in front of it and let only the proxy reach this port.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not serving events: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch and steer run %1 at the URL above with the token in %2 (watch only: the token in %3).
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessRun</name>
    <message>
        <source>Sandbox backend failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: stopping the run and keeping its files...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the project was cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be saved: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project saved in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 was stopped with its files kept. To go on: %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b</name>
    <message>
        <source>The %1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must use https (plain http is allowed only for 127.0.0.1/localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected content type &quot;%1&quot; for a Connect unary reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected upload reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::ConnectionConfig</name>
    <message>
        <source>sandbox URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E2B API key: set E2B_API_KEY or enter one in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::DirectoryTransfer</name>
    <message>
        <source>The sandbox client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and destination are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tar in the sandbox failed (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run tar on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::EnvdClient</name>
    <message>
        <source>No sandbox id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::HttpCall</name>
    <message>
        <source>The server sent an invalid JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client was destroyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the upload body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer stalled for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped during the transfer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::ProcessStream</name>
    <message>
        <source>No sandbox id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pid or tag to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached from the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversized error reply (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected content type &quot;%1&quot; for a process stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a start event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended without an end-of-stream message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process did not start within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data or keepalive on the stream for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::SandboxApi</name>
    <message>
        <source>The sandbox list is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed</name>
    <message>
        <source>hello without a protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hello without a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hello with a bad lastSeq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot without an iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot without a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot without a sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec without an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::AttachedRun</name>
    <message>
        <source>The feed sent an invalid run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed answered with run %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedAcceptor</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many connections in their handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no request in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request header too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data sent before the handshake&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedAddress</name>
    <message>
        <source>Not a feed address (ws://HOST:PORT/…): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has characters a token cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed refused the token (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed has no such run (HTTP 404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed serves as many clients as it allows (HTTP 503)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed refused the connection (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedClient</name>
    <message>
        <source>The feed speaks protocol %1; this version understands %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed now serves another run (%1 instead of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed announced snapshot %1 but never sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 has %2 bytes instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot %1 does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the feed was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed did not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedConnection</name>
    <message>
        <source>malformed frame: binary frames are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed frame: not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed frame: WebSocket protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed frame: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only token: watching only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests waiting for their answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no snapshot of iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the snapshot is too large to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedHandshake</name>
    <message>
        <source>not an HTTP/1.1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since is not a sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GET request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a WebSocket upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Sec-WebSocket-Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported WebSocket version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedServer</name>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one run: ask for /runs/ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many clients for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is already listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed needs a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The read-only token must differ from the full token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to serve the feed on %1, which is not a loopback address, without an explicit opt-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s limits must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::ServerFrame</name>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither an event nor a control message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without a positive seq</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::TokenFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be read by other users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a token to write to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git is not installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::AgentInstallStep</name>
    <message>
        <source>Claude Code could not be installed in the sandbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::AgentTurnStep</name>
    <message>
        <source>Agent turn %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox went away during the agent turn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The agent turn hit its %n minute(s) limit; checking what it made</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::CreateSandboxStep</name>
    <message>
        <source>Could not create a sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::DecideStep</name>
    <message>
        <source>Locked test not respected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed in iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not green after %n iteration(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The budget of $%1 is spent ($%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same checks failed twice in a row: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::E2bSandboxSession</name>
    <message>
        <source>The sandbox service is gone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::EnsureAgentStep</name>
    <message>
        <source>Claude Code %1 is available in the sandbox (from its template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox stopped answering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code %1 is available in the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ExportJob</name>
    <message>
        <source>The export stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the run report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::GateCommandStep</name>
    <message>
        <source>The sandbox went away while running `%1`: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::GateEvaluator</name>
    <message>
        <source>%1 (could not be checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (did not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` exited with code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test command is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no test ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked tests were not respected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::HeadlessPrinter</name>
    <message>
        <source>Run %1 started: %2 (backend %3, at most %4 iterations, budget $%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped after %2 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in %3 s (%4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent -&gt; %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool result%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent done: %1 turns, $%2%3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (error: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests: %1 passed, %2 failed, %3 skipped
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  FAIL %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration green
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration not green: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: %1 files, %2 bytes
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished: %1 after %2 iteration(s), $%3. %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 goes on after iteration %2 (%3; at most %4 iterations, budget $%5)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance from %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guidance: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested by %1 (the sandbox stays up)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested by %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::LocalSandboxServer</name>
    <message>
        <source>autocoder-sandboxd did not become ready within %1 s (data folder %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocoder-sandboxd exited before it was ready. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sandbox server starting in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server %1 (pid %2) holds %3, but its key cannot be used: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocoder-sandboxd was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the sandbox data folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocoder-sandboxd could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox server for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox server %1 (pid %2) refuses the key in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocoder-sandboxd (pid %1) exited. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProcessStep</name>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectSaver</name>
    <message>
        <source>No target folder was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no snapshot to save yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose another folder or allow overwriting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of iteration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assemble iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the project into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the project into %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ReattachAgentStep</name>
    <message>
        <source>re-attach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-attached; exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox went away: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ReattachSandboxStep</name>
    <message>
        <source>Sandbox %1 is gone (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1 no longer answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was interrupted; continue from the current state of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run goes on; continue from the current state of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attached to sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunContext</name>
    <message>
        <source>Could not extend the sandbox lifetime: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was interrupted and resumed in a fresh sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run goes on in a fresh sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project folder already holds the files from iteration %1; continue from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing at the last check:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunController</name>
    <message>
        <source>&quot;%1&quot; is not a valid run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox backend is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec is not valid:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Anthropic API key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This controller is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is already green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s spec cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming run %1 after iteration %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunEngine</name>
    <message>
        <source>The run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The wall-clock limit of %n minute(s) was reached</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s) (wall-clock limit)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there were no files to keep yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files of iteration %1 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files of that moment are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its files could not be kept (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier files were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of iteration %1 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped while setting up; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after iteration %1; its files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped during iteration %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1 is left running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of iteration %1 could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 was stopped before it finished; continue from the current state of the project folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last snapshot (iteration %1) is kept at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunLock</name>
    <message>
        <source>Cannot create the folder of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is being driven by process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SafeArchive</name>
    <message>
        <source>an entry name contains a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder (&quot;..&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is damaged (bad header checksum at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is larger than the %1 MiB limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file entry has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hard link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (symbolic link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (device file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (fifo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unsupported type &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SandboxBackend</name>
    <message>
        <source>E2B is not configured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sandbox backend &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SnapshotStep</name>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox reaches only the model endpoint and the package registries its commands use. If the project needs another host, add it to the spec&apos;s sandbox.allowOut or to Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox went away before the snapshot of iteration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of iteration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot of iteration %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept from the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret value was found and replaced in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rewrite %1 without the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::TeardownStep</name>
    <message>
        <source>Removing sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::UploadStep</name>
    <message numerus="yes">
        <source>brief and %n locked test(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last snapshot cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the project into the sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the project from the snapshot of iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::NetworkNamespace</name>
    <message>
        <source>cannot create a socket pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fork: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sandbox network: %1 failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sandbox network: the helper process ended early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::TemplateStore</name>
    <message>
        <source>%1 or %2 is not reachable by uid %3; npm runs as the current uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing %1 and %2 from npm into template &apos;claude&apos;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>npm install failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying claude and bun inside a sandbox as uid 1000...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot publish template to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &apos;claude&apos; ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Secrets::SecretStore</name>
    <message>
        <source>No value is stored in the keychain for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Keys can be read from the environment variables ANTHROPIC_API_KEY and E2B_API_KEY instead, but cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup</name>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still checking: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::EndpointProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::Readiness</name>
    <message>
        <source>Bubblewrap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autocoder-sandboxd is neither next to Autocoder nor on PATH. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to the server&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to the server&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared in %1 (agent %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prepared in %1 yet. The first local run prepares them (it downloads the agent and bun from npm, a few minutes); to do it now, run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bwrap is not installed; local sandboxes need it. Install the “bubblewrap” package (e.g. sudo apt install bubblewrap), then Re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can make a sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed but cannot make a sandbox (%2). Unprivileged user namespaces may be disabled on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set. Enter your key (kept in the system keychain), or set %1 or ANTHROPIC_BASE_URL before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set. Enter your key (kept in the system keychain), or set %1 before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set, and there is no system keychain to keep one. Set %1 before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key; the model endpoint ANTHROPIC_BASE_URL (%1) answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The model endpoint ANTHROPIC_BASE_URL (%2) answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANTHROPIC_BASE_URL is %1, but it does not answer: %2. Correct or unset it before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::TemplatePreparer</name>
    <message>
        <source>Preparing the templates failed (exit %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing templates in %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::KindPresets</name>
    <message>
        <source>Library (Bun, TypeScript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small TypeScript library that parses durations such as &quot;1h30m&quot; into seconds and formats seconds back into that form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command-line tool (Bun, TypeScript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command-line tool that counts words, lines and characters of the files given as arguments (or standard input) and prints a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static web page (Bun, TypeScript, no framework)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single-page tip calculator: enter the bill and the number of people, choose a tip percentage, see what each person pays. Plain HTML, CSS and TypeScript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library (Node.js, JavaScript)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small JavaScript library (ES modules) that validates and normalises e-mail addresses, with no dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::ProjectSpec</name>
    <message>
        <source>“%1” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1[%2]” must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spec has no “version”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spec was written by a newer Autocoder (spec version %1; this version reads up to %2). Update Autocoder to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported spec version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an object with “path” and “content”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::SpecValidator</name>
    <message>
        <source>Unsupported spec version %1; this version of Autocoder writes version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name is too long; use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project name becomes a folder name: use letters, digits, dots, dashes and underscores, starting with a letter or digit (for example “todo-lib”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of project to build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown project kind “%1”. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what the project should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This requirement is empty. Fill it in or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This acceptance criterion is empty. Fill it in or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the locked test file a path, for example “tests/sum.test.ts”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a path relative to the project folder, for example “tests/sum.test.ts”, not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path must stay inside the project folder: remove “..”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is not usable: use “/” between folders, no backslashes, no empty or “.” parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reserved; put the test in its own file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked tests cannot live in node_modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another locked test already uses this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked test file is empty. Paste the test code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked test file is too large (at most %1 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the command on one line (use &amp;&amp; to chain commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test command is required: Autocoder decides success from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the model the agent uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model name may contain only letters, digits and . _ - : / @ characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max iterations must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget must be more than $0 and at most $%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be between 1 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command timeout must be between %1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent turn timeout must be between 1 and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent turn timeout cannot be longer than the whole run&apos;s time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max agent turns must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the sandbox runs: “local” (this computer) or “e2b” (E2B cloud).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sandbox template, for example “claude”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template name may contain only letters, digits and . _ - : / @ characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDelegate</name>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result: the turn ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… 1 more line in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more lines in the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ 1 more line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ %1 more lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDetails</name>
    <message>
        <source>Selected activity in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the activity to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected item as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;raw event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event as the run recorded it (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDocument</name>
    <message>
        <source>The call this result answers was not seen in the run&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result: the agent&apos;s turn ended (it was stopped) before the tool answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool reported a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event did not carry everything its kind needs; “Show raw event” shows what it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityFormat</name>
    <message>
        <source>Result of a tool call that was not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of call %1 (the call was not seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool call without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 (1 line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 (%2 lines)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityModel</name>
    <message>
        <source>Iteration %1 · agent turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message the event did not carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ended with an error (%2); %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (from the command line): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through the event feed): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run goes on after iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attached to the run&apos;s sandbox after iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed in a new sandbox after iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested by %1 through the event feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (malformed event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1: all checks green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 is red: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 is red: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 is red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityPanel</name>
    <message>
        <source>Agent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected item as text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AgentPage</name>
    <message>
        <source>Agent &amp; Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the generated code runs and when Autocoder stops trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local (this computer, isolated with bubblewrap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B (cloud sandboxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout of each command in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout of each agent turn in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum agent turns per iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox and agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back&amp;end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent turn timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent tu&amp;rns at most:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AttachDialog</name>
    <message>
        <source>Attach to Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a run that runs elsewhere (a build server, a terminal) and stop or guide it from here. Its command prints the feed&apos;s address; the token is in its run folder&apos;s feed-token file or its AUTOCODER_FEED_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in the system keychain for this address; it is never written to the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address, as its command printed it, e.g. ws://127.0.0.1:8765/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address (ws://HOST:PORT/…): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss:// (a run&apos;s feed is a WebSocket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address needs a host, e.g. ws://127.0.0.1:8765/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not hold a user name or password: give the token below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address&apos;s port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the run&apos;s feed token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is too long to be a feed token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token holds spaces or characters a feed token never has: copy it again from its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain on this system: the token is used for this attachment only, and never written anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AttachedRuns</name>
    <message>
        <source>Not attached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost — reconnecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1; the run has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed at %1 has closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesModel</name>
    <message>
        <source>There is no snapshot of iteration %1.</source>
        <translation type="unfinished"></translation>
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
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed from %1, content unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked test: the agent must not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary file: no line diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large file: only its first %1 are compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesPanel</name>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterati&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start (no files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the old and the new version side by side instead of one unified diff (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fil&amp;es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet: they appear after the first snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 changed no file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1, %2: files changed: %3, lines added: %4, removed: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ConnectionTester</name>
    <message>
        <source>it is neither next to Autocoder nor on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an executable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server (autocoder-sandboxd) was not found: %1. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server is running (pid %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started the local sandbox server (pid %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the local sandbox server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection settings are incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a sandbox from template “%1” at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created sandbox %1 in %2 ms; removing it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created sandbox %1 in %2 ms, but could not remove it: %3. It expires by itself within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: created sandbox %1 in %2 ms and removed it (%3 ms in total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic: an API key is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic: no API key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting the model endpoint %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API key is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 answers; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 (ANTHROPIC_BASE_URL) does not answer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::DiffView</name>
    <message>
        <source>Unified diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (renamed from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked test: the spec wrote it and the agent must not change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A binary file (%1 → %2): no line diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1; the content is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large file (%1): only its first %2 are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many differences for a minimal diff: the changed part is shown as removed, then added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\ No newline at end of file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FeedPublisher</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish runs on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FileTreeModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in this iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked test: the agent must not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FilesPanel</name>
    <message>
        <source>Generated files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which iteration&apos;s snapshot to browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iterati&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a binary file; no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[preview cut at %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1 (deleted; as it was in iteration %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files yet: the tree appears after the first snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 (%2), from the snapshot of iteration %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LockedTestsEditor</name>
    <message>
        <source>Locked test files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type a Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tests/example.test.ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the locked test in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content of the locked test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test file&apos;s content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; lock a smaller test file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Test Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test files (*.ts *.js *.mjs *.cjs *.tsx *.jsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Add Test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LogModel</name>
    <message>
        <source>Set-up after iteration %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LogPanel</name>
    <message>
        <source>Search the logs (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show output of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::MainWindow</name>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a project and start generating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run from a saved spec file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay Run &amp;Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a run again from its events.jsonl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Autocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Autocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Autocoder %1&lt;/b&gt;&lt;p&gt;Describe the software you want; an agent writes it in an isolated sandbox while Autocoder installs, tests and builds it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what runs need (keys, sandbox tools) and fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the software you want, and Autocoder builds and tests it in an isolated sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” waits for a free slot for local runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal could not be read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run “%1” finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set-up page lists what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay Run Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run journals (events.jsonl *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach to Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a run served elsewhere through its event feed, and stop or guide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2); trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the mirrored journal could not be read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s feed has closed: go on with the run where it runs (autocoder resume), or attach again once it is served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to %1; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached to %1: %2. Check the token (and the address), then attach again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached from %1; the run goes on there. Attach again to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run was attached with its read-only token: it may be watched, not stopped or guided. Attach again with its full token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s feed is not connected just now, so nothing was sent. It reconnects by itself: try again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s feed did not take the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked the run to stop; it keeps its work in a last snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Stop the Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance sent: the run goes on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Continue the Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the run&apos;s folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate as New Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the wizard with this run&apos;s spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detac&amp;h from Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following the attached run here; it goes on where it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has not started: nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attached run runs elsewhere: it cannot be deleted from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running run cannot be deleted: stop it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the run&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s spec: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running run cannot be deleted: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the run “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder, with the journal, snapshots and report, is removed from disk:
%1
Projects you saved elsewhere are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files in %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Autocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) waiting to start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stop them&lt;/b&gt;: each run takes a last snapshot of its work and stops; Resume goes on from it later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Leave running&lt;/b&gt;: local sandboxes keep working, and the runs are picked up again the next time Autocoder starts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n run(s) waiting in the queue will not start.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them, Keeping Their Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s), keeping their work…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Window Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ProjectPage</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the project, pick what kind of software it is, and describe what it should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>todo-lib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the description with the example for this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next needs a project name: fill in Name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RequirementsPage</name>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the features, say how to check them, and optionally lock test files the result must pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a feature and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an acceptance criterion and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the software must do, one feature per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you will know it works: observable behaviour, one per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acceptance Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Tests you wrote: uploaded as they are; the run is green only when they pass unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locked Tests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what the agent will read. Edit it if you like, then start the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix before starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the run did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLAUDE.md rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CLAUDE.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate from the Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard edits to the brief and render it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. Features: %3; acceptance criteria: %4; locked tests: %5. Model %6 on %7. Limits: %8 iterations, $%9, %10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these before starting (use Back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The run did not start: %1
Your answers are kept; fix the problem and press Start Run again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunLauncher</name>
    <message>
        <source>No Anthropic API key. Enter it on the set-up page (File › Set Up) or in Settings, or set ANTHROPIC_API_KEY or ANTHROPIC_BASE_URL before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E2B API key. Enter it on the set-up page (File › Set Up) or in Settings, or set E2B_API_KEY before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox backend could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunListModel</name>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infrastructure error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a free slot for local runs (see Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunNotifier</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunView</name>
    <message>
        <source>Run counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable lines skipped: %1 (the first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue with Guidance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;Disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Re&amp;port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the run&apos;s report (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs this run now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; its work so far is kept (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is green: there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has ended: go on with Continue with Guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal is not in a run folder, so the run cannot go on from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the interrupted run where it stopped (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is still going: stop it first, or wait for its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is green: there is nothing to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agent a hint and run more iterations (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot of the project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the generated project to a folder (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files the agent has written so far are kept in a last snapshot: you can save them, or go on later with Continue with Guidance.

Keeping the sandbox lets the run go on in it, with everything it installed; it is removed when its time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot the work, then end the run and remove its sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stops where it runs; the files the agent has written so far are kept in a last snapshot, and you can go on later with Continue with Guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and &amp;Keep Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot the work, then end the run but leave its sandbox running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the agent do differently? Your words are added to the next iteration&apos;s feedback, and the run goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Guidance Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not go on: type what the agent should do differently, then press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the work so far, or go on with Continue with Guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the work so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going on after iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attached to the sandbox after iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed from the last snapshot after iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new run or pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1 of $%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this session %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  Elapsed %2  ·  Cost %3  ·  Agent turns %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: nothing runs it now. Resume goes on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — running (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has no snapshot to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Generated Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite Files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already contains files. Saving replaces the whole folder with the generated project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was saved to %1. Open the folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anthropic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E2B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local server on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B &amp;cloud (e2b.app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom E2B &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e2b.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom E2B domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sandbox on the chosen backend and remove it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pypi.org, *.example.com, 10.0.0.5:5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hosts sandboxes may reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sandbox reaches only the model endpoint and the package registries its commands use. List other hosts here, separated by commas: domains, *.domains, IP addresses, CIDR ranges, optionally with :port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local runs at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs on the local server beyond this number wait in a queue and start when one ends. The default, %n, is one run per processor core and per 4 GiB of memory. E2B runs are not limited.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Al&amp;so allow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local runs at o&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default maximum iterations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default budget in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default wall clock limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults for new runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Iterations at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wall clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when Autocoder is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish my runs&apos; events on port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watchers connect to ws://127.0.0.1:PORT/runs/RUN_ID with the token, follow every run live and may stop or guide it. Only this computer can connect (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to publish runs&apos; events on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(loopback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token watchers need to the clipboard; it is kept in %1 and never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event feed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching from elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token cannot be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in settings files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so keys cannot be saved here. Autocoder reads them from the environment variables %1 and %2 instead (read-only); set them before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set (define %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set in the environment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no system keychain here, so set %1 before starting Autocoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it in the Anthropic field above and press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it in the E2B field above and press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No E2B API key. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving keys to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SetupDialog</name>
    <message>
        <source>checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Autocoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs use E2B&apos;s cloud sandboxes (set in Settings). This is what they need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs use sandboxes on this computer (set in Settings). This is what they need:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the sandbox templates now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything a run needs is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue is available once this is fixed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anthropic API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E2B API Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Anthropic API key (from console.anthropic.com). It is kept in the system keychain, never in a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your E2B API key (from e2b.dev/dashboard). It is kept in the system keychain, never in a file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key to the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SnapshotArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot %1 is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot archive is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no snapshot to compare.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SpecWizard</name>
    <message>
        <source>New Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Spec…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load answers from a spec file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these answers as a spec file (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Project Description?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this project description?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers in this wizard are lost unless you save them as a spec file first.</source>
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
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid spec: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SpecWizardPage</name>
    <message>
        <source>Fill in the required fields to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StackPage</name>
    <message>
        <source>Stack &amp; Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autocoder itself runs these commands in the sandbox after every agent turn; the run is green when they all succeed. Leave one empty to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to the Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uild:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled for “%1” (tests with %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StatusIconLabel</name>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the typed text (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestCasesModel</name>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestChart</name>
    <message>
        <source>Passing tests per iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iteration %1: %2 passing, %3 failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestResultsModel</name>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broke</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestsPanel</name>
    <message>
        <source>Test results per iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests of the selected iteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tests found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a failed test to see why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the test&apos;s name, location and failure message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the test&apos;s output in the Logs tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed test selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── As printed by the test runner ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests of iteration %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tests found in iteration %1: the test command ran but reported no test. Check that the test files match the runner&apos;s pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TimelineModel</name>
    <message>
        <source>Create sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped when the run ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up (resumed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its output in the Logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GateEvaluator</name>
    <message numerus="yes">
        <source>%1 (%n test(s) skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>archive expands beyond %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is corrupt or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunEvent</name>
    <message>
        <source>event has no version &quot;v&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event version %1 is newer than this program understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event has no run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event has no sequence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event has no kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event data is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event line is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event line is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No state.json in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state.json in %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunMirror</name>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>&quot;%1&quot; is not a run id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Describe the software you want; an agent writes it in an isolated sandbox while Autocoder installs, tests and builds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional headless command: run, runs or resume (see `autocoder run --help`). Without one, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-attaching run %1 to its sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by the server with pid %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another server (still starting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing templates failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates ready: base, claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a scratch folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local E2B-compatible sandbox server (bubblewrap isolation) on 127.0.0.1.
One server per data folder. The API key is read from &lt;data-dir&gt;/sandboxd.key (created
with mode 0600 if missing) or --api-key-file; for a server run by hand,
AUTOCODER_SANDBOXD_API_KEY overrides the data folder&apos;s key file.
Exit status: 0 stopped or idle, 1 error, 2 bad usage, 3 the data folder is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (0 = any free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory for sandboxes and templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared templates (default: &lt;data-dir&gt;/templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest accepted /files upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most sandboxes alive at once (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host uid/gid sandboxes run as when the server runs as root (default 65534; -1 = root&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File holding the API key; must be this user&apos;s, mode 0600 (default: &lt;data-dir&gt;/sandboxd.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit after this long with no sandbox and no request (default 600; 0 = never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve NAME to ADDRESS in the egress proxy without DNS (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The egress proxy resolves only --resolve names and IP addresses; no DNS query leaves the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes per sandbox (default 1024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory per sandbox in MiB (default 4096).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs per sandbox (default: all of the host&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space per sandbox in MiB (default 10240).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound sandboxes with rlimits even where cgroups are usable (processes per host uid, memory per process, no CPU bound).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: prepare-templates (install the &apos;claude&apos; template&apos;s packages, then exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --resolve %1 (use NAME=ADDRESS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --idle-exit-seconds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
