<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autocoder::Ui::Sample</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saved %1 to %2</source>
        <translation>%2: %1 gespeichert</translation>
    </message>
    <message>
        <source>Budget %L1 of %L2</source>
        <translation>Budget %L1 von %L2</translation>
    </message>
    <message>
        <source>Tom &amp;&amp; Jerry &amp;amp; more</source>
        <translation>Tom &amp;&amp; Jerry &amp;amp; mehr</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a run</comment>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n Datei in %1</numerusform>
            <numerusform>%n Dateien in %1</numerusform>
        </translation>
    </message>
</context>
</TS>
