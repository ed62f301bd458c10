<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AgentStream</name>
    <message>
        <source>The model API is being retried: %1</source>
        <translation>Nouvelle tentative auprès de l’API du modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agent output line %1: %2</source>
        <translation>Ligne de sortie %1 de l’agent&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Agent::StreamJsonParser</name>
    <message>
        <source>Agent output line %1 is longer than %2 bytes (%3 bytes) and was skipped.</source>
        <translation>La ligne de sortie %1 de l’agent dépasse %2 octets (%3 octets) et a été ignorée.</translation>
    </message>
    <message>
        <source>The last agent output line is longer than %1 bytes (%2 bytes) and was skipped.</source>
        <translation>La dernière ligne de sortie de l’agent dépasse %1 octets (%2 octets) et a été ignorée.</translation>
    </message>
    <message>
        <source>Agent output line %1 is not valid JSON (%2 at byte %3).</source>
        <translation>La ligne de sortie %1 de l’agent n’est pas du JSON valide (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>Agent output line %1 is not a JSON object.</source>
        <translation>La ligne de sortie %1 de l’agent n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Agent output line %1 has no &quot;type&quot;.</source>
        <translation>La ligne de sortie %1 de l’agent n’a pas de «&#xa0;type&#xa0;».</translation>
    </message>
    <message>
        <source>Agent output line %1 has a tool call without id or name.</source>
        <translation>La ligne de sortie %1 de l’agent contient un appel d’outil sans identifiant ni nom.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli</name>
    <message>
        <source>Run folders (default: the app data folder).</source>
        <translation>Dossier des exécutions (par défaut&#xa0;: le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>--serve-events %1: %2</source>
        <translation>--serve-events %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--serve-events %1: %2 is not a loopback address. Anyone who can reach it could try the token, and the feed is not encrypted: add --serve-events-public to serve beyond this machine, behind a TLS-terminating proxy.</source>
        <translation>--serve-events %1&#xa0;: %2 n’est pas une adresse de boucle locale. Quiconque peut l’atteindre pourrait essayer le jeton, et le flux n’est pas chiffré&#xa0;: ajoutez --serve-events-public pour servir au-delà de cette machine, derrière un proxy qui termine TLS.</translation>
    </message>
    <message>
        <source>Project spec (JSON).</source>
        <translation>Spécification du projet (JSON).</translation>
    </message>
    <message>
        <source>Folder to save the project into.</source>
        <translation>Dossier où enregistrer le projet.</translation>
    </message>
    <message>
        <source>local (default) or e2b.</source>
        <translation>local (par défaut) ou e2b.</translation>
    </message>
    <message>
        <source>Print events as JSON lines.</source>
        <translation>Afficher les événements sous forme de lignes JSON.</translation>
    </message>
    <message>
        <source>Also print command output.</source>
        <translation>Afficher aussi la sortie des commandes.</translation>
    </message>
    <message>
        <source>Replace a non-empty --out folder.</source>
        <translation>Remplacer un dossier --out non vide.</translation>
    </message>
    <message>
        <source>Make --out a git repository, one commit per iteration.</source>
        <translation>Faire de --out un dépôt git, avec un commit par itération.</translation>
    </message>
    <message>
        <source>Extra instructions for the next agent turn.</source>
        <translation>Consignes supplémentaires pour le prochain tour de l’agent.</translation>
    </message>
    <message>
        <source>Also let the sandbox reach HOST (a domain, *.domain, IP, CIDR or host:port); repeatable.</source>
        <translation>Permettre aussi au bac à sable d’atteindre HOST (un domaine, *.domaine, une IP, un CIDR ou hôte:port)&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Publish the run&apos;s events on ws://ADDR:PORT/ for watchers (the app&apos;s File &gt; Attach to Run...), who may also stop or guide it. ADDR: 127.0.0.1 when left out, [IPv6] in brackets; PORT 0: any free port. The URL is printed on stderr; the token is AUTOCODER_FEED_TOKEN, else a new one in the run folder&apos;s feed-token file (mode 0600).</source>
        <translation>Publier les événements de l’exécution sur ws://ADDR:PORT/ pour les observateurs (dans l’application&#xa0;: Fichier &gt; Se connecter à une exécution...), qui peuvent aussi l’arrêter ou lui donner des consignes. ADDR&#xa0;: 127.0.0.1 si omis, [IPv6] entre crochets&#xa0;; PORT 0&#xa0;: n’importe quel port libre. L’URL est affichée sur stderr&#xa0;; le jeton est AUTOCODER_FEED_TOKEN, sinon un nouveau jeton dans le fichier feed-token du dossier de l’exécution (mode 0600).</translation>
    </message>
    <message>
        <source>Allow --serve-events on an address that is not loopback (put a TLS-terminating proxy in front: the feed is plain ws://).</source>
        <translation>Autoriser --serve-events sur une adresse qui n’est pas de boucle locale (placez devant un proxy qui termine TLS&#xa0;: le flux est en ws:// non chiffré).</translation>
    </message>
    <message>
        <source>Usage: autocoder resume ID [--out DIR]</source>
        <translation>Utilisation&#xa0;: autocoder resume ID [--out DIR]</translation>
    </message>
    <message>
        <source>Usage: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]</source>
        <translation>Utilisation&#xa0;: autocoder run --spec FILE --out DIR [--backend local|e2b] [--json]</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; (use local or e2b).</source>
        <translation>Moteur «&#xa0;%1&#xa0;» inconnu (utilisez local ou e2b).</translation>
    </message>
    <message>
        <source>--serve-events is given more than once.</source>
        <translation>--serve-events est indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>--serve-events-public needs --serve-events [ADDR:]PORT.</source>
        <translation>--serve-events-public nécessite --serve-events [ADDR:]PORT.</translation>
    </message>
    <message>
        <source>write an IPv6 address as [ADDR]:PORT</source>
        <translation>écrivez une adresse IPv6 sous la forme [ADDR]:PORT</translation>
    </message>
    <message>
        <source>only an IPv6 address goes in brackets</source>
        <translation>seule une adresse IPv6 se met entre crochets</translation>
    </message>
    <message>
        <source>write an IPv6 address in brackets: [ADDR]:PORT</source>
        <translation>écrivez une adresse IPv6 entre crochets&#xa0;: [ADDR]:PORT</translation>
    </message>
    <message>
        <source>the address before &quot;:&quot; is missing</source>
        <translation>l’adresse avant «&#xa0;:&#xa0;» est manquante</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (0 to 65535)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un port (0 à 65535)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>an IPv6 scope (%1) is not supported</source>
        <translation>une portée IPv6 (%1) n’est pas prise en charge</translation>
    </message>
    <message>
        <source>No runs yet.
</source>
        <translation>Aucune exécution pour l’instant.
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
        <translation>NOM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <extracomment>Column header of `autocoder runs`: running, finished or interrupted (at most 11 characters)</extracomment>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <extracomment>Column header of `autocoder runs`: how the run ended (at most 20 characters)</extracomment>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>ITER</source>
        <extracomment>Column header of `autocoder runs`: the number of iterations (at most 4 characters)</extracomment>
        <translation>ITÉR</translation>
    </message>
    <message>
        <source>COST</source>
        <extracomment>Column header of `autocoder runs`: the agent&apos;s cost in dollars</extracomment>
        <translation>COÛT</translation>
    </message>
    <message>
        <source>The run&apos;s spec cannot be read: %1
</source>
        <translation>Impossible de lire la spécification de l’exécution&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2
</source>
        <translation>Impossible de lire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>ANTHROPIC_API_KEY is not set.
</source>
        <translation>ANTHROPIC_API_KEY n’est pas définie.
</translation>
    </message>
    <message>
        <source>%1 is not an empty folder (use --overwrite to replace it).
</source>
        <translation>%1 n’est pas un dossier vide (utilisez --overwrite pour le remplacer).
</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot; (use local or e2b).
</source>
        <translation>Moteur «&#xa0;%1&#xa0;» inconnu (utilisez local ou e2b).
</translation>
    </message>
    <message>
        <source>Replays a saved project in a fresh sandbox and compares the result with its VERIFICATION.json (written when a green run is saved): the files, the install and test commands with their exit codes, the test counts, the requirements and the mutation check. Exit status 0 when it matches, 1 when it differs, 2 when it cannot be verified (no receipt, bad input, the sandbox failed).</source>
        <translation>Rejoue un projet enregistré dans un nouveau bac à sable et compare le résultat à son VERIFICATION.json (écrit lors de l’enregistrement d’une exécution au vert)&#xa0;: les fichiers, les commandes d’installation et de test avec leurs codes de sortie, le nombre de tests, les exigences et le contrôle par mutation. Code de sortie 0 s’il correspond, 1 s’il diffère, 2 s’il ne peut pas être vérifié (pas de justificatif, entrée non valide, échec du bac à sable).</translation>
    </message>
    <message>
        <source>Print the result as one JSON object: status (match, mismatch or error), error and differences.</source>
        <translation>Afficher le résultat sous forme d’un seul objet JSON&#xa0;: status (match, mismatch ou error), error et differences.</translation>
    </message>
    <message>
        <source>The saved project&apos;s folder.</source>
        <translation>Dossier du projet enregistré.</translation>
    </message>
    <message>
        <source>Usage: autocoder verify DIR [--json] [--backend local|e2b]</source>
        <translation>Utilisation&#xa0;: autocoder verify DIR [--json] [--backend local|e2b]</translation>
    </message>
    <message>
        <source>Usage: autocoder run|runs|resume|verify ...</source>
        <translation>Utilisation&#xa0;: autocoder run|runs|resume|verify ...</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessFeed</name>
    <message>
        <source>Guidance from %1 came after the run ended; not taken.
</source>
        <translation>Les consignes de %1 sont arrivées après la fin de l’exécution&#xa0;; non prises en compte.
</translation>
    </message>
    <message>
        <source>%1 and %2 must differ.</source>
        <translation>%1 et %2 doivent différer.</translation>
    </message>
    <message>
        <source>Cannot serve events on %1: %2</source>
        <translation>Impossible de diffuser les événements sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning: the event feed listens on %1, beyond this machine, and speaks plain ws://. Put a TLS-terminating proxy (wss://) in front of it and let only the proxy reach this port.
</source>
        <translation>Avertissement&#xa0;: le flux d’événements écoute sur %1, au-delà de cette machine, et utilise ws:// non chiffré. Placez devant lui un proxy qui termine TLS (wss://) et ne laissez que ce proxy accéder à ce port.
</translation>
    </message>
    <message>
        <source>Not serving events: %1
</source>
        <translation>Événements non diffusés&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Watch and steer run %1 at the URL above with the token in %2 (watch only: the token in %3).
</source>
        <translation>Suivez et pilotez l’exécution %1 à l’URL ci-dessus avec le jeton de %2 (lecture seule&#xa0;: le jeton de %3).
</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessRun</name>
    <message>
        <source>Sandbox backend failed: %1
</source>
        <translation>Échec du moteur de bacs à sable&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Interrupted: stopping the run and keeping its files...
</source>
        <translation>Interruption&#xa0;: arrêt de l’exécution, ses fichiers sont conservés...
</translation>
    </message>
    <message>
        <source>Interrupted.
</source>
        <translation>Interrompu.
</translation>
    </message>
    <message>
        <source>Saving the project was cancelled.
</source>
        <translation>L’enregistrement du projet a été annulé.
</translation>
    </message>
    <message>
        <source>The project could not be saved: %1
</source>
        <translation>Le projet n’a pas pu être enregistré&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Project saved in %1
</source>
        <translation>Projet enregistré dans %1
</translation>
    </message>
    <message>
        <source>Run %1 was stopped with its files kept. To go on: %2
</source>
        <translation>L’exécution %1 a été arrêtée et ses fichiers conservés. Pour reprendre&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Check it again later with: autocoder verify %1
</source>
        <translation>Vérifiez-le à nouveau plus tard avec&#xa0;: autocoder verify %1
</translation>
    </message>
</context>
<context>
    <name>Autocoder::Cli::HeadlessVerify</name>
    <message>
        <source>Sandbox backend failed: %1</source>
        <translation>Échec du moteur de bacs à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>Interrupted: removing the sandbox...
</source>
        <translation>Interruption&#xa0;: suppression du bac à sable...
</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Cannot verify %1: %2
</source>
        <translation>Impossible de vérifier %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Verified: %1 matches its receipt
</source>
        <translation>Vérifié&#xa0;: %1 correspond à son justificatif
</translation>
    </message>
    <message>
        <source>%1 does not match its receipt:
</source>
        <translation>%1 ne correspond pas à son justificatif&#xa0;:
</translation>
    </message>
    <message>
        <source>Differences that do not count (tool versions, time):
</source>
        <translation>Différences qui ne comptent pas (versions des outils, durée)&#xa0;:
</translation>
    </message>
    <message>
        <source>  %1: expected %2, found %3</source>
        <extracomment>%1 is a key such as files/src/slug.ts; %2 and %3 the values</extracomment>
        <translation>  %1&#xa0;: attendu %2, obtenu %3</translation>
    </message>
    <message>
        <source>  %1: missing (expected %2)</source>
        <extracomment>%1 is a key such as files/src/slug.ts; %2 its value in the receipt</extracomment>
        <translation>  %1&#xa0;: absent (attendu %2)</translation>
    </message>
    <message>
        <source>  %1: not in the receipt (found %2)</source>
        <extracomment>%1 is a key such as files/src/slug.ts; %2 its value found by the replay</extracomment>
        <translation>  %1&#xa0;: absent du justificatif (obtenu %2)</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::ConnectionConfig</name>
    <message>
        <source>No E2B API key: set E2B_API_KEY or enter one in the settings.</source>
        <translation>Aucune clé d’API E2B&#xa0;: définissez E2B_API_KEY ou saisissez-en une dans les paramètres.</translation>
    </message>
    <message>
        <source>The sandbox URL is not a valid URL.</source>
        <translation>L’URL du bac à sable n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The API URL is not a valid URL.</source>
        <translation>L’URL de l’API n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The sandbox URL must use https (plain http is allowed only for 127.0.0.1/localhost).</source>
        <translation>L’URL du bac à sable doit utiliser https (http non chiffré n’est autorisé que pour 127.0.0.1/localhost).</translation>
    </message>
    <message>
        <source>The API URL must use https (plain http is allowed only for 127.0.0.1/localhost).</source>
        <translation>L’URL de l’API doit utiliser https (http non chiffré n’est autorisé que pour 127.0.0.1/localhost).</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::DirectoryTransfer</name>
    <message>
        <source>The sandbox client is gone.</source>
        <translation>Le client du bac à sable n’existe plus.</translation>
    </message>
    <message>
        <source>Source and destination are required.</source>
        <translation>La source et la destination sont requises.</translation>
    </message>
    <message>
        <source>Transfer cancelled.</source>
        <translation>Transfert annulé.</translation>
    </message>
    <message>
        <source>no exit status</source>
        <translation>aucun code de sortie</translation>
    </message>
    <message>
        <source>tar in the sandbox failed (%1): %2</source>
        <translation>tar a échoué dans le bac à sable (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>Cannot create a temporary archive: %1</source>
        <translation>Impossible de créer une archive temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot run tar on this computer: %1</source>
        <translation>Impossible d’exécuter tar sur cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Packing %1 failed: %2</source>
        <translation>Échec de l’empaquetage de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::EnvdClient</name>
    <message>
        <source>No sandbox id.</source>
        <translation>Aucun identifiant de bac à sable.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <source>Unexpected content type &quot;%1&quot; for a Connect unary reply.</source>
        <translation>Type de contenu «&#xa0;%1&#xa0;» inattendu pour une réponse Connect unaire.</translation>
    </message>
    <message>
        <source>Unexpected upload reply.</source>
        <translation>Réponse inattendue au téléversement.</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::HttpCall</name>
    <message>
        <source>The server sent an invalid JSON object (%1).</source>
        <extracomment>%1 is what the JSON parser found wrong</extracomment>
        <translation>Le serveur a envoyé un objet JSON non valide (%1).</translation>
    </message>
    <message>
        <source>Request cancelled.</source>
        <translation>Requête annulée.</translation>
    </message>
    <message>
        <source>The client was destroyed.</source>
        <translation>Le client a été détruit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot build the upload body.</source>
        <translation>Impossible de construire le corps de l’envoi.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The response is larger than the limit of %1 bytes.</source>
        <translation>La réponse dépasse la limite de %1 octets.</translation>
    </message>
    <message>
        <source>The transfer stalled for %1 s.</source>
        <translation>Le transfert est resté bloqué pendant %1 s.</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Pas de réponse complète en %1 s.</translation>
    </message>
    <message>
        <source>The connection dropped during the transfer: %1</source>
        <translation>La connexion a été interrompue pendant le transfert&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>The server sent JSON that is not an object.</source>
        <translation>Le serveur a envoyé du JSON qui n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::ProcessStream</name>
    <message>
        <source>No sandbox id.</source>
        <translation>Aucun identifiant de bac à sable.</translation>
    </message>
    <message>
        <source>No command to start.</source>
        <translation>Aucune commande à lancer.</translation>
    </message>
    <message>
        <source>No pid or tag to connect to.</source>
        <translation>Aucun PID ni tag auquel se connecter.</translation>
    </message>
    <message>
        <source>Detached from the process.</source>
        <translation>Déconnecté du processus.</translation>
    </message>
    <message>
        <source>Oversized error reply (HTTP %1).</source>
        <translation>Réponse d’erreur trop volumineuse (HTTP %1).</translation>
    </message>
    <message>
        <source>Unexpected content type &quot;%1&quot; for a process stream.</source>
        <translation>Type de contenu «&#xa0;%1&#xa0;» inattendu pour un flux de processus.</translation>
    </message>
    <message>
        <source>Expected a start event first.</source>
        <translation>Un événement de démarrage était attendu en premier.</translation>
    </message>
    <message>
        <source>The stream dropped: %1</source>
        <translation>Le flux s’est interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The stream ended without an end-of-stream message.</source>
        <translation>Le flux s’est terminé sans message de fin de flux.</translation>
    </message>
    <message>
        <source>The process did not start within %1 s.</source>
        <translation>Le processus n’a pas démarré en %1 s.</translation>
    </message>
    <message>
        <source>No data or keepalive on the stream for %1 s.</source>
        <translation>Aucune donnée ni keepalive sur le flux depuis %1 s.</translation>
    </message>
</context>
<context>
    <name>Autocoder::E2b::SandboxApi</name>
    <message>
        <source>The sandbox list is not a JSON array.</source>
        <translation>La liste des bacs à sable n’est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>The sandbox list has an entry that is not a JSON object.</source>
        <translation>La liste des bacs à sable contient une entrée qui n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::AttachedRun</name>
    <message>
        <source>The feed sent an invalid run id.</source>
        <translation>Le flux a envoyé un identifiant d’exécution non valide.</translation>
    </message>
    <message>
        <source>The feed answered with run %1 instead of %2.</source>
        <translation>Le flux a répondu avec l’exécution %1 au lieu de %2.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the run: %1</source>
        <translation>Impossible de conserver une copie de l’exécution&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedAcceptor</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>too many connections in their handshake</source>
        <translation>trop de connexions en cours de négociation</translation>
    </message>
    <message>
        <source>no request in time</source>
        <translation>aucune requête dans le délai imparti</translation>
    </message>
    <message>
        <source>request header too large</source>
        <translation>en-tête de requête trop volumineux</translation>
    </message>
    <message>
        <source>data sent before the handshake&apos;s answer</source>
        <translation>données envoyées avant la réponse à la négociation</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedAddress</name>
    <message>
        <source>Not a feed address (ws://HOST:PORT/…): %1</source>
        <translation>Ce n’est pas une adresse de flux (ws://HOST:PORT/…)&#xa0;: %1</translation>
    </message>
    <message>
        <source>No token for the feed</source>
        <translation>Aucun jeton pour le flux</translation>
    </message>
    <message>
        <source>The token has characters a token cannot have</source>
        <translation>Le jeton contient des caractères non autorisés dans un jeton</translation>
    </message>
    <message>
        <source>The feed refused the token (HTTP %1)</source>
        <translation>Le flux a refusé le jeton (HTTP %1)</translation>
    </message>
    <message>
        <source>The feed has no such run (HTTP 404)</source>
        <translation>Le flux ne connaît pas cette exécution (HTTP 404)</translation>
    </message>
    <message>
        <source>The feed serves as many clients as it allows (HTTP 503)</source>
        <translation>Le flux sert déjà autant de clients qu’il le permet (HTTP 503)</translation>
    </message>
    <message>
        <source>The feed refused the connection (HTTP %1)</source>
        <translation>Le flux a refusé la connexion (HTTP %1)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedClient</name>
    <message>
        <source>The feed speaks protocol %1; this version understands %2.</source>
        <translation>Le flux utilise le protocole %1&#xa0;; cette version comprend %2.</translation>
    </message>
    <message>
        <source>The feed now serves another run (%1 instead of %2).</source>
        <translation>Le flux diffuse désormais une autre exécution (%1 au lieu de %2).</translation>
    </message>
    <message>
        <source>The feed announced snapshot %1 but never sent it.</source>
        <translation>Le flux a annoncé l’instantané %1 mais ne l’a jamais envoyé.</translation>
    </message>
    <message>
        <source>Snapshot %1 has %2 bytes instead of %3.</source>
        <translation>L’instantané %1 fait %2 octets au lieu de %3.</translation>
    </message>
    <message>
        <source>Snapshot %1 does not match its checksum.</source>
        <translation>L’instantané %1 ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>The feed closed the connection: %1</source>
        <translation>Le flux a fermé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>policy violation</source>
        <translation>violation de la politique</translation>
    </message>
    <message>
        <source>The connection to the feed was lost</source>
        <translation>La connexion au flux a été perdue</translation>
    </message>
    <message>
        <source>The feed did not answer</source>
        <translation>Le flux n’a pas répondu</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedConnection</name>
    <message>
        <source>malformed frame: binary frames are not accepted</source>
        <translation>trame mal formée&#xa0;: les trames binaires ne sont pas acceptées</translation>
    </message>
    <message>
        <source>frame too large</source>
        <translation>trame trop volumineuse</translation>
    </message>
    <message>
        <source>malformed frame: not UTF-8</source>
        <translation>trame mal formée&#xa0;: pas en UTF-8</translation>
    </message>
    <message>
        <source>malformed frame: WebSocket protocol error</source>
        <translation>trame mal formée&#xa0;: erreur de protocole WebSocket</translation>
    </message>
    <message>
        <source>malformed frame: not a JSON object</source>
        <translation>trame mal formée&#xa0;: pas un objet JSON</translation>
    </message>
    <message>
        <source>read-only token: watching only</source>
        <translation>jeton en lecture seule&#xa0;: observation uniquement</translation>
    </message>
    <message>
        <source>guidance needs a text</source>
        <translation>les consignes doivent contenir un texte</translation>
    </message>
    <message>
        <source>iteration must be a positive whole number</source>
        <translation>l’itération doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>unknown request</source>
        <translation>requête inconnue</translation>
    </message>
    <message>
        <source>too many requests waiting for their answers</source>
        <translation>trop de requêtes en attente de réponse</translation>
    </message>
    <message>
        <source>the run has no spec</source>
        <translation>l’exécution n’a pas de spécification</translation>
    </message>
    <message>
        <source>no snapshot of iteration %1</source>
        <translation>aucun instantané de l’itération %1</translation>
    </message>
    <message>
        <source>the snapshot is too large to send</source>
        <translation>l’instantané est trop volumineux pour être envoyé</translation>
    </message>
    <message>
        <source>cannot read the snapshot</source>
        <translation>impossible de lire l’instantané</translation>
    </message>
    <message numerus="yes">
        <source>guidance is longer than %n characters</source>
        <translation>
            <numerusform>les consignes dépassent %n caractère</numerusform>
            <numerusform>les consignes dépassent %n caractères</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedHandshake</name>
    <message>
        <source>not an HTTP/1.1 request</source>
        <translation>pas une requête HTTP/1.1</translation>
    </message>
    <message>
        <source>folded header line</source>
        <translation>ligne d’en-tête repliée</translation>
    </message>
    <message>
        <source>malformed header line</source>
        <translation>ligne d’en-tête malformée</translation>
    </message>
    <message>
        <source>more than one Authorization header</source>
        <translation>plusieurs en-têtes Authorization</translation>
    </message>
    <message>
        <source>since is not a sequence number</source>
        <translation>since n’est pas un numéro de séquence</translation>
    </message>
    <message>
        <source>not a GET request</source>
        <translation>pas une requête GET</translation>
    </message>
    <message>
        <source>malformed request target</source>
        <translation>cible de requête malformée</translation>
    </message>
    <message>
        <source>not a WebSocket upgrade</source>
        <translation>pas une mise à niveau WebSocket</translation>
    </message>
    <message>
        <source>no Host header</source>
        <translation>pas d’en-tête Host</translation>
    </message>
    <message>
        <source>no Sec-WebSocket-Key</source>
        <translation>pas de Sec-WebSocket-Key</translation>
    </message>
    <message>
        <source>unsupported WebSocket version</source>
        <translation>version de WebSocket non prise en charge</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::FeedServer</name>
    <message>
        <source>no token</source>
        <translation>aucun jeton</translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation>jeton incorrect</translation>
    </message>
    <message>
        <source>more than one run: ask for /runs/ID</source>
        <translation>plusieurs exécutions&#xa0;: demandez /runs/ID</translation>
    </message>
    <message>
        <source>no such run</source>
        <translation>exécution inexistante</translation>
    </message>
    <message>
        <source>too many clients for this run</source>
        <translation>trop de clients pour cette exécution</translation>
    </message>
    <message>
        <source>The feed is already listening.</source>
        <translation>Le flux est déjà en écoute.</translation>
    </message>
    <message>
        <source>The feed needs a token.</source>
        <translation>Le flux nécessite un jeton.</translation>
    </message>
    <message>
        <source>The read-only token must differ from the full token.</source>
        <translation>Le jeton en lecture seule doit être différent du jeton à accès complet.</translation>
    </message>
    <message>
        <source>Refusing to serve the feed on %1, which is not a loopback address, without an explicit opt-in.</source>
        <translation>Refus de servir le flux sur %1, qui n’est pas une adresse de boucle locale, sans autorisation explicite.</translation>
    </message>
    <message>
        <source>The feed&apos;s limits must be positive.</source>
        <translation>Les limites du flux doivent être positives.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::ServerFrame</name>
    <message>
        <source>not JSON: %1</source>
        <translation>pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>neither an event nor a control message</source>
        <translation>ni un événement ni un message de contrôle</translation>
    </message>
    <message>
        <source>an event without a positive seq</source>
        <translation>un événement sans seq positif</translation>
    </message>
    <message>
        <source>hello without a protocol version</source>
        <translation>hello sans version de protocole</translation>
    </message>
    <message>
        <source>hello without a run id</source>
        <translation>hello sans identifiant d’exécution</translation>
    </message>
    <message>
        <source>hello with a bad lastSeq</source>
        <translation>hello avec un lastSeq non valide</translation>
    </message>
    <message>
        <source>snapshot without an iteration</source>
        <translation>snapshot sans itération</translation>
    </message>
    <message>
        <source>snapshot without a size</source>
        <translation>snapshot sans taille</translation>
    </message>
    <message>
        <source>snapshot without a sha256</source>
        <translation>snapshot sans sha256</translation>
    </message>
    <message>
        <source>spec without an object</source>
        <translation>spec sans objet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Feed::TokenFile</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 belongs to another user</source>
        <translation>%1 appartient à un autre utilisateur</translation>
    </message>
    <message>
        <source>%1 can be read by other users</source>
        <translation>%1 est lisible par d’autres utilisateurs</translation>
    </message>
    <message>
        <source>%1 does not hold a token</source>
        <translation>%1 ne contient pas de jeton</translation>
    </message>
    <message>
        <source>Not a token to write to %1</source>
        <translation>Pas de jeton valide à écrire dans %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::Lexer</name>
    <message>
        <source>unterminated comment</source>
        <translation>commentaire non terminé</translation>
    </message>
    <message>
        <source>unterminated string literal</source>
        <translation>chaîne littérale non terminée</translation>
    </message>
    <message>
        <source>unterminated template literal</source>
        <translation>littéral de gabarit non terminé</translation>
    </message>
    <message>
        <source>unterminated regular expression</source>
        <translation>expression régulière non terminée</translation>
    </message>
    <message>
        <source>unexpected character U+%1</source>
        <translation>caractère inattendu U+%1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::Mutant</name>
    <message>
        <source>%1:%2: delete %3</source>
        <translation>%1:%2&#xa0;: supprimer %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 → %4</source>
        <translation>%1:%2&#xa0;: %3 → %4</translation>
    </message>
    <message>
        <source>%1 changed since its mutants were planned: %2 is no longer at line %3, column %4</source>
        <translation>%1 a changé depuis la planification de ses mutants&#xa0;: %2 n’est plus à la ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 any more</source>
        <translation>%1 n’est plus en UTF-8 valide</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutantFinder</name>
    <message>
        <source>JSX is not mutated</source>
        <translation>le JSX n’est pas muté</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationOperator</name>
    <message>
        <source>Flip a comparison</source>
        <translation>Inverser une comparaison</translation>
    </message>
    <message>
        <source>Swap an arithmetic operator</source>
        <translation>Échanger un opérateur arithmétique</translation>
    </message>
    <message>
        <source>Swap a logical operator</source>
        <translation>Échanger un opérateur logique</translation>
    </message>
    <message>
        <source>Flip a boolean literal</source>
        <translation>Inverser un littéral booléen</translation>
    </message>
    <message>
        <source>Remove a negation</source>
        <translation>Supprimer une négation</translation>
    </message>
    <message>
        <source>Replace a return value</source>
        <translation>Remplacer une valeur de retour</translation>
    </message>
    <message>
        <source>Delete a statement</source>
        <translation>Supprimer une instruction</translation>
    </message>
    <message>
        <source>Change a string constant</source>
        <translation>Modifier une constante de chaîne</translation>
    </message>
    <message>
        <source>Change a number constant</source>
        <translation>Modifier une constante numérique</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationPlan</name>
    <message>
        <source>%1 has no mutant in this plan</source>
        <translation>%1 n’a aucun mutant dans ce plan</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationPlanner</name>
    <message>
        <source>not JavaScript or TypeScript</source>
        <translation>ni JavaScript ni TypeScript</translation>
    </message>
    <message>
        <source>JSX is not mutated</source>
        <translation>le JSX n’est pas muté</translation>
    </message>
    <message>
        <source>a type declaration file</source>
        <translation>un fichier de déclarations de types</translation>
    </message>
    <message>
        <source>a test file</source>
        <translation>un fichier de test</translation>
    </message>
    <message>
        <source>a locked test</source>
        <translation>un test verrouillé</translation>
    </message>
    <message>
        <source>tool configuration</source>
        <translation>configuration d’outil</translation>
    </message>
    <message>
        <source>dependencies, build output or a hidden folder</source>
        <translation>dépendances, sortie de compilation ou dossier caché</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>minified (very long lines)</source>
        <translation>minifié (lignes très longues)</translation>
    </message>
    <message>
        <source>generated code</source>
        <translation>code généré</translation>
    </message>
    <message>
        <source>binary content</source>
        <translation>contenu binaire</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>could not be read as JavaScript or TypeScript</source>
        <translation>illisible en tant que JavaScript ou TypeScript</translation>
    </message>
</context>
<context>
    <name>Autocoder::Mutation::MutationResult</name>
    <message>
        <source>Unsupported mutation result version %1</source>
        <translation>Version %1 du résultat de mutation non prise en charge</translation>
    </message>
    <message>
        <source>Unknown mutation check status &quot;%1&quot;</source>
        <translation>État de contrôle de mutation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown mutation operator &quot;%1&quot;</source>
        <translation>Opérateur de mutation inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Mutant %1 has an unknown operator or outcome</source>
        <translation>Le mutant %1 a un opérateur ou un résultat inconnu</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::AgentInstallStep</name>
    <message>
        <source>Claude Code could not be installed in the sandbox (%1)</source>
        <translation>Claude Code n’a pas pu être installé dans le bac à sable (%1)</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::AgentTurnStep</name>
    <message>
        <source>Agent turn %1: %2</source>
        <translation>Tour de l’agent %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sandbox went away during the agent turn: %1</source>
        <translation>Le bac à sable a disparu pendant le tour de l’agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>The agent did not run: %1</source>
        <translation>L’agent n’a pas été exécuté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The agent turn hit its %n minute(s) limit; checking what it made</source>
        <translation>
            <numerusform>Le tour de l’agent a atteint sa limite de %n minute&#xa0;; vérification de ce qu’il a produit</numerusform>
            <numerusform>Le tour de l’agent a atteint sa limite de %n minutes&#xa0;; vérification de ce qu’il a produit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::CreateSandboxStep</name>
    <message>
        <source>Could not create a sandbox: %1</source>
        <translation>Impossible de créer un bac à sable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::DecideStep</name>
    <message>
        <source>Locked test not respected: %1</source>
        <translation>Test verrouillé non respecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>All checks passed in iteration %1</source>
        <translation>Tous les contrôles ont réussi à l’itération %1</translation>
    </message>
    <message numerus="yes">
        <source>Not green after %n iteration(s): %1</source>
        <translation>
            <numerusform>Pas au vert après %n itération&#xa0;: %1</numerusform>
            <numerusform>Pas au vert après %n itérations&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The budget of $%1 is spent ($%2)</source>
        <translation>Le budget de $%1 est épuisé ($%2)</translation>
    </message>
    <message>
        <source>The same checks failed twice in a row: %1</source>
        <translation>Les mêmes contrôles ont échoué deux fois de suite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::DetachedLaunch</name>
    <message>
        <source>cannot prepare %1: %2</source>
        <extracomment>%1 a log file, %2 the system&apos;s error</extracomment>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare the server&apos;s start: %1</source>
        <translation>impossible de préparer le démarrage du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>fork failed: %1</source>
        <translation>échec de fork&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <extracomment>%1 a program, %2 the system&apos;s error</extracomment>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::E2bSandboxSession</name>
    <message>
        <source>The sandbox service is gone</source>
        <translation>Le service de bacs à sable a disparu</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::EnsureAgentStep</name>
    <message>
        <source>Claude Code %1 is available in the sandbox (from its template)</source>
        <translation>Claude Code %1 est disponible dans le bac à sable (depuis son modèle)</translation>
    </message>
    <message>
        <source>The sandbox stopped answering: %1</source>
        <translation>Le bac à sable ne répond plus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claude Code %1 is available in the sandbox</source>
        <translation>Claude Code %1 est disponible dans le bac à sable</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ExportJob</name>
    <message>
        <source>The export stopped unexpectedly</source>
        <translation>L’exportation s’est arrêtée de façon inattendue</translation>
    </message>
    <message>
        <source>Writing the run report</source>
        <translation>Écriture du rapport d’exécution</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::GateCommandStep</name>
    <message>
        <source>The sandbox went away while running `%1`: %2</source>
        <translation>Le bac à sable a disparu pendant l’exécution de `%1`&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::GateEvaluator</name>
    <message>
        <source>%1 (could not be checked)</source>
        <translation>%1 (n’a pas pu être vérifié)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (modifié)</translation>
    </message>
    <message>
        <source>%1 (did not run)</source>
        <translation>%1 (non exécuté)</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2)</source>
        <translation>%1&#xa0;: échec (code de sortie %2)</translation>
    </message>
    <message>
        <source>locked test %1</source>
        <translation>test verrouillé %1</translation>
    </message>
    <message>
        <source>`%1` timed out</source>
        <translation>`%1` a dépassé le délai imparti</translation>
    </message>
    <message>
        <source>`%1` exited with code %2</source>
        <translation>`%1` s’est terminé avec le code %2</translation>
    </message>
    <message>
        <source>no test command is configured</source>
        <translation>aucune commande de test n’est configurée</translation>
    </message>
    <message>
        <source>no test ran</source>
        <translation>aucun test n’a été exécuté</translation>
    </message>
    <message>
        <source>locked tests were not respected: %1</source>
        <translation>les tests verrouillés n’ont pas été respectés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n test(s) skipped)</source>
        <translation>
            <numerusform>%1 (%n test ignoré)</numerusform>
            <numerusform>%1 (%n tests ignorés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) failed</source>
        <translation>
            <numerusform>%n test a échoué</numerusform>
            <numerusform>%n tests ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>requirement %1 has no passing test</source>
        <translation>l’exigence %1 n’a aucun test réussi</translation>
    </message>
    <message>
        <source>surviving mutant %1</source>
        <translation>mutant survivant %1</translation>
    </message>
    <message>
        <source>requirements without a passing test: %1</source>
        <translation>exigences sans test réussi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the tests caught %1 of %n mutant(s) (%2%), below %3%</source>
        <extracomment>e.g. &quot;the tests caught 4 of 10 mutants (40%), below 60%&quot;</extracomment>
        <translation>
            <numerusform>les tests ont détecté %1 sur %n mutant (%2&#xa0;%), sous le seuil de %3&#xa0;%</numerusform>
            <numerusform>les tests ont détecté %1 sur %n mutants (%2&#xa0;%), sous le seuil de %3&#xa0;%</numerusform>
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
        <translation>%1 arrêtée après %2 s
</translation>
    </message>
    <message>
        <source>agent: %1
</source>
        <translation>agent&#xa0;: %1
</translation>
    </message>
    <message>
        <source>agent -&gt; %1
</source>
        <translation>agent -&gt; %1
</translation>
    </message>
    <message>
        <source>tests: %1 passed, %2 failed, %3 skipped
</source>
        <translation>tests&#xa0;: %1 réussis, %2 échoués, %3 ignorés
</translation>
    </message>
    <message>
        <source>  FAIL %1
</source>
        <translation>  ÉCHEC %1
</translation>
    </message>
    <message>
        <source>iteration green
</source>
        <translation>itération verte
</translation>
    </message>
    <message>
        <source>iteration not green: %1
</source>
        <translation>itération non verte&#xa0;: %1
</translation>
    </message>
    <message>
        <source>guidance from %1: %2
</source>
        <translation>consignes de %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>guidance: %1
</source>
        <translation>consignes&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Stop requested by %1 (the sandbox stays up)
</source>
        <translation>Arrêt demandé par %1 (le bac à sable reste actif)
</translation>
    </message>
    <message>
        <source>Stop requested by %1
</source>
        <translation>Arrêt demandé par %1
</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 started: %2 (backend %3, at most %n iteration(s), budget $%4)
</source>
        <extracomment>%1 run id, %2 project name, %3 sandbox backend (local or e2b), %4 budget in dollars</extracomment>
        <translation>
            <numerusform>Exécution %1 démarrée&#xa0;: %2 (moteur %3, au plus %n itération, budget $%4)
</numerusform>
            <numerusform>Exécution %1 démarrée&#xa0;: %2 (moteur %3, au plus %n itérations, budget $%4)
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ok in %2 s (%3)
</source>
        <extracomment>%1 step name, %2 seconds, %3 the step&apos;s message</extracomment>
        <translation>%1 ok en %2 s (%3)
</translation>
    </message>
    <message>
        <source>%1 FAILED in %2 s (%3)
</source>
        <translation>%1&#xa0;: ÉCHEC en %2 s (%3)
</translation>
    </message>
    <message>
        <source>tool result (error): %1
</source>
        <translation>résultat de l’outil (erreur)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>tool result: %1
</source>
        <translation>résultat de l’outil&#xa0;: %1
</translation>
    </message>
    <message numerus="yes">
        <source>agent done: %n turn(s), $%1 (error: %2)
</source>
        <extracomment>%1 cost in dollars, %2 the kind of error</extracomment>
        <translation>
            <numerusform>agent terminé&#xa0;: %n tour, $%1 (erreur&#xa0;: %2)
</numerusform>
            <numerusform>agent terminé&#xa0;: %n tours, $%1 (erreur&#xa0;: %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>agent done: %n turn(s), $%1
</source>
        <extracomment>%1 cost in dollars</extracomment>
        <translation>
            <numerusform>agent terminé&#xa0;: %n tour, $%1
</numerusform>
            <numerusform>agent terminé&#xa0;: %n tours, $%1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>snapshot: %n file(s), %1 bytes
</source>
        <translation>
            <numerusform>instantané&#xa0;: %n fichier, %1 octets
</numerusform>
            <numerusform>instantané&#xa0;: %n fichiers, %1 octets
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run finished: %1 after %n iteration(s), $%2. %3
</source>
        <extracomment>%1 outcome (green, max_iterations, ...), %2 cost in dollars, %3 the run&apos;s message</extracomment>
        <translation>
            <numerusform>Exécution terminée&#xa0;: %1 après %n itération, $%2. %3
</numerusform>
            <numerusform>Exécution terminée&#xa0;: %1 après %n itérations, $%2. %3
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run %1 goes on after iteration %2 (%3; at most %n iteration(s), budget $%4)
</source>
        <extracomment>%1 run id, %2 iteration, %3 how it was resumed, %4 budget in dollars</extracomment>
        <translation>
            <numerusform>L’exécution %1 continue après l’itération %2 (%3&#xa0;; au plus %n itération, budget $%4)
</numerusform>
            <numerusform>L’exécution %1 continue après l’itération %2 (%3&#xa0;; au plus %n itérations, budget $%4)
</numerusform>
        </translation>
    </message>
    <message>
        <source>info: %1
</source>
        <translation>info&#xa0;: %1
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <translation>avertissement&#xa0;: %1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>erreur&#xa0;: %1
</translation>
    </message>
    <message>
        <source>requirements: none in the spec
</source>
        <translation>exigences&#xa0;: aucune dans la spécification
</translation>
    </message>
    <message numerus="yes">
        <source>requirements: %1 of %n covered</source>
        <extracomment>%1 covered requirements, %n all requirements</extracomment>
        <translation>
            <numerusform>exigences&#xa0;: %1 sur %n couverte</numerusform>
            <numerusform>exigences&#xa0;: %1 sur %n couvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>; uncovered: %1</source>
        <translation>; non couvertes&#xa0;: %1</translation>
    </message>
    <message>
        <source>; failing: %1</source>
        <translation>; en échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>mutation check: the result could not be read
</source>
        <translation>contrôle par mutation&#xa0;: le résultat n’a pas pu être lu
</translation>
    </message>
    <message>
        <source>mutation check skipped: %1
</source>
        <translation>contrôle par mutation ignoré&#xa0;: %1
</translation>
    </message>
    <message>
        <source>mutation: no mutant scored of %1 tried (threshold %2%)
</source>
        <translation>mutation&#xa0;: aucun mutant évalué (essayés&#xa0;: %1, seuil %2&#xa0;%)
</translation>
    </message>
    <message>
        <source>mutation: %1 of %2 killed (%3%, threshold %4%)</source>
        <extracomment>%1 killed, %2 scored mutants, %3 score in percent, %4 threshold in percent</extracomment>
        <translation>mutation&#xa0;: %1 sur %2 détectés (%3&#xa0;%, seuil %4&#xa0;%)</translation>
    </message>
    <message>
        <source>: below threshold
</source>
        <translation>: sous le seuil
</translation>
    </message>
    <message>
        <source>  SURVIVED %1:%2 %3
</source>
        <translation>  SURVIVANT %1:%2&#xa0;%3
</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::LocalSandboxServer</name>
    <message>
        <source>autocoder-sandboxd did not become ready within %1 s (data folder %2). %3</source>
        <translation>autocoder-sandboxd n’a pas été prêt en %1 s (dossier de données %2). %3</translation>
    </message>
    <message>
        <source>autocoder-sandboxd exited before it was ready. %1</source>
        <translation>autocoder-sandboxd s’est arrêté avant d’être prêt. %1</translation>
    </message>
    <message>
        <source>Waiting for the sandbox server starting in %1</source>
        <translation>Attente du serveur de bacs à sable qui démarre dans %1</translation>
    </message>
    <message>
        <source>The sandbox server %1 (pid %2) holds %3, but its key cannot be used: %4</source>
        <translation>Le serveur de bacs à sable %1 (PID %2) occupe %3, mais sa clé est inutilisable&#xa0;: %4</translation>
    </message>
    <message>
        <source>autocoder-sandboxd was not found</source>
        <translation>autocoder-sandboxd est introuvable</translation>
    </message>
    <message>
        <source>Cannot create the sandbox data folder %1</source>
        <translation>Impossible de créer le dossier de données des bacs à sable %1</translation>
    </message>
    <message>
        <source>autocoder-sandboxd could not be started: %1</source>
        <translation>Impossible de démarrer autocoder-sandboxd&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting the sandbox server for %1</source>
        <translation>Démarrage du serveur de bacs à sable pour %1</translation>
    </message>
    <message>
        <source>The sandbox server %1 (pid %2) refuses the key in %3</source>
        <translation>Le serveur de bacs à sable %1 (PID %2) refuse la clé de %3</translation>
    </message>
    <message>
        <source>autocoder-sandboxd (pid %1) exited. %2</source>
        <translation>autocoder-sandboxd (PID %1) s’est arrêté. %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::MutationCheckStep</name>
    <message>
        <source>There is no sandbox to run the mutation check in</source>
        <translation>Il n’y a aucun bac à sable où exécuter le contrôle par mutation</translation>
    </message>
    <message>
        <source>there is no source file to mutate</source>
        <translation>il n’y a aucun fichier source à muter</translation>
    </message>
    <message numerus="yes">
        <source>no mutant could be made from the %n source file(s)</source>
        <translation>
            <numerusform>aucun mutant n’a pu être créé à partir de %n fichier source</numerusform>
            <numerusform>aucun mutant n’a pu être créé à partir des %n fichiers sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the time budget of %n second(s) cannot fit even a few mutants (the tests take %1 s)</source>
        <translation>
            <numerusform>le budget de temps de %n seconde ne suffit même pas pour quelques mutants (les tests prennent %1 s)</numerusform>
            <numerusform>le budget de temps de %n secondes ne suffit même pas pour quelques mutants (les tests prennent %1 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutation check: %n mutant(s) in %1 file(s)</source>
        <translation>
            <numerusform>Contrôle par mutation&#xa0;: %n mutant dans %1 fichier(s)</numerusform>
            <numerusform>Contrôle par mutation&#xa0;: %n mutants dans %1 fichier(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not copy the project for the mutation check: %1</source>
        <translation>Impossible de copier le projet pour le contrôle par mutation&#xa0;: %1</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>not a project file</source>
        <translation>pas un fichier du projet</translation>
    </message>
    <message>
        <source>Could not restore %1 after a mutant: %2</source>
        <translation>Impossible de restaurer %1 après un mutant&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The mutation check&apos;s time budget of %n second(s) ran out</source>
        <translation>
            <numerusform>Le budget de temps de %n seconde du contrôle par mutation est épuisé</numerusform>
            <numerusform>Le budget de temps de %n secondes du contrôle par mutation est épuisé</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not remove the mutation check&apos;s copies: %1</source>
        <translation>Impossible de supprimer les copies du contrôle par mutation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox went away during the mutation check: %1</source>
        <translation>Le bac à sable a disparu pendant le contrôle par mutation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mutation check skipped: %1</source>
        <translation>Contrôle par mutation ignoré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>the time budget of %n second(s) ran out before any mutant was tried</source>
        <translation>
            <numerusform>le budget de temps de %n seconde a été épuisé avant qu’un mutant ne soit essayé</numerusform>
            <numerusform>le budget de temps de %n secondes a été épuisé avant qu’un mutant ne soit essayé</numerusform>
        </translation>
    </message>
    <message>
        <source>no mutant could be tried</source>
        <translation>aucun mutant n’a pu être essayé</translation>
    </message>
    <message>
        <source>no mutant could be tried: %1</source>
        <translation>aucun mutant n’a pu être essayé&#xa0;: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>ignoré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mutant(s) killed</source>
        <extracomment>The mutation check&apos;s result, e.g. &quot;14 of 18 mutants killed&quot;</extracomment>
        <translation>
            <numerusform>%1 sur %n mutant détecté</numerusform>
            <numerusform>%1 sur %n mutants détectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not run</source>
        <translation>
            <numerusform>%n non exécuté</numerusform>
            <numerusform>%n non exécutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be tried</source>
        <translation>
            <numerusform>%n n’a pas pu être essayé</numerusform>
            <numerusform>%n n’ont pas pu être essayés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProcessStep</name>
    <message>
        <source>timed out</source>
        <extracomment>Why a command ended</extracomment>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>the sandbox is gone: %1</source>
        <translation>le bac à sable a disparu&#xa0;: %1</translation>
    </message>
    <message>
        <source>lost the process: %1</source>
        <translation>processus perdu&#xa0;: %1</translation>
    </message>
    <message>
        <source>killed</source>
        <extracomment>Why a command ended</extracomment>
        <translation>tué</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectArchive</name>
    <message numerus="yes">
        <source>The project is larger than %n MB without node_modules</source>
        <translation>
            <numerusform>Le projet dépasse %n Mo sans node_modules</numerusform>
            <numerusform>Le projet dépasse %n Mo sans node_modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 n’est pas un dossier</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectSaver</name>
    <message>
        <source>No target folder was given</source>
        <translation>Aucun dossier de destination indiqué</translation>
    </message>
    <message>
        <source>The run has no snapshot to save yet</source>
        <translation>L’exécution n’a pas encore d’instantané à enregistrer</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n’est pas un dossier</translation>
    </message>
    <message>
        <source>%1 is not empty; choose another folder or allow overwriting</source>
        <translation>%1 n’est pas vide&#xa0;; choisissez un autre dossier ou autorisez l’écrasement</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Committing iteration %1</source>
        <translation>Commit de l’itération %1</translation>
    </message>
    <message>
        <source>Snapshot of iteration %1: %2</source>
        <translation>Instantané de l’itération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot assemble iteration %1</source>
        <translation>Impossible d’assembler l’itération %1</translation>
    </message>
    <message>
        <source>Unpacking iteration %1</source>
        <translation>Décompression de l’itération %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Moving the project into %1</source>
        <translation>Déplacement du projet vers %1</translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside</source>
        <translation>Impossible de mettre de côté %1, qui existe déjà</translation>
    </message>
    <message>
        <source>Cannot move the project into %1</source>
        <translation>Impossible de déplacer le projet vers %1</translation>
    </message>
    <message>
        <source>git %1 failed: %2</source>
        <translation>git %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>git is not installed</source>
        <translation>git n’est pas installé</translation>
    </message>
    <message>
        <source>Cannot list the saved files: %1</source>
        <translation>Impossible de lister les fichiers enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ProjectVerifier</name>
    <message numerus="yes">
        <source>The verification took longer than %n minute(s), the spec&apos;s wall-clock limit</source>
        <translation>
            <numerusform>La vérification a duré plus de %n minute, la durée maximale de la spécification</numerusform>
            <numerusform>La vérification a duré plus de %n minutes, la durée maximale de la spécification</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist: this folder holds no project saved from a green run</source>
        <translation>%1 n’existe pas&#xa0;: ce dossier ne contient aucun projet enregistré à partir d’une exécution au vert</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid receipt: %2</source>
        <translation>%1 n’est pas un justificatif valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not hold the spec of the run, so there is nothing to replay</source>
        <translation>%1 ne contient pas la spécification de l’exécution&#xa0;: il n’y a donc rien à rejouer</translation>
    </message>
    <message>
        <source>The spec in %1 is not valid: %2</source>
        <translation>La spécification dans %1 n’est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no sandbox backend to replay the project in</source>
        <translation>Il n’y a aucun moteur de bacs à sable où rejouer le projet</translation>
    </message>
    <message>
        <source>Cannot read the project in %1: %2</source>
        <translation>Impossible de lire le projet dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot pack the project for the sandbox: %1</source>
        <translation>Impossible d’empaqueter le projet pour le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot keep the replay&apos;s record: %1</source>
        <translation>Impossible de conserver le journal du rejeu&#xa0;: %1</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The receipt&apos;s spec lets the sandbox reach %1; a replay reaches only what its commands need and the hosts you allow (Settings, or --allow-out)</source>
        <translation>La spécification du justificatif autorise le bac à sable à joindre %1 ; un rejeu ne joint que ce dont ses commandes ont besoin et les hôtes que vous autorisez (Paramètres, ou --allow-out)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ReattachAgentStep</name>
    <message>
        <source>re-attach: %1</source>
        <translation>reconnexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>re-attached; exit code %1</source>
        <translation>reconnecté&#xa0;; code de sortie %1</translation>
    </message>
    <message>
        <source>The sandbox went away: %1</source>
        <translation>Le bac à sable a disparu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ReattachSandboxStep</name>
    <message>
        <source>Sandbox %1 is gone (%2)</source>
        <translation>Le bac à sable %1 n’existe plus (%2)</translation>
    </message>
    <message>
        <source>Sandbox %1 no longer answers</source>
        <translation>Le bac à sable %1 ne répond plus</translation>
    </message>
    <message>
        <source>This run was interrupted; continue from the current state of the project folder.</source>
        <translation>Cette exécution a été interrompue&#xa0;; continuez à partir de l’état actuel du dossier du projet.</translation>
    </message>
    <message>
        <source>This run goes on; continue from the current state of the project folder.</source>
        <translation>Cette exécution se poursuit&#xa0;; continuez à partir de l’état actuel du dossier du projet.</translation>
    </message>
    <message>
        <source>Re-attached to sandbox %1</source>
        <translation>Reconnecté au bac à sable %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunContext</name>
    <message>
        <source>Could not extend the sandbox lifetime: %1</source>
        <translation>Impossible de prolonger la durée de vie du bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>This run was interrupted and resumed in a fresh sandbox.</source>
        <translation>Cette exécution a été interrompue puis reprise dans un nouveau bac à sable.</translation>
    </message>
    <message>
        <source>This run goes on in a fresh sandbox.</source>
        <translation>Cette exécution se poursuit dans un nouveau bac à sable.</translation>
    </message>
    <message>
        <source>The project folder already holds the files from iteration %1; continue from them.</source>
        <translation>Le dossier du projet contient déjà les fichiers de l’itération %1&#xa0;; poursuivez à partir de ceux-ci.</translation>
    </message>
    <message>
        <source>Still failing at the last check:</source>
        <translation>Toujours en échec au dernier contrôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunController</name>
    <message>
        <source>&quot;%1&quot; is not a valid run id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’exécution valide</translation>
    </message>
    <message>
        <source>This run has already started</source>
        <translation>Cette exécution a déjà démarré</translation>
    </message>
    <message>
        <source>No sandbox backend is available</source>
        <translation>Aucun moteur de bacs à sable n’est disponible</translation>
    </message>
    <message>
        <source>The spec is not valid:
%1</source>
        <translation>La spécification n’est pas valide&#xa0;:
%1</translation>
    </message>
    <message>
        <source>No Anthropic API key was given</source>
        <translation>Aucune clé d’API Anthropic n’a été fournie</translation>
    </message>
    <message>
        <source>This controller is busy</source>
        <translation>Ce contrôleur est occupé</translation>
    </message>
    <message>
        <source>Run %1 is already green</source>
        <translation>L’exécution %1 est déjà verte</translation>
    </message>
    <message>
        <source>The run&apos;s spec cannot be read: %1</source>
        <translation>Impossible de lire la spécification de l’exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resuming run %1 after iteration %2</source>
        <translation>Reprise de l’exécution %1 après l’itération %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunEngine</name>
    <message>
        <source>The run stopped</source>
        <translation>L’exécution s’est arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>The wall-clock limit of %n minute(s) was reached</source>
        <translation>
            <numerusform>La limite de durée de %n minute a été atteinte</numerusform>
            <numerusform>La limite de durée de %n minutes a été atteinte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s) (wall-clock limit)</source>
        <translation>
            <numerusform>Arrêtée après %n minute (limite de durée)</numerusform>
            <numerusform>Arrêtée après %n minutes (limite de durée)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the run</source>
        <translation>Arrêt de l’exécution</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>no archive</source>
        <translation>aucune archive</translation>
    </message>
    <message>
        <source>the sandbox did not answer in time</source>
        <translation>le bac à sable n’a pas répondu à temps</translation>
    </message>
    <message>
        <source>there were no files to keep yet.</source>
        <extracomment>Ends a sentence, after &quot;Stopped while setting up;&quot;</extracomment>
        <translation>il n’y avait encore aucun fichier à conserver.</translation>
    </message>
    <message>
        <source>the files of iteration %1 are kept.</source>
        <translation>les fichiers de l’itération %1 sont conservés.</translation>
    </message>
    <message>
        <source>the files of that moment are kept.</source>
        <extracomment>Ends a sentence, after &quot;Stopped during iteration %1;&quot; or a run&apos;s closing message</extracomment>
        <translation>les fichiers de ce moment sont conservés.</translation>
    </message>
    <message>
        <source>its files could not be kept (%1).</source>
        <extracomment>Ends a sentence, after &quot;Stopped during iteration %1;&quot; or a run&apos;s closing message; %1 is why</extracomment>
        <translation>ses fichiers n’ont pas pu être conservés (%1).</translation>
    </message>
    <message>
        <source>No earlier files were kept.</source>
        <translation>Aucun fichier antérieur n’a été conservé.</translation>
    </message>
    <message>
        <source>The files of iteration %1 are kept.</source>
        <translation>Les fichiers de l’itération %1 sont conservés.</translation>
    </message>
    <message>
        <source>Stopped while setting up; %1</source>
        <extracomment>%1 says what became of the files, e.g. &quot;the files of iteration 2 are kept.&quot;</extracomment>
        <translation>Arrêtée pendant la configuration&#xa0;; %1</translation>
    </message>
    <message>
        <source>Stopped after iteration %1; its files are kept.</source>
        <translation>Arrêtée après l’itération %1&#xa0;; ses fichiers sont conservés.</translation>
    </message>
    <message>
        <source>Stopped during iteration %1; %2</source>
        <translation>Arrêtée pendant l’itération %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Sandbox %1 is left running.</source>
        <translation>Le bac à sable %1 reste actif.</translation>
    </message>
    <message>
        <source>The files of iteration %1 could not be kept: %2</source>
        <translation>Les fichiers de l’itération %1 n’ont pas pu être conservés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Iteration %1 was stopped before it finished; continue from the current state of the project folder.</source>
        <translation>L’itération %1 a été arrêtée avant la fin&#xa0;; continuez à partir de l’état actuel du dossier du projet.</translation>
    </message>
    <message>
        <source>The last snapshot (iteration %1) is kept at %2.</source>
        <translation>Le dernier instantané (itération %1) est conservé dans %2.</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::RunLock</name>
    <message>
        <source>Cannot create the folder of run %1</source>
        <translation>Impossible de créer le dossier de l’exécution %1</translation>
    </message>
    <message>
        <source>Run %1 is being driven by process %2</source>
        <translation>L’exécution %1 est pilotée par le processus %2</translation>
    </message>
    <message>
        <source>Cannot lock run %1 (%2)</source>
        <translation>Impossible de verrouiller l’exécution %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SafeArchive</name>
    <message>
        <source>an entry name contains a NUL byte</source>
        <translation>un nom d’entrée contient un octet NUL</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; has an absolute path</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» a un chemin absolu</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder (&quot;..&quot;)</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» pointe hors du dossier («&#xa0;..&#xa0;»)</translation>
    </message>
    <message>
        <source>the archive is damaged (bad header checksum at byte %1)</source>
        <translation>l’archive est endommagée (somme de contrôle d’en-tête erronée à l’octet %1)</translation>
    </message>
    <message>
        <source>an entry is larger than the %1 MiB limit</source>
        <translation>une entrée dépasse la limite de %1 Mio</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>l’archive est tronquée</translation>
    </message>
    <message>
        <source>a file entry has an empty name</source>
        <translation>une entrée de fichier a un nom vide</translation>
    </message>
    <message>
        <source>%1 (hard link)</source>
        <translation>%1 (lien physique)</translation>
    </message>
    <message>
        <source>%1 (symbolic link)</source>
        <translation>%1 (lien symbolique)</translation>
    </message>
    <message>
        <source>%1 (device file)</source>
        <translation>%1 (fichier de périphérique)</translation>
    </message>
    <message>
        <source>%1 (fifo)</source>
        <translation>%1 (FIFO)</translation>
    </message>
    <message>
        <source>%1 (unsupported type &apos;%2&apos;)</source>
        <translation>%1 (type «&#xa0;%2&#xa0;» non pris en charge)</translation>
    </message>
    <message>
        <source>the archive holds more than %1 MiB</source>
        <translation>l’archive contient plus de %1 Mio</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the archive %1 is too large</source>
        <translation>l’archive %1 est trop volumineuse</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; points outside the folder</source>
        <translation>l’entrée «&#xa0;%1&#xa0;» pointe hors du dossier</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot create the folder for %1</source>
        <translation>impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>the archive has more than %n entries</source>
        <translation>
            <numerusform>l’archive contient plus de %n entrée</numerusform>
            <numerusform>l’archive contient plus de %n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SandboxBackend</name>
    <message>
        <source>E2B is not configured: %1</source>
        <translation>E2B n’est pas configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown sandbox backend &quot;%1&quot;</source>
        <translation>Moteur de bacs à sable «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::SnapshotStep</name>
    <message>
        <source>Sandbox: %1</source>
        <translation>Bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sandbox reaches only the model endpoint and the package registries its commands use. If the project needs another host, add it to the spec&apos;s sandbox.allowOut or to Settings.</source>
        <translation>Un bac à sable n’atteint que le point d’accès du modèle et les registres de paquets utilisés par ses commandes. Si le projet a besoin d’un autre hôte, ajoutez-le à sandbox.allowOut dans la spécification ou dans les Paramètres.</translation>
    </message>
    <message>
        <source>The sandbox went away before the snapshot of iteration %1: %2</source>
        <translation>Le bac à sable a disparu avant l’instantané de l’itération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Snapshot of iteration %1 failed: %2</source>
        <translation>Échec de l’instantané de l’itération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The snapshot of iteration %1 was refused: %2</source>
        <translation>L’instantané de l’itération %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not kept from the workspace: %1</source>
        <translation>Non conservé depuis l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <source>A secret value was found and replaced in: %1</source>
        <translation>Une valeur secrète a été trouvée et remplacée dans&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not rewrite %1 without the secret</source>
        <translation>Impossible de réécrire %1 sans le secret</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::TeardownStep</name>
    <message>
        <source>Removing sandbox %1</source>
        <translation>Suppression du bac à sable %1</translation>
    </message>
    <message>
        <source>The sandbox could not be removed: %1</source>
        <translation>Le bac à sable n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::ToolchainStep</name>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>Could not read the toolchain&apos;s versions: %1</source>
        <translation>Impossible de lire les versions de la chaîne d’outils&#xa0;: %1</translation>
    </message>
    <message>
        <source>The sandbox reported no toolchain versions</source>
        <translation>Le bac à sable n’a indiqué aucune version de la chaîne d’outils</translation>
    </message>
</context>
<context>
    <name>Autocoder::Run::UploadStep</name>
    <message numerus="yes">
        <source>brief and %n locked test(s)</source>
        <translation>
            <numerusform>cahier des charges et %n test verrouillé</numerusform>
            <numerusform>cahier des charges et %n tests verrouillés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not upload %1: %2</source>
        <translation>Impossible d’envoyer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The last snapshot cannot be restored: %1</source>
        <translation>Impossible de restaurer le dernier instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not restore the project into the sandbox: %1</source>
        <translation>Impossible de restaurer le projet dans le bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored the project from the snapshot of iteration %1</source>
        <translation>Projet restauré à partir de l’instantané de l’itération %1</translation>
    </message>
    <message>
        <source>Uploaded the saved project</source>
        <translation>Projet enregistré envoyé</translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::NetworkNamespace</name>
    <message>
        <source>cannot create a socket pair: %1</source>
        <translation>impossible de créer une paire de sockets&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot fork: %1</source>
        <translation>fork impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create the sandbox network: %1 failed (%2)</source>
        <translation>impossible de créer le réseau du bac à sable&#xa0;: échec de %1 (%2)</translation>
    </message>
    <message>
        <source>cannot create the sandbox network: the helper process ended early</source>
        <translation>impossible de créer le réseau du bac à sable&#xa0;: le processus auxiliaire s’est terminé prématurément</translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>impossible d’écouter sur 127.0.0.1:%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Sandboxd::TemplateStore</name>
    <message>
        <source>%1 or %2 is not reachable by uid %3; npm runs as the current uid</source>
        <translation>%1 ou %2 n’est pas accessible à l’UID %3&#xa0;; npm s’exécute avec l’UID actuel</translation>
    </message>
    <message>
        <source>Installing %1 and %2 from npm into template &apos;claude&apos;...</source>
        <translation>Installation de %1 et %2 depuis npm dans le modèle «&#xa0;claude&#xa0;»...</translation>
    </message>
    <message>
        <source>npm install failed: %1</source>
        <translation>Échec de npm install&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verifying claude and bun inside a sandbox as uid 1000...</source>
        <translation>Vérification de claude et bun dans un bac à sable avec l’UID 1000...</translation>
    </message>
    <message>
        <source>template verification failed: %1</source>
        <translation>échec de la vérification du modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot publish template to %1</source>
        <translation>impossible de publier le modèle dans %1</translation>
    </message>
    <message>
        <source>Template &apos;claude&apos; ready: %1</source>
        <translation>Modèle «&#xa0;claude&#xa0;» prêt&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Secrets::SecretStore</name>
    <message>
        <source>No value is stored in the keychain for this key.</source>
        <translation>Aucune valeur n’est enregistrée dans le trousseau pour cette clé.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès (%1). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The key could not be removed from the system keychain (%1).</source>
        <translation>La clé n’a pas pu être supprimée du trousseau du système (%1).</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Keys can be read from the environment variables ANTHROPIC_API_KEY and E2B_API_KEY instead, but cannot be saved.</source>
        <translation>Aucun trousseau système n’est disponible (%1). Les clés peuvent être lues dans les variables d’environnement ANTHROPIC_API_KEY et E2B_API_KEY, mais pas enregistrées.</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup</name>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Still checking: %1.</source>
        <translation>Vérification en cours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::EndpointProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) URL</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http(s)</translation>
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
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Local sandbox server</source>
        <translation>Serveur local de bacs à sable</translation>
    </message>
    <message>
        <source>Sandbox templates</source>
        <translation>Modèles de bac à sable</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé d’API Anthropic</translation>
    </message>
    <message>
        <source>E2B API key</source>
        <translation>Clé d’API E2B</translation>
    </message>
    <message>
        <source>autocoder-sandboxd is neither next to Autocoder nor on PATH. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to the server&apos;s path.</source>
        <translation>autocoder-sandboxd ne se trouve ni à côté d’Autocoder ni dans le PATH. Réinstallez Autocoder ou définissez AUTOCODER_SANDBOXD sur le chemin du serveur.</translation>
    </message>
    <message>
        <source>%1 is not an executable file. Reinstall Autocoder, or set AUTOCODER_SANDBOXD to the server&apos;s path.</source>
        <translation>%1 n’est pas un fichier exécutable. Réinstallez Autocoder ou définissez AUTOCODER_SANDBOXD sur le chemin du serveur.</translation>
    </message>
    <message>
        <source>Found at %1.</source>
        <translation>Trouvé dans %1.</translation>
    </message>
    <message>
        <source>Prepared in %1.</source>
        <translation>Préparés dans %1.</translation>
    </message>
    <message>
        <source>Prepared in %1 (agent %2).</source>
        <translation>Préparés dans %1 (agent %2).</translation>
    </message>
    <message>
        <source>Not prepared in %1 yet. The first local run prepares them (it downloads the agent and bun from npm, a few minutes); to do it now, run: %2</source>
        <translation>Pas encore préparés dans %1. La première exécution locale les prépare (elle télécharge l’agent et bun depuis npm, quelques minutes)&#xa0;; pour le faire maintenant, lancez&#xa0;: %2</translation>
    </message>
    <message>
        <source>bwrap is not installed; local sandboxes need it. Install the “bubblewrap” package (e.g. sudo apt install bubblewrap), then Re-check.</source>
        <translation>bwrap n’est pas installé&#xa0;; les bacs à sable locaux en ont besoin. Installez le paquet «&#xa0;bubblewrap&#xa0;» (p. ex. sudo apt install bubblewrap), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>%1 can make a sandbox.</source>
        <translation>%1 peut créer un bac à sable.</translation>
    </message>
    <message>
        <source>%1 is installed but cannot make a sandbox (%2). Unprivileged user namespaces may be disabled on this system.</source>
        <translation>%1 est installé mais ne peut pas créer de bac à sable (%2). Les espaces de noms utilisateur non privilégiés sont peut-être désactivés sur ce système.</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Lue depuis %1.</translation>
    </message>
    <message>
        <source>Not set. Enter your key (kept in the system keychain), or set %1 or ANTHROPIC_BASE_URL before starting Autocoder.</source>
        <translation>Non définie. Saisissez votre clé (conservée dans le trousseau du système), ou définissez %1 ou ANTHROPIC_BASE_URL avant de lancer Autocoder.</translation>
    </message>
    <message>
        <source>Not set. Enter your key (kept in the system keychain), or set %1 before starting Autocoder.</source>
        <translation>Non définie. Saisissez votre clé (conservée dans le trousseau du système), ou définissez %1 avant de lancer Autocoder.</translation>
    </message>
    <message>
        <source>Not set, and there is no system keychain to keep one. Set %1 before starting Autocoder.</source>
        <translation>Non définie, et aucun trousseau système n’est disponible pour la conserver. Définissez %1 avant de lancer Autocoder.</translation>
    </message>
    <message>
        <source>No key; the model endpoint ANTHROPIC_BASE_URL (%1) answers.</source>
        <translation>Aucune clé&#xa0;; le point d’accès du modèle ANTHROPIC_BASE_URL (%1) répond.</translation>
    </message>
    <message>
        <source>%1 The model endpoint ANTHROPIC_BASE_URL (%2) answers.</source>
        <translation>%1 Le point d’accès du modèle ANTHROPIC_BASE_URL (%2) répond.</translation>
    </message>
    <message>
        <source>ANTHROPIC_BASE_URL is %1, but it does not answer: %2. Correct or unset it before starting Autocoder.</source>
        <translation>ANTHROPIC_BASE_URL vaut %1, mais ne répond pas&#xa0;: %2. Corrigez-la ou supprimez-la avant de lancer Autocoder.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Setup::TemplatePreparer</name>
    <message>
        <source>Preparing the templates failed (exit %1).</source>
        <translation>La préparation des modèles a échoué (code de sortie %1).</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Preparing templates in %1…</source>
        <translation>Préparation des modèles dans %1…</translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::KindPresets</name>
    <message>
        <source>Library (Bun, TypeScript)</source>
        <translation>Bibliothèque (Bun, TypeScript)</translation>
    </message>
    <message>
        <source>A small TypeScript library that parses durations such as &quot;1h30m&quot; into seconds and formats seconds back into that form.</source>
        <translation>Une petite bibliothèque TypeScript qui convertit des durées comme «&#xa0;1h30m&#xa0;» en secondes et remet des secondes sous cette forme.</translation>
    </message>
    <message>
        <source>Command-line tool (Bun, TypeScript)</source>
        <translation>Outil en ligne de commande (Bun, TypeScript)</translation>
    </message>
    <message>
        <source>A command-line tool that counts words, lines and characters of the files given as arguments (or standard input) and prints a table.</source>
        <translation>Un outil en ligne de commande qui compte les mots, les lignes et les caractères des fichiers passés en arguments (ou de l’entrée standard) et affiche un tableau.</translation>
    </message>
    <message>
        <source>Static web page (Bun, TypeScript, no framework)</source>
        <translation>Page web statique (Bun, TypeScript, sans framework)</translation>
    </message>
    <message>
        <source>A single-page tip calculator: enter the bill and the number of people, choose a tip percentage, see what each person pays. Plain HTML, CSS and TypeScript.</source>
        <translation>Un calculateur de pourboire sur une seule page&#xa0;: saisir le montant de l’addition et le nombre de personnes, choisir un pourcentage de pourboire, voir ce que paie chacun. HTML, CSS et TypeScript purs.</translation>
    </message>
    <message>
        <source>Library (Node.js, JavaScript)</source>
        <translation>Bibliothèque (Node.js, JavaScript)</translation>
    </message>
    <message>
        <source>A small JavaScript library (ES modules) that validates and normalises e-mail addresses, with no dependencies.</source>
        <translation>Une petite bibliothèque JavaScript (modules ES), sans dépendances, qui valide et normalise les adresses e-mail.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::ProjectSpec</name>
    <message>
        <source>“%1” must be text.</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes.</translation>
    </message>
    <message>
        <source>“%1[%2]” must be text.</source>
        <translation>«&#xa0;%1[%2]&#xa0;» doit être du texte.</translation>
    </message>
    <message>
        <source>“%1” must be a number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet.</translation>
    </message>
    <message>
        <source>The spec is not valid JSON: %1 (at byte %2).</source>
        <translation>La spécification n’est pas du JSON valide&#xa0;: %1 (à l’octet %2).</translation>
    </message>
    <message>
        <source>The spec must be a JSON object.</source>
        <translation>La spécification doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The spec has no “version”.</source>
        <translation>La spécification n’a pas de «&#xa0;version&#xa0;».</translation>
    </message>
    <message>
        <source>This spec was written by a newer Autocoder (spec version %1; this version reads up to %2). Update Autocoder to open it.</source>
        <translation>Cette spécification a été écrite par une version plus récente d’Autocoder (version de spécification %1&#xa0;; cette version lit jusqu’à la %2). Mettez Autocoder à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Unsupported spec version %1.</source>
        <translation>Version de spécification %1 non prise en charge.</translation>
    </message>
    <message>
        <source>“%1” must be a list.</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste.</translation>
    </message>
    <message>
        <source>“%1” must be an object with “path” and “content”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet avec «&#xa0;path&#xa0;» et «&#xa0;content&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>«&#xa0;%1&#xa0;» doit être true ou false.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Spec::SpecValidator</name>
    <message>
        <source>Unsupported spec version %1; this version of Autocoder writes version %2.</source>
        <translation>Version de spécification %1 non prise en charge&#xa0;; cette version d’Autocoder écrit la version %2.</translation>
    </message>
    <message>
        <source>Give the project a name.</source>
        <translation>Donnez un nom au projet.</translation>
    </message>
    <message>
        <source>The project name becomes a folder name: use letters, digits, dots, dashes and underscores, starting with a letter or digit (for example “todo-lib”).</source>
        <translation>Le nom du projet devient un nom de dossier&#xa0;: utilisez des lettres, des chiffres, des points, des tirets et des tirets bas, en commençant par une lettre ou un chiffre (par exemple «&#xa0;todo-lib&#xa0;»).</translation>
    </message>
    <message>
        <source>Choose what kind of project to build.</source>
        <translation>Choisissez le type de projet à créer.</translation>
    </message>
    <message>
        <source>Unknown project kind “%1”. Choose one from the list.</source>
        <translation>Type de projet «&#xa0;%1&#xa0;» inconnu. Choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Describe what the project should do.</source>
        <translation>Décrivez ce que le projet doit faire.</translation>
    </message>
    <message>
        <source>This requirement is empty. Fill it in or remove it.</source>
        <translation>Cette exigence est vide. Remplissez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>This acceptance criterion is empty. Fill it in or remove it.</source>
        <translation>Ce critère d’acceptation est vide. Remplissez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>Give the locked test file a path, for example “tests/sum.test.ts”.</source>
        <translation>Indiquez un chemin pour le fichier de test verrouillé, par exemple «&#xa0;tests/sum.test.ts&#xa0;».</translation>
    </message>
    <message>
        <source>Use a path relative to the project folder, for example “tests/sum.test.ts”, not an absolute path.</source>
        <translation>Utilisez un chemin relatif au dossier du projet, par exemple «&#xa0;tests/sum.test.ts&#xa0;», et non un chemin absolu.</translation>
    </message>
    <message>
        <source>The path must stay inside the project folder: remove “..”.</source>
        <translation>Le chemin doit rester dans le dossier du projet&#xa0;: supprimez «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>The path is not usable: use “/” between folders, no backslashes, no empty or “.” parts.</source>
        <translation>Le chemin n’est pas utilisable&#xa0;: utilisez «&#xa0;/&#xa0;» entre les dossiers, sans barres obliques inverses ni parties vides ou «&#xa0;.&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is reserved; put the test in its own file.</source>
        <translation>«&#xa0;%1&#xa0;» est réservé&#xa0;; placez le test dans son propre fichier.</translation>
    </message>
    <message>
        <source>Locked tests cannot live in node_modules.</source>
        <translation>Les tests verrouillés ne peuvent pas se trouver dans node_modules.</translation>
    </message>
    <message>
        <source>Another locked test already uses this path.</source>
        <translation>Un autre test verrouillé utilise déjà ce chemin.</translation>
    </message>
    <message>
        <source>The locked test file is empty. Paste the test code.</source>
        <translation>Le fichier de test verrouillé est vide. Collez le code du test.</translation>
    </message>
    <message>
        <source>The locked test file is too large (at most %1 KB).</source>
        <translation>Le fichier de test verrouillé est trop volumineux (%1 Ko au maximum).</translation>
    </message>
    <message>
        <source>Write the command on one line (use &amp;&amp; to chain commands).</source>
        <translation>Écrivez la commande sur une seule ligne (utilisez &amp;&amp; pour enchaîner les commandes).</translation>
    </message>
    <message>
        <source>A test command is required: Autocoder decides success from it.</source>
        <translation>Une commande de test est requise&#xa0;: Autocoder s’en sert pour juger de la réussite.</translation>
    </message>
    <message>
        <source>Choose the model the agent uses.</source>
        <translation>Choisissez le modèle utilisé par l’agent.</translation>
    </message>
    <message>
        <source>The model name may contain only letters, digits and . _ - : / @ characters.</source>
        <translation>Le nom du modèle ne peut contenir que des lettres, des chiffres et les caractères . _ -&#xa0;: / @.</translation>
    </message>
    <message>
        <source>Max iterations must be between %1 and %2.</source>
        <translation>Le nombre maximal d’itérations doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>The budget must be more than $0 and at most $%1.</source>
        <translation>Le budget doit être supérieur à $0 et au plus de $%1.</translation>
    </message>
    <message>
        <source>The agent turn timeout cannot be longer than the whole run&apos;s time limit.</source>
        <translation>Le délai d’expiration d’un tour de l’agent ne peut pas dépasser la durée de l’exécution entière.</translation>
    </message>
    <message>
        <source>Max agent turns must be between %1 and %2.</source>
        <translation>Le nombre maximal de tours de l’agent doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>Choose where the sandbox runs: “local” (this computer) or “e2b” (E2B cloud).</source>
        <translation>Choisissez où tourne le bac à sable&#xa0;: «&#xa0;local&#xa0;» (cet ordinateur) ou «&#xa0;e2b&#xa0;» (cloud E2B).</translation>
    </message>
    <message>
        <source>Choose a sandbox template, for example “claude”.</source>
        <translation>Choisissez un modèle de bac à sable, par exemple «&#xa0;claude&#xa0;».</translation>
    </message>
    <message>
        <source>The template name may contain only letters, digits and . _ - : / @ characters.</source>
        <translation>Le nom du modèle ne peut contenir que des lettres, des chiffres et les caractères . _ -&#xa0;: / @.</translation>
    </message>
    <message numerus="yes">
        <source>The project name is too long; use at most %n characters.</source>
        <translation>
            <numerusform>Le nom du projet est trop long&#xa0;; utilisez au plus %n caractère.</numerusform>
            <numerusform>Le nom du projet est trop long&#xa0;; utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time limit must be between 1 and %n minutes.</source>
        <translation>
            <numerusform>La limite de durée doit être comprise entre 1 et %n minute.</numerusform>
            <numerusform>La limite de durée doit être comprise entre 1 et %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The command timeout must be between %1 and %n seconds.</source>
        <translation>
            <numerusform>Le délai maximal de chaque commande doit être compris entre %1 et %n seconde.</numerusform>
            <numerusform>Le délai maximal de chaque commande doit être compris entre %1 et %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agent turn timeout must be between 1 and %n minutes.</source>
        <translation>
            <numerusform>Le délai maximal de chaque tour de l’agent doit être compris entre 1 et %n minute.</numerusform>
            <numerusform>Le délai maximal de chaque tour de l’agent doit être compris entre 1 et %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of mutants the tests must catch must be between 0 and 1.</source>
        <translation>La part de mutants que les tests doivent détecter doit être comprise entre 0 et 1.</translation>
    </message>
    <message>
        <source>The number of mutants must be between %1 and %2.</source>
        <translation>Le nombre de mutants doit être compris entre %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>The mutation check&apos;s time budget must be between %1 and %n seconds.</source>
        <translation>
            <numerusform>Le budget de temps du contrôle par mutation doit être compris entre %1 et %n seconde.</numerusform>
            <numerusform>Le budget de temps du contrôle par mutation doit être compris entre %1 et %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDelegate</name>
    <message>
        <source>malformed</source>
        <extracomment>A tool call whose input could not be read</extracomment>
        <translation>mal formé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>no result: the turn ended</source>
        <translation>aucun résultat&#xa0;: le tour est terminé</translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation>pas encore de résultat</translation>
    </message>
    <message numerus="yes">
        <source>… %n more line(s) in the details</source>
        <translation>
            <numerusform>… %n ligne de plus dans les détails</numerusform>
            <numerusform>… %n lignes de plus dans les détails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▸ %n more line(s)</source>
        <translation>
            <numerusform>▸ %n ligne de plus</numerusform>
            <numerusform>▸ %n lignes de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDetails</name>
    <message>
        <source>Selected activity in full</source>
        <translation>Activité sélectionnée en entier</translation>
    </message>
    <message>
        <source>Select an item of the activity to see it in full.</source>
        <translation>Sélectionnez un élément de l’activité pour le voir en entier.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected item as text</source>
        <translation>Copier l’élément sélectionné sous forme de texte</translation>
    </message>
    <message>
        <source>Show &amp;raw event</source>
        <translation>Afficher l’événement &amp;brut</translation>
    </message>
    <message>
        <source>Show the event as the run recorded it (JSON)</source>
        <translation>Afficher l’événement tel que l’exécution l’a enregistré (JSON)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityDocument</name>
    <message>
        <source>The call this result answers was not seen in the run&apos;s events.</source>
        <translation>L’appel auquel répond ce résultat n’apparaît pas dans les événements de l’exécution.</translation>
    </message>
    <message>
        <source>No result: the agent&apos;s turn ended (it was stopped) before the tool answered.</source>
        <translation>Aucun résultat&#xa0;: le tour de l’agent s’est terminé (il a été arrêté) avant que l’outil ne réponde.</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>Pas encore de résultat.</translation>
    </message>
    <message>
        <source>The tool reported a failure.</source>
        <translation>L’outil a signalé un échec.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>New content</source>
        <translation>Nouveau contenu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Result (failed)</source>
        <translation>Résultat (échec)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>This event did not carry everything its kind needs; “Show raw event” shows what it had.</source>
        <translation>Cet événement ne contient pas tout ce que son type exige&#xa0;; «&#xa0;Afficher l’événement brut&#xa0;» montre ce qu’il contenait.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>%1: </source>
        <extracomment>A label before its value; French puts a space before the colon</extracomment>
        <translation>%1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityFormat</name>
    <message>
        <source>Result of a tool call that was not seen</source>
        <translation>Résultat d’un appel d’outil non observé</translation>
    </message>
    <message>
        <source>Result of call %1 (the call was not seen)</source>
        <translation>Résultat de l’appel %1 (l’appel n’a pas été observé)</translation>
    </message>
    <message>
        <source>Tool call without a name</source>
        <translation>Appel d’outil sans nom</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%n line(s))</source>
        <extracomment>%1 is the file the agent read</extracomment>
        <translation>
            <numerusform>Lecture de %1 (%n ligne)</numerusform>
            <numerusform>Lecture de %1 (%n lignes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityModel</name>
    <message>
        <source>Iteration %1 · agent turn</source>
        <translation>Itération %1 · tour de l’agent</translation>
    </message>
    <message>
        <source>Agent turn</source>
        <translation>Tour de l’agent</translation>
    </message>
    <message>
        <source>A message the event did not carry</source>
        <translation>Un message absent de l’événement</translation>
    </message>
    <message>
        <source>%1 — ended with an error (%2); %3, %4</source>
        <extracomment>%1 &quot;Iteration 2 · agent turn&quot;, %2 the kind of error, %3 &quot;14 turns&quot;, %4 the cost</extracomment>
        <translation>%1 — terminé avec une erreur (%2)&#xa0;; %3, %4</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <extracomment>%1 &quot;Iteration 2 · agent turn&quot;, %2 &quot;14 turns&quot;, %3 the cost</extracomment>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 failed (exit %2)</source>
        <translation>%1 a échoué (code de sortie %2)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source>You (from the command line): %1</source>
        <extracomment>Guidance typed by the person; %1 its first line. The text before the colon is the heading of its card.</extracomment>
        <translation>Vous (depuis la ligne de commande)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (through the event feed): %2</source>
        <extracomment>Guidance from a watcher; %1 the watcher&apos;s name, %2 the first line. The text before the first colon is the heading of its card.</extracomment>
        <translation>%1 (via le flux d’événements)&#xa0;: %2</translation>
    </message>
    <message>
        <source>You: %1</source>
        <extracomment>Guidance typed by the person; %1 its first line. The text before the colon is the heading of its card.</extracomment>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run goes on after iteration %1</source>
        <translation>L’exécution continue après l’itération %1</translation>
    </message>
    <message>
        <source>Re-attached to the run&apos;s sandbox after iteration %1</source>
        <translation>Reconnexion au bac à sable de l’exécution après l’itération %1</translation>
    </message>
    <message>
        <source>Resumed in a new sandbox after iteration %1</source>
        <translation>Reprise dans un nouveau bac à sable après l’itération %1</translation>
    </message>
    <message>
        <source>Stop requested from the command line</source>
        <translation>Arrêt demandé depuis la ligne de commande</translation>
    </message>
    <message>
        <source>Stop requested by %1 through the event feed</source>
        <translation>Arrêt demandé par %1 via le flux d’événements</translation>
    </message>
    <message>
        <source>Stop requested</source>
        <translation>Arrêt demandé</translation>
    </message>
    <message>
        <source>The run ended</source>
        <translation>L’exécution est terminée</translation>
    </message>
    <message>
        <source>The run ended: %1</source>
        <translation>L’exécution est terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (malformed event)</source>
        <translation>%1 (événement mal formé)</translation>
    </message>
    <message>
        <source>Iteration %1: all checks green</source>
        <translation>Itération %1&#xa0;: tous les contrôles au vert</translation>
    </message>
    <message>
        <source>Iteration %1 is red: %2 — %3</source>
        <translation>Itération %1 au rouge&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Iteration %1 is red: %2</source>
        <translation>Itération %1 au rouge&#xa0;: %2</translation>
    </message>
    <message>
        <source>Iteration %1 is red</source>
        <translation>Itération %1 au rouge</translation>
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
            <numerusform>%n tour</numerusform>
            <numerusform>%n tours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <extracomment>%1 is a list of test names, %n how many more tests failed</extracomment>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing: %1</source>
        <extracomment>%n failing tests, %1 their names</extracomment>
        <translation>
            <numerusform>%n en échec&#xa0;: %1</numerusform>
            <numerusform>%n en échec&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ActivityPanel</name>
    <message>
        <source>Agent activity</source>
        <translation>Activité de l’agent</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected item as text</source>
        <translation>Copier l’élément sélectionné sous forme de texte</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AgentPage</name>
    <message>
        <source>Agent &amp; Sandbox</source>
        <translation>Agent &amp; bac à sable</translation>
    </message>
    <message>
        <source>Sandbox backend</source>
        <translation>Moteur de bacs à sable</translation>
    </message>
    <message>
        <source>Local (this computer, isolated with bubblewrap)</source>
        <translation>Local (cet ordinateur, isolé avec bubblewrap)</translation>
    </message>
    <message>
        <source>E2B (cloud sandboxes)</source>
        <translation>E2B (bacs à sable cloud)</translation>
    </message>
    <message>
        <source>Sandbox template</source>
        <translation>Modèle de bac à sable</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Maximum iterations</source>
        <translation>Nombre maximal d’itérations</translation>
    </message>
    <message>
        <source>Budget in US dollars</source>
        <translation>Budget en dollars US</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Wall clock limit in minutes</source>
        <translation>Durée maximale en minutes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout of each command in seconds</source>
        <translation>Délai maximal de chaque commande en secondes</translation>
    </message>
    <message>
        <source>Timeout of each agent turn in minutes</source>
        <translation>Délai maximal de chaque tour de l’agent en minutes</translation>
    </message>
    <message>
        <source>Maximum agent turns per iteration</source>
        <translation>Nombre maximal de tours de l’agent par itération</translation>
    </message>
    <message>
        <source>Sandbox and agent</source>
        <translation>Bac à sable et agent</translation>
    </message>
    <message>
        <source>Back&amp;end:</source>
        <translation>Mot&amp;eur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Modèle de &amp;bac à sable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>&amp;Iterations at most:</source>
        <translation>&amp;Itérations au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wall clock:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Command timeout:</source>
        <translation>&amp;Délai par commande&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gent turn timeout:</source>
        <translation>Délai par tour de l’a&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>Agent tu&amp;rns at most:</source>
        <translation>T&amp;ours de l’agent au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>Choose where the generated code runs, when Autocoder stops trying and what its tests must prove.</source>
        <translation>Choisissez où s’exécute le code généré, quand Autocoder arrête d’essayer et ce que ses tests doivent prouver.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AttachDialog</name>
    <message>
        <source>Attach to Run</source>
        <translation>Se connecter à une exécution</translation>
    </message>
    <message>
        <source>Follow a run that runs elsewhere (a build server, a terminal) and stop or guide it from here. Its command prints the feed&apos;s address; the token is in its run folder&apos;s feed-token file or its AUTOCODER_FEED_TOKEN.</source>
        <translation>Suivez une exécution qui tourne ailleurs (un serveur de compilation, un terminal) et arrêtez-la ou guidez-la depuis ici. Sa commande affiche l’adresse du flux&#xa0;; le jeton se trouve dans le fichier feed-token de son dossier d’exécution ou dans sa variable AUTOCODER_FEED_TOKEN.</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Keep the token in the system keychain for this address; it is never written to the settings</source>
        <translation>Conserver le jeton dans le trousseau du système pour cette adresse&#xa0;; il n’est jamais écrit dans les paramètres</translation>
    </message>
    <message>
        <source>Feed &amp;address:</source>
        <translation>&amp;Adresse du flux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Enter the feed&apos;s address, as its command printed it, e.g. ws://127.0.0.1:8765/.</source>
        <translation>Saisissez l’adresse du flux telle que sa commande l’a affichée, p. ex. ws://127.0.0.1:8765/.</translation>
    </message>
    <message>
        <source>This is not a valid address (ws://HOST:PORT/…): %1</source>
        <translation>Ceci n’est pas une adresse valide (ws://HOST:PORT/…)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The address must start with ws:// or wss:// (a run&apos;s feed is a WebSocket).</source>
        <translation>L’adresse doit commencer par ws:// ou wss:// (le flux d’une exécution est un WebSocket).</translation>
    </message>
    <message>
        <source>The address needs a host, e.g. ws://127.0.0.1:8765/.</source>
        <translation>L’adresse doit comporter un hôte, p. ex. ws://127.0.0.1:8765/.</translation>
    </message>
    <message>
        <source>The address must not hold a user name or password: give the token below.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe&#xa0;: indiquez le jeton ci-dessous.</translation>
    </message>
    <message>
        <source>The address&apos;s port must be between 1 and 65535.</source>
        <translation>Le port de l’adresse doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Enter the run&apos;s feed token.</source>
        <translation>Saisissez le jeton du flux de l’exécution.</translation>
    </message>
    <message>
        <source>The token is too long to be a feed token.</source>
        <translation>Le jeton est trop long pour être un jeton de flux.</translation>
    </message>
    <message>
        <source>The token holds spaces or characters a feed token never has: copy it again from its file.</source>
        <translation>Le jeton contient des espaces ou des caractères qu’un jeton de flux ne contient jamais&#xa0;: copiez-le à nouveau depuis son fichier.</translation>
    </message>
    <message>
        <source>No keychain on this system: the token is used for this attachment only, and never written anywhere.</source>
        <translation>Aucun trousseau sur ce système&#xa0;: le jeton n’est utilisé que pour cette connexion et n’est jamais écrit nulle part.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::AttachedRuns</name>
    <message>
        <source>Not attached: %1</source>
        <translation>Non connectée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Attached to %1</source>
        <translation>Connectée à %1</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting to %1…</source>
        <translation>Connexion perdue — reconnexion à %1…</translation>
    </message>
    <message>
        <source>Attached to %1; the run has ended</source>
        <translation>Connectée à %1&#xa0;; l’exécution est terminée</translation>
    </message>
    <message>
        <source>The feed at %1 has closed</source>
        <translation>Le flux à l’adresse %1 s’est fermé</translation>
    </message>
    <message>
        <source>Detached from %1</source>
        <translation>Déconnectée de %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesModel</name>
    <message>
        <source>There is no snapshot of iteration %1.</source>
        <translation>Il n’y a pas d’instantané de l’itération %1.</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Modified</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Renamed</source>
        <extracomment>What happened to a file in an iteration</extracomment>
        <translation>Renommé</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A renamed file: %1 its old path, %2 its new one</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(locked test)</source>
        <translation>(test verrouillé)</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n ligne ajoutée</numerusform>
            <numerusform>%n lignes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n ligne supprimée</numerusform>
            <numerusform>%n lignes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed from %1, content unchanged</source>
        <translation>Renommé depuis %1, contenu inchangé</translation>
    </message>
    <message>
        <source>A locked test: the agent must not change it</source>
        <translation>Un test verrouillé&#xa0;: l’agent ne doit pas le modifier</translation>
    </message>
    <message>
        <source>A binary file: no line diff</source>
        <translation>Un fichier binaire&#xa0;: pas de diff par ligne</translation>
    </message>
    <message>
        <source>A large file: only its first %1 are compared</source>
        <translation>Un gros fichier&#xa0;: seuls les %1 premiers sont comparés</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column header: what happened to the file</extracomment>
        <translation>Modification</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ChangesPanel</name>
    <message>
        <source>Iteration</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Iterati&amp;on:</source>
        <translation>Itérati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <source>The previous iteration</source>
        <translation>L’itération précédente</translation>
    </message>
    <message>
        <source>The start (no files)</source>
        <translation>Le début (aucun fichier)</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>&amp;Comparé à&#xa0;:</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Show the old and the new version side by side instead of one unified diff (Ctrl+Shift+D)</source>
        <translation>Afficher l’ancienne et la nouvelle version côte à côte au lieu d’un diff unifié (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Changed files</source>
        <translation>Fichiers modifiés</translation>
    </message>
    <message>
        <source>Changed fil&amp;es</source>
        <translation>&amp;Fichiers modifiés</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Itération %1</translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation>Sélectionnez un fichier pour voir ses modifications.</translation>
    </message>
    <message>
        <source>No file changed.</source>
        <translation>Aucun fichier modifié.</translation>
    </message>
    <message>
        <source>No changes yet: they appear after the first snapshot.</source>
        <translation>Aucune modification pour l’instant&#xa0;: elles apparaissent après le premier instantané.</translation>
    </message>
    <message>
        <source>Comparing the snapshots…</source>
        <translation>Comparaison des instantanés…</translation>
    </message>
    <message>
        <source>Iteration %1 changed no file since iteration %2.</source>
        <translation>L’itération %1 n’a modifié aucun fichier depuis l’itération %2.</translation>
    </message>
    <message>
        <source>Iteration %1 changed no file since the start.</source>
        <translation>L’itération %1 n’a modifié aucun fichier depuis le début.</translation>
    </message>
    <message>
        <source>Iteration %1, since iteration %2: files changed: %3, lines added: %4, removed: %5.</source>
        <extracomment>%1 this iteration, %2 the iteration compared with, then counts of files and lines</extracomment>
        <translation>Itération %1 depuis l’itération %2&#xa0;: fichiers modifiés&#xa0;: %3, lignes ajoutées&#xa0;: %4, supprimées&#xa0;: %5.</translation>
    </message>
    <message>
        <source>Iteration %1, since the start: files changed: %2, lines added: %3, removed: %4.</source>
        <extracomment>%1 this iteration, then counts of files and lines</extracomment>
        <translation>Itération %1 depuis le début&#xa0;: fichiers modifiés&#xa0;: %2, lignes ajoutées&#xa0;: %3, supprimées&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ConnectionTester</name>
    <message>
        <source>The local sandbox server is running (pid %1).</source>
        <translation>Le serveur local de bacs à sable est en marche (PID %1).</translation>
    </message>
    <message>
        <source>Started the local sandbox server (pid %1).</source>
        <translation>Serveur local de bacs à sable démarré (PID %1).</translation>
    </message>
    <message>
        <source>The local sandbox server could not start: %1</source>
        <translation>Le serveur local de bacs à sable n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looking for the local sandbox server…</source>
        <translation>Recherche du serveur local de bacs à sable…</translation>
    </message>
    <message>
        <source>The connection settings are incomplete: %1</source>
        <translation>Les paramètres de connexion sont incomplets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creating a sandbox from template “%1” at %2…</source>
        <translation>Création d’un bac à sable à partir du modèle «&#xa0;%1&#xa0;» sur %2…</translation>
    </message>
    <message>
        <source>Could not create a sandbox: %1</source>
        <translation>Impossible de créer un bac à sable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created sandbox %1 in %2 ms; removing it…</source>
        <translation>Bac à sable %1 créé en %2 ms&#xa0;; suppression…</translation>
    </message>
    <message>
        <source>Created sandbox %1 in %2 ms, but could not remove it: %3. It expires by itself within a minute.</source>
        <translation>Bac à sable %1 créé en %2 ms, mais impossible de le supprimer&#xa0;: %3. Il expire de lui-même en moins d’une minute.</translation>
    </message>
    <message>
        <source>Connection works: created sandbox %1 in %2 ms and removed it (%3 ms in total).</source>
        <translation>La connexion fonctionne&#xa0;: bac à sable %1 créé en %2 ms puis supprimé (%3 ms au total).</translation>
    </message>
    <message>
        <source>Anthropic: an API key is set.</source>
        <translation>Anthropic&#xa0;: une clé d’API est définie.</translation>
    </message>
    <message>
        <source>Anthropic: no API key. %1</source>
        <translation>Anthropic&#xa0;: aucune clé d’API. %1</translation>
    </message>
    <message>
        <source>Contacting the model endpoint %1…</source>
        <translation>Contact du point de terminaison du modèle %1…</translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 (ANTHROPIC_BASE_URL) does not answer: %2.</source>
        <translation>Anthropic&#xa0;: le point de terminaison %1 (ANTHROPIC_BASE_URL) ne répond pas&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Connection test cancelled.</source>
        <translation>Test de connexion annulé.</translation>
    </message>
    <message>
        <source>Reinstall Autocoder, or set AUTOCODER_SANDBOXD to its path.</source>
        <translation>Réinstallez Autocoder ou définissez AUTOCODER_SANDBOXD sur le chemin du serveur.</translation>
    </message>
    <message>
        <source>The local sandbox server (autocoder-sandboxd) was not found: it is neither next to Autocoder nor on PATH.</source>
        <translation>Le serveur local de bacs à sable (autocoder-sandboxd) est introuvable&#xa0;: il ne se trouve ni à côté d’Autocoder ni dans le PATH.</translation>
    </message>
    <message>
        <source>The local sandbox server (autocoder-sandboxd) was not found: %1 is not an executable file.</source>
        <translation>Le serveur local de bacs à sable (autocoder-sandboxd) est introuvable&#xa0;: %1 n’est pas un fichier exécutable.</translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 answers; an API key is set.</source>
        <translation>Anthropic&#xa0;: le point de terminaison %1 répond&#xa0;; une clé d’API est définie.</translation>
    </message>
    <message>
        <source>Anthropic: the endpoint %1 answers; no API key.</source>
        <translation>Anthropic&#xa0;: le point de terminaison %1 répond&#xa0;; aucune clé d’API.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::DiffView</name>
    <message>
        <source>Unified diff</source>
        <translation>Diff unifié</translation>
    </message>
    <message>
        <source>Old version</source>
        <translation>Ancienne version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Select a file to see its changes.</source>
        <translation>Sélectionnez un fichier pour voir ses modifications.</translation>
    </message>
    <message>
        <source>%1 (renamed from %2)</source>
        <translation>%1 (renommé depuis %2)</translation>
    </message>
    <message>
        <source>A locked test: the spec wrote it and the agent must not change it.</source>
        <translation>Un test verrouillé&#xa0;: la spécification l’a écrit et l’agent ne doit pas le modifier.</translation>
    </message>
    <message>
        <source>A binary file (%1 → %2): no line diff.</source>
        <translation>Un fichier binaire (%1 → %2)&#xa0;: pas de diff par ligne.</translation>
    </message>
    <message>
        <source>Moved from %1; the content is the same.</source>
        <translation>Déplacé depuis %1&#xa0;; le contenu est identique.</translation>
    </message>
    <message>
        <source>A large file (%1): only its first %2 are compared.</source>
        <translation>Un gros fichier (%1)&#xa0;: seuls les %2 premiers sont comparés.</translation>
    </message>
    <message>
        <source>Too many differences for a minimal diff: the changed part is shown as removed, then added.</source>
        <translation>Trop de différences pour un diff minimal&#xa0;: la partie modifiée est affichée comme supprimée, puis ajoutée.</translation>
    </message>
    <message>
        <source>No line differs.</source>
        <translation>Aucune ligne ne diffère.</translation>
    </message>
    <message>
        <source>\ No newline at end of file</source>
        <translation>\ Pas de fin de ligne à la fin du fichier</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FeedPublisher</name>
    <message>
        <source>Cannot create the folder of %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>Cannot publish runs on port %1: %2</source>
        <translation>Impossible de publier les exécutions sur le port %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FileTreeModel</name>
    <message>
        <source>new</source>
        <extracomment>A file that is new in this iteration</extracomment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>locked test</source>
        <translation>test verrouillé</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Déplacé depuis %1</translation>
    </message>
    <message>
        <source>Deleted in this iteration</source>
        <translation>Supprimé dans cette itération</translation>
    </message>
    <message>
        <source>A locked test: the agent must not change it</source>
        <translation>Un test verrouillé&#xa0;: l’agent ne doit pas le modifier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column header: what happened to the file</extracomment>
        <translation>Modification</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::FilesPanel</name>
    <message>
        <source>Generated files</source>
        <translation>Fichiers générés</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>File preview</source>
        <translation>Aperçu du fichier</translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation>Sélectionnez un fichier pour en afficher l’aperçu.</translation>
    </message>
    <message>
        <source>Snapshot of iteration</source>
        <translation>Instantané de l’itération</translation>
    </message>
    <message>
        <source>Which iteration&apos;s snapshot to browse</source>
        <translation>Itération dont l’instantané est affiché</translation>
    </message>
    <message>
        <source>Iterati&amp;on:</source>
        <translation>Itérati&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is a binary file; no preview.</source>
        <translation>%1 est un fichier binaire&#xa0;; pas d’aperçu.</translation>
    </message>
    <message>
        <source>[preview cut at %1]</source>
        <translation>[aperçu tronqué à %1]</translation>
    </message>
    <message>
        <source>Iteration %1 (latest)</source>
        <translation>Itération %1 (la plus récente)</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Itération %1</translation>
    </message>
    <message>
        <source>Folder %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Items: %1, %2</source>
        <translation>Éléments&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Preview of %1 (deleted; as it was in iteration %2)</source>
        <translation>Aperçu de %1 (supprimé&#xa0;; tel qu’il était à l’itération %2)</translation>
    </message>
    <message>
        <source>Preview of %1 (%2)</source>
        <translation>Aperçu de %1 (%2)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No files yet: the tree appears after the first snapshot.</source>
        <translation>Aucun fichier pour l’instant&#xa0;: l’arborescence apparaît après le premier instantané.</translation>
    </message>
    <message>
        <source>Files: %1 (%2), from the snapshot of iteration %3</source>
        <translation>Fichiers&#xa0;: %1 (%2), d’après l’instantané de l’itération %3</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LockedTestsEditor</name>
    <message>
        <source>Locked test files</source>
        <translation>Fichiers de test verrouillés</translation>
    </message>
    <message>
        <source>Add from F&amp;ile…</source>
        <translation>Ajouter depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Type a Test</source>
        <translation>&amp;Saisir un test</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>tests/example.test.ts</source>
        <translation>tests/example.test.ts</translation>
    </message>
    <message>
        <source>Path of the locked test in the project</source>
        <translation>Chemin du test verrouillé dans le projet</translation>
    </message>
    <message>
        <source>Content of the locked test</source>
        <translation>Contenu du test verrouillé</translation>
    </message>
    <message>
        <source>The test file&apos;s content</source>
        <translation>Contenu du fichier de test</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>&amp;Chemin&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; lock a smaller test file.</source>
        <translation>%1 dépasse %2 Kio&#xa0;; verrouillez un fichier de test plus petit.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Lock Test Files</source>
        <translation>Verrouiller des fichiers de test</translation>
    </message>
    <message>
        <source>Test files (*.ts *.js *.mjs *.cjs *.tsx *.jsx);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Fichiers de test (*.ts *.js *.mjs *.cjs *.tsx *.jsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Add Test</source>
        <translation>Impossible d’ajouter le test</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LogModel</name>
    <message>
        <source>Set-up after iteration %1 · %2</source>
        <translation>Configuration après l’itération %1 · %2</translation>
    </message>
    <message>
        <source>Set-up · %1</source>
        <translation>Configuration · %1</translation>
    </message>
    <message>
        <source>Iteration %1 · %2</source>
        <translation>Itération %1 · %2</translation>
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
        <translation>heure inconnue</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>A warning from Autocoder itself in the log</extracomment>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <extracomment>An error from Autocoder itself in the log</extracomment>
        <translation>erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::LogPanel</name>
    <message>
        <source>Search the logs (Ctrl+F)</source>
        <translation>Rechercher dans les journaux (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search logs</source>
        <translation>Rechercher dans les journaux</translation>
    </message>
    <message>
        <source>Show output of step</source>
        <translation>Afficher la sortie de l’étape</translation>
    </message>
    <message>
        <source>All steps</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>St&amp;ep:</source>
        <translation>Ét&amp;ape&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ollow</source>
        <translation>&amp;Suivre</translation>
    </message>
    <message>
        <source>Keep the newest line in view</source>
        <translation>Garder la dernière ligne visible</translation>
    </message>
    <message>
        <source>Number of log lines</source>
        <translation>Nombre de lignes de journal</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Lignes de journal</translation>
    </message>
    <message>
        <source>Autocoder</source>
        <translation>Autocoder</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Lignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lines: %1 of %2</source>
        <translation>Lignes&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::MainWindow</name>
    <message>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>R&amp;uns</source>
        <translation>E&amp;xécutions</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>&amp;Nouvelle exécution…</translation>
    </message>
    <message>
        <source>Describe a project and start generating it</source>
        <translation>Décrire un projet et lancer sa génération</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>&amp;Ouvrir une spécification…</translation>
    </message>
    <message>
        <source>Start a new run from a saved spec file</source>
        <translation>Lancer une nouvelle exécution à partir d’un fichier de spécification enregistré</translation>
    </message>
    <message>
        <source>Open &amp;Recent Spec</source>
        <translation>Spécifications &amp;récentes</translation>
    </message>
    <message>
        <source>Replay Run &amp;Journal…</source>
        <translation>Rejouer le &amp;journal d’exécution…</translation>
    </message>
    <message>
        <source>Show a run again from its events.jsonl</source>
        <translation>Afficher à nouveau une exécution à partir de son events.jsonl</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Re&amp;fresh Runs</source>
        <translation>&amp;Actualiser les exécutions</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Autocoder</source>
        <translation>À &amp;propos d’Autocoder</translation>
    </message>
    <message>
        <source>About Autocoder</source>
        <translation>À propos d’Autocoder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Autocoder %1&lt;/b&gt;&lt;p&gt;Describe the software you want; an agent writes it in an isolated sandbox while Autocoder installs, tests and builds it.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Autocoder %1&lt;/b&gt;&lt;p&gt;Décrivez le logiciel que vous voulez&#xa0;; un agent l’écrit dans un bac à sable isolé pendant qu’Autocoder l’installe, le teste et le compile.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>Check what runs need (keys, sandbox tools) and fix it</source>
        <translation>Vérifier ce dont les exécutions ont besoin (clés, outils de bac à sable) et y remédier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>No runs yet</source>
        <translation>Aucune exécution pour l’instant</translation>
    </message>
    <message>
        <source>Describe the software you want, and Autocoder builds and tests it in an isolated sandbox.</source>
        <translation>Décrivez le logiciel que vous voulez, et Autocoder le compile et le teste dans un bac à sable isolé.</translation>
    </message>
    <message>
        <source>New run</source>
        <translation>Nouvelle exécution</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Dismiss notification</source>
        <translation>Masquer la notification</translation>
    </message>
    <message>
        <source>“%1” waits for a free slot for local runs.</source>
        <translation>«&#xa0;%1&#xa0;» attend une place libre pour les exécutions locales.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the journal could not be read: %1</source>
        <translation>
            <numerusform>%n ligne du journal n’a pas pu être lue&#xa0;: %1</numerusform>
            <numerusform>%n lignes du journal n’ont pas pu être lues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run “%1” finished: %2</source>
        <translation>Exécution «&#xa0;%1&#xa0;» terminée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the set-up page lists what is still missing.</source>
        <translation>la page de configuration indique ce qui manque encore.</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Ouvrir une spécification</translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Spécifications Autocoder (*.autocoder.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>Impossible d’ouvrir la spécification</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>A recent spec in the File menu: %1 its number (the shortcut key), %2 its file</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent specs</source>
        <translation>Aucune spécification récente</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Replay Run Journal</source>
        <translation>Rejouer le journal d’exécution</translation>
    </message>
    <message>
        <source>Run journals (events.jsonl *.jsonl);;All files (*)</source>
        <translation>Journaux d’exécution (events.jsonl *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Replay</source>
        <translation>Impossible de rejouer</translation>
    </message>
    <message>
        <source>&amp;Attach to Run…</source>
        <translation>&amp;Se connecter à une exécution…</translation>
    </message>
    <message>
        <source>Follow a run served elsewhere through its event feed, and stop or guide it</source>
        <translation>Suivre une exécution servie ailleurs via son flux d’événements, et l’arrêter ou la guider</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2); trying again…</source>
        <translation>Impossible de joindre %1 (%2)&#xa0;; nouvelle tentative…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the mirrored journal could not be read: %1</source>
        <translation>
            <numerusform>%n ligne du journal miroir n’a pas pu être lue&#xa0;: %1</numerusform>
            <numerusform>%n lignes du journal miroir n’ont pas pu être lues&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>attached</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>The run&apos;s feed has closed: go on with the run where it runs (autocoder resume), or attach again once it is served.</source>
        <translation>Le flux de l’exécution est fermé&#xa0;: poursuivez l’exécution là où elle tourne (autocoder resume), ou reconnectez-vous une fois qu’elle est de nouveau servie.</translation>
    </message>
    <message>
        <source>Lost the connection to %1; reconnecting…</source>
        <translation>Connexion à %1 perdue&#xa0;; reconnexion…</translation>
    </message>
    <message>
        <source>Attached to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Cannot attach to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not attached to %1: %2. Check the token (and the address), then attach again.</source>
        <translation>Non connecté à %1&#xa0;: %2. Vérifiez le jeton (et l’adresse), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Detached from %1; the run goes on there. Attach again to follow it.</source>
        <translation>Déconnecté de %1&#xa0;; l’exécution s’y poursuit. Reconnectez-vous pour la suivre.</translation>
    </message>
    <message>
        <source>This run was attached with its read-only token: it may be watched, not stopped or guided. Attach again with its full token.</source>
        <translation>Cette exécution a été connectée avec son jeton en lecture seule&#xa0;: elle peut être observée, mais ni arrêtée ni guidée. Reconnectez-vous avec son jeton complet.</translation>
    </message>
    <message>
        <source>The run&apos;s feed is not connected just now, so nothing was sent. It reconnects by itself: try again then.</source>
        <translation>Le flux de l’exécution n’est pas connecté pour le moment, rien n’a donc été envoyé. Il se reconnecte tout seul&#xa0;: réessayez ensuite.</translation>
    </message>
    <message>
        <source>The run&apos;s feed did not take the request.</source>
        <translation>Le flux de l’exécution n’a pas accepté la requête.</translation>
    </message>
    <message>
        <source>Asked the run to stop; it keeps its work in a last snapshot.</source>
        <translation>Arrêt demandé à l’exécution&#xa0;; elle conserve son travail dans un dernier instantané.</translation>
    </message>
    <message>
        <source>Cannot Stop the Run</source>
        <translation>Impossible d’arrêter l’exécution</translation>
    </message>
    <message>
        <source>Guidance sent: the run goes on with it.</source>
        <translation>Consignes envoyées&#xa0;: l’exécution se poursuit en en tenant compte.</translation>
    </message>
    <message>
        <source>Cannot Continue the Run</source>
        <translation>Impossible de poursuivre l’exécution</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the run&apos;s folder in the file manager</source>
        <translation>Afficher le dossier de l’exécution dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>D&amp;uplicate as New Run…</source>
        <translation>D&amp;upliquer en nouvelle exécution…</translation>
    </message>
    <message>
        <source>Open the wizard with this run&apos;s spec</source>
        <translation>Ouvrir l’assistant avec la spécification de cette exécution</translation>
    </message>
    <message>
        <source>&amp;Delete Run…</source>
        <translation>&amp;Supprimer l’exécution…</translation>
    </message>
    <message>
        <source>Detac&amp;h from Run</source>
        <translation>Se déconnec&amp;ter de l’exécution</translation>
    </message>
    <message>
        <source>Stop following the attached run here; it goes on where it runs</source>
        <translation>Ne plus suivre ici l’exécution connectée&#xa0;; elle se poursuit là où elle tourne</translation>
    </message>
    <message>
        <source>Remove from &amp;Queue</source>
        <translation>Retirer de la &amp;file d’attente</translation>
    </message>
    <message>
        <source>The run has not started: nothing is lost</source>
        <translation>L’exécution n’a pas commencé&#xa0;: rien n’est perdu</translation>
    </message>
    <message>
        <source>An attached run runs elsewhere: it cannot be deleted from here</source>
        <translation>Une exécution connectée tourne ailleurs&#xa0;: elle ne peut pas être supprimée d’ici</translation>
    </message>
    <message>
        <source>A running run cannot be deleted: stop it first</source>
        <translation>Une exécution en cours ne peut pas être supprimée&#xa0;: arrêtez-la d’abord</translation>
    </message>
    <message>
        <source>Delete the run&apos;s folder</source>
        <translation>Supprimer le dossier de l’exécution</translation>
    </message>
    <message>
        <source>Cannot Duplicate</source>
        <translation>Impossible de dupliquer</translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s spec: %1</source>
        <translation>Impossible de lire la spécification de l’exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>A running run cannot be deleted: stop it first.</source>
        <translation>Une exécution en cours ne peut pas être supprimée&#xa0;: arrêtez-la d’abord.</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Supprimer l’exécution</translation>
    </message>
    <message>
        <source>Delete the run “%1”?</source>
        <translation>Supprimer l’exécution «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its folder, with the journal, snapshots and report, is removed from disk:
%1
Projects you saved elsewhere are not touched.</source>
        <translation>Son dossier, avec le journal, les instantanés et le rapport, est supprimé du disque&#xa0;:
%1
Les projets enregistrés ailleurs ne sont pas touchés.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cannot Delete Run</source>
        <translation>Impossible de supprimer l’exécution</translation>
    </message>
    <message>
        <source>Some files in %1 could not be removed.</source>
        <translation>Certains fichiers de %1 n’ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>Run deleted.</source>
        <translation>Exécution supprimée.</translation>
    </message>
    <message>
        <source>Quit Autocoder</source>
        <translation>Quitter Autocoder</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) still running.</source>
        <translation>
            <numerusform>%n exécution encore en cours.</numerusform>
            <numerusform>%n exécutions encore en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) waiting to start.</source>
        <translation>
            <numerusform>%n exécution en attente de démarrage.</numerusform>
            <numerusform>%n exécutions en attente de démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Stop them&lt;/b&gt;: each run takes a last snapshot of its work and stops; Resume goes on from it later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Leave running&lt;/b&gt;: local sandboxes keep working, and the runs are picked up again the next time Autocoder starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les arrêter&lt;/b&gt;&#xa0;: chaque exécution prend un dernier instantané de son travail et s’arrête&#xa0;; Reprendre repart de là plus tard.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Laisser tourner&lt;/b&gt;&#xa0;: les bacs à sable locaux continuent de travailler, et les exécutions sont reprises au prochain démarrage d’Autocoder.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n run(s) waiting in the queue will not start.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n exécution en file d’attente ne démarrera pas.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n exécutions en file d’attente ne démarreront pas.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Stop Them, Keeping Their Work</source>
        <translation>&amp;Les arrêter en gardant leur travail</translation>
    </message>
    <message>
        <source>&amp;Leave Running</source>
        <translation>Laisser &amp;tourner</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n run(s), keeping their work…</source>
        <translation>
            <numerusform>Arrêt de %n exécution, son travail est conservé…</numerusform>
            <numerusform>Arrêt de %n exécutions, leur travail est conservé…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Window Open</source>
        <translation>Laisser la &amp;fenêtre ouverte</translation>
    </message>
    <message>
        <source>&amp;Verify Project…</source>
        <translation>&amp;Vérifier le projet…</translation>
    </message>
    <message>
        <source>Replay a saved project in a fresh sandbox and compare it with its VERIFICATION.json</source>
        <translation>Rejouer un projet enregistré dans un nouveau bac à sable et le comparer à son VERIFICATION.json</translation>
    </message>
    <message>
        <source>Verify a Saved Project</source>
        <translation>Vérifier un projet enregistré</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::MutationModel</name>
    <message>
        <source>Passed</source>
        <extracomment>The mutation check&apos;s result: enough mutants were caught</extracomment>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <extracomment>The mutation check&apos;s result: too few mutants were caught</extracomment>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>Skipped</source>
        <extracomment>The mutation check&apos;s result: it did not run (budget, project size...)</extracomment>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Not run</source>
        <extracomment>The mutation check&apos;s result: it was not reached in this iteration
----------
A mutant the check had no time left for</extracomment>
        <translation>Non exécuté</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
    <message numerus="yes">
        <source>No mutant could be scored (%n tried) — threshold %1%</source>
        <translation>
            <numerusform>Aucun mutant n’a pu être évalué (%n essayé) — seuil %1&#xa0;%</numerusform>
            <numerusform>Aucun mutant n’a pu être évalué (%n essayés) — seuil %1&#xa0;%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tests caught %1 of %n mutant(s) (%2%) — threshold %3%</source>
        <extracomment>%1 mutants caught, %n mutants scored, %2 the score, %3 the threshold (percent)</extracomment>
        <translation>
            <numerusform>Les tests ont détecté %1 sur %n mutant (%2&#xa0;%) — seuil %3&#xa0;%</numerusform>
            <numerusform>Les tests ont détecté %1 sur %n mutants (%2&#xa0;%) — seuil %3&#xa0;%</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not run: the tests did not pass.</source>
        <translation>Non exécuté&#xa0;: les tests n’ont pas réussi.</translation>
    </message>
    <message>
        <source>Not run in this iteration.</source>
        <translation>Non exécuté dans cette itération.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Pas encore exécuté.</translation>
    </message>
    <message>
        <source>The mutation check&apos;s result of iteration %1 could not be read.</source>
        <translation>Le résultat du contrôle par mutation de l’itération %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Killed</source>
        <extracomment>A mutant some test failed on, as it should</extracomment>
        <translation>Détecté</translation>
    </message>
    <message>
        <source>Survived</source>
        <extracomment>A mutant every test passed with: the tests miss this change</extracomment>
        <translation>Survivant</translation>
    </message>
    <message>
        <source>Timed out</source>
        <extracomment>A mutant the tests did not finish on (counted as caught)</extracomment>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>delete %1</source>
        <extracomment>A mutant that deletes a statement: %1 the statement</extracomment>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A mutant&apos;s change: %1 the original code, %2 what replaced it</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Column header: file and line of a mutant</extracomment>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Operator</source>
        <extracomment>Column header: the kind of change a mutant makes</extracomment>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column header: what the tests did with a mutant</extracomment>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ProjectPage</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Name the project, pick what kind of software it is, and describe what it should do.</source>
        <translation>Nommez le projet, choisissez le type de logiciel et décrivez ce qu’il doit faire.</translation>
    </message>
    <message>
        <source>todo-lib</source>
        <translation>todo-lib</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nom du projet</translation>
    </message>
    <message>
        <source>Project kind</source>
        <translation>Type de projet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Use the &amp;Example</source>
        <translation>Utiliser l’&amp;exemple</translation>
    </message>
    <message>
        <source>Fill the description with the example for this kind</source>
        <translation>Remplir la description avec l’exemple de ce type</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Next needs a project name: fill in Name.</source>
        <translation>«&#xa0;Suivant&#xa0;» nécessite un nom de projet&#xa0;: remplissez «&#xa0;Nom&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RequirementsModel</name>
    <message>
        <source>The requirement table of iteration %1 could not be read.</source>
        <translation>Le tableau des exigences de l’itération %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The spec lists no requirements, so none needs a test.</source>
        <translation>La spécification ne contient aucune exigence&#xa0;: aucune n’a donc besoin de test.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n requirement(s) covered by a passing test</source>
        <extracomment>%1 covered requirements, %n all requirements</extracomment>
        <translation>
            <numerusform>%1 sur %n exigence couverte par un test réussi</numerusform>
            <numerusform>%1 sur %n exigences couvertes par un test réussi</numerusform>
        </translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>A requirement with at least one passing test</extracomment>
        <translation>Couverte</translation>
    </message>
    <message>
        <source>Failing</source>
        <extracomment>A requirement whose tests all fail or were skipped</extracomment>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Uncovered</source>
        <extracomment>A requirement no test names</extracomment>
        <translation>Non couverte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>One test of a requirement: %1 its name, %2 its result (passed, failed, ...)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n test(s)</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
    <message>
        <source>No test names %1. Put “[%1]” in the name of a test that checks it.</source>
        <translation>Aucun test ne nomme %1. Mettez «&#xa0;[%1]&#xa0;» dans le nom d’un test qui la vérifie.</translation>
    </message>
    <message>
        <source>Id</source>
        <extracomment>Column header: a requirement&apos;s id (R1, R2, ...)</extracomment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RequirementsPage</name>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>List the features, say how to check them, and optionally lock test files the result must pass.</source>
        <translation>Énumérez les fonctionnalités, indiquez comment les vérifier et, si vous le souhaitez, verrouillez des fichiers de test que le résultat doit réussir.</translation>
    </message>
    <message>
        <source>Type a feature and press Enter</source>
        <translation>Saisissez une fonctionnalité et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Fonctionnalités</translation>
    </message>
    <message>
        <source>Type an acceptance criterion and press Enter</source>
        <translation>Saisissez un critère d’acceptation et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Acceptance criteria</source>
        <translation>Critères d’acceptation</translation>
    </message>
    <message>
        <source>What the software must do, one feature per row.</source>
        <translation>Ce que le logiciel doit faire, une fonctionnalité par ligne.</translation>
    </message>
    <message>
        <source>&amp;Features</source>
        <translation>&amp;Fonctionnalités</translation>
    </message>
    <message>
        <source>How you will know it works: observable behaviour, one per row.</source>
        <translation>Comment vous saurez que cela fonctionne&#xa0;: un comportement observable par ligne.</translation>
    </message>
    <message>
        <source>&amp;Acceptance Criteria</source>
        <translation>Critères d’&amp;acceptation</translation>
    </message>
    <message>
        <source>Optional. Tests you wrote: uploaded as they are; the run is green only when they pass unchanged.</source>
        <translation>Facultatif. Des tests que vous avez écrits&#xa0;: ils sont envoyés tels quels&#xa0;; l’exécution n’est verte que s’ils réussissent sans modification.</translation>
    </message>
    <message>
        <source>&amp;Locked Tests</source>
        <translation>Tests &amp;verrouillés</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>This is exactly what the agent will read. Edit it if you like, then start the run.</source>
        <translation>Voici exactement ce que l’agent lira. Modifiez-le si vous le souhaitez, puis lancez l’exécution.</translation>
    </message>
    <message>
        <source>Problems to fix before starting</source>
        <translation>Problèmes à corriger avant de démarrer</translation>
    </message>
    <message>
        <source>Why the run did not start</source>
        <translation>Pourquoi l’exécution n’a pas démarré</translation>
    </message>
    <message>
        <source>Prompt for the agent</source>
        <translation>Invite pour l’agent</translation>
    </message>
    <message>
        <source>CLAUDE.md rules file</source>
        <translation>Fichier de règles CLAUDE.md</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <source>&amp;CLAUDE.md</source>
        <translation>&amp;CLAUDE.md</translation>
    </message>
    <message>
        <source>&amp;Regenerate from the Answers</source>
        <translation>&amp;Régénérer à partir des réponses</translation>
    </message>
    <message>
        <source>Discard edits to the brief and render it again</source>
        <translation>Abandonner les modifications du cahier des charges et le générer à nouveau</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix these before starting (use Back):</source>
        <translation>Corrigez ceci avant de démarrer (avec «&#xa0;Précédent&#xa0;»)&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ The run did not start: %1
Your answers are kept; fix the problem and press Start Run again.</source>
        <translation>⚠ L’exécution n’a pas démarré&#xa0;: %1
Vos réponses sont conservées&#xa0;; corrigez le problème et cliquez à nouveau sur «&#xa0;Lancer l’exécution&#xa0;».</translation>
    </message>
    <message>
        <source>%1 — %2.</source>
        <extracomment>%1 the project&apos;s name, %2 its kind</extracomment>
        <translation>%1 — %2.</translation>
    </message>
    <message>
        <source>Features: %1; acceptance criteria: %2; locked tests: %3.</source>
        <extracomment>The numbers of features, acceptance criteria and locked tests in the spec</extracomment>
        <translation>Fonctionnalités&#xa0;: %1&#xa0;; critères d’acceptation&#xa0;: %2&#xa0;; tests verrouillés&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Model %1 on E2B.</source>
        <extracomment>%1 the model&apos;s id; E2B the hosted sandbox service</extracomment>
        <translation>Modèle %1 sur E2B.</translation>
    </message>
    <message>
        <source>Model %1 on this computer.</source>
        <extracomment>%1 the model&apos;s id</extracomment>
        <translation>Modèle %1 sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Limits: %n iteration(s), $%1, %2.</source>
        <extracomment>The run&apos;s limits: iterations, %1 the budget in dollars, %2 the time limit (&quot;90 minutes&quot;)</extracomment>
        <translation>
            <numerusform>Limites&#xa0;: %n itération, $%1, %2.</numerusform>
            <numerusform>Limites&#xa0;: %n itérations, $%1, %2.</numerusform>
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
    <name>Autocoder::Ui::RunLauncher</name>
    <message>
        <source>No Anthropic API key. Enter it on the set-up page (File › Set Up) or in Settings, or set ANTHROPIC_API_KEY or ANTHROPIC_BASE_URL before starting Autocoder.</source>
        <translation>Aucune clé d’API Anthropic. Saisissez-la sur la page de configuration (Fichier › Configurer) ou dans les Paramètres, ou définissez ANTHROPIC_API_KEY ou ANTHROPIC_BASE_URL avant de lancer Autocoder.</translation>
    </message>
    <message>
        <source>No E2B API key. Enter it on the set-up page (File › Set Up) or in Settings, or set E2B_API_KEY before starting Autocoder.</source>
        <translation>Aucune clé d’API E2B. Saisissez-la sur la page de configuration (Fichier › Configurer) ou dans les Paramètres, ou définissez E2B_API_KEY avant de lancer Autocoder.</translation>
    </message>
    <message>
        <source>The sandbox backend could not start: %1</source>
        <translation>Le moteur de bacs à sable n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::RunListModel</name>
    <message>
        <source>Green</source>
        <extracomment>How a run ended (a run: one generation of a project)</extracomment>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Iteration limit</source>
        <translation>Limite d’itérations</translation>
    </message>
    <message>
        <source>Budget spent</source>
        <translation>Budget épuisé</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de durée</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>Aucun progrès</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>How a run ended (a run: one generation of a project)</extracomment>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>How a run ended (a run: one generation of a project)</extracomment>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Infrastructure error</source>
        <translation>Erreur d’infrastructure</translation>
    </message>
    <message>
        <source>Running</source>
        <extracomment>The state of a run (a run: one generation of a project)</extracomment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>The state of a run (a run: one generation of a project)</extracomment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>The state of a run (a run: one generation of a project)</extracomment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Waiting for a free slot for local runs (see Settings)</source>
        <translation>En attente d’un emplacement libre pour les exécutions locales (voir Paramètres)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Queued (%1)</source>
        <translation>En file d’attente (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the run&apos;s state (Running, ...), %2 a note such as &quot;attached&quot; or &quot;connection lost&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Iterations column: %1 the current iteration, %2 the most the run may take</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
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
        <translation>Compteurs de l’exécution</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Étapes de l’exécution</translation>
    </message>
    <message>
        <source>Run details</source>
        <translation>Détails de l’exécution</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Acti&amp;vité</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Journaux</translation>
    </message>
    <message>
        <source>&amp;Tests</source>
        <translation>&amp;Tests</translation>
    </message>
    <message>
        <source>F&amp;iles</source>
        <translation>F&amp;ichiers</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>Ste&amp;ps</source>
        <translation>Éta&amp;pes</translation>
    </message>
    <message>
        <source>Iteration %1 · %2</source>
        <translation>Itération %1 · %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unreadable lines skipped: %1 (the first: %2)</source>
        <translation>Lignes illisibles ignorées&#xa0;: %1 (la première&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Arrêter…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Continue with Guidance…</source>
        <translation>&amp;Continuer avec des consignes…</translation>
    </message>
    <message>
        <source>Save to &amp;Disk…</source>
        <translation>Enregistrer sur le &amp;disque…</translation>
    </message>
    <message>
        <source>Open Re&amp;port</source>
        <translation>Ouvrir le ra&amp;pport</translation>
    </message>
    <message>
        <source>Open the run&apos;s report (Ctrl+Shift+R)</source>
        <translation>Ouvrir le rapport de l’exécution (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>No run is shown.</source>
        <translation>Aucune exécution n’est affichée.</translation>
    </message>
    <message>
        <source>The run has ended.</source>
        <translation>L’exécution est terminée.</translation>
    </message>
    <message>
        <source>Nothing runs this run now.</source>
        <translation>Cette exécution n’est pas en cours actuellement.</translation>
    </message>
    <message>
        <source>Stop the run; its work so far is kept (Ctrl+.)</source>
        <translation>Arrêter l’exécution&#xa0;; le travail effectué est conservé (Ctrl+.)</translation>
    </message>
    <message>
        <source>The run is running.</source>
        <translation>L’exécution est en cours.</translation>
    </message>
    <message>
        <source>This run is green: there is nothing to resume.</source>
        <translation>Cette exécution est au vert&#xa0;: il n’y a rien à reprendre.</translation>
    </message>
    <message>
        <source>The run has ended: go on with Continue with Guidance.</source>
        <translation>L’exécution est terminée&#xa0;: poursuivez avec «&#xa0;Continuer avec des consignes&#xa0;».</translation>
    </message>
    <message>
        <source>This journal is not in a run folder, so the run cannot go on from it.</source>
        <translation>Ce journal n’est pas dans un dossier d’exécution&#xa0;: l’exécution ne peut pas reprendre à partir de lui.</translation>
    </message>
    <message>
        <source>Resume the interrupted run where it stopped (Ctrl+R)</source>
        <translation>Reprendre l’exécution interrompue là où elle s’est arrêtée (Ctrl+R)</translation>
    </message>
    <message>
        <source>The run is still going: stop it first, or wait for its outcome.</source>
        <translation>L’exécution est toujours en cours&#xa0;: arrêtez-la d’abord ou attendez son résultat.</translation>
    </message>
    <message>
        <source>This run is green: there is nothing to continue.</source>
        <translation>Cette exécution est au vert&#xa0;: il n’y a rien à poursuivre.</translation>
    </message>
    <message>
        <source>Give the agent a hint and run more iterations (Ctrl+G)</source>
        <translation>Donner une consigne à l’agent et lancer d’autres itérations (Ctrl+G)</translation>
    </message>
    <message>
        <source>There is no snapshot of the project yet.</source>
        <translation>Il n’existe encore aucun instantané du projet.</translation>
    </message>
    <message>
        <source>Write the generated project to a folder (Ctrl+S)</source>
        <translation>Écrire le projet généré dans un dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>There is no report for this run.</source>
        <translation>Il n’y a pas de rapport pour cette exécution.</translation>
    </message>
    <message>
        <source>Stop the Run?</source>
        <translation>Arrêter l’exécution&#xa0;?</translation>
    </message>
    <message>
        <source>Stop “%1”?</source>
        <translation>Arrêter «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The files the agent has written so far are kept in a last snapshot: you can save them, or go on later with Continue with Guidance.

Keeping the sandbox lets the run go on in it, with everything it installed; it is removed when its time runs out.</source>
        <translation>Les fichiers écrits jusqu’ici par l’agent sont conservés dans un dernier instantané&#xa0;: vous pouvez les enregistrer, ou poursuivre plus tard avec «&#xa0;Continuer avec des consignes&#xa0;».

Conserver le bac à sable permet à l’exécution d’y reprendre, avec tout ce qu’elle a installé&#xa0;; il est supprimé lorsque son temps expire.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>Button: stop the run (and its sandbox)</extracomment>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Snapshot the work, then end the run and remove its sandbox</source>
        <translation>Prendre un instantané du travail, puis terminer l’exécution et supprimer son bac à sable</translation>
    </message>
    <message>
        <source>The run stops where it runs; the files the agent has written so far are kept in a last snapshot, and you can go on later with Continue with Guidance.</source>
        <translation>L’exécution s’arrête là où elle tourne&#xa0;; les fichiers écrits jusqu’ici par l’agent sont conservés dans un dernier instantané, et vous pourrez poursuivre plus tard avec «&#xa0;Continuer avec des consignes&#xa0;».</translation>
    </message>
    <message>
        <source>Stop and &amp;Keep Sandbox</source>
        <translation>Arrêter et &amp;garder le bac à sable</translation>
    </message>
    <message>
        <source>Snapshot the work, then end the run but leave its sandbox running</source>
        <translation>Prendre un instantané du travail, puis terminer l’exécution en laissant tourner son bac à sable</translation>
    </message>
    <message>
        <source>Continue with Guidance</source>
        <translation>Continuer avec des consignes</translation>
    </message>
    <message>
        <source>What should the agent do differently? Your words are added to the next iteration&apos;s feedback, and the run goes on.</source>
        <translation>Que doit faire l’agent différemment&#xa0;? Votre texte est ajouté au retour de la prochaine itération, et l’exécution continue.</translation>
    </message>
    <message>
        <source>No Guidance Given</source>
        <translation>Aucune consigne donnée</translation>
    </message>
    <message>
        <source>The run did not go on: type what the agent should do differently, then press OK.</source>
        <translation>L’exécution n’a pas repris&#xa0;: saisissez ce que l’agent doit faire différemment, puis appuyez sur OK.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>%1 how the run ended (e.g. &quot;Time limit&quot;)</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 how the run ended (e.g. &quot;Time limit&quot;), %2 the run&apos;s closing message</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save the work so far, or go on with Continue with Guidance.</source>
        <translation>Enregistrez le travail effectué, ou poursuivez avec «&#xa0;Continuer avec des consignes&#xa0;».</translation>
    </message>
    <message>
        <source>Save the work so far.</source>
        <translation>Enregistrez le travail effectué.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Going on after iteration %1</source>
        <translation>Reprise après l’itération %1</translation>
    </message>
    <message>
        <source>Re-attached to the sandbox after iteration %1</source>
        <translation>Reconnexion au bac à sable après l’itération %1</translation>
    </message>
    <message>
        <source>Resumed from the last snapshot after iteration %1</source>
        <translation>Reprise depuis le dernier instantané après l’itération %1</translation>
    </message>
    <message>
        <source>No run selected</source>
        <translation>Aucune exécution sélectionnée</translation>
    </message>
    <message>
        <source>Start a new run or pick one from the list.</source>
        <translation>Lancez une nouvelle exécution ou choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the project&apos;s name, %2 the run&apos;s state</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation>Itération %1 sur %2</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Itération %1</translation>
    </message>
    <message>
        <source>$%1 of $%2</source>
        <translation>$%1 sur $%2</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 (this session %2)</source>
        <translation>%1 (cette session %2)</translation>
    </message>
    <message>
        <source>%1  ·  Elapsed %2  ·  Cost %3  ·  Agent turns %4</source>
        <translation>%1  ·  Durée %2  ·  Coût %3  ·  Tours de l’agent %4</translation>
    </message>
    <message>
        <source>Interrupted: nothing runs it now. Resume goes on from where it stopped.</source>
        <translation>Interrompue&#xa0;: elle n’est plus en cours. «&#xa0;Reprendre&#xa0;» repart de là où elle s’est arrêtée.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — terminé</translation>
    </message>
    <message>
        <source>%1 — running</source>
        <translation>%1 — en cours</translation>
    </message>
    <message>
        <source>%1 — running (%2)</source>
        <translation>%1 — en cours (%2)</translation>
    </message>
    <message>
        <source>A save is already in progress.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>This run has no snapshot to save yet.</source>
        <translation>Cette exécution n’a pas encore d’instantané à enregistrer.</translation>
    </message>
    <message>
        <source>Save the Generated Project</source>
        <translation>Enregistrer le projet généré</translation>
    </message>
    <message>
        <source>Overwrite Files?</source>
        <translation>Écraser les fichiers&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already contains files. Saving replaces the whole folder with the generated project.</source>
        <translation>%1 contient déjà des fichiers. L’enregistrement remplace tout le dossier par le projet généré.</translation>
    </message>
    <message>
        <source>Saving Failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <source>Project Saved</source>
        <translation>Projet enregistré</translation>
    </message>
    <message>
        <source>The project was saved to %1. Open the folder?</source>
        <translation>Le projet a été enregistré dans %1. Ouvrir le dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot Open the Report</source>
        <translation>Impossible d’ouvrir le rapport</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The report is at %1.</source>
        <translation>Le rapport se trouve dans %1.</translation>
    </message>
    <message>
        <source>The project was saved to %1 with its verification receipt (File › Verify Project… replays it). Open the folder?</source>
        <translation>Le projet a été enregistré dans %1 avec son justificatif de vérification (Fichier › Vérifier le projet… le rejoue). Ouvrir le dossier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>État du trousseau</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Clé d’API Anthropic</translation>
    </message>
    <message>
        <source>E2B API key</source>
        <translation>Clé d’API E2B</translation>
    </message>
    <message>
        <source>S&amp;how keys</source>
        <translation>Affic&amp;her les clés</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>&amp;Anthropic:</source>
        <translation>&amp;Anthropic&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E2B:</source>
        <translation>&amp;E2B&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Local server on this computer</source>
        <translation>Serveur &amp;local sur cet ordinateur</translation>
    </message>
    <message>
        <source>E2B &amp;cloud (e2b.app)</source>
        <translation>&amp;Cloud E2B (e2b.app)</translation>
    </message>
    <message>
        <source>Custom E2B &amp;domain:</source>
        <translation>&amp;Domaine E2B personnalisé&#xa0;:</translation>
    </message>
    <message>
        <source>e2b.example.com</source>
        <translation>e2b.example.com</translation>
    </message>
    <message>
        <source>Custom E2B domain</source>
        <translation>Domaine E2B personnalisé</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Create a sandbox on the chosen backend and remove it again</source>
        <translation>Créer un bac à sable sur le moteur choisi, puis le supprimer</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Sandbox backend</source>
        <translation>Moteur de bacs à sable</translation>
    </message>
    <message>
        <source>e.g. pypi.org, *.example.com, 10.0.0.5:5432</source>
        <translation>p. ex. pypi.org, *.example.com, 10.0.0.5:5432</translation>
    </message>
    <message>
        <source>Other hosts sandboxes may reach</source>
        <translation>Autres hôtes accessibles aux bacs à sable</translation>
    </message>
    <message>
        <source>A sandbox reaches only the model endpoint and the package registries its commands use. List other hosts here, separated by commas: domains, *.domains, IP addresses, CIDR ranges, optionally with :port.</source>
        <translation>Un bac à sable n’accède qu’au point de terminaison du modèle et aux registres de paquets qu’utilisent ses commandes. Indiquez ici d’autres hôtes, séparés par des virgules&#xa0;: domaines, *.domaines, adresses IP, plages CIDR, éventuellement avec&#xa0;:port.</translation>
    </message>
    <message>
        <source>Local runs at once</source>
        <translation>Exécutions locales simultanées</translation>
    </message>
    <message numerus="yes">
        <source>Runs on the local server beyond this number wait in a queue and start when one ends. The default, %n, is one run per processor core and per 4 GiB of memory. E2B runs are not limited.</source>
        <translation>
            <numerusform>Au-delà de ce nombre, les exécutions sur le serveur local attendent dans une file et démarrent dès qu’une autre se termine. La valeur par défaut, %n, correspond à une exécution par cœur de processeur et par 4 Gio de mémoire. Les exécutions E2B ne sont pas limitées.</numerusform>
            <numerusform>Au-delà de ce nombre, les exécutions sur le serveur local attendent dans une file et démarrent dès qu’une autre se termine. La valeur par défaut, %n, correspond à une exécution par cœur de processeur et par 4 Gio de mémoire. Les exécutions E2B ne sont pas limitées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Al&amp;so allow:</source>
        <translation>Autori&amp;ser aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Local runs at o&amp;nce:</source>
        <translation>Exécutions locales simulta&amp;nées&#xa0;:</translation>
    </message>
    <message>
        <source>Default model</source>
        <translation>Modèle par défaut</translation>
    </message>
    <message>
        <source>Default maximum iterations</source>
        <translation>Nombre maximal d’itérations par défaut</translation>
    </message>
    <message>
        <source>Default budget in US dollars</source>
        <translation>Budget par défaut en dollars US</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Default wall clock limit in minutes</source>
        <translation>Durée maximale par défaut en minutes</translation>
    </message>
    <message>
        <source>Defaults for new runs</source>
        <translation>Valeurs par défaut des nouvelles exécutions</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Iterations at most:</source>
        <translation>&amp;Itérations au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wall clock:</source>
        <translation>Du&amp;rée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publish my runs&apos; events on port</source>
        <translation>&amp;Publier les événements de mes exécutions sur le port</translation>
    </message>
    <message>
        <source>Watchers connect to ws://127.0.0.1:PORT/runs/RUN_ID with the token, follow every run live and may stop or guide it. Only this computer can connect (loopback).</source>
        <translation>Les observateurs se connectent à ws://127.0.0.1:PORT/runs/RUN_ID avec le jeton, suivent chaque exécution en direct et peuvent l’arrêter ou lui donner des consignes. Seul cet ordinateur peut se connecter (boucle locale).</translation>
    </message>
    <message>
        <source>Port to publish runs&apos; events on</source>
        <translation>Port de publication des événements des exécutions</translation>
    </message>
    <message>
        <source>(loopback)</source>
        <translation>(boucle locale)</translation>
    </message>
    <message>
        <source>Cop&amp;y Token</source>
        <translation>Copier le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy the token watchers need to the clipboard; it is kept in %1 and never shown.</source>
        <translation>Copier dans le presse-papiers le jeton dont les observateurs ont besoin&#xa0;; il est conservé dans %1 et jamais affiché.</translation>
    </message>
    <message>
        <source>Event feed status</source>
        <translation>État du flux d’événements</translation>
    </message>
    <message>
        <source>Watching from elsewhere</source>
        <translation>Suivi depuis ailleurs</translation>
    </message>
    <message>
        <source>The token cannot be kept: %1</source>
        <translation>Impossible de conserver le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Le jeton est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keys are stored in the system keychain, never in settings files.</source>
        <translation>Les clés sont stockées dans le trousseau du système, jamais dans des fichiers de paramètres.</translation>
    </message>
    <message>
        <source>No system keychain is available, so keys cannot be saved here. Autocoder reads them from the environment variables %1 and %2 instead (read-only); set them before starting Autocoder.</source>
        <translation>Aucun trousseau système n’est disponible&#xa0;: les clés ne peuvent donc pas être enregistrées ici. Autocoder les lit à la place dans les variables d’environnement %1 et %2 (en lecture seule)&#xa0;; définissez-les avant de démarrer Autocoder.</translation>
    </message>
    <message>
        <source>Not set (define %1)</source>
        <translation>Non définie (définir %1)</translation>
    </message>
    <message>
        <source>Set in the environment (%1)</source>
        <translation>Définie dans l’environnement (%1)</translation>
    </message>
    <message>
        <source>There is no system keychain here, so set %1 before starting Autocoder.</source>
        <translation>Aucun trousseau système ici&#xa0;: définissez donc %1 avant de démarrer Autocoder.</translation>
    </message>
    <message>
        <source>Enter it in the Anthropic field above and press OK.</source>
        <translation>Saisissez-la dans le champ Anthropic ci-dessus et cliquez sur OK.</translation>
    </message>
    <message>
        <source>Enter it in the E2B field above and press OK.</source>
        <translation>Saisissez-la dans le champ E2B ci-dessus et cliquez sur OK.</translation>
    </message>
    <message>
        <source>No E2B API key. %1</source>
        <translation>Aucune clé d’API E2B. %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Saving keys to the keychain…</source>
        <translation>Enregistrement des clés dans le trousseau…</translation>
    </message>
    <message>
        <source>Could not save the key: %1</source>
        <translation>Impossible d’enregistrer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Takes effect when Autocoder is restarted.</source>
        <translation>Prend effet au redémarrage d’Autocoder.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Verification of new runs</source>
        <translation>Vérification des nouvelles exécutions</translation>
    </message>
    <message>
        <source>Sand&amp;box and Keys</source>
        <translation>&amp;Bacs à sable et clés</translation>
    </message>
    <message>
        <source>New &amp;Runs</source>
        <translation>N&amp;ouvelles exécutions</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>Di&amp;vers</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SetupDialog</name>
    <message>
        <source>checking</source>
        <extracomment>The state of one requirement on the set-up page</extracomment>
        <translation>vérification en cours</translation>
    </message>
    <message>
        <source>ready</source>
        <extracomment>The state of one requirement on the set-up page</extracomment>
        <translation>disponible</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>not yet, optional</source>
        <translation>pas encore, en option</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Set Up Autocoder</source>
        <translation>Configurer Autocoder</translation>
    </message>
    <message>
        <source>Before the first run</source>
        <translation>Avant la première exécution</translation>
    </message>
    <message>
        <source>Runs use E2B&apos;s cloud sandboxes (set in Settings). This is what they need:</source>
        <translation>Les exécutions utilisent les bacs à sable cloud d’E2B (réglé dans les Paramètres). Voici ce dont elles ont besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Runs use sandboxes on this computer (set in Settings). This is what they need:</source>
        <translation>Les exécutions utilisent des bacs à sable sur cet ordinateur (réglé dans les Paramètres). Voici ce dont elles ont besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Set-up status</source>
        <translation>État de la configuration</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <source>Check everything again</source>
        <translation>Tout revérifier</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 a requirement (e.g. &quot;Anthropic API key&quot;), %2 its state (ready, missing, ...)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Enter Key…</source>
        <translation>&amp;Saisir la clé…</translation>
    </message>
    <message>
        <source>Enter the %1</source>
        <translation>Saisir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Prepare Now</source>
        <translation>&amp;Préparer maintenant</translation>
    </message>
    <message>
        <source>Prepare the sandbox templates now</source>
        <translation>Préparer les modèles de bac à sable maintenant</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Still checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Everything a run needs is there.</source>
        <translation>Tout ce dont une exécution a besoin est en place.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Continue is available once this is fixed: %1.</source>
        <translation>«&#xa0;Continuer&#xa0;» sera disponible une fois ceci corrigé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Anthropic API Key</source>
        <translation>Clé d’API Anthropic</translation>
    </message>
    <message>
        <source>E2B API Key</source>
        <translation>Clé d’API E2B</translation>
    </message>
    <message>
        <source>Your Anthropic API key (from console.anthropic.com). It is kept in the system keychain, never in a file:</source>
        <translation>Votre clé d’API Anthropic (sur console.anthropic.com). Elle est conservée dans le trousseau du système, jamais dans un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Your E2B API key (from e2b.dev/dashboard). It is kept in the system keychain, never in a file:</source>
        <translation>Votre clé d’API E2B (sur e2b.dev/dashboard). Elle est conservée dans le trousseau du système, jamais dans un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Could not save the key: %1</source>
        <translation>Impossible d’enregistrer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving the key to the keychain…</source>
        <translation>Enregistrement de la clé dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SnapshotArchive</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the snapshot: %1</source>
        <translation>Impossible de lire l’instantané&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not in the snapshot.</source>
        <translation>%1 ne figure pas dans l’instantané.</translation>
    </message>
    <message>
        <source>The snapshot %1 is not on this computer.</source>
        <translation>L’instantané %1 n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot %1: %2</source>
        <translation>Impossible de lire l’instantané %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The snapshot archive is not on this computer.</source>
        <translation>L’archive de l’instantané n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>There is no snapshot to compare.</source>
        <translation>Aucun instantané à comparer.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SpecWizard</name>
    <message>
        <source>New Run</source>
        <translation>Nouvelle exécution</translation>
    </message>
    <message>
        <source>&amp;Open Spec…</source>
        <translation>&amp;Ouvrir une spécification…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Spec…</source>
        <translation>&amp;Enregistrer la spécification…</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>&amp;Lancer l’exécution</translation>
    </message>
    <message>
        <source>Load answers from a spec file (Ctrl+O)</source>
        <translation>Charger les réponses depuis un fichier de spécification (Ctrl+O)</translation>
    </message>
    <message>
        <source>Save these answers as a spec file (Ctrl+Shift+S)</source>
        <translation>Enregistrer ces réponses dans un fichier de spécification (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Discard Project Description?</source>
        <translation>Abandonner la description du projet&#xa0;?</translation>
    </message>
    <message>
        <source>Discard this project description?</source>
        <translation>Abandonner cette description de projet&#xa0;?</translation>
    </message>
    <message>
        <source>The answers in this wizard are lost unless you save them as a spec file first.</source>
        <translation>Les réponses de cet assistant seront perdues si vous ne les enregistrez pas d’abord dans un fichier de spécification.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid spec: %2</source>
        <translation>%1 n’est pas une spécification valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Open Spec</source>
        <translation>Ouvrir une spécification</translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json);;All files (*)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Spécifications Autocoder (*.autocoder.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot Open Spec</source>
        <translation>Impossible d’ouvrir la spécification</translation>
    </message>
    <message>
        <source>Save Spec</source>
        <translation>Enregistrer la spécification</translation>
    </message>
    <message>
        <source>Autocoder specs (*.autocoder.json *.json)</source>
        <extracomment>File dialog filter: keep the patterns in parentheses and the &quot;;;&quot; between filters</extracomment>
        <translation>Spécifications Autocoder (*.autocoder.json *.json)</translation>
    </message>
    <message>
        <source>Cannot Save Spec</source>
        <translation>Impossible d’enregistrer la spécification</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::SpecWizardPage</name>
    <message>
        <source>Fill in the required fields to continue.</source>
        <translation>Remplissez les champs obligatoires pour continuer.</translation>
    </message>
    <message>
        <source>Why Next is not available</source>
        <translation>Pourquoi «&#xa0;Suivant&#xa0;» n’est pas disponible</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StackPage</name>
    <message>
        <source>Stack &amp; Commands</source>
        <translation>Technologies &amp; commandes</translation>
    </message>
    <message>
        <source>Autocoder itself runs these commands in the sandbox after every agent turn; the run is green when they all succeed. Leave one empty to skip it.</source>
        <translation>Autocoder exécute lui-même ces commandes dans le bac à sable après chaque tour de l’agent&#xa0;; l’exécution est au vert lorsqu’elles réussissent toutes. Laissez-en une vide pour l’ignorer.</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>Commande d’installation</translation>
    </message>
    <message>
        <source>Test command</source>
        <translation>Commande de test</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Commande de compilation</translation>
    </message>
    <message>
        <source>Lint command</source>
        <translation>Commande de lint</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Reset to the Preset</source>
        <translation>&amp;Rétablir le préréglage</translation>
    </message>
    <message>
        <source>&amp;Install:</source>
        <translation>&amp;Installation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Tests&#xa0;:</translation>
    </message>
    <message>
        <source>B&amp;uild:</source>
        <translation>&amp;Compilation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lint:</source>
        <translation>&amp;Lint&#xa0;:</translation>
    </message>
    <message>
        <source>Prefilled for “%1” (tests with %2).</source>
        <translation>Prérempli pour «&#xa0;%1&#xa0;» (tests avec %2).</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StatusIconLabel</name>
    <message>
        <source>Run status</source>
        <translation>État de l’exécution</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the typed text (Enter)</source>
        <translation>Ajouter le texte saisi (Entrée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Supprimer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>Button: move the selected item up the list</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Monter la ligne sélectionnée (Alt+Up)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Descendre la ligne sélectionnée (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestCasesModel</name>
    <message>
        <source>new</source>
        <extracomment>A test that is new in this iteration</extracomment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>fixed</source>
        <extracomment>A test that failed before and passes in this iteration</extracomment>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>broke</source>
        <extracomment>A test that passed before and fails in this iteration</extracomment>
        <translation>régression</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>The result of one test</extracomment>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <extracomment>The result of one test</extracomment>
        <translation>échoué</translation>
    </message>
    <message>
        <source>skipped</source>
        <extracomment>The result of one test</extracomment>
        <translation>ignoré</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>Column header: how the test result changed since the previous iteration</extracomment>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestChart</name>
    <message>
        <source>Passing tests per iteration</source>
        <translation>Tests réussis par itération</translation>
    </message>
    <message>
        <source>iteration %1: %2 passing, %3 failing</source>
        <translation>itération %1&#xa0;: %2 réussis, %3 échoués</translation>
    </message>
    <message>
        <source>No test results yet</source>
        <translation>Aucun résultat de test pour l’instant</translation>
    </message>
    <message>
        <source>passing</source>
        <extracomment>Chart legend: the number of passing tests</extracomment>
        <translation>réussis</translation>
    </message>
    <message>
        <source>failing</source>
        <extracomment>Chart legend: the number of failing tests</extracomment>
        <translation>échoués</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestResultsModel</name>
    <message numerus="yes">
        <source>%n fixed</source>
        <translation>
            <numerusform>%n corrigé</numerusform>
            <numerusform>%n corrigés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n broke</source>
        <translation>
            <numerusform>%n cassé</numerusform>
            <numerusform>%n cassés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <source>Iteration</source>
        <translation>Itération</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>Since previous</source>
        <translation>Depuis la précédente</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TestsPanel</name>
    <message>
        <source>Test results per iteration</source>
        <translation>Résultats des tests par itération</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Tests of the selected iteration</source>
        <translation>Tests de l’itération sélectionnée</translation>
    </message>
    <message>
        <source>No tests found</source>
        <translation>Aucun test trouvé</translation>
    </message>
    <message>
        <source>Failure location</source>
        <translation>Emplacement de l’échec</translation>
    </message>
    <message>
        <source>Failure message</source>
        <translation>Message d’échec</translation>
    </message>
    <message>
        <source>Select a failed test to see why it failed.</source>
        <translation>Sélectionnez un test échoué pour voir pourquoi il a échoué.</translation>
    </message>
    <message>
        <source>&amp;Copy Failure</source>
        <translation>&amp;Copier l’échec</translation>
    </message>
    <message>
        <source>Copy the test&apos;s name, location and failure message</source>
        <translation>Copier le nom, l’emplacement et le message d’échec du test</translation>
    </message>
    <message>
        <source>Show in &amp;Logs</source>
        <translation>Afficher dans les &amp;journaux</translation>
    </message>
    <message>
        <source>Show the test&apos;s output in the Logs tab</source>
        <translation>Afficher la sortie du test dans l’onglet «&#xa0;Journaux&#xa0;»</translation>
    </message>
    <message>
        <source>No failed test selected</source>
        <translation>Aucun test échoué sélectionné</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>── As printed by the test runner ──</source>
        <translation>── Tel qu’affiché par l’exécuteur de tests ──</translation>
    </message>
    <message>
        <source>Tests of iteration %1 (%2)</source>
        <translation>Tests de l’itération %1 (%2)</translation>
    </message>
    <message>
        <source>No tests found in iteration %1: the test command ran but reported no test. Check that the test files match the runner&apos;s pattern.</source>
        <translation>Aucun test trouvé dans l’itération %1&#xa0;: la commande de test s’est exécutée mais n’a signalé aucun test. Vérifiez que les fichiers de test correspondent au motif de l’exécuteur de tests.</translation>
    </message>
    <message>
        <source>Tests and verification of the selected iteration</source>
        <translation>Tests et vérification de l’itération sélectionnée</translation>
    </message>
    <message>
        <source>Test &amp;Results</source>
        <translation>&amp;Résultats des tests</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>Vérificati&amp;on</translation>
    </message>
    <message>
        <source>Mutation check: %1</source>
        <translation>Contrôle par mutation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::TimelineModel</name>
    <message>
        <source>Create sandbox</source>
        <translation>Création du bac à sable</translation>
    </message>
    <message>
        <source>Prepare agent</source>
        <translation>Préparation de l’agent</translation>
    </message>
    <message>
        <source>Upload brief</source>
        <translation>Envoi du cahier des charges</translation>
    </message>
    <message>
        <source>Agent turn</source>
        <translation>Tour de l’agent</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Stopped when the run ended</source>
        <translation>Arrêtée à la fin de l’exécution</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Iteration %1</source>
        <translation>Itération %1</translation>
    </message>
    <message>
        <source>Set-up (resumed)</source>
        <translation>Configuration (reprise)</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Configuration</translation>
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
        <translation>En cours</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed (exit %1)</source>
        <translation>Échouée (code de sortie %1)</translation>
    </message>
    <message>
        <source>Double-click or press Enter to see its output in the Logs.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour voir sa sortie dans les Journaux.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: the state of a step</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Mutation check</source>
        <extracomment>A step of a run: the tests are run against small changes to the code</extracomment>
        <translation>Contrôle par mutation</translation>
    </message>
    <message>
        <source>Toolchain</source>
        <extracomment>A step of a run: the sandbox&apos;s tool versions are read for the receipt</extracomment>
        <translation>Chaîne d’outils</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerificationEditor</name>
    <message>
        <source>Re&amp;quire a passing test per requirement</source>
        <translation>Exiger un test réussi pour cha&amp;que exigence</translation>
    </message>
    <message>
        <source>The brief numbers the requirements R1, R2, … and asks for their ids in the tests&apos; names, e.g. “[R2] trims spaces”. A requirement no passing test names keeps the run from going green.</source>
        <translation>Le cahier des charges numérote les exigences R1, R2, … et demande de citer leurs identifiants dans les noms des tests, p. ex. «&#xa0;[R2] supprime les espaces&#xa0;». Une exigence qu’aucun test réussi ne cite empêche l’exécution de passer au vert.</translation>
    </message>
    <message>
        <source>Mutation chec&amp;k: the tests must notice small changes to the code</source>
        <translation>&amp;Contrôle par mutation&#xa0;: les tests doivent détecter de petites modifications du code</translation>
    </message>
    <message>
        <source>When the tests pass, Autocoder changes the project&apos;s own source in small ways (a flipped comparison, a dropped statement…) and runs the tests against each change. Too few caught, and the run is not green.</source>
        <translation>Quand les tests réussissent, Autocoder modifie légèrement le code source du projet lui-même (une comparaison inversée, une instruction supprimée…) et exécute les tests sur chaque modification. S’ils en détectent trop peu, l’exécution n’est pas au vert.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of mutants the tests must catch, in percent</source>
        <translation>Part de mutants que les tests doivent détecter, en pourcentage</translation>
    </message>
    <message>
        <source>Mutants tried at most</source>
        <translation>Nombre maximal de mutants essayés</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Time budget of the mutation check in seconds</source>
        <translation>Budget de temps du contrôle par mutation en secondes</translation>
    </message>
    <message>
        <source>Past it, the mutants not tried yet are reported as not run; the check is skipped when none could be tried.</source>
        <translation>Au-delà, les mutants pas encore essayés sont signalés comme non exécutés&#xa0;; le contrôle est ignoré si aucun n’a pu être essayé.</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;x mutants:</source>
        <translation>Mutants au ma&amp;ximum&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;for the check:</source>
        <translation>Temps &amp;alloué au contrôle&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerificationPanel</name>
    <message>
        <source>&amp;Requirements</source>
        <translation>Exi&amp;gences</translation>
    </message>
    <message>
        <source>Requirements summary</source>
        <translation>Résumé des exigences</translation>
    </message>
    <message>
        <source>Requirements and their tests</source>
        <translation>Exigences et leurs tests</translation>
    </message>
    <message>
        <source>&amp;Mutation check</source>
        <translation>&amp;Contrôle par mutation</translation>
    </message>
    <message>
        <source>Mutation check result</source>
        <translation>Résultat du contrôle par mutation</translation>
    </message>
    <message>
        <source>Mutation check summary</source>
        <translation>Résumé du contrôle par mutation</translation>
    </message>
    <message>
        <source>Mutated and skipped files</source>
        <translation>Fichiers mutés et ignorés</translation>
    </message>
    <message>
        <source>Mutants</source>
        <translation>Mutants</translation>
    </message>
    <message>
        <source>The selected mutant&apos;s change</source>
        <translation>Modification du mutant sélectionné</translation>
    </message>
    <message>
        <source>No requirement table for iteration %1: the spec does not ask for a test per requirement, or the tests did not run.</source>
        <translation>Aucun tableau des exigences pour l’itération %1&#xa0;: la spécification ne demande pas de test par exigence, ou les tests ne se sont pas exécutés.</translation>
    </message>
    <message>
        <source>No iteration has run its tests yet.</source>
        <translation>Aucune itération n’a encore exécuté ses tests.</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Pas encore exécuté.</translation>
    </message>
    <message>
        <source>Mutated: %1</source>
        <translation>Mutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Files the mutation check left out: %1 their paths, %2 why</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>Exclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a mutant to see its change.</source>
        <translation>Sélectionnez un mutant pour voir sa modification.</translation>
    </message>
    <message>
        <source>%1:%2 — no diff was recorded for this mutant.</source>
        <translation>%1:%2 — aucun diff n’a été enregistré pour ce mutant.</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerifyController</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>There is no sandbox backend to replay the project in</source>
        <translation>Il n’y a aucun moteur de bacs à sable où rejouer le projet</translation>
    </message>
</context>
<context>
    <name>Autocoder::Ui::VerifyDialog</name>
    <message>
        <source>Creating a fresh sandbox</source>
        <translation>Création d’un nouveau bac à sable</translation>
    </message>
    <message>
        <source>Uploading the project</source>
        <translation>Envoi du projet</translation>
    </message>
    <message>
        <source>Installing dependencies</source>
        <translation>Installation des dépendances</translation>
    </message>
    <message>
        <source>Running the tests</source>
        <translation>Exécution des tests</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Compilation</translation>
    </message>
    <message>
        <source>Linting</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Reading the sandbox&apos;s files</source>
        <translation>Lecture des fichiers du bac à sable</translation>
    </message>
    <message>
        <source>Asking the toolchain&apos;s versions</source>
        <translation>Demande des versions de la chaîne d’outils</translation>
    </message>
    <message>
        <source>Checking that the tests catch mutants</source>
        <translation>Vérification que les tests détectent les mutants</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>Verify Project</source>
        <translation>Vérifier le projet</translation>
    </message>
    <message>
        <source>Replaying &lt;b&gt;%1&lt;/b&gt; in a fresh sandbox and comparing it with its VERIFICATION.json.</source>
        <translation>Rejeu de &lt;b&gt;%1&lt;/b&gt; dans un nouveau bac à sable et comparaison avec son VERIFICATION.json.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Bloquante</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
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
        <translation>%1&#xa0;: terminé</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1&#xa0;: échec</translation>
    </message>
    <message>
        <source>&lt;b&gt;Match.&lt;/b&gt; The replay reproduced everything the receipt records.</source>
        <translation>&lt;b&gt;Correspondance.&lt;/b&gt; Le rejeu a reproduit tout ce que consigne le justificatif.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mismatch.&lt;/b&gt; The project does not reproduce its receipt; the differences that fail verification are listed first.</source>
        <translation>&lt;b&gt;Non-correspondance.&lt;/b&gt; Le projet ne reproduit pas son justificatif&#xa0;; les différences qui font échouer la vérification sont listées en premier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Could not verify.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vérification impossible.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Cancelling: removing the sandbox…</source>
        <translation>Annulation&#xa0;: suppression du bac à sable…</translation>
    </message>
</context>
<context>
    <name>FolderMigration</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>copying failed: %1</source>
        <translation>échec de la copie&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was copied to %2, but could not be removed completely; what is left of it can be deleted</source>
        <translation>%1 a été copié vers %2, mais n’a pas pu être entièrement supprimé&#xa0;; ce qu’il en reste peut être effacé</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3. Going on with %2; %1 is left as it was.</source>
        <translation>Impossible de déplacer %1 vers %2&#xa0;: %3. Poursuite avec %2&#xa0;; %1 reste tel quel.</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>%1 déplacé vers %2</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and removed the original</source>
        <translation>%1 copié vers %2 et l’original supprimé</translation>
    </message>
    <message>
        <source>Both %1 and %2 exist: using %2 and leaving %1 as it is (nothing is merged; take what you need from it, then delete it)</source>
        <translation>%1 et %2 existent tous les deux&#xa0;: %2 est utilisé et %1 reste tel quel (rien n’est fusionné&#xa0;; récupérez-y ce dont vous avez besoin, puis supprimez-le)</translation>
    </message>
    <message>
        <source>%1 is in use by a local sandbox server started by an earlier version; it is used where it is and moves to %2 on a later start, once that server has exited (it does so by itself when idle)</source>
        <translation>%1 est utilisé par un serveur local de bacs à sable lancé par une version antérieure&#xa0;; il reste utilisé là où il est et sera déplacé vers %2 lors d’un démarrage ultérieur, une fois ce serveur arrêté (il s’arrête de lui-même quand il est inactif)</translation>
    </message>
</context>
<context>
    <name>Gzip</name>
    <message>
        <source>archive expands beyond %1 bytes</source>
        <translation>l’archive décompressée dépasse %1 octets</translation>
    </message>
    <message>
        <source>the archive is corrupt or truncated</source>
        <translation>l’archive est corrompue ou tronquée</translation>
    </message>
    <message>
        <source>the archive is truncated</source>
        <translation>l’archive est tronquée</translation>
    </message>
</context>
<context>
    <name>RunEvent</name>
    <message>
        <source>event has no version &quot;v&quot;</source>
        <translation>l’événement n’a pas de version «&#xa0;v&#xa0;»</translation>
    </message>
    <message>
        <source>event version %1 is newer than this program understands (%2)</source>
        <translation>la version d’événement %1 est plus récente que celle que ce programme comprend (%2)</translation>
    </message>
    <message>
        <source>event has no run id</source>
        <translation>l’événement n’a pas d’identifiant d’exécution</translation>
    </message>
    <message>
        <source>event has no sequence number</source>
        <translation>l’événement n’a pas de numéro de séquence</translation>
    </message>
    <message>
        <source>event has no kind</source>
        <translation>l’événement n’a pas de type</translation>
    </message>
    <message>
        <source>event data is not an object</source>
        <translation>les données de l’événement ne sont pas un objet</translation>
    </message>
    <message>
        <source>event line is not JSON: %1</source>
        <translation>la ligne d’événement n’est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>event line is not a JSON object</source>
        <translation>la ligne d’événement n’est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>Impossible de créer le dossier d’exécution %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal is not open</source>
        <translation>Le journal n’est pas ouvert</translation>
    </message>
    <message>
        <source>Cannot append to %1: %2</source>
        <translation>Impossible d’ajouter à %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) skipped in the journal</source>
        <translation>
            <numerusform>%n ligne illisible ignorée dans le journal</numerusform>
            <numerusform>%n lignes illisibles ignorées dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <source>No state.json in %1</source>
        <translation>Aucun state.json dans %1</translation>
    </message>
    <message>
        <source>state.json in %1 is damaged: %2</source>
        <translation>Le fichier state.json de %1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunMirror</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RunStore</name>
    <message>
        <source>&quot;%1&quot; is not a run id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’exécution</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Describe the software you want; an agent writes it in an isolated sandbox while Autocoder installs, tests and builds it.</source>
        <translation>Décrivez le logiciel que vous voulez&#xa0;; un agent l’écrit dans un bac à sable isolé pendant qu’Autocoder l’installe, le teste et le compile.</translation>
    </message>
    <message>
        <source>Run not started</source>
        <translation>Exécution non démarrée</translation>
    </message>
    <message>
        <source>Re-attaching run %1 to its sandbox</source>
        <translation>Reconnexion de l’exécution %1 à son bac à sable</translation>
    </message>
    <message>
        <source>%1 is in use by the server with pid %2 at %3</source>
        <translation>%1 est utilisé par le serveur de PID %2 à l’adresse %3</translation>
    </message>
    <message>
        <source>%1 is in use by another server (still starting)</source>
        <translation>%1 est utilisé par un autre serveur (encore en démarrage)</translation>
    </message>
    <message>
        <source>Preparing templates failed: %1</source>
        <translation>Échec de la préparation des modèles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Templates ready: base, claude</source>
        <translation>Modèles prêts&#xa0;: base, claude</translation>
    </message>
    <message>
        <source>Cannot create a scratch folder</source>
        <translation>Impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>Local E2B-compatible sandbox server (bubblewrap isolation) on 127.0.0.1.
One server per data folder. The API key is read from &lt;data-dir&gt;/sandboxd.key (created
with mode 0600 if missing) or --api-key-file; for a server run by hand,
AUTOCODER_SANDBOXD_API_KEY overrides the data folder&apos;s key file.
Exit status: 0 stopped or idle, 1 error, 2 bad usage, 3 the data folder is in use.</source>
        <translation>Serveur local de bacs à sable compatible E2B (isolation bubblewrap) sur 127.0.0.1.
Un serveur par dossier de données. La clé d’API est lue dans &lt;data-dir&gt;/sandboxd.key (créé
avec le mode 0600 s’il manque) ou --api-key-file&#xa0;; pour un serveur lancé à la main,
AUTOCODER_SANDBOXD_API_KEY remplace le fichier de clé du dossier de données.
Code de sortie&#xa0;: 0 arrêté ou inactif, 1 erreur, 2 mauvaise utilisation, 3 dossier de données occupé.</translation>
    </message>
    <message>
        <source>TCP port (0 = any free).</source>
        <translation>Port TCP (0 = n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Directory for sandboxes and templates.</source>
        <translation>Répertoire des bacs à sable et des modèles.</translation>
    </message>
    <message>
        <source>Prepared templates (default: &lt;data-dir&gt;/templates).</source>
        <translation>Modèles préparés (par défaut&#xa0;: &lt;data-dir&gt;/templates).</translation>
    </message>
    <message>
        <source>Largest accepted /files upload.</source>
        <translation>Taille maximale acceptée pour un envoi /files.</translation>
    </message>
    <message>
        <source>Most sandboxes alive at once (default 100).</source>
        <translation>Nombre maximal de bacs à sable actifs simultanément (100 par défaut).</translation>
    </message>
    <message>
        <source>Host uid/gid sandboxes run as when the server runs as root (default 65534; -1 = root&apos;s own).</source>
        <translation>UID/GID de l’hôte sous lesquels tournent les bacs à sable quand le serveur tourne en root (65534 par défaut&#xa0;; -1 = ceux de root).</translation>
    </message>
    <message>
        <source>File holding the API key; must be this user&apos;s, mode 0600 (default: &lt;data-dir&gt;/sandboxd.key).</source>
        <translation>Fichier contenant la clé d’API&#xa0;; doit appartenir à cet utilisateur, mode 0600 (par défaut&#xa0;: &lt;data-dir&gt;/sandboxd.key).</translation>
    </message>
    <message>
        <source>Exit after this long with no sandbox and no request (default 600; 0 = never).</source>
        <translation>Quitter après cette durée sans bac à sable ni requête (600 par défaut&#xa0;; 0 = jamais).</translation>
    </message>
    <message>
        <source>Resolve NAME to ADDRESS in the egress proxy without DNS (repeatable).</source>
        <translation>Résoudre NAME en ADDRESS dans le proxy sortant, sans DNS (répétable).</translation>
    </message>
    <message>
        <source>The egress proxy resolves only --resolve names and IP addresses; no DNS query leaves the server.</source>
        <translation>Le proxy sortant ne résout que les noms de --resolve et les adresses IP&#xa0;; aucune requête DNS ne quitte le serveur.</translation>
    </message>
    <message>
        <source>Processes per sandbox (default 1024).</source>
        <translation>Processus par bac à sable (1024 par défaut).</translation>
    </message>
    <message>
        <source>Memory per sandbox in MiB (default 4096).</source>
        <translation>Mémoire par bac à sable en Mio (4096 par défaut).</translation>
    </message>
    <message>
        <source>CPUs per sandbox (default: all of the host&apos;s).</source>
        <translation>Processeurs par bac à sable (par défaut&#xa0;: tous ceux de l’hôte).</translation>
    </message>
    <message>
        <source>Disk space per sandbox in MiB (default 10240).</source>
        <translation>Espace disque par bac à sable en Mio (10240 par défaut).</translation>
    </message>
    <message>
        <source>Bound sandboxes with rlimits even where cgroups are usable (processes per host uid, memory per process, no CPU bound).</source>
        <translation>Limiter les bacs à sable par rlimits même là où les cgroups sont utilisables (processus par UID de l’hôte, mémoire par processus, pas de limite CPU).</translation>
    </message>
    <message>
        <source>Optional: prepare-templates (install the &apos;claude&apos; template&apos;s packages, then exit).</source>
        <translation>Facultatif&#xa0;: prepare-templates (installer les paquets du modèle «&#xa0;claude&#xa0;», puis quitter).</translation>
    </message>
    <message>
        <source>Invalid --resolve %1 (use NAME=ADDRESS)</source>
        <translation>--resolve %1 non valide (utilisez NAME=ADDRESS)</translation>
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation>Limite non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Port non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid --idle-exit-seconds: %1</source>
        <translation>--idle-exit-seconds non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid limit: not an integer</source>
        <translation>Limite non valide&#xa0;: pas un nombre entier</translation>
    </message>
    <message>
        <source>Optional headless command: run, runs, resume or verify (see `autocoder run --help`). Without one, the window opens.</source>
        <translation>Commande facultative sans interface (headless)&#xa0;: run, runs, resume ou verify (voir `autocoder run --help`). Sans commande, la fenêtre s’ouvre.</translation>
    </message>
</context>
</TS>
